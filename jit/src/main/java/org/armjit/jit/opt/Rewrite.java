package org.armjit.jit.opt;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * PyPy's "rewrite": constant folding, algebraic identities, and guards decided by what
 * earlier guards established: a value known after guard_value / guard_false /
 * guard_isnull / guard_true(int_eq(x, C)) is replaced by the constant; guard_class on an
 * object whose class is known (an earlier guard_class, or allocated by the trace) is
 * removed, and so are guard_nonnull and guard_tagged when already known.
 */
public final class Rewrite extends ForwardPass {
    private final Map<Value, Integer> knownClass = new IdentityHashMap<>();
    private final Set<Value> nonNull = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Value> tagged = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Values replaced by a constant after a guard established it. */
    private final Map<Value, Value> known = new IdentityHashMap<>();
    /** Comparisons x == C (x != C): if guard_true (guard_false) passes on them, x is C. */
    private final Map<Value, Value[]> equalities = new IdentityHashMap<>();
    private final Map<Value, Value[]> inequalities = new IdentityHashMap<>();

    @Override
    public String name() {
        return "rewrite";
    }

    @Override
    protected void atLabel() {
        knownClass.clear();
        nonNull.clear();
        tagged.clear();
        known.clear();
        equalities.clear();
        inequalities.clear();
    }

    @Override
    protected Value get(Value v) {
        Value r = super.get(v);
        Value k = known.get(r);
        return k != null ? k : r;
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
        if (o.op.isPure()) {
            Const c = ConstantFolder.fold(o.op, a);
            if (c != null) {
                replace(o, c);
                return;
            }
            Value s = simplify(o.op, a);
            if (s != null) {
                replace(o, s);
                return;
            }
        }
        Operation copy = emit(o, a);
        if (o.op == Op.INT_EQ || o.op == Op.PTR_EQ || o.op == Op.INT_NE || o.op == Op.PTR_NE) {
            if (a[0].isConst() != a[1].isConst()) {
                boolean eq = o.op == Op.INT_EQ || o.op == Op.PTR_EQ;
                (eq ? equalities : inequalities).put(copy, a[0].isConst() ? new Value[] {a[1], a[0]} : a);
            }
        }
        if (o.op == Op.NEW || o.op == Op.NEW_ARRAY) {
            knownClass.put(copy, o.aux[0]);
            nonNull.add(copy);
        } else if (o.op == Op.INT_TAG) {
            tagged.add(copy);
        }
    }

    private void visitOvf(Operation o, Value[] a) {
        Operation guard = next();
        boolean noOverflowGuard = guard != null && guard.op == Op.GUARD_NO_OVERFLOW;
        if (noOverflowGuard) {
            Const c = ConstantFolder.fold(o.op, a);
            if (c != null && !ConstantFolder.overflows(o.op, constArgs(a))) {
                replace(o, c);
                dropNextOverflowGuard = true;
                return;
            }
            Value s = switch (o.op) {
                case INT_ADD_OVF -> isConstInt(a[1], 0) ? a[0] : isConstInt(a[0], 0) ? a[1] : null;
                case INT_SUB_OVF -> isConstInt(a[1], 0) ? a[0] : null;
                case INT_MUL_OVF -> isConstInt(a[1], 1) ? a[0] : isConstInt(a[0], 1) ? a[1] : null;
                default -> null;
            };
            if (s != null) {
                replace(o, s);
                dropNextOverflowGuard = true;
                return;
            }
        }
        Operation copy = emit(o, a);
        if (o.op == Op.INT_TAG_OVF && noOverflowGuard) tagged.add(copy);
    }

    private static Const[] constArgs(Value[] a) {
        Const[] c = new Const[a.length];
        for (int i = 0; i < a.length; i++) c[i] = (Const) a[i];
        return c;
    }

