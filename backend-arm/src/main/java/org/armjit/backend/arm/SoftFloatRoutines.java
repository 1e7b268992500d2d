package org.armjit.backend.arm;

import org.armjit.jit.ir.Op;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;

import java.util.List;

/**
 * The run-time ABI's double-precision routines (RTABI section 4.1.2) that float IR ops become
 * on a target without an FPU. They are registered under their ABI names, so a native engine
 * binds them to libgcc's; here they are Java, and Java's double arithmetic is IEEE 754
 * round-to-nearest like libgcc's (and the conversion to int truncates and saturates, NaN giving
 * 0, like VFP's {@code vcvt} and the IR interpreter).
 */
final class SoftFloatRoutines {
    final RuntimeCall dadd, dsub, dmul, ddiv;
    final RuntimeCall dcmpeq, dcmplt, dcmple, dcmpge, dcmpgt;
    final RuntimeCall i2d, d2iz;
    /** C's sqrt (no run-time ABI routine exists): libm's natively, Java's correctly rounded one here. */
    final RuntimeCall sqrt;

    SoftFloatRoutines(RuntimeCallTable calls) {
        dadd = binary(calls, "__aeabi_dadd", (a, b) -> a + b);
        dsub = binary(calls, "__aeabi_dsub", (a, b) -> a - b);
        dmul = binary(calls, "__aeabi_dmul", (a, b) -> a * b);
        ddiv = binary(calls, "__aeabi_ddiv", (a, b) -> a / b);
        dcmpeq = compare(calls, "__aeabi_dcmpeq", (a, b) -> a == b);
        dcmplt = compare(calls, "__aeabi_dcmplt", (a, b) -> a < b);
        dcmple = compare(calls, "__aeabi_dcmple", (a, b) -> a <= b);
        dcmpge = compare(calls, "__aeabi_dcmpge", (a, b) -> a >= b);
        dcmpgt = compare(calls, "__aeabi_dcmpgt", (a, b) -> a > b);
        i2d = find(calls, "__aeabi_i2d", Kind.FLOAT, List.of(Kind.INT), a -> Double.doubleToRawLongBits((int) a[0]));
        d2iz = find(calls, "__aeabi_d2iz", Kind.INT, List.of(Kind.FLOAT), a -> (int) Double.longBitsToDouble(a[0]));
        sqrt = find(calls, "sqrt", Kind.FLOAT, List.of(Kind.FLOAT), a -> Double.doubleToRawLongBits(Math.sqrt(Double.longBitsToDouble(a[0]))));
    }

    /**
     * The routine for a float arithmetic or comparison op. FLOAT_NE has none of its own: it is
     * {@code __aeabi_dcmpeq} with the result inverted (true for NaN operands, as it must be).
     */
    RuntimeCall forOp(Op op) {
        return switch (op) {
            case FLOAT_ADD -> dadd;
            case FLOAT_SUB -> dsub;
            case FLOAT_MUL -> dmul;
            case FLOAT_TRUEDIV -> ddiv;
            case FLOAT_EQ, FLOAT_NE -> dcmpeq;
            case FLOAT_LT -> dcmplt;
            case FLOAT_LE -> dcmple;
            case FLOAT_GE -> dcmpge;
            case FLOAT_GT -> dcmpgt;
            case CAST_INT_TO_FLOAT -> i2d;
            case CAST_FLOAT_TO_INT -> d2iz;
            case FLOAT_SQRT -> sqrt;
            default -> null;
        };
    }

    /** Whether op becomes a routine call on a target without an FPU. */
    static boolean isCall(Op op) {
        return switch (op) {
            case FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_TRUEDIV, FLOAT_EQ, FLOAT_NE, FLOAT_LT, FLOAT_LE, FLOAT_GE,
                 FLOAT_GT, CAST_INT_TO_FLOAT, CAST_FLOAT_TO_INT, FLOAT_SQRT -> true;
            default -> false;
        };
    }

    private interface DoubleOp { double apply(double a, double b); }

    private interface DoubleTest { boolean test(double a, double b); }

    private static RuntimeCall binary(RuntimeCallTable calls, String name, DoubleOp f) {
        return find(calls, name, Kind.FLOAT, List.of(Kind.FLOAT, Kind.FLOAT),
                a -> Double.doubleToRawLongBits(f.apply(Double.longBitsToDouble(a[0]), Double.longBitsToDouble(a[1]))));
    }

    private static RuntimeCall compare(RuntimeCallTable calls, String name, DoubleTest f) {
        return find(calls, name, Kind.INT, List.of(Kind.FLOAT, Kind.FLOAT),
                a -> f.test(Double.longBitsToDouble(a[0]), Double.longBitsToDouble(a[1])) ? 1 : 0);
    }

    /** Registers a routine, or finds it when another backend on the same table already did. */
    private static RuntimeCall find(RuntimeCallTable calls, String name, Kind result, List<Kind> args, RuntimeCall.Impl impl) {
        for (RuntimeCall c : calls.all()) if (c.name().equals(name)) return c;
        return calls.register(name, result, args, false, impl);
    }
}
