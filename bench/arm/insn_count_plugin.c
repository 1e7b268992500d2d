/*
 * A QEMU TCG plugin that counts the guest instructions a qemu-user process executes, per
 * guest thread (vCPU), for `armjit bench --arm`. At exit it writes to the file given as
 * out=PATH (stderr without it) a line "total N", then one line "vcpu I N" per thread that ran,
 * busiest first: a JVM's compiler and collector threads can then be told from the thread that
 * runs the program.
 *
 * Debian packages no qemu-plugin.h, so the few entry points used are declared here from the
 * documented plugin API (QEMU_PLUGIN_VERSION 1, as in QEMU 7.2).
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

typedef uint64_t qemu_plugin_id_t;
struct qemu_plugin_tb;
struct qemu_info_t;
enum qemu_plugin_cb_flags { QEMU_PLUGIN_CB_NO_REGS, QEMU_PLUGIN_CB_R_REGS, QEMU_PLUGIN_CB_RW_REGS };
typedef void (*tb_trans_cb)(qemu_plugin_id_t id, struct qemu_plugin_tb *tb);
typedef void (*vcpu_udata_cb)(unsigned int vcpu_index, void *userdata);
typedef void (*udata_cb)(qemu_plugin_id_t id, void *userdata);

extern void qemu_plugin_register_vcpu_tb_trans_cb(qemu_plugin_id_t id, tb_trans_cb cb);
extern size_t qemu_plugin_tb_n_insns(const struct qemu_plugin_tb *tb);
extern void qemu_plugin_register_vcpu_tb_exec_cb(struct qemu_plugin_tb *tb, vcpu_udata_cb cb,
                                                 enum qemu_plugin_cb_flags flags, void *userdata);
extern void qemu_plugin_register_atexit_cb(qemu_plugin_id_t id, udata_cb cb, void *userdata);

__attribute__((visibility("default"))) int qemu_plugin_version = 1;

#define MAX_VCPUS 4096
static uint64_t executed[MAX_VCPUS];
static char out_path[4096];

/* One callback per executed translation block. A vCPU index is one thread's at a time, but an
   exited thread's index is reused and read at exit from another thread: relaxed atomics. */
static void on_tb_exec(unsigned int vcpu, void *n_insns) {
    __atomic_fetch_add(&executed[vcpu % MAX_VCPUS], (uint64_t) (uintptr_t) n_insns, __ATOMIC_RELAXED);
}

static void on_tb_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void) id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_cb(tb, on_tb_exec, QEMU_PLUGIN_CB_NO_REGS, (void *) (uintptr_t) n);
}

static void on_exit(qemu_plugin_id_t id, void *userdata) {
    (void) id;
    (void) userdata;
    static uint64_t n[MAX_VCPUS];
    static int order[MAX_VCPUS];
    uint64_t total = 0;
    int used = 0;
    for (int i = 0; i < MAX_VCPUS; i++) {
        n[i] = __atomic_load_n(&executed[i], __ATOMIC_RELAXED);
        total += n[i];
        if (n[i]) order[used++] = i;
    }
    for (int i = 1; i < used; i++) { /* insertion sort, busiest first: few threads */
        int v = order[i], j = i;
        while (j > 0 && n[order[j - 1]] < n[v]) { order[j] = order[j - 1]; j--; }
        order[j] = v;
    }
    FILE *f = out_path[0] ? fopen(out_path, "w") : NULL;
    FILE *o = f ? f : stderr;
    fprintf(o, "total %llu\n", (unsigned long long) total);
    for (int i = 0; i < used; i++) fprintf(o, "vcpu %d %llu\n", order[i], (unsigned long long) n[order[i]]);
    if (f) fclose(f);
}

__attribute__((visibility("default")))
int qemu_plugin_install(qemu_plugin_id_t id, const struct qemu_info_t *info, int argc, char **argv) {
    (void) info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "out=", 4) == 0) {
            strncpy(out_path, argv[i] + 4, sizeof out_path - 1);
        } else {
            fprintf(stderr, "insn_count_plugin: unknown argument '%s' (expected out=PATH)\n", argv[i]);
            return -1;
        }
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_tb_translate);
    qemu_plugin_register_atexit_cb(id, on_exit, NULL);
    return 0;
}
