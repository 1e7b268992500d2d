package org.armjit.jit.opt;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * PyPy's "intbounds": an interval [lo, hi] for every INT value, from constants, from what
 * ops can produce (comparisons give [0, 1], {@code x & 255} gives [0, 255], an array
 * length is non-negative, ...) and from guards that passed (after
 * {@code guard_true(int_lt(i, n))}, i &lt; n). With them it removes overflow checks that
 * cannot fail (an _ovf op becomes its wrapping twin and its guard_no_overflow goes),
 * decides comparisons, and drops guards on decided comparisons.
 */
public final class IntBounds extends ForwardPass {
    private static final long MIN = Integer.MIN_VALUE, MAX = Integer.MAX_VALUE;
    private final Map<Value, long[]> bounds = new IdentityHashMap<>();
    /** Bounds of the last _ovf op's exact result, which hold once its guard_no_overflow passed. */
    private Value pendingOvf;
    private long[] pendingBounds;

    @Override
    public String name() {
        return "intbounds";
    }

    @Override
    protected void atLabel() {
        bounds.clear();
        pendingOvf = null;
    }

    private long lo(Value v) {
        if (v instanceof Const c) return c.intValue();
        long[] b = bounds.get(v);
        return b == null ? MIN : b[0];
    }

    private long hi(Value v) {
        if (v instanceof Const c) return c.intValue();
        long[] b = bounds.get(v);
        return b == null ? MAX : b[1];
    }

    private void narrow(Value v, long lo, long hi) {
        if (v.isConst() || v.type() != Type.INT) return;
        long nlo = Math.max(lo, lo(v)), nhi = Math.min(hi, hi(v));
        bounds.put(v, new long[] {nlo, nhi});
    }

    private static boolean fits(long lo, long hi) {
        return lo >= MIN && hi <= MAX;
    }

    @Override
    protected void visit(Operation o) {
        if (skipDroppedOverflowGuard(o)) return;
        Value[] a = args(o);
        if (o.op.isOvf()) {
            visitOvf(o, a);
            return;
        }
        if (o.op.isGuard()) {
            visitGuard(o, a);
            return;
        }
        if (o.op.result == Type.INT && o.op.isPure()) {
            Const decided = decide(o.op, a);
            if (decided != null) {
                replace(o, decided);
                return;
            }
        }
        Operation copy = emit(o, a);
        if (o.op.result == Type.INT) {
            long[] r = range(o.op, o.aux, a);
            if (r != null && fits(r[0], r[1])) bounds.put(copy, r);
        }
    }

    private void visitOvf(Operation o, Value[] a) {
        long[] exact = exactRange(o.op, a);
        Operation g = next();
        if (g != null && g.op == Op.GUARD_NO_OVERFLOW) {
            boolean cannotOverflow = o.op == Op.INT_TAG_OVF ? exact[0] >= -(1L << 30) && exact[1] < (1L << 30) : fits(exact[0], exact[1]);
            if (cannotOverflow) {
                Operation plain = out.op(o.op.withoutOverflow(), o.aux, a);
                replace(o, plain);
                if (o.op != Op.INT_TAG_OVF) bounds.put(plain, exact);
                dropNextOverflowGuard = true;
                return;
            }
        }
        Operation copy = emit(o, a);
        pendingOvf = o.op == Op.INT_TAG_OVF ? null : copy;
        pendingBounds = new long[] {Math.max(exact[0], MIN), Math.min(exact[1], MAX)};
    }

    /** The exact (unbounded) range of an _ovf op's mathematical result; for int_tag_ovf, its operand's. */
    private long[] exactRange(Op op, Value[] a) {
        long l0 = lo(a[0]), h0 = hi(a[0]);
        if (op == Op.INT_TAG_OVF) return new long[] {l0, h0};
        long l1 = lo(a[1]), h1 = hi(a[1]);
        return switch (op) {
            case INT_ADD_OVF -> new long[] {l0 + l1, h0 + h1};
            case INT_SUB_OVF -> new long[] {l0 - h1, h0 - l1};
            default -> mulRange(l0, h0, l1, h1);
        };
    }

