/*
 * Differential-test harness for armjit's ARM simulator, run under qemu-arm. Freestanding (no
 * libc: only the compiler is needed), Linux EABI syscalls.
 * Input file: int32 count, then per snippet: int32 seed, int32 nwords, nwords instruction words.
 * For each snippet: copy it to CODE, fill DATA with xorshift32(seed), flush the i-cache, call
 * it, and append the WINDOW bytes around the snippet's stack top (its register dump and scratch
 * memory) to the output file. Snippets preserve everything the calling convention requires.
 */
typedef unsigned int u32;
typedef int i32;

#define CODE 0x30000000u
#define CODE_SIZE 0x100000u
#define DATA 0x30100000u
#define DATA_SIZE 0x1000u
#define WINDOW_START (DATA + 0x800u - 192u)
#define WINDOW_SIZE 448u
#define IN_MAX 0x08000000u

#define SYS_exit 1
#define SYS_read 3
#define SYS_write 4
#define SYS_open 5
#define SYS_close 6
#define SYS_mmap2 192
#define SYS_cacheflush 0xf0002

static long sys6(long n, long a, long b, long c, long d, long e, long f) {
    register long r0 __asm__("r0") = a;
    register long r1 __asm__("r1") = b;
    register long r2 __asm__("r2") = c;
    register long r3 __asm__("r3") = d;
    register long r4 __asm__("r4") = e;
    register long r5 __asm__("r5") = f;
    register long r7 __asm__("r7") = n;
    __asm__ volatile("svc #0" : "+r"(r0) : "r"(r1), "r"(r2), "r"(r3), "r"(r4), "r"(r5), "r"(r7) : "memory");
    return r0;
}

static void die(int code) { for (;;) sys6(SYS_exit, code, 0, 0, 0, 0, 0); }

static void *map(u32 addr, u32 size, int prot, int fixed) {
    /* PROT_* 1 read 2 write 4 exec; MAP_PRIVATE 2 | MAP_ANONYMOUS 0x20 | MAP_FIXED 0x10 */
    long p = sys6(SYS_mmap2, addr, size, prot, 0x22 | (fixed ? 0x10 : 0), -1, 0);
    if (p < 0 && p > -4096) die(3);
    if (fixed && (u32)p != addr) die(3);
    return (void *)p;
}

static void write_all(int fd, const char *p, u32 n) {
    while (n > 0) {
        long w = sys6(SYS_write, fd, (long)p, n, 0, 0, 0);
        if (w <= 0) die(4);
        p += w;
        n -= (u32)w;
    }
}

void cmain(long *sp) {
    long argc = sp[0];
    char **argv = (char **)(sp + 1);
    if (argc != 3) die(2);
    int in = (int)sys6(SYS_open, (long)argv[1], 0 /* O_RDONLY */, 0, 0, 0, 0);
    int out = (int)sys6(SYS_open, (long)argv[2], 01 | 0100 | 01000 /* O_WRONLY|O_CREAT|O_TRUNC */, 0644, 0, 0, 0);
    if (in < 0 || out < 0) die(2);
    char *buf = map(0, IN_MAX, 3, 0);
    u32 len = 0;
    for (;;) {
        long r = sys6(SYS_read, in, (long)(buf + len), IN_MAX - len, 0, 0, 0);
        if (r < 0) die(2);
        if (r == 0) break;
        len += (u32)r;
    }
    volatile u32 *code = map(CODE, CODE_SIZE, 7, 1);
    volatile u32 *data = map(DATA, DATA_SIZE, 3, 1);
    const i32 *p = (const i32 *)buf;
    i32 count = *p++;
    for (i32 s = 0; s < count; s++) {
        u32 x = (u32)*p++;
        i32 n = *p++;
        if ((u32)n * 4u > CODE_SIZE) die(5);
        for (i32 i = 0; i < n; i++) code[i] = (u32)p[i];
        p += n;
        for (u32 i = 0; i < DATA_SIZE / 4; i++) {
            x ^= x << 13; x ^= x >> 17; x ^= x << 5;
            data[i] = x;
        }
        sys6(SYS_cacheflush, CODE, CODE + 4u * (u32)n, 0, 0, 0, 0);
        ((void (*)(void))CODE)();
        write_all(out, (const char *)WINDOW_START, WINDOW_SIZE);
    }
    sys6(SYS_close, out, 0, 0, 0, 0, 0);
    die(0);
}

__attribute__((naked)) void _start(void) {
    __asm__ volatile("mov r0, sp\n\tbic sp, sp, #7\n\tbl cmain\n");
}
