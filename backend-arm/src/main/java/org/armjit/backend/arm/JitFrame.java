package org.armjit.backend.arm;

/**
 * The block of guest memory that compiled code runs on (fp = r11 points at it), one per
 * entry into compiled code. Trace inputs arrive in its slots, finish values and the exit's
 * identity leave through it, the register allocator spills into it and the exit stub saves
 * every register into it, so an exit is rebuilt from the guard's location map alone. The
 * collector sees the REF slots listed by the GC map of the helper call in progress.
 *
 * <pre>
 *   +0    exit: index of the failing guard, or {@link #FINISHED}
 *   +4    gcmap: index of the collecting call in progress (or -1)
 *   +8    swap: 8 bytes for breaking cycles of parallel moves
 *   +16   saved core registers r0-r9, lr (by the exit stub)
 *   +60   child: the frame of the direct call this frame's code is making (0 if none)
 *   +64   (a direct call's frame) the function called
 *   +68   (a direct call's frame) the frames the call counts against the recursion budget
 *   +72   (a direct call's frame) the caller's entry sp, restored when the call returns
 *   +76   return address of the runtime call in progress (native engine's thunk: the stack
 *         must stay as the caller left it, since arguments past r0-r3 are on it)
 *   +80   saved VFP registers d0..d15
 *   +208  slots, 8 bytes each: inputs and finish values from slot 0, then spill slots
 * </pre>
 */
final class JitFrame {
    private JitFrame() {}

    static final int EXIT = 0;
    static final int GCMAP = 4;
    static final int SWAP = 8;
    static final int SAVED_CORE = 16;
    static final int CHILD = 60;
    static final int DIRECT_FUNCTION = 64;
    static final int DIRECT_FRAMES = 68;
    static final int DIRECT_ENTRY_SP = 72;
    static final int CALL_LR = 76;
    static final int SAVED_VFP = 80;
    static final int SLOTS = 208;
    /** Slots per frame: inputs, finish values and spills of a trace tree share them. */
    static final int SLOT_COUNT = 1000;
    static final int SIZE = SLOTS + 8 * SLOT_COUNT;

    static final int FINISHED = -1;

    static int slotOffset(int slot) {
        return SLOTS + 8 * slot;
    }
}