    private static long[] mulRange(long l0, long h0, long l1, long h1) {
        long p1 = l0 * l1, p2 = l0 * h1, p3 = h0 * l1, p4 = h0 * h1;
        return new long[] {Math.min(Math.min(p1, p2), Math.min(p3, p4)), Math.max(Math.max(p1, p2), Math.max(p3, p4))};
    }

    private void visitGuard(Operation o, Value[] a) {
        switch (o.op) {
            case GUARD_NO_OVERFLOW -> {
                emit(o, a);
                if (pendingOvf != null) bounds.put(pendingOvf, pendingBounds);
                pendingOvf = null;
                return;
            }
            case GUARD_TRUE, GUARD_FALSE -> {
                boolean want = o.op == Op.GUARD_TRUE;
                long l = lo(a[0]), h = hi(a[0]);
                boolean known = want ? (l > 0 || h < 0) : (l == 0 && h == 0);
                if (known) return;
                emit(o, a);
                if (!want) narrow(a[0], 0, 0);
                if (definition(a[0]) != null) learn(definition(a[0]), want);
                return;
            }
            case GUARD_VALUE -> {
                emit(o, a);
                if (a[0].type() == Type.INT) narrow(a[0], ((Const) a[1]).intValue(), ((Const) a[1]).intValue());
                return;
            }
            default -> emit(o, a);
        }
    }

    /** What passing guard_true (want) or guard_false on comparison {@code cmp} teaches about its operands. */
    private void learn(Operation cmp, boolean want) {
        if (cmp.argCount() != 2 && cmp.op != Op.INT_IS_ZERO && cmp.op != Op.INT_IS_TRUE) return;
        if (cmp.op == Op.INT_IS_ZERO || cmp.op == Op.INT_IS_TRUE) {
            boolean zero = (cmp.op == Op.INT_IS_ZERO) == want;
            if (zero) narrow(cmp.arg(0), 0, 0);
            else if (lo(cmp.arg(0)) == 0) narrow(cmp.arg(0), 1, MAX);
            else if (hi(cmp.arg(0)) == 0) narrow(cmp.arg(0), MIN, -1);
            return;
        }
        Value x = cmp.arg(0), y = cmp.arg(1);
        Op op = cmp.op;
        if (!want) {
            op = switch (op) {
                case INT_LT -> Op.INT_GE;
                case INT_LE -> Op.INT_GT;
                case INT_GT -> Op.INT_LE;
                case INT_GE -> Op.INT_LT;
                case INT_EQ -> Op.INT_NE;
                case INT_NE -> Op.INT_EQ;
                case UINT_LT -> Op.UINT_GE;
                case UINT_GE -> Op.UINT_LT;
                default -> null;
            };
            if (op == null) return;
        }
        switch (op) {
            case INT_LT -> { narrow(x, MIN, hi(y) - 1); narrow(y, lo(x) + 1, MAX); }
            case INT_LE -> { narrow(x, MIN, hi(y)); narrow(y, lo(x), MAX); }
            case INT_GT -> { narrow(x, lo(y) + 1, MAX); narrow(y, MIN, hi(x) - 1); }
            case INT_GE -> { narrow(x, lo(y), MAX); narrow(y, MIN, hi(x)); }
            case INT_EQ -> { long l = Math.max(lo(x), lo(y)), h = Math.min(hi(x), hi(y)); narrow(x, l, h); narrow(y, l, h); }
            case UINT_LT -> { if (lo(y) >= 0) narrow(x, 0, hi(y) - 1); }
            default -> {}
        }
    }

    /** A comparison (or is_true / is_zero) whose outcome the bounds fix, else null. */
    private Const decide(Op op, Value[] a) {
        if (a.length == 0 || a[0].type() != Type.INT) return null;
        long l0 = lo(a[0]), h0 = hi(a[0]);
        if (op == Op.INT_IS_TRUE || op == Op.INT_IS_ZERO) {
            boolean t = op == Op.INT_IS_TRUE;
            if (l0 > 0 || h0 < 0) return bool(t);
            if (l0 == 0 && h0 == 0) return bool(!t);
            return null;
        }
        if (a.length != 2 || a[1].type() != Type.INT) return null;
        long l1 = lo(a[1]), h1 = hi(a[1]);
        boolean nonNeg = l0 >= 0 && l1 >= 0;
        return switch (op) {
            case INT_LT -> h0 < l1 ? bool(true) : l0 >= h1 ? bool(false) : null;
            case INT_LE -> h0 <= l1 ? bool(true) : l0 > h1 ? bool(false) : null;
            case INT_GT -> l0 > h1 ? bool(true) : h0 <= l1 ? bool(false) : null;
            case INT_GE -> l0 >= h1 ? bool(true) : h0 < l1 ? bool(false) : null;
            case INT_EQ -> h0 < l1 || l0 > h1 ? bool(false) : null;
            case INT_NE -> h0 < l1 || l0 > h1 ? bool(true) : null;
            case UINT_LT -> nonNeg ? (h0 < l1 ? bool(true) : l0 >= h1 ? bool(false) : null) : null;
            case UINT_GE -> nonNeg ? (l0 >= h1 ? bool(true) : h0 < l1 ? bool(false) : null) : null;
            default -> null;
        };
    }

