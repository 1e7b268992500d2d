package org.armjit.jit.ir;

/**
 * An operand: a trace input, the result of an operation, a constant, or (inside
 * snapshots only) a virtual object. Identity is object identity, except for constants.
 */
public abstract class Value {
    /** Scratch number for passes, printers and backends; meaningful only within one walk. */
    public int index = -1;

    public abstract Type type();

    public boolean isConst() {
        return false;
    }
}
