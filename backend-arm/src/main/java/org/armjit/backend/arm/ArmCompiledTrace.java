package org.armjit.backend.arm;

import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.backend.GuardHandle;
import org.armjit.jit.ir.Trace;

import java.util.Collections;
import java.util.List;

/** A trace as ARM code in the code area: where it starts, its guards and labels, and which op emitted which instruction. */
final class ArmCompiledTrace implements CompiledTrace {
    /** What the trace assembler produced. */
    record Code(int[] words, List<ArmGuard> guards, List<ArmLabel> labels, int[] opStart, List<int[]> extraRanges,
                List<Integer> invalidationNops, List<ArmGuard> invalidationGuards,
                List<Integer> stubOffsets) {}

    final Trace trace;
    final int address;
    /** Set once assembled. */
    Code code;
    private List<GuardHandle> guardList = List.of();
    volatile boolean invalidated;

    ArmCompiledTrace(Trace trace, int address) {
        this.trace = trace;
        this.address = address;
    }

    void setCode(Code c) {
        code = c;
        guardList = Collections.unmodifiableList(List.copyOf(c.guards()));
    }

    int size() {
        return code.words().length * 4;
    }

    /** The IR op (index in the trace) that emitted the instruction at {@code addr}, or -1. */
    int opAt(int addr) {
        int off = addr - address;
        if (off < 0 || off >= size()) return -1;
        for (int[] r : code.extraRanges()) if (off >= r[0] && off < r[1]) return r[2];
        int[] starts = code.opStart();
        if (off >= starts[starts.length - 1]) return -1;
        for (int i = starts.length - 2; i >= 0; i--) if (starts[i] <= off) return i;
        return -1;
    }

    @Override
    public Trace trace() {
        return trace;
    }

    @Override
    public List<GuardHandle> guards() {
        return guardList;
    }

    @Override
    public GuardHandle guard(int guardId) {
        for (GuardHandle g : guardList) if (g.id() == guardId) return g;
        throw new IllegalArgumentException("no guard " + guardId);
    }

    @Override
    public boolean isInvalidated() {
        return invalidated;
    }
}
