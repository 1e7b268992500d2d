package org.armjit.lang.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/**
 * Python float semantics where Java's differ: floor division and modulo signs, divmod,
 * {@code **}, round(), conversion to int, and the math module's edge cases and errors.
 * Transcendental functions use java.lang.Math, whose results agree with CPython's C library
 * (glibc) far more often than StrictMath's fdlibm does (measured by MathTest on x86-64: exp,
 * log, pow, cos about 99.6-100% bit-identical, fdlibm 93-96%); they are within an ulp either way.
 * On ARM hosts the platform's C library replaces them ({@link #useLibrary}): compiled code
 * calls its functions directly, so the interpreter must compute with the very same ones for
 * results to be bit-identical.
 */
public final class FloatMath {
    private FloatMath() {}

    /** The transcendental functions of a C library (libm), as C defines them: NaN or inf for errors. */
    public interface CMath {
        double sin(double x);
        double cos(double x);
        double tan(double x);
        double asin(double x);
        double acos(double x);
        double atan(double x);
        double atan2(double y, double x);
        double exp(double x);
        double log(double x);
        double log10(double x);
        double pow(double x, double y);
    }

    /** java.lang.Math's. */
    public static final CMath JAVA = new CMath() {
        public double sin(double x) { return Math.sin(x); }
        public double cos(double x) { return Math.cos(x); }
        public double tan(double x) { return Math.tan(x); }
        public double asin(double x) { return Math.asin(x); }
        public double acos(double x) { return Math.acos(x); }
        public double atan(double x) { return Math.atan(x); }
        public double atan2(double y, double x) { return Math.atan2(y, x); }
        public double exp(double x) { return Math.exp(x); }
        public double log(double x) { return Math.log(x); }
        public double log10(double x) { return Math.log10(x); }
        public double pow(double x, double y) { return Math.pow(x, y); }
    };

    private static volatile CMath lib = JAVA;

    /** Computes the transcendental functions with {@code c} from now on (process-wide). */
    public static void useLibrary(CMath c) {
        lib = c;
    }

    public static CMath library() {
        return lib;
    }

    private static FormatException domainError() {
        return FormatException.valueError("math domain error");
    }

    private static FormatException rangeError() {
        return FormatException.overflowError("math range error");
    }

    // ---- arithmetic --------------------------------------------------------------------------

    public static double divide(double a, double b) {
        if (b == 0) throw FormatException.zeroDivisionError("float division by zero");
        return a / b;
    }

    /** a % b with the sign of b (CPython's float_rem). */
    public static double mod(double a, double b) {
        if (b == 0) throw FormatException.zeroDivisionError("float modulo");
        return modNonZero(a, b);
    }

    private static double modNonZero(double a, double b) {
        double mod = a % b; // C fmod: exact, sign of a
        if (mod != 0) {
            if ((b < 0) != (mod < 0)) mod += b;
        } else {
            mod = Math.copySign(0.0, b);
        }
        return mod;
    }

    /** a // b (CPython's float_floor_div). */
    public static double floorDiv(double a, double b) {
        if (b == 0) throw FormatException.zeroDivisionError("float floor division by zero");
        return floorDivNonZero(a, b);
    }

