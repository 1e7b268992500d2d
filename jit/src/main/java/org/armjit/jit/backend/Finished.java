package org.armjit.jit.backend;

import org.armjit.jit.ir.Type;

import java.util.List;

/** Compiled code reached a finish: the values of its operands, with their kinds. */
public record Finished(List<Type> types, long[] values) implements ExitResult {
    public int intAt(int i) {
        return (int) values[i];
    }

    public double floatAt(int i) {
        return Double.longBitsToDouble(values[i]);
    }

    public int refAt(int i) {
        return (int) values[i];
    }
}
