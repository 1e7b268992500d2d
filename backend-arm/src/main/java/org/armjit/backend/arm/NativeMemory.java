package org.armjit.backend.arm;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guest memory in native memory (mmap), for the native engine: its guest addresses are
 * machine addresses, so the interpreter and collector (through the {@link GuestMemory} view)
 * and compiled code (directly) share the same bytes.
 */
public final class NativeMemory {
    private static final Map<GuestMemory, Pointer> MAPPED = new IdentityHashMap<>();

    /**
     * Testing: where to ask the kernel to place code areas (-Darmjit.nativeCodeHint=0x7fc00000 makes
     * the first one straddle 0x8000_0000, see {@link #map(int, int, String, Pointer)}); null: anywhere.
     */
    private static final Pointer CODE_HINT = System.getProperty("armjit.nativeCodeHint") == null ? null
            : new Pointer(Long.decode(System.getProperty("armjit.nativeCodeHint")));

    private NativeMemory() {}

    /** Read/write memory for the guest heap or the backend's data. */
    public static GuestMemory map(int size) {
        return map(size, Libc.PROT_READ | Libc.PROT_WRITE, "memory", null);
    }

    /**
     * Memory for generated code: readable, writable and executable. Written only between runs
     * of the code it holds, with the instruction cache flushed after each write
     * ({@link #flushICache}).
     */
    static GuestMemory mapCode(int size) {
        return map(size, Libc.PROT_READ | Libc.PROT_WRITE | Libc.PROT_EXEC, "code memory (read/write/execute; "
                + "a kernel that enforces W^X refuses it: run with --engine sim)", CODE_HINT);
    }

    private static synchronized GuestMemory map(int size, int prot, String what, Pointer hint) {
        if (Native.POINTER_SIZE != 4) throw new IllegalStateException("native guest memory needs a 32-bit process (this one has "
                + 8 * Native.POINTER_SIZE + "-bit pointers)");
        // Addresses are Java ints everywhere (the collector, the backend's code area, compiled code's
        // compares), which orders them correctly within either half of the address space but not across
        // 0x8000_0000. A region that straddles it is kept mapped (so the kernel picks another range) and
        // released once a good one is found. Seen under qemu-arm, whose mmap ranges climb as programs
        // map and unmap: the 14th program of one `check` got a code area across the line ("code area full").
        List<Pointer> straddling = new ArrayList<>();
        try {
            for (int attempt = 0; ; attempt++) {
                Pointer p = Libc.get().mmap(hint, new NativeLong(size), prot, Libc.MAP_PRIVATE | Libc.MAP_ANONYMOUS, -1, new NativeLong(0));
                long addr = Pointer.nativeValue(p);
                if (p == null || addr == -1L || addr == 0xffff_ffffL) {
                    throw new IllegalStateException("cannot map " + (size >> 10) + " KiB of " + what + " (errno " + Native.getLastError() + ")");
                }
                if (!straddlesSignBoundary((int) addr, size)) {
                    GuestMemory m = GuestMemory.wrap(p.getByteBuffer(0, size), (int) addr);
                    MAPPED.put(m, p);
                    return m;
                }
                straddling.add(p);
                if (attempt == 8) throw new IllegalStateException("cannot map " + (size >> 10) + " KiB of " + what + " on one side of 0x80000000");
            }
        } finally {
            for (Pointer p : straddling) Libc.get().munmap(p, new NativeLong(size));
        }
    }

    /**
     * Whether [base, base+size) reaches from below 0x8000_0000 to it or beyond, so that its end (as an
     * int) is not above its base.
     */
    static boolean straddlesSignBoundary(int base, int size) {
        return base + size <= base;
    }

    /** Whether {@code m} came from here (so its addresses are machine addresses). */
    public static synchronized boolean isNative(GuestMemory m) {
        return MAPPED.containsKey(m);
    }

    /** Returns the memory to the system; the view must not be used again. */
    public static synchronized void unmap(GuestMemory m) {
        Pointer p = MAPPED.remove(m);
        if (p != null) Libc.get().munmap(p, new NativeLong(m.size()));
    }

    /** Makes instruction fetches see what was written at [addr, addr+len) (ARM Linux cacheflush). */
    static void flushICache(int addr, int len) {
        int rc = Libc.get().syscall(Libc.ARM_NR_CACHEFLUSH, addr, addr + len, 0);
        if (rc != 0) throw new IllegalStateException("cacheflush(0x" + Integer.toHexString(addr) + ", " + len + ") failed, errno " + Native.getLastError());
    }
}
