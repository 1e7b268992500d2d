package org.armjit.jit.backend;

import org.armjit.jit.ir.Type;

/**
 * One frame of an exit state: where to resume and each slot's value, constants resolved
 * and virtual objects materialised (REF slots hold real value words).
 */
public record ExitFrame(int codeId, int pc, Type[] kinds, long[] values) {
    public int size() {
        return values.length;
    }

    public Type kind(int slot) {
        return kinds[slot];
    }

    public int intAt(int slot) {
        return (int) values[slot];
    }

    public double floatAt(int slot) {
        return Double.longBitsToDouble(values[slot]);
    }

    public int refAt(int slot) {
        return (int) values[slot];
    }
}
