package org.armjit.jit.opt;

import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Value;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * PyPy's "pure": common subexpression elimination. A pure op with the same operands and
 * immediates as an earlier one is replaced by it; a guard that repeats an earlier guard
 * on the same values (guard_true(i5) twice, guard_class(p1) twice) is dropped, since
 * nothing a trace does can change those facts. An _ovf op whose guard_no_overflow passed
 * once is, with the same operands, a pure op: a repeat is replaced and its guard dropped.
 */
public final class Pure extends ForwardPass {
    private final Map<Key, Value> seen = new HashMap<>();

    @Override
    public String name() {
        return "pure";
    }

    @Override
    protected void atLabel() {
        seen.clear();
    }

    @Override
    protected void visit(Operation o) {
        if (skipDroppedOverflowGuard(o)) return;
        boolean pureGuard = switch (o.op) {
            case GUARD_TRUE, GUARD_FALSE, GUARD_VALUE, GUARD_CLASS, GUARD_NONNULL, GUARD_ISNULL, GUARD_TAGGED -> true;
            default -> false;
        };
        if (o.op.isOvf() && next() != null && next().op == Op.GUARD_NO_OVERFLOW) {
            // x + y checked once does not overflow the second time: the repeat and its guard go.
            Value[] a = args(o);
            Key k = new Key(o.op, a, o.aux);
            Value prev = seen.get(k);
            if (prev != null) {
                replace(o, prev);
                dropNextOverflowGuard = true;
                return;
            }
            seen.put(k, emit(o, a));
            return;
        }
        if (!o.op.isPure() && !pureGuard) {
            emit(o);
            return;
        }
        Value[] a = args(o);
        Key k = new Key(o.op, a, o.aux);
        Value prev = seen.get(k);
        if (prev != null) {
            if (!pureGuard) replace(o, prev);
            return;
        }
        Operation copy = emit(o, a);
        seen.put(k, copy);
    }

    /** Operands by identity (constants by value), immediates by value. */
    private record Key(Op op, Value[] args, int[] aux) {
        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.op != op || k.args.length != args.length || !Arrays.equals(k.aux, aux)) return false;
            for (int i = 0; i < args.length; i++) {
                if (args[i] != k.args[i] && !(args[i].isConst() && args[i].equals(k.args[i]))) return false;
            }
            return true;
        }

        @Override
        public int hashCode() {
            int h = op.hashCode() * 31 + Arrays.hashCode(aux);
            for (Value v : args) h = h * 31 + (v.isConst() ? v.hashCode() : System.identityHashCode(v));
            return h;
        }
    }
}
