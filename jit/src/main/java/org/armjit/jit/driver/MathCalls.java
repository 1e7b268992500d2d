package org.armjit.jit.driver;

import org.armjit.lang.format.FloatMath;
import org.armjit.lang.vm.Tag;
import org.armjit.lang.vm.Vm;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.TypeId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;

/**
 * The functions of the {@code math} module that traces call on raw doubles ({@code call_f}):
 * one runtime call per function, FLOAT arguments and result, so a machine-code backend can
 * call the C library directly. A library error (domain, range) gives NaN; the trace guards
 * that the result is finite and exits otherwise, and the interpreter raises.
 */
final class MathCalls {
    /** A math function as the trace calls it. */
    record Fn(String name, int arity, RuntimeCall call) {}

    private final Vm vm;
    private final Map<String, Fn> byName = new HashMap<>();
    /** Builtin function objects already identified (or not: null) as math functions. */
    private final Map<Integer, Fn> known = new HashMap<>();

    MathCalls(Vm vm) {
        this.vm = vm;
        RuntimeCallTable calls = vm.calls;
        unary(calls, "sqrt", FloatMath::sqrt);
        unary(calls, "exp", FloatMath::exp);
        unary(calls, "sin", FloatMath::sin);
        unary(calls, "cos", FloatMath::cos);
        unary(calls, "tan", FloatMath::tan);
        unary(calls, "asin", FloatMath::asin);
        unary(calls, "acos", FloatMath::acos);
        unary(calls, "atan", FloatMath::atan);
        unary(calls, "fabs", FloatMath::fabs);
        unary(calls, "log", FloatMath::log);
        unary(calls, "log10", FloatMath::log10);
        unary(calls, "log2", FloatMath::log2);
        binary(calls, "atan2", FloatMath::atan2);
        binary(calls, "fmod", FloatMath::fmod);
        binary(calls, "pow", FloatMath::mathPow);
        binary(calls, "hypot", FloatMath::hypot);
    }

    private void unary(RuntimeCallTable calls, String name, DoubleUnaryOperator f) {
        RuntimeCall c = calls.register("math_" + name, Kind.FLOAT, List.of(Kind.FLOAT), false, a -> {
            double r;
            try {
                r = f.applyAsDouble(Double.longBitsToDouble(a[0]));
            } catch (RuntimeException e) { // FloatMath's domain and range errors
                r = Double.NaN;
            }
            return Double.doubleToRawLongBits(r);
        });
        byName.put(name, new Fn(name, 1, c));
    }

    private void binary(RuntimeCallTable calls, String name, DoubleBinaryOperator f) {
        RuntimeCall c = calls.register("math_" + name, Kind.FLOAT, List.of(Kind.FLOAT, Kind.FLOAT), false, a -> {
            double r;
            try {
                r = f.applyAsDouble(Double.longBitsToDouble(a[0]), Double.longBitsToDouble(a[1]));
            } catch (RuntimeException e) {
                r = Double.NaN;
            }
            return Double.doubleToRawLongBits(r);
        });
        byName.put(name, new Fn(name, 2, c));
    }

    /** The math function that builtin object {@code callable} is, or null. */
    Fn of(int callable) {
        if (known.containsKey(callable)) return known.get(callable);
        Fn fn = identify(callable);
        if (vm.heap.isPermanent(callable)) known.put(callable, fn); // only permanent objects keep their address
        return fn;
    }

    private Fn identify(int callable) {
        if (Tag.isInt(callable) || callable == 0 || vm.typeOf(callable) != TypeId.BUILTIN) return null;
        int math = vm.dict.getStr(vm.modulesDict, vm.intern("math"));
        if (math == 0) return null;
        int name = vm.mem.loadWord(callable + 12);
        if (vm.dict.getStr(vm.mem.loadWord(math + 8), name) != callable) return null;
        return byName.get(vm.str.toJava(name));
    }
}
