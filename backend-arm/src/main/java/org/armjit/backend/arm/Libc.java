package org.armjit.backend.arm;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;

/** The few C library functions the native engine needs, through JNA (Java 17 has no FFM API). */
interface Libc extends Library {
    int PROT_READ = 1;
    int PROT_WRITE = 2;
    int PROT_EXEC = 4;
    int MAP_PRIVATE = 2;
    int MAP_ANONYMOUS = 0x20;
    /** ARM Linux's private system call that cleans the data cache and invalidates the instruction cache. */
    int ARM_NR_CACHEFLUSH = 0x0f0002;

    /** size_t and off_t are C longs on Linux (32 bits on ARM, 64 on x86-64): NativeLong fits both. */
    Pointer mmap(Pointer addr, NativeLong length, int prot, int flags, int fd, NativeLong offset);

    int munmap(Pointer addr, NativeLong length);

    int syscall(int number, Object... args);

    static Libc get() {
        return Holder.INSTANCE;
    }

    /** Loaded on first use: the simulator never touches native code. */
    final class Holder {
        private Holder() {}

        static final Libc INSTANCE = Native.load("c", Libc.class);
    }
}
