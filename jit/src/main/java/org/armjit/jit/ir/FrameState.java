package org.armjit.jit.ir;

/**
 * One interpreter frame in a snapshot: which code object (its id), which bytecode pc to
 * resume at, and what each slot of the frame holds. The meaning of slot numbers is the
 * interpreter's business; the JIT only carries them.
 */
public record FrameState(int codeId, int pc, Value[] slots) {
    public Value slot(int i) {
        return slots[i];
    }

    public int size() {
        return slots.length;
    }
}