    private void visitGuard(Operation o, Value[] a) {
        switch (o.op) {
            case GUARD_TRUE, GUARD_FALSE -> {
                boolean want = o.op == Op.GUARD_TRUE;
                if (a[0] instanceof Const c) {
                    if ((c.intValue() != 0) == want) return;
                    break; // always fails: keep it
                }
                emit(o, a);
                if (!want) known.put(a[0], Const.INT_ZERO);
                else if (isBoolean(a[0])) known.put(a[0], Const.INT_ONE);
                Value[] eq = (want ? equalities : inequalities).get(a[0]);
                if (eq != null) known.put(eq[0], eq[1]);
                return;
            }
            case GUARD_VALUE -> {
                if (a[0].isConst()) {
                    if (a[0].equals(a[1])) return;
                    break;
                }
                emit(o, a);
                known.put(a[0], a[1]);
                return;
            }
            case GUARD_CLASS -> {
                Integer k = knownClass.get(a[0]);
                if (k != null && k == o.aux[0]) return;
                if (k == null && !a[0].isConst()) {
                    emit(o, a);
                    knownClass.put(a[0], o.aux[0]);
                    nonNull.add(a[0]);
                    return;
                }
            }
            case GUARD_NONNULL -> {
                if (a[0] instanceof Const c && c.bits != 0 || nonNull.contains(a[0])) return;
                if (!a[0].isConst()) {
                    emit(o, a);
                    nonNull.add(a[0]);
                    return;
                }
            }
            case GUARD_ISNULL -> {
                if (a[0] instanceof Const c && c.bits == 0) return;
                if (!a[0].isConst() && !nonNull.contains(a[0])) {
                    emit(o, a);
                    known.put(a[0], Const.NULL);
                    return;
                }
            }
            case GUARD_TAGGED -> {
                if (a[0] instanceof Const c && (c.bits & 1) != 0 || tagged.contains(a[0])) return;
                if (!a[0].isConst()) {
                    emit(o, a);
                    tagged.add(a[0]);
                    return;
                }
            }
            default -> {}
        }
        emit(o, a);
    }

    /** Ops whose INT result is always 0 or 1: guard_true on them fixes the value to 1. */
    private boolean isBoolean(Value v) {
        Operation op = definition(v);
        if (op == null) return false;
        return switch (op.op) {
            case INT_LT, INT_LE, INT_EQ, INT_NE, INT_GT, INT_GE, UINT_LT, UINT_LE, UINT_GT, UINT_GE, INT_IS_TRUE, INT_IS_ZERO,
                 FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE, PTR_EQ, PTR_NE -> true;
            default -> false;
        };
    }

    /** Algebraic identities with one constant or equal operands; null if none applies. */
    private Value simplify(Op op, Value[] a) {
        Value x = a.length > 0 ? a[0] : null, y = a.length > 1 ? a[1] : null;
        boolean same = y != null && x == y;
        Operation inner;
        switch (op) {
            case INT_ADD: if (isConstInt(y, 0)) return x; if (isConstInt(x, 0)) return y; break;
            case INT_SUB: if (isConstInt(y, 0)) return x; if (same) return Const.INT_ZERO; break;
            case INT_MUL:
                if (isConstInt(y, 1)) return x;
                if (isConstInt(x, 1)) return y;
                if (isConstInt(x, 0) || isConstInt(y, 0)) return Const.INT_ZERO;
                break;
            case INT_AND:
                if (same || isConstInt(y, -1)) return x;
                if (isConstInt(x, -1)) return y;
                if (isConstInt(x, 0) || isConstInt(y, 0)) return Const.INT_ZERO;
                break;
            case INT_OR: if (same || isConstInt(y, 0)) return x; if (isConstInt(x, 0)) return y; break;
            case INT_XOR: if (isConstInt(y, 0)) return x; if (isConstInt(x, 0)) return y; if (same) return Const.INT_ZERO; break;
            case INT_LSHIFT: case INT_RSHIFT: case UINT_RSHIFT: if (isConstInt(y, 0)) return x; break;
            case INT_FLOORDIV: case INT_PY_DIV: if (isConstInt(y, 1)) return x; break;
            case INT_MOD: case INT_PY_MOD: if (isConstInt(y, 1) || isConstInt(y, -1)) return Const.INT_ZERO; break;
            case INT_EQ: case INT_LE: case INT_GE: case UINT_LE: case UINT_GE: case PTR_EQ: if (same) return Const.INT_ONE; break;
            case INT_NE: case INT_LT: case INT_GT: case UINT_LT: case UINT_GT: case PTR_NE: if (same) return Const.INT_ZERO; break;
            case INT_NEG: case INT_INVERT:
                if ((inner = definition(x)) != null && inner.op == op) return inner.arg(0);
                break;
            case CAST_PTR_TO_INT:
                if ((inner = definition(x)) != null && inner.op == Op.CAST_INT_TO_PTR) return inner.arg(0);
                break;
            case CAST_INT_TO_PTR:
                if ((inner = definition(x)) != null && inner.op == Op.CAST_PTR_TO_INT) return inner.arg(0);
                break;
            case SAME_AS_I: case SAME_AS_F: case SAME_AS_R:
                return x;
            case INT_IS_TRUE:
                if (isBoolean(x)) return x;
                break;
            default:
                break;
        }
        return null;
    }

    static boolean isInt(Value v) {
        return v.type() == Type.INT;
    }
}
