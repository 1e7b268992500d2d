package org.armjit.arm.sim;

import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Redirection stubs to the runtime-call table ({@link org.armjit.runtime.calls.RuntimeCallTable}):
 * runtime call {@code id} is reached by executing {@code svc #(SVC_BASE + id)}. A stub is that
 * svc followed by {@code bx lr}, so generated code calls it with {@code bl}/{@code blx} like any
 * function; the simulator performs the Java call at the svc, with the arguments and result
 * placed by its calling convention.
 */
public final class SvcStubs {
    /** svc immediates at and above this select a runtime call (below: not ours). */
    public static final int SVC_BASE = 0xa00000;
    /** Number of runtime calls the svc immediate can select. */
    public static final int MAX_CALLS = 0x10000;
    /** Bytes per stub. */
    public static final int STUB_SIZE = 8;
    /** {@code bx lr}. */
    public static final int BX_LR = 0xe12fff1e;

    private SvcStubs() {}

    /** {@code svc #(SVC_BASE + id)}, condition AL. */
    public static int svcWord(int id) {
        if (id < 0 || id >= MAX_CALLS) throw new IllegalArgumentException("runtime call id " + id);
        return 0xef000000 | (SVC_BASE + id);
    }

    /** Writes the stub for {@code call} at {@code addr}; the caller flushes the i-cache as after any code write. */
    public static void write(GuestMemory mem, int addr, RuntimeCall call) {
        mem.storeWord(addr, svcWord(call.id()));
        mem.storeWord(addr + 4, BX_LR);
    }
}
