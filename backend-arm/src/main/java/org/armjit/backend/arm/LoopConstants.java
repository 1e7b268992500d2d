package org.armjit.backend.arm;

import org.armjit.arm.asm.ModifiedImmediate;
import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The constants a loop body would build in a register on every iteration (a multiplier for
 * SMULL, a division's magic number and divisor, an operand or comparand that no immediate form
 * encodes, a float that VMOV cannot encode), with how often per iteration. {@link TraceAssembler}
 * loads the most used ones into registers once, at the loop header, instead.
 *
 * <p>The scan mirrors the instruction selection's choices. A constant it names that the
 * selection then folds costs a register and nothing else; one it misses is built in place as
 * before: the prediction affects code size and speed, never correctness.
 */
final class LoopConstants {
    /** Core constants by value, and doubles by bit pattern; each with its uses per iteration. */
    final Map<Integer, Integer> ints = new LinkedHashMap<>();
    final Map<Long, Integer> doubles = new LinkedHashMap<>();

    private static final Set<Op> FLOAT_COMPARISONS =
            EnumSet.of(Op.FLOAT_LT, Op.FLOAT_LE, Op.FLOAT_EQ, Op.FLOAT_NE, Op.FLOAT_GT, Op.FLOAT_GE);

    private LoopConstants() {}

    static LoopConstants scan(List<Operation> body, boolean vfp) {
        LoopConstants lc = new LoopConstants();
        for (Operation o : body) lc.visit(o, vfp);
        return lc;
    }

    /** Core constants, most used first. */
    List<Integer> intsByUse() {
        List<Integer> l = new ArrayList<>(ints.keySet());
        l.sort(Comparator.comparingInt((Integer k) -> -ints.get(k)));
        return l;
    }

    List<Long> doublesByUse() {
        List<Long> l = new ArrayList<>(doubles.keySet());
        l.sort(Comparator.comparingInt((Long k) -> -doubles.get(k)));
        return l;
    }

    private void visit(Operation o, boolean vfp) {
        switch (o.op) {
            case INT_MUL_OVF -> {
                // SMULL takes registers only.
                for (int a = 0; a < 2; a++) if (isInt(o.arg(a))) addInt(value(o.arg(a)));
            }
            case INT_MUL -> {
                Integer c = oneIntConst(o);
                if (c != null && !mulFolds(c)) addInt(c);
            }
            case INT_PY_MOD, INT_PY_DIV, INT_FLOORDIV, INT_MOD -> {
                if (!isInt(o.arg(1))) return;
                int c = value(o.arg(1));
                if (c == 0 || c == 1 || c == -1 || c == Integer.MIN_VALUE || DivisionByConstant.isPowerOfTwo(c)) return;
                addInt(DivisionByConstant.of(c).magic());
                boolean quotient = o.op == Op.INT_FLOORDIV || o.op == Op.INT_PY_DIV;
                boolean python = o.op == Op.INT_PY_DIV || o.op == Op.INT_PY_MOD;
                if (!quotient || python) addInt(c);
            }
            case INT_ADD, INT_ADD_OVF, INT_SUB, INT_SUB_OVF, INT_AND, INT_OR, INT_XOR -> {
                Value x = o.arg(0), y = o.arg(1);
                if (isInt(x) == isInt(y)) return;
                if (isInt(x)) {
                    int c = value(x);
                    boolean sub = o.op == Op.INT_SUB || o.op == Op.INT_SUB_OVF;
                    if (!sub || encodes(c)) return; // commuted, or RSB with the immediate
                    addInt(c); // c - y with c in a register
                    return;
                }
                int c = value(y);
                boolean inverse = switch (o.op) {
                    case INT_ADD, INT_ADD_OVF, INT_SUB, INT_SUB_OVF -> encodes(-c);
                    case INT_AND -> encodes(~c);
                    default -> false;
                };
                if (!encodes(c) && !inverse) addInt(c);
            }
            case INT_LT, INT_LE, INT_EQ, INT_NE, INT_GT, INT_GE, UINT_LT, UINT_LE, UINT_GT, UINT_GE, PTR_EQ, PTR_NE, GUARD_VALUE -> {
                if (o.arg(0).type() == Type.FLOAT) {
                    if (vfp) floatArgs(o);
                    return;
                }
                Integer c = oneIntConst(o);
                if (c != null && !encodes(c) && !encodes(-c)) addInt(c);
            }
            case FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_TRUEDIV, FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE -> {
                if (vfp) floatArgs(o);
            }
            default -> { }
        }
    }

    private void floatArgs(Operation o) {
        for (int a = 0; a < o.argCount(); a++) {
            if (!(o.arg(a) instanceof Const c) || c.type() != Type.FLOAT) continue;
            double d = Double.longBitsToDouble(c.bits);
            if (FLOAT_COMPARISONS.contains(o.op) && a == 1 && c.bits == 0) continue; // VCMP with #0.0
            if (o.op == Op.GUARD_VALUE && (d == 0 || Double.isNaN(d))) continue; // compared as words
            doubles.merge(c.bits, 1, Integer::sum);
        }
    }

    private void addInt(int c) {
        ints.merge(c, 1, Integer::sum);
    }

    /** Multiplications by these are a move or a shifted add/subtract. */
    static boolean mulFolds(int c) {
        return c == 0 || c == 1 || (c > 0 && (c & (c - 1)) == 0) || (c > 2 && Integer.bitCount(c - 1) == 1)
                || (c > 2 && Integer.bitCount(c + 1) == 1 && c + 1 > 0);
    }

    private static Integer oneIntConst(Operation o) {
        Value x = o.arg(0), y = o.arg(1);
        if (isInt(x) && !isInt(y) && !y.isConst()) return value(x);
        if (isInt(y) && !isInt(x) && !x.isConst()) return value(y);
        return null;
    }

    private static boolean isInt(Value v) {
        return v instanceof Const && v.type() != Type.FLOAT;
    }

    private static int value(Value v) {
        return (int) ((Const) v).bits;
    }

    private static boolean encodes(int c) {
        return ModifiedImmediate.tryEncode(c) != null;
    }
}
