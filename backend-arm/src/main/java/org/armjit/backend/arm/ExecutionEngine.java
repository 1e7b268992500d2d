package org.armjit.backend.arm;

import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Where generated code runs: the simulator on any host, the CPU itself on ARM Linux. The
 * code is the same; an engine decides only where the code area, the backend's data (runtime
 * block and frames) and the runtime calls' entry points are.
 */
interface ExecutionEngine {
    String name();

    /** The code area: written by the backend, executed by the engine. */
    GuestMemory code();

    /** The backend's data: the runtime block, then the frames of compiled code. */
    GuestMemory data();

    /** After code was written at [addr, addr+len): the instruction cache must see it. */
    void codeWritten(int addr, int len);

    /** An address that generated code can call (AAPCS) to run {@code call}. */
    int entryPoint(RuntimeCall call);

    /** Calls the entry trampoline at {@code entry} with r0 = frame, r1 = the trace's start. */
    void run(int entry, int frame, int start);

    /** ARM instructions executed so far (counted by the simulator; 0 where nothing counts). */
    long instructions();

    /** Runtime calls made from generated code so far. */
    long helperCalls();
}
