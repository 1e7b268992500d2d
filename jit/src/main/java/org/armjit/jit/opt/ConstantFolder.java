package org.armjit.jit.opt;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;

/** Evaluates a pure op (or an _ovf op) on constant operands, with the meaning {@link Op} gives it. */
final class ConstantFolder {
    private ConstantFolder() {}

    /** The result, or null if some operand is not constant or the op is not foldable. */
    static Const fold(Op op, Value[] args) {
        if (!op.isPure() && !op.isOvf()) return null;
        for (Value v : args) if (!v.isConst()) return null;
        long a = args.length > 0 ? ((Const) args[0]).bits : 0;
        long b = args.length > 1 ? ((Const) args[1]).bits : 0;
        int x = (int) a, y = (int) b;
        double f = Double.longBitsToDouble(a), g = Double.longBitsToDouble(b);
        return switch (op) {
            case INT_ADD, INT_ADD_OVF -> Const.ofInt(x + y);
            case INT_SUB, INT_SUB_OVF -> Const.ofInt(x - y);
            case INT_MUL, INT_MUL_OVF -> Const.ofInt(x * y);
            case INT_FLOORDIV -> Const.ofInt(y == 0 ? 0 : x / y);
            case INT_MOD -> Const.ofInt(y == 0 ? 0 : x % y);
            case INT_PY_DIV -> Const.ofInt(y == 0 ? 0 : Math.floorDiv(x, y));
            case INT_PY_MOD -> Const.ofInt(y == 0 ? 0 : Math.floorMod(x, y));
            case INT_AND -> Const.ofInt(x & y);
            case INT_OR -> Const.ofInt(x | y);
            case INT_XOR -> Const.ofInt(x ^ y);
            case INT_LSHIFT -> Const.ofInt(x << y);
            case INT_RSHIFT -> Const.ofInt(x >> y);
            case UINT_RSHIFT -> Const.ofInt(x >>> y);
            case INT_NEG -> Const.ofInt(-x);
            case INT_INVERT -> Const.ofInt(~x);
            case INT_LT -> bool(x < y);
            case INT_LE -> bool(x <= y);
            case INT_EQ, PTR_EQ -> bool(x == y);
            case INT_NE, PTR_NE -> bool(x != y);
            case INT_GT -> bool(x > y);
            case INT_GE -> bool(x >= y);
            case UINT_LT -> bool(Integer.compareUnsigned(x, y) < 0);
            case UINT_LE -> bool(Integer.compareUnsigned(x, y) <= 0);
            case UINT_GT -> bool(Integer.compareUnsigned(x, y) > 0);
            case UINT_GE -> bool(Integer.compareUnsigned(x, y) >= 0);
            case INT_IS_TRUE -> bool(x != 0);
            case INT_IS_ZERO -> bool(x == 0);
            case FLOAT_ADD -> Const.ofFloat(f + g);
            case FLOAT_SUB -> Const.ofFloat(f - g);
            case FLOAT_MUL -> Const.ofFloat(f * g);
            case FLOAT_TRUEDIV -> Const.ofFloat(f / g);
            case FLOAT_NEG -> Const.ofBits(Type.FLOAT, a ^ Long.MIN_VALUE);
            case FLOAT_ABS -> Const.ofBits(Type.FLOAT, a & Long.MAX_VALUE);
            case FLOAT_SQRT -> Const.ofFloat(Math.sqrt(f));
            case FLOAT_LT -> bool(f < g);
            case FLOAT_LE -> bool(f <= g);
            case FLOAT_EQ -> bool(f == g);
            case FLOAT_NE -> bool(f != g);
            case FLOAT_GT -> bool(f > g);
            case FLOAT_GE -> bool(f >= g);
            case CAST_INT_TO_FLOAT -> Const.ofFloat(x);
            case CAST_FLOAT_TO_INT -> Const.ofInt((int) f);
            case CAST_PTR_TO_INT, SAME_AS_I -> Const.ofInt(x);
            case CAST_INT_TO_PTR, SAME_AS_R -> Const.ofRef(x);
            case SAME_AS_F -> Const.ofBits(Type.FLOAT, a);
            case INT_TAG, INT_TAG_OVF -> Const.ofRef(x << 1 | 1);
            case INT_UNTAG -> Const.ofInt(x >> 1);
            default -> null;
        };
    }

    /** Whether the _ovf op overflows on these constants. */
    static boolean overflows(Op op, Const[] args) {
        long x = (int) args[0].bits;
        long y = args.length > 1 ? (int) args[1].bits : 0;
        long exact = switch (op) {
            case INT_ADD_OVF -> x + y;
            case INT_SUB_OVF -> x - y;
            case INT_MUL_OVF -> x * y;
            case INT_TAG_OVF -> x >= -(1 << 30) && x < (1 << 30) ? x : Long.MAX_VALUE;
            default -> throw new IllegalArgumentException(op.text);
        };
        return exact != (int) exact;
    }

    private static Const bool(boolean b) {
        return b ? Const.INT_ONE : Const.INT_ZERO;
    }
}
