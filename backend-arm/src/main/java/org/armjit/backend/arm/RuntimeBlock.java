package org.armjit.backend.arm;

/**
 * Per-backend data that compiled code reaches from its runtime register (r10): the heap's
 * allocation state, mirrored at every boundary between compiled code and Java (see
 * {@link HeapMirror}), the runtime-call address table, and a pool of double constants
 * below the base (VLDR reaches 1020 bytes back).
 *
 * <pre>
 *   UPCALL    the native engine's JNI upcall area ({@link JniUpcalls}), below the pool
 *   -8*k      double constant k (k = 1..{@link #DOUBLE_POOL})
 *   +0        nursery top
 *   +4        nursery soft limit
 *   +8        collect requested (0 or 1)
 *   +12       nursery start
 *   +16       sp after the entry trampoline's saves (where an unwind returns to)
 *   +20       a runtime call failed with a Java exception (native engine: 0 or 1)
 *   +24       Python frames direct calls may still push before the recursion limit
 *   +28       direct calls made (a counter for --jit-stats)
 *   +32+4*id  address of runtime call id
 * </pre>
 */
final class RuntimeBlock {
    private RuntimeBlock() {}

    static final int NURSERY_TOP = 0;
    static final int NURSERY_LIMIT = 4;
    static final int COLLECT_REQUESTED = 8;
    static final int NURSERY_START = 12;
    static final int ENTRY_SP = 16;
    static final int PENDING_EXCEPTION = 20;
    static final int DIRECT_BUDGET = 24;
    static final int DIRECT_CALL_COUNT = 28;
    static final int CALLS = 32;
    /** LDR reaches 4095 bytes: runtime calls beyond this id are reached through an address built in ip. */
    static final int DIRECT_CALLS = (4092 - CALLS) / 4;
    static final int MAX_CALLS = 4096;
    static final int DOUBLE_POOL = 127;
    /** The upcall area's offset from r10 (negative: LDR/STR reach 4095 bytes either way). */
    static final int UPCALL = -(8 * (DOUBLE_POOL + 1) + JniUpcalls.SIZE);
    /** Bytes from the block's start (the upcall area, then the pool) to the base r10 points at. */
    static final int BASE_OFFSET = -UPCALL;
    static final int SIZE = BASE_OFFSET + CALLS + 4 * MAX_CALLS;

    static int callOffset(int id) {
        return CALLS + 4 * id;
    }
}
