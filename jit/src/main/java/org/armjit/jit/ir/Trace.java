package org.armjit.jit.ir;

import java.util.List;

/**
 * A linear trace: its inputs and its operations, ending with a jump (a loop, or a bridge
 * going back into a loop) or a finish. Immutable; passes make new traces.
 */
public final class Trace {
    private final List<InputArg> inputs;
    private final List<Operation> ops;

    public Trace(List<InputArg> inputs, List<Operation> ops) {
        this.inputs = List.copyOf(inputs);
        this.ops = List.copyOf(ops);
    }

    public List<InputArg> inputs() {
        return inputs;
    }

    public List<Operation> ops() {
        return ops;
    }

    public Operation last() {
        return ops.get(ops.size() - 1);
    }

    public int size() {
        return ops.size();
    }

    @Override
    public String toString() {
        return TracePrinter.print(this);
    }
}
