package org.armjit.jit.opt;

import org.armjit.jit.ir.Value;

/** A value as a map key: SSA values by identity, constants by value. */
final class Ident {
    final Value v;

    Ident(Value v) {
        this.v = v;
    }

    static boolean same(Value a, Value b) {
        return a == b || a.isConst() && a.equals(b);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ident i && same(v, i.v);
    }

    @Override
    public int hashCode() {
        return v.isConst() ? v.hashCode() : System.identityHashCode(v);
    }
}
