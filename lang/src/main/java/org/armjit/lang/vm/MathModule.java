package org.armjit.lang.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;

/** The math module, with CPython's domain and range errors. */
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

    /** A float result with CPython's errors: NaN from a non-NaN input is a domain error, inf from finite a range error. */
    private int result(double r, double x) {
        if (Double.isNaN(r) && !Double.isNaN(x)) throw vm.valueError("math domain error");
        if (Double.isInfinite(r) && !Double.isInfinite(x)) throw vm.raise("OverflowError", "math range error");
        return vm.floats.box(r);
    }

    private void unary(int dict, String name, DoubleUnaryOperator f) {
        b.def(dict, name, (self, a, off, n, kw) -> {
            b.args.exactly(name, n, 1);
            double x = arg(a[off]);
            return result(f.applyAsDouble(x), x);
        });
    }

    void install(int dict) {
        vm.dict.put(dict, vm.intern("pi"), vm.floats.box(Math.PI));
        vm.dict.put(dict, vm.intern("e"), vm.floats.box(Math.E));
        vm.dict.put(dict, vm.intern("tau"), vm.floats.box(2 * Math.PI));
        vm.dict.put(dict, vm.intern("inf"), vm.floats.box(Double.POSITIVE_INFINITY));
        vm.dict.put(dict, vm.intern("nan"), vm.floats.box(Double.NaN));
        unary(dict, "sqrt", x -> x < 0 ? Double.NaN : Math.sqrt(x));
        unary(dict, "sin", x -> Double.isInfinite(x) ? Double.NaN : Math.sin(x));
        unary(dict, "cos", x -> Double.isInfinite(x) ? Double.NaN : Math.cos(x));
        unary(dict, "tan", x -> Double.isInfinite(x) ? Double.NaN : Math.tan(x));
        unary(dict, "asin", x -> Math.abs(x) > 1 ? Double.NaN : Math.asin(x));
        unary(dict, "acos", x -> Math.abs(x) > 1 ? Double.NaN : Math.acos(x));
        unary(dict, "atan", Math::atan);
        unary(dict, "exp", Math::exp);
        unary(dict, "fabs", Math::abs);
        unary(dict, "log10", x -> x <= 0 ? Double.NaN : Math.log10(x));
        unary(dict, "log2", x -> x <= 0 ? Double.NaN : Math.log(x) / Math.log(2));
        unary(dict, "sinh", Math::sinh);
        unary(dict, "cosh", Math::cosh);
        unary(dict, "tanh", Math::tanh);
        unary(dict, "degrees", Math::toDegrees);
        unary(dict, "radians", Math::toRadians);
        b.def(dict, "log", (self, a, off, n, kw) -> {
            b.args.between("log", n, 1, 2);
            double x = logOf(a[off]);
            if (n == 2) {
                double base = logOf(a[off + 1]);
                if (base == 0.0) throw vm.raise("ZeroDivisionError", "float division by zero");
                return vm.floats.box(x / base);
            }
            return vm.floats.box(x);
        });
        b.def(dict, "atan2", (self, a, off, n, kw) -> {
            b.args.exactly("atan2", n, 2);
            return vm.floats.box(Math.atan2(arg(a[off]), arg(a[off + 1])));
        });
        b.def(dict, "hypot", (self, a, off, n, kw) -> {
            double acc = 0;
            double[] xs = new double[n];
            for (int i = 0; i < n; i++) xs[i] = arg(a[off + i]);
            if (n == 2) return vm.floats.box(Math.hypot(xs[0], xs[1]));
            for (double x : xs) acc = Math.hypot(acc, x);
            return vm.floats.box(acc);
        });
        b.def(dict, "pow", (self, a, off, n, kw) -> {
            b.args.exactly("pow", n, 2);
            double x = arg(a[off]), y = arg(a[off + 1]);
            if (x == 0.0 && y < 0 && !Double.isInfinite(y)) throw vm.valueError("math domain error");
            if (x < 0 && y != Math.floor(y) && !Double.isInfinite(y)) throw vm.valueError("math domain error");
            double r = Math.pow(x, y);
            if (x == 1.0 || y == 0.0) r = 1.0;
            if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
                throw vm.raise("OverflowError", "math range error");
            }
            return vm.floats.box(r);
        });
        b.def(dict, "fmod", (self, a, off, n, kw) -> {
            b.args.exactly("fmod", n, 2);
            double x = arg(a[off]), y = arg(a[off + 1]);
            if (y == 0.0 || Double.isInfinite(x)) {
                if (!Double.isNaN(x) && !Double.isNaN(y)) throw vm.valueError("math domain error");
            }
            return vm.floats.box(x % y);
        });
        b.def(dict, "floor", (self, a, off, n, kw) -> roundToInt(a[off], RoundingMode.FLOOR, n));
        b.def(dict, "ceil", (self, a, off, n, kw) -> roundToInt(a[off], RoundingMode.CEILING, n));
        b.def(dict, "trunc", (self, a, off, n, kw) -> roundToInt(a[off], RoundingMode.DOWN, n));
        b.def(dict, "isnan", (self, a, off, n, kw) -> {
            b.args.exactly("isnan", n, 1);
            return vm.bool(Double.isNaN(arg(a[off])));
        });
        b.def(dict, "isinf", (self, a, off, n, kw) -> {
            b.args.exactly("isinf", n, 1);
            return vm.bool(Double.isInfinite(arg(a[off])));
        });
        b.def(dict, "isfinite", (self, a, off, n, kw) -> {
            b.args.exactly("isfinite", n, 1);
            double x = arg(a[off]);
            return vm.bool(!Double.isInfinite(x) && !Double.isNaN(x));
        });
        b.def(dict, "gcd", (self, a, off, n, kw) -> {
            BigInteger g = BigInteger.ZERO;
            for (int i = 0; i < n; i++) g = g.gcd(vm.ints.toBig(intArg(a[off + i])));
            return vm.ints.of(g);
        });
        b.def(dict, "factorial", (self, a, off, n, kw) -> {
            b.args.exactly("factorial", n, 1);
            int v = intArg(a[off]);
            if (vm.ints.sign(v) < 0) throw vm.valueError("factorial() not defined for negative values");
            long k = vm.ints.toLong(v);
            BigInteger r = BigInteger.ONE;
            for (long i = 2; i <= k; i++) r = r.multiply(BigInteger.valueOf(i));
            return vm.ints.of(r);
        });
        b.def(dict, "copysign", (self, a, off, n, kw) -> {
            b.args.exactly("copysign", n, 2);
            return vm.floats.box(Math.copySign(arg(a[off]), arg(a[off + 1])));
        });
    }

    private int intArg(int w) {
        if (!vm.ints.isInt(w)) throw vm.typeError("'" + vm.typeName(w) + "' object cannot be interpreted as an integer");
        return w;
    }

    private double logOf(int w) {
        if (vm.ints.isInt(w) && !Tag.isInt(w) && vm.ints.sign(w) > 0) {
            // Big ints may exceed the double range: log of the mantissa plus the binary exponent.
            BigInteger v = vm.ints.toBig(w);
            int shift = Math.max(0, v.bitLength() - 60);
            return Math.log(v.shiftRight(shift).doubleValue()) + shift * Math.log(2);
        }
        double x = arg(w);
        if (x <= 0) throw vm.valueError("math domain error");
        return Math.log(x);
    }

    private int roundToInt(int w, RoundingMode mode, int n) {
        if (n != 1) throw vm.typeError("math function takes exactly one argument (" + n + " given)");
        if (vm.ints.isInt(w)) return vm.ints.isExactInt(w) ? w : Tag.box(vm.ints.sign(w));
        double x = arg(w);
        if (Double.isNaN(x)) throw vm.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(x)) throw vm.raise("OverflowError", "cannot convert float infinity to integer");
        return vm.ints.of(new BigDecimal(x).setScale(0, mode).toBigInteger());
    }
}
