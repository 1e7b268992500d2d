package org.armjit.jit.ir;

/** A trace input: a value passed in when compiled code is entered (or a bridge's failed-guard value). */
public final class InputArg extends Value {
    private final Type type;

    public InputArg(Type type) {
        if (type == Type.VOID) throw new IllegalArgumentException("void input");
        this.type = type;
    }

    @Override
    public Type type() {
        return type;
    }
}
