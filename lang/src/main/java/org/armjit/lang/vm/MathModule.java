package org.armjit.lang.vm;

import org.armjit.lang.format.FloatMath;
import org.armjit.lang.format.FormatException;

import java.math.BigInteger;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Function;

/** The math module; the numerics (and CPython's domain and range errors) are FloatMath's. */
final class MathModule {
    private final Vm vm;
    private final Builtins b;

    MathModule(Vm vm, Builtins b) {
        this.vm = vm;
        this.b = b;
    }

    private double arg(int w) {
        if (!vm.ops.isNumber(w)) throw vm.typeError("must be real number, not " + vm.typeName(w));
        return vm.ops.toDouble(w);
    }

    private interface Body {
        int apply(int[] a, int off, int n);
    }

    /** Defines a function whose library errors become Python exceptions. */
    private void fn(int dict, String name, Body body) {
        b.def(dict, name, (self, a, off, n, kw) -> {
            b.args.onlyKeywords(name, kw);
            try {
                return body.apply(a, off, n);
            } catch (FormatException e) {
                throw vm.raise(e.pythonType(), e.message());
            }
        });
    }

    private void unary(int dict, String name, DoubleUnaryOperator f) {
        fn(dict, name, (a, off, n) -> {
            b.args.exactly(name, n, 1);
            return vm.floats.box(f.applyAsDouble(arg(a[off])));
        });
    }

    private void binary(int dict, String name, DoubleBinaryOperator f) {
        fn(dict, name, (a, off, n) -> {
            b.args.exactly(name, n, 2);
            return vm.floats.box(f.applyAsDouble(arg(a[off]), arg(a[off + 1])));
        });
    }

    private void toInt(int dict, String name, Function<Double, BigInteger> f) {
        fn(dict, name, (a, off, n) -> {
            b.args.exactly(name, n, 1);
            int w = a[off];
            if (vm.ints.isInt(w)) return vm.ints.isExactInt(w) ? w : Tag.box(vm.ints.sign(w));
            return vm.ints.of(f.apply(arg(w)));
        });
    }

    void install(int dict) {
        vm.dict.put(dict, vm.intern("pi"), vm.floats.box(Math.PI));
        vm.dict.put(dict, vm.intern("e"), vm.floats.box(Math.E));
        vm.dict.put(dict, vm.intern("tau"), vm.floats.box(2 * Math.PI));
        vm.dict.put(dict, vm.intern("inf"), vm.floats.box(Double.POSITIVE_INFINITY));
        vm.dict.put(dict, vm.intern("nan"), vm.floats.box(Double.NaN));
        unary(dict, "sqrt", FloatMath::sqrt);
        unary(dict, "exp", FloatMath::exp);
        unary(dict, "sin", FloatMath::sin);
        unary(dict, "cos", FloatMath::cos);
        unary(dict, "tan", FloatMath::tan);
        unary(dict, "asin", FloatMath::asin);
        unary(dict, "acos", FloatMath::acos);
        unary(dict, "atan", FloatMath::atan);
        unary(dict, "fabs", FloatMath::fabs);
        fn(dict, "log10", (a, off, n) -> {
            b.args.exactly("log10", n, 1);
            int w = a[off];
            return vm.floats.box(vm.ints.isInt(w) && !Tag.isInt(w) ? FloatMath.log10(vm.ints.toBig(w)) : FloatMath.log10(arg(w)));
        });
        fn(dict, "log2", (a, off, n) -> {
            b.args.exactly("log2", n, 1);
            int w = a[off];
            return vm.floats.box(vm.ints.isInt(w) && !Tag.isInt(w) ? FloatMath.log2(vm.ints.toBig(w)) : FloatMath.log2(arg(w)));
        });
        unary(dict, "degrees", Math::toDegrees);
        unary(dict, "radians", Math::toRadians);
        binary(dict, "atan2", FloatMath::atan2);
        binary(dict, "fmod", FloatMath::fmod);
        binary(dict, "pow", FloatMath::mathPow);
        binary(dict, "copysign", Math::copySign);
        toInt(dict, "floor", FloatMath::floor);
        toInt(dict, "ceil", FloatMath::ceil);
        toInt(dict, "trunc", FloatMath::truncateToInt);
        fn(dict, "log", (a, off, n) -> {
            b.args.between("log", n, 1, 2);
            double x = log(a[off]);
            if (n == 1) return vm.floats.box(x);
            double base = log(a[off + 1]);
            if (base == 0.0) throw vm.raise("ZeroDivisionError", "float division by zero");
            return vm.floats.box(x / base);
        });
        fn(dict, "hypot", (a, off, n) -> {
            double acc = 0;
            for (int i = 0; i < n; i++) acc = FloatMath.hypot(acc, arg(a[off + i]));
            return vm.floats.box(acc);
        });
        fn(dict, "isnan", (a, off, n) -> {
            b.args.exactly("isnan", n, 1);
            return vm.bool(FloatMath.isnan(arg(a[off])));
        });
        fn(dict, "isinf", (a, off, n) -> {
            b.args.exactly("isinf", n, 1);
            return vm.bool(FloatMath.isinf(arg(a[off])));
        });
        fn(dict, "isfinite", (a, off, n) -> {
            b.args.exactly("isfinite", n, 1);
            double x = arg(a[off]);
            return vm.bool(!Double.isInfinite(x) && !Double.isNaN(x));
        });
        fn(dict, "gcd", (a, off, n) -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) g = g.gcd(vm.ints.toBig(intArg(a[off + i])));
            return vm.ints.of(g);
        });
        fn(dict, "factorial", (a, off, n) -> {
            b.args.exactly("factorial", n, 1);
            int v = intArg(a[off]);
            if (vm.ints.sign(v) < 0) throw vm.valueError("factorial() not defined for negative values");
            if (!vm.ints.fitsLong(v) || vm.ints.toLong(v) > 100_000) throw vm.raise("OverflowError", "factorial() argument should not exceed 100000");
            long k = vm.ints.toLong(v);
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= k; i++) r = r.multiply(BigInteger.valueOf(i));
            return vm.ints.of(r);
        });
    }

    private int intArg(int w) {
        if (!vm.ints.isInt(w)) throw vm.typeError("'" + vm.typeName(w) + "' object cannot be interpreted as an integer");
        return w;
    }

    /** log of an int or float argument; big ints beyond the double range are fine. */
    private double log(int w) {
        if (vm.ints.isInt(w) && !Tag.isInt(w)) return FloatMath.log(vm.ints.toBig(w));
        return FloatMath.log(arg(w));
    }
}
