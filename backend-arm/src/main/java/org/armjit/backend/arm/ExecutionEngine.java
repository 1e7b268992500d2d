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

    /** Where the backend's code must end (the engine may keep the rest of the code area for itself). */
    int codeEnd();

    /**
     * Tells the engine where the backend's runtime block (r10) is and where compiled code
     * leaves on an error in a runtime call (the unwind path of the entry trampoline).
     */
    default void attach(int runtimeBase, int unwindAddress) {
    }

    /** After code was written at [addr, addr+len): the instruction cache must see it. */
    void codeWritten(int addr, int len);

    /** An address that generated code can call (AAPCS) to run {@code call}. */
    int entryPoint(RuntimeCall call);

    /** Calls the entry trampoline at {@code entry} with r0 = frame, r1 = the trace's start. */
    void run(int entry, int frame, int start);

    /** ARM instructions executed so far (counted by the simulator; 0 where nothing counts). */
    long instructions();

    /** Whether {@link #instructions} counts (the simulator) or is always 0 (the CPU). */
    default boolean countsInstructions() {
        return true;
    }

    /** How generated code reaches Java for a runtime call (the simulator: "svc"). */
    default String runtimeCallPath() {
        return "svc";
    }

    /** Counts executed instructions per piece of code from now on ({@link #instructionsIn}), where the engine can. */
    default void profileCode() {
    }

    /** Instructions executed in [from, to) since {@link #profileCode}, or -1 where the engine does not count. */
    default long instructionsIn(int from, int to) {
        return -1;
    }

    /** Runtime calls made from generated code so far, per call. */
    HelperCallCounts helperCalls();

    /** Releases the code and data areas; nothing may run afterwards. */
    default void close() {
    }
}
