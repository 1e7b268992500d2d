package org.armjit.lang.format;

import java.math.BigInteger;

/**
 * Python int arithmetic where Java's BigInteger differs: floor division and modulo signs,
 * {@code **} (negative exponents give floats), three-argument pow, shifts with Python's
 * errors, and true division correctly rounded to a float.
 */
public final class IntMath {
    private IntMath() {}

    /** Results beyond this many bits are refused with MemoryError instead of exhausting the JVM. */
    public static final long MAX_RESULT_BITS = 1L << 28;

    private static FormatException divisionByZero() {
        return FormatException.zeroDivisionError("integer division or modulo by zero");
    }

    private static FormatException memoryError() {
        return new FormatException("MemoryError", "");
    }

    // ---- long fast paths (callers fall back to BigInteger when these overflow) -------------

    /** a // b; the caller checks b != 0 and (a, b) != (Long.MIN_VALUE, -1). */
    public static long floorDiv(long a, long b) {
        if (b == 0) throw divisionByZero();
        return Math.floorDiv(a, b);
    }

    public static long mod(long a, long b) {
        if (b == 0) throw FormatException.zeroDivisionError("integer modulo by zero");
        return Math.floorMod(a, b);
    }

    // ---- BigInteger ------------------------------------------------------------------------

    public static BigInteger floorDiv(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw divisionByZero();
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) return qr[0].subtract(BigInteger.ONE);
        return qr[0];
    }

    /** a % b with the sign of b. */
    public static BigInteger mod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw FormatException.zeroDivisionError("integer modulo by zero");
        BigInteger r = a.remainder(b);
        if (r.signum() != 0 && r.signum() != b.signum()) r = r.add(b);
        return r;
    }

    /** divmod(a, b) as {quotient, remainder}. */
    public static BigInteger[] divmod(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw divisionByZero();
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            qr[0] = qr[0].subtract(BigInteger.ONE);
            qr[1] = qr[1].add(b);
        }
        return qr;
    }

    /**
     * base ** exp for exp >= 0 (an int). For a negative exponent Python gives a float: use
     * {@link #powToFloat}.
     */
    public static BigInteger pow(BigInteger base, BigInteger exp) {
        if (exp.signum() < 0) throw new IllegalArgumentException("negative exponent: use powToFloat");
        if (exp.signum() == 0) return BigInteger.ONE;
        int bl = base.abs().bitLength();
        if (bl <= 1) { // 0, 1, -1
            if (base.signum() >= 0) return base;
            return exp.testBit(0) ? base : BigInteger.ONE;
        }
        if (exp.bitLength() > 31 || (long) (bl - 1) * exp.longValue() > MAX_RESULT_BITS) throw memoryError();
        return base.pow(exp.intValue());
    }

    /** base ** exp for exp < 0: float(base) ** float(exp), as CPython. */
    public static double powToFloat(BigInteger base, BigInteger exp) {
        return FloatMath.pow(FloatText.fromInt(base), FloatText.fromInt(exp));
    }

    /** pow(base, exp, mod); a negative exp needs base invertible modulo mod. */
    public static BigInteger powMod(BigInteger base, BigInteger exp, BigInteger mod) {
        if (mod.signum() == 0) throw FormatException.valueError("pow() 3rd argument cannot be 0");
        BigInteger m = mod.abs();
        if (m.equals(BigInteger.ONE)) return BigInteger.ZERO;
        BigInteger b = base.mod(m);
        BigInteger r;
        if (exp.signum() < 0) {
            if (!b.gcd(m).equals(BigInteger.ONE)) throw FormatException.valueError("base is not invertible for the given modulus");
            r = b.modInverse(m).modPow(exp.negate(), m);
        } else {
            r = b.modPow(exp, m);
        }
        // the result takes the sign of the modulus
        if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
        return r;
    }

    public static BigInteger shiftLeft(BigInteger a, BigInteger n) {
        if (n.signum() < 0) throw FormatException.valueError("negative shift count");
        if (a.signum() == 0) return a;
        if (n.bitLength() > 31 || a.bitLength() + n.longValue() > MAX_RESULT_BITS) throw memoryError();
        return a.shiftLeft(n.intValue());
    }

    public static BigInteger shiftRight(BigInteger a, BigInteger n) {
        if (n.signum() < 0) throw FormatException.valueError("negative shift count");
        if (n.bitLength() > 31 || n.intValue() >= a.bitLength() + 1) return a.signum() < 0 ? BigInteger.ONE.negate() : BigInteger.ZERO;
        return a.shiftRight(n.intValue()); // arithmetic: floor, as Python
    }

    /** round(a, n): a for n >= 0, else a rounded half-even to a multiple of 10^-n. */
    public static BigInteger round(BigInteger a, long n) {
        if (n >= 0) return a;
        if (-n > 2L * a.bitLength() + 2) return BigInteger.ZERO; // 10^-n far above |a|: rounds to 0
        BigInteger p = BigInteger.TEN.pow((int) -n);
        BigInteger[] qr = divmod(a, p); // remainder in [0, p)
        int cmp = qr[1].shiftLeft(1).compareTo(p);
        BigInteger q = qr[0];
        if (cmp > 0 || cmp == 0 && q.testBit(0)) q = q.add(BigInteger.ONE);
        return q.multiply(p);
    }

    /** a / b correctly rounded to the nearest double (ties to even), as CPython's long_true_divide. */
    public static double trueDivide(BigInteger a, BigInteger b) {
        if (b.signum() == 0) throw FormatException.zeroDivisionError("division by zero");
        if (a.signum() == 0) return b.signum() < 0 ? -0.0 : 0.0;
        if (a.bitLength() <= 53 && b.bitLength() <= 53) return a.doubleValue() / b.doubleValue(); // both exact
        boolean negative = a.signum() != b.signum();
        BigInteger x = a.abs(), y = b.abs();
        // quotient with at least 55 significant bits, plus a sticky remainder
        int s = 55 - (x.bitLength() - y.bitLength());
        BigInteger[] qr = s >= 0 ? x.shiftLeft(s).divideAndRemainder(y) : x.divideAndRemainder(y.shiftLeft(-s));
        double d = scaledToDouble(qr[0], qr[1].signum() != 0, s);
        if (Double.isInfinite(d)) throw FormatException.overflowError("integer division result too large for a float");
        return negative ? -d : d;
    }

    /**
     * (q + f) * 2^-s rounded half-even to a double, where 0 <= f < 1 and sticky says f > 0;
     * q has at least 55 bits. Handles subnormal results and overflow (infinity).
     */
    static double scaledToDouble(BigInteger q, boolean sticky, int s) {
        int bits = q.bitLength();
        int e = bits - 1 - s; // value in [2^e, 2^(e+1))
        if (e > 1023) return Double.POSITIVE_INFINITY;
        int keep = e >= -1022 ? 53 : 53 - (-1022 - e);
        if (keep < 0) return 0.0; // below half the smallest subnormal
        int drop = bits - keep;
        long m = q.shiftRight(drop).longValue();
        boolean half = q.testBit(drop - 1);
        boolean below = sticky || q.getLowestSetBit() < drop - 1;
        if (half && (below || (m & 1) != 0)) m++;
        return Math.scalb((double) m, drop - s);
    }
}