    private static double floorDivNonZero(double a, double b) {
        double mod = a % b;
        double div = (a - mod) / b;
        if (mod != 0 && (b < 0) != (mod < 0)) div -= 1.0;
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0; // snap to the nearest integer
        } else {
            floordiv = Math.copySign(0.0, a / b);
        }
        return floordiv;
    }

    /** divmod(a, b) as {floor quotient, remainder}. */
    public static double[] divmod(double a, double b) {
        if (b == 0) throw FormatException.zeroDivisionError("float divmod()");
        return new double[] {floorDivNonZero(a, b), modNonZero(a, b)};
    }

    /**
     * a ** b (CPython's float_pow). A negative base to a non-integer power is complex in
     * CPython; complex numbers are outside the language subset, so this raises ValueError
     * with CPython 2's text "negative number cannot be raised to a fractional power".
     */
    public static double pow(double v, double w) {
        if (w == 0) return 1.0;
        if (v != v) return v;
        if (w != w) return v == 1.0 ? 1.0 : w;
        if (Double.isInfinite(w)) {
            double av = Math.abs(v);
            if (av == 1.0) return 1.0;
            if ((w > 0) == (av > 1.0)) return Double.POSITIVE_INFINITY;
            return 0.0;
        }
        if (Double.isInfinite(v)) {
            boolean odd = isOddInteger(w);
            if (w > 0) return odd ? v : Math.abs(v);
            return odd ? Math.copySign(0.0, v) : 0.0;
        }
        if (v == 0) {
            if (w < 0) throw FormatException.zeroDivisionError("0.0 cannot be raised to a negative power");
            return isOddInteger(w) ? v : 0.0;
        }
        boolean negate = false;
        if (v < 0) {
            if (w != Math.floor(w)) throw FormatException.valueError("negative number cannot be raised to a fractional power");
            v = -v;
            negate = isOddInteger(w);
        }
        if (v == 1.0) return negate ? -1.0 : 1.0;
        double r = lib.pow(v, w);
        if (Double.isInfinite(r)) throw FormatException.overflowErrno(34, "Numerical result out of range");
        return negate ? -r : r;
    }

    private static boolean isOddInteger(double w) {
        return Math.abs(w % 2.0) == 1.0; // C's fmod(fabs(w), 2.0) == 1.0
    }

    // ---- conversion to int -------------------------------------------------------------------

    /** int(x): truncation toward zero. */
    public static BigInteger truncateToInt(double x) {
        checkIntegral(x);
        if (Math.abs(x) < 9.2e18) return BigInteger.valueOf((long) x);
        return new BigDecimal(x).toBigInteger();
    }

    private static void checkIntegral(double x) {
        if (x != x) throw FormatException.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(x)) throw FormatException.overflowError("cannot convert float infinity to integer");
    }

    /** Whether x is a finite integer (float.is_integer()). */
    public static boolean isInteger(double x) {
        return !Double.isInfinite(x) && x == Math.floor(x);
    }

    /** round(x): nearest int, ties to even. */
    public static BigInteger round(double x) {
        return truncateToInt(Math.rint(x));
    }

    /** round(x, n): x rounded to n decimal places, correctly (half-even on the exact value). */
    public static double round(double x, long n) {
        if (x != x || Double.isInfinite(x)) return x;
        if (n > 323) return x;
        if (n < -308) return 0.0 * x;
        if (x == 0) return x;
        BigDecimal r = new BigDecimal(x).setScale((int) n, RoundingMode.HALF_EVEN);
        if (r.signum() == 0) return Math.copySign(0.0, x);
        double d = r.doubleValue(); // correctly rounded conversion back
        if (Double.isInfinite(d)) throw FormatException.overflowError("rounded value too large to represent");
        return d;
    }

    // ---- math module ---------------------------------------------------------------------------

    public static BigInteger floor(double x) {
        checkIntegral(x);
        return truncateToInt(Math.floor(x));
    }

    public static BigInteger ceil(double x) {
        checkIntegral(x);
        return truncateToInt(Math.ceil(x));
    }

    public static double sqrt(double x) {
        if (x < 0) throw domainError();
        return Math.sqrt(x); // IEEE correctly rounded, as C's sqrt
    }

    public static double exp(double x) {
        double r = lib.exp(x);
        if (Double.isInfinite(r) && !Double.isInfinite(x)) throw rangeError();
        return r;
    }

    /** math.log(x) for a float argument. */
    public static double log(double x) {
        if (x != x) return x;
        if (x <= 0) throw domainError();
        return lib.log(x);
    }

    /** math.log(x) for an int argument: also beyond the float range. */
    public static double log(BigInteger x) {
        return intLog(x, FloatMath::log);
    }

    /** math.log10(x) for an int argument: also beyond the float range. */
    public static double log10(BigInteger x) {
        return intLog(x, FloatMath::log10);
    }

    /** math.log2(x) for an int argument: also beyond the float range. */
    public static double log2(BigInteger x) {
        return intLog(x, FloatMath::log2);
    }

    /**
     * CPython's loghelper for ints: the float value if it has one, else x = m * 2**e with m in
     * [0.5, 1) rounded to 53 bits (_PyLong_Frexp), and func(m) + func(2.0) * e.
     */
    private static double intLog(BigInteger x, java.util.function.DoubleUnaryOperator func) {
        if (x.signum() <= 0) throw domainError();
        int bits = x.bitLength();
        if (bits <= 1024) {
            double d = x.doubleValue();
            if (!Double.isInfinite(d)) return func.applyAsDouble(d);
        }
        // the top 60 bits with a sticky bit for the rest: doubleValue() then rounds as x would
        int shift = bits - 60;
        BigInteger top = x.shiftRight(shift);
        if (x.getLowestSetBit() < shift) top = top.setBit(0);
        double m = Math.scalb(top.doubleValue(), -60);
        int e = bits;
        if (m == 1.0) { // rounded up to the next power of two
            m = 0.5;
            e += 1;
        }
        return func.applyAsDouble(m) + func.applyAsDouble(2.0) * e;
    }

    /** math.log(x, base) = log(x) / log(base). */
    public static double log(double x, double base) {
        double num = log(x);
        double den = log(base);
        if (den == 0) throw FormatException.zeroDivisionError("float division by zero");
        return num / den;
    }

    public static double log10(double x) {
        if (x != x) return x;
        if (x <= 0) throw domainError();
        return lib.log10(x);
    }

    private static final double INV_LN2_HI = 1.4426950408889634; // 1/ln(2) split in two doubles
    private static final double INV_LN2_LO = 2.0355273740931033e-17;

    /** math.log2: exact for powers of two; log(m)/ln(2) + e carried in extra precision otherwise. */
    public static double log2(double x) {
        if (x != x || x == Double.POSITIVE_INFINITY) return x;
        if (x <= 0) throw domainError();
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) { // subnormal: scale into the normal range first
            x *= 0x1p60;
            e = Math.getExponent(x) - 60;
        }
        double m = x / Math.scalb(1.0, Math.getExponent(x)); // [1, 2)
        if (m > 1.4142135623730951) {
            m *= 0.5;
            e++;
        }
        if (m == 1.0) return e;
        double l = lib.log(m);
        double p = l * INV_LN2_HI;
        double err = Math.fma(l, INV_LN2_HI, -p) + l * INV_LN2_LO;
        double s = e + p;
        double t = ((e - s) + p) + err; // two-sum: |e| >= |p| whenever e != 0
        return s + t;
    }

    public static double sin(double x) {
        if (Double.isInfinite(x)) throw domainError();
        return lib.sin(x);
    }

    public static double cos(double x) {
        if (Double.isInfinite(x)) throw domainError();
        return lib.cos(x);
    }

    public static double tan(double x) {
        if (Double.isInfinite(x)) throw domainError();
        return lib.tan(x);
    }

    public static double asin(double x) {
        if (Math.abs(x) > 1) throw domainError();
        return lib.asin(x);
    }

    public static double acos(double x) {
        if (Math.abs(x) > 1) throw domainError();
        return lib.acos(x);
    }

    public static double atan(double x) {
        return lib.atan(x);
    }

    public static double atan2(double y, double x) {
        return lib.atan2(y, x);
    }

    public static double fabs(double x) {
        return Math.abs(x);
    }

    /**
     * math.hypot: CPython 3.11 computes it itself, nearly always correctly rounded (Java's
     * fdlibm hypot is not): here x^2 + y^2 is summed exactly in double-double and the square
     * root corrected once. No range error: inf on overflow.
     */
    public static double hypot(double x, double y) {
        if (Double.isInfinite(x) || Double.isInfinite(y)) return Double.POSITIVE_INFINITY;
        if (x != x || y != y) return Double.NaN;
        double a = Math.abs(x), b = Math.abs(y);
        if (a < b) {
            double t = a;
            a = b;
            b = t;
        }
        if (b == 0) return a;
        int e = Math.getExponent(a);
        if (e < Double.MIN_EXPONENT) e = Double.MIN_EXPONENT;
        if (e - Math.getExponent(b) > 60) return a; // b^2 is far below half an ulp of a^2
        a = Math.scalb(a, -e); // exact: a into [1, 2)
        b = Math.scalb(b, -e); // exact: b is at most 60 binades lower, above the subnormals
        double a2 = a * a, a2lo = Math.fma(a, a, -a2);
        double b2 = b * b, b2lo = Math.fma(b, b, -b2);
        double sum = a2 + b2;
        double lo = ((a2 - sum) + b2) + a2lo + b2lo; // a2 >= b2: two-sum error plus product errors
        double r = Math.sqrt(sum);
        r += (Math.fma(-r, r, sum) + lo) / (2 * r);
        return Math.scalb(r, e);
    }

    /** math.fmod: C fmod, with Python's errors. */
    public static double fmod(double x, double y) {
        if (Double.isInfinite(y) && !Double.isInfinite(x) && x == x) return x;
        if (y == 0 || Double.isInfinite(x)) {
            if (x != x || y != y) return Double.NaN;
            throw domainError();
        }
        return x % y;
    }

    /** math.pow: C99 pow with Python's errors (no complex results: ValueError). */
    public static double mathPow(double x, double y) {
        if (x != x) return y == 0 ? 1.0 : x;
        if (y != y) return x == 1.0 ? 1.0 : y;
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            if (Double.isInfinite(y)) {
                double ax = Math.abs(x);
                if (ax == 1.0) return 1.0;
                return (y > 0) == (ax > 1.0) ? Double.POSITIVE_INFINITY : 0.0;
            }
            // x infinite, y finite
            if (y == 0) return 1.0;
            boolean odd = isOddInteger(y);
            if (y > 0) return odd ? x : Double.POSITIVE_INFINITY;
            return odd ? Math.copySign(0.0, x) : 0.0;
        }
        if (y == 0) return 1.0;
        if (x == 0) {
            if (y < 0) throw domainError();
            return isOddInteger(y) ? x : 0.0;
        }
        if (x < 0 && y != Math.floor(y)) throw domainError();
        double r = x < 0 ? (isOddInteger(y) ? -1 : 1) * lib.pow(-x, y) : x == 1.0 ? 1.0 : lib.pow(x, y);
        if (Double.isInfinite(r)) throw rangeError();
        return r;
    }

    public static boolean isnan(double x) {
        return x != x;
    }

    public static boolean isinf(double x) {
        return Double.isInfinite(x);
    }
}