    private static Const bool(boolean b) {
        return b ? Const.INT_ONE : Const.INT_ZERO;
    }

    /** What an INT-producing op can give, or null for anything. */
    private long[] range(Op op, int[] aux, Value[] a) {
        long l0 = a.length > 0 && a[0].type() == Type.INT ? lo(a[0]) : MIN, h0 = a.length > 0 && a[0].type() == Type.INT ? hi(a[0]) : MAX;
        long l1 = a.length > 1 && a[1].type() == Type.INT ? lo(a[1]) : MIN, h1 = a.length > 1 && a[1].type() == Type.INT ? hi(a[1]) : MAX;
        boolean c1 = a.length > 1 && a[1].isConst();
        return switch (op) {
            case INT_LT, INT_LE, INT_EQ, INT_NE, INT_GT, INT_GE, UINT_LT, UINT_LE, UINT_GT, UINT_GE, INT_IS_TRUE, INT_IS_ZERO,
                 FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE, PTR_EQ, PTR_NE -> new long[] {0, 1};
            case INT_ADD -> new long[] {l0 + l1, h0 + h1};
            case INT_SUB -> new long[] {l0 - h1, h0 - l1};
            case INT_MUL -> mulRange(l0, h0, l1, h1);
            case INT_AND -> l0 >= 0 && l1 >= 0 ? new long[] {0, Math.min(h0, h1)} : l0 >= 0 ? new long[] {0, h0} : l1 >= 0 ? new long[] {0, h1} : null;
            case INT_OR, INT_XOR -> l0 >= 0 && l1 >= 0 ? new long[] {0, Math.max(h0, h1) == 0 ? 0 : (Long.highestOneBit(Math.max(h0, h1)) << 1) - 1} : null;
            case INT_RSHIFT -> c1 && l1 >= 0 && l1 < 32 ? new long[] {l0 >> l1, h0 >> l1} : null;
            case UINT_RSHIFT -> c1 && l1 > 0 && l1 < 32 ? (l0 >= 0 ? new long[] {l0 >> l1, h0 >> l1} : new long[] {0, 0xffffffffL >>> l1}) : null;
            case INT_MOD -> c1 && l1 != 0 && l1 != MIN ? (l0 >= 0 ? new long[] {0, Math.abs(l1) - 1} : new long[] {-(Math.abs(l1) - 1), Math.abs(l1) - 1}) : null;
            case INT_PY_MOD -> c1 && l1 != 0 && l1 != MIN ? (l1 > 0 ? new long[] {0, l1 - 1} : new long[] {l1 + 1, 0}) : null;
            case INT_FLOORDIV -> c1 && l1 > 0 ? new long[] {l0 / l1, h0 / l1} : null;
            case INT_PY_DIV -> c1 && l1 > 0 ? new long[] {Math.floorDiv(l0, l1), Math.floorDiv(h0, l1)} : null;
            case INT_NEG -> l0 > MIN ? new long[] {-h0, -l0} : null;
            case INT_INVERT -> new long[] {~h0, ~l0};
            case SAME_AS_I -> new long[] {l0, h0};
            case ARRAYLEN_GC -> new long[] {0, MAX};
            case GETARRAYITEM_GC_I -> aux[1] == 1 ? new long[] {0, 255} : aux[1] == 2 ? new long[] {0, 65535} : null;
            case INT_UNTAG -> new long[] {-(1L << 30), (1L << 30) - 1};
            default -> null;
        };
    }
}
