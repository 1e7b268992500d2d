package org.armjit.jit.backend;

import org.armjit.runtime.heap.RootSet;
import org.armjit.runtime.heap.RootVisitor;

import java.util.List;

/**
 * The interpreter state after {@link #guard} failed: its snapshot's frames with values
 * resolved (innermost last). REF values are live references: restore them into
 * interpreter frames before anything collects, or register this as a root set meanwhile.
 */
public record ExitState(GuardHandle guard, List<ExitFrame> frames) implements ExitResult, RootSet {
    public ExitFrame innermost() {
        return frames.get(frames.size() - 1);
    }

    @Override
    public void scanRoots(RootVisitor visitor) {
        for (ExitFrame f : frames) {
            for (int i = 0; i < f.size(); i++) {
                if (f.kinds()[i] == org.armjit.jit.ir.Type.REF) f.values()[i] = visitor.visit((int) f.values()[i]);
            }
        }
    }
}
