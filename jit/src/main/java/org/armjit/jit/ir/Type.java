package org.armjit.jit.ir;

import org.armjit.runtime.calls.Kind;

/**
 * The kinds of SSA values: raw 32-bit ints, doubles, guest value words (which the
 * collector must see) and no value. The letter is the prefix of value names in the text
 * form, as in PyPy's logs ({@code i3}, {@code f4}, {@code p5}).
 */
public enum Type {
    INT('i'), FLOAT('f'), REF('p'), VOID('v');

    public final char prefix;

    Type(char prefix) {
        this.prefix = prefix;
    }

    public static Type of(Kind k) {
        return switch (k) {
            case INT -> INT;
            case FLOAT -> FLOAT;
            case REF -> REF;
            case VOID -> VOID;
        };
    }

    /** Bytes this kind occupies as a field in guest memory. */
    public int fieldWidth() {
        return this == FLOAT ? 8 : 4;
    }

    public static Type ofPrefix(char c) {
        for (Type t : values()) if (t.prefix == c && t != VOID) return t;
        return null;
    }
}
