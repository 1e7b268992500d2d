package org.armjit.jit.ir;

/**
 * One IR operation and, unless its kind is VOID, the SSA value it defines. Immutable by
 * convention once added to a trace: passes build new operations rather than edit old ones.
 */
public final class Operation extends Value {
    public final Op op;
    private final Value[] args;
    /** Immediates, as described by {@link Op#descr}. */
    public final int[] aux;
    /** Guards only: the interpreter state to rebuild if the guard fails. */
    public final Snapshot snapshot;
    /** Guards only: a number unique within the trace, printed as {@code <Guard0x..>}. */
    public final int guardId;

    Operation(Op op, Value[] args, int[] aux, Snapshot snapshot, int guardId) {
        this.op = op;
        this.args = args;
        this.aux = aux;
        this.snapshot = snapshot;
        this.guardId = guardId;
    }

    @Override
    public Type type() {
        return op.result;
    }

    public int argCount() {
        return args.length;
    }

    public Value arg(int i) {
        return args[i];
    }

    /** A copy of the operands. */
    public Value[] args() {
        return args.clone();
    }

    public int aux(int i) {
        return aux[i];
    }

    @Override
    public String toString() {
        return op.text + "#" + System.identityHashCode(this);
    }
}
