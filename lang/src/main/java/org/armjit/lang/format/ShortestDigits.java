package org.armjit.lang.format;

import java.math.BigInteger;

/**
 * Shortest decimal that rounds back to a given positive finite double (under round-half-even
 * parsing), and the nearest such decimal when several are equally short: what CPython's repr
 * prints. Java 17's Double.toString is not always shortest, so this is computed here.
 *
 * <p>Method (after Giulietti's "Schubfach"): for v = c * 2^q pick k so that one unit of
 * s = floor(v * 10^-k) is at most the width of v's rounding interval and a tenth of the
 * interval's width is less than a unit. Then the only candidates are the multiples of ten next
 * to s (one digit shorter) and s, s + 1. The three values (interval ends and v) times
 * 10^-k are computed with two fraction bits, rounded to odd, from a 128-bit table of powers
 * of ten; when the 128-bit product cannot decide the sticky bit the exact BigInteger path is
 * taken instead (never observed; kept so correctness does not rest on the error analysis).
 */
final class ShortestDigits {
    private ShortestDigits() {}

    /** Decimal exponents -k whose 10^-k the table holds. */
    static final int MIN_E10 = -300;
    static final int MAX_E10 = 330;

    private static final long[] G_HI = new long[MAX_E10 - MIN_E10 + 1];
    private static final long[] G_LO = new long[MAX_E10 - MIN_E10 + 1];
    /** floor(log2(10^e10)). */
    private static final int[] FLOOR_LOG2_POW10 = new int[MAX_E10 - MIN_E10 + 1];
    /** Whether G is exactly 10^e10 * 2^(127 - floor(log2 10^e10)). */
    private static final boolean[] EXACT = new boolean[MAX_E10 - MIN_E10 + 1];
    private static final long[] POW5 = new long[28];

    static {
        BigInteger mask64 = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        for (int e10 = MIN_E10; e10 <= MAX_E10; e10++) {
            BigInteger p = BigInteger.TEN.pow(Math.abs(e10));
            int log2 = e10 >= 0 ? p.bitLength() - 1 : -p.bitLength(); // 10^n is never a power of 2 for n > 0
            int shift = 127 - log2;
            BigInteger g;
            boolean exact;
            if (e10 >= 0) {
                if (shift >= 0) {
                    g = p.shiftLeft(shift);
                    exact = true;
                } else {
                    g = p.shiftRight(-shift);
                    exact = g.shiftLeft(-shift).equals(p);
                    if (!exact) g = g.add(BigInteger.ONE);
                }
            } else {
                BigInteger[] qr = BigInteger.ONE.shiftLeft(shift).divideAndRemainder(p);
                exact = qr[1].signum() == 0;
                g = exact ? qr[0] : qr[0].add(BigInteger.ONE);
            }
            int i = e10 - MIN_E10;
            G_HI[i] = g.shiftRight(64).longValue();
            G_LO[i] = g.and(mask64).longValue();
            FLOOR_LOG2_POW10[i] = log2;
            EXACT[i] = exact;
        }
        long p5 = 1;
        for (int i = 0; i < POW5.length; i++, p5 *= 5) POW5[i] = p5;
    }

    /** floor(q * log10(2)); exact for |q| <= 2000 (checked by the tests). */
    static int floorLog10Pow2(int q) {
        return (int) ((q * 661971961083L) >> 41);
    }

    /** floor(q * log10(2) + log10(3/4)); exact for |q| <= 2000 (checked by the tests). */
    static int floorLog10ThreeQuartersPow2(int q) {
        return (int) ((q * 661971961083L - 274743187321L) >> 41);
    }

    /**
     * Shortest digits of the positive finite double with the given raw bits (sign ignored):
     * the value is {@code digits * 10^exponent} with digits not divisible by 10.
     */
    static Decimal of(long bits) {
        int e = (int) (bits >>> 52) & 0x7ff;
        long f = bits & 0xfffffffffffffL;
        long c;
        int q;
        if (e != 0) {
            c = f | (1L << 52);
            q = e - 1075;
        } else {
            c = f;
            q = -1074;
        }
        if (q <= 0 && q >= -52 && (c & ((1L << -q) - 1)) == 0) {
            // An integer below 2^53: its rounding interval is at most one wide, so no shorter
            // decimal than the integer itself lies in it.
            return stripped(c >> -q, 0);
        }
        boolean irregular = f == 0 && e > 1; // lower neighbour is half as far away
        int out = (int) (c & 1); // interval ends excluded when c is odd (half-even parsing)
        long cb = c << 2;
        long cbr = cb + 2;
        long cbl;
        int k;
        if (irregular) {
            cbl = cb - 1;
            k = floorLog10ThreeQuartersPow2(q);
        } else {
            cbl = cb - 2;
            k = floorLog10Pow2(q);
        }
        int i = -k - MIN_E10;
        int h = q + FLOOR_LOG2_POW10[i] + 1;
        long gHi = G_HI[i], gLo = G_LO[i];
        boolean exact = EXACT[i];
        long vbl = roundToOdd(gHi, gLo, exact, cbl, h, k);
        long vb = roundToOdd(gHi, gLo, exact, cb, h, k);
        long vbr = roundToOdd(gHi, gLo, exact, cbr, h, k);
        if ((vbl | vb | vbr) < 0) {
            vbl = roundToOddExact(cbl, q, k);
            vb = roundToOddExact(cb, q, k);
            vbr = roundToOddExact(cbr, q, k);
        }
        return choose(vbl, vb, vbr, out, k);
    }

    private static Decimal choose(long vbl, long vb, long vbr, int out, int k) {
        long s = vb >> 2;
        if (s >= 10) {
            long sp10 = 10 * (s / 10);
            long tp10 = sp10 + 10;
            boolean upin = vbl + out <= sp10 << 2;
            boolean wpin = (tp10 << 2) + out <= vbr;
            if (upin != wpin) return stripped(upin ? sp10 : tp10, k);
        }
        long t = s + 1;
        boolean uin = vbl + out <= s << 2;
        boolean win = (t << 2) + out <= vbr;
        if (uin != win) return stripped(uin ? s : t, k);
        long cmp = vb - ((s + t) << 1);
        return stripped(cmp < 0 || cmp == 0 && (s & 1) == 0 ? s : t, k);
    }

    /**
     * n * 2^q * 10^-k with its fraction reduced to a sticky low bit (round to odd), from the
     * table value g ~ 10^-k * 2^(127 - floor(log2 10^-k)); -1 when the approximation cannot
     * decide whether the product is an integer.
     */
    private static long roundToOdd(long gHi, long gLo, boolean exact, long n, int h, int k) {
        long m = n << h; // below 2^61
        long p0 = m * gLo;
        long p1 = unsignedMultiplyHigh(m, gLo);
        long p2 = m * gHi;
        long p3 = unsignedMultiplyHigh(m, gHi);
        long mid = p2 + p1;
        long floor = p3 + (Long.compareUnsigned(mid, p2) < 0 ? 1 : 0);
        if (mid != 0) return floor | 1; // fraction >= 2^-64, far above the table's error
        if (exact) return floor | (p0 != 0 ? 1 : 0);
        // g over-approximates 10^-k by less than 2^-69 units here: the true product is an
        // integer (then it is floor) or lies just below floor (unknown without more bits).
        if (k > 0 && k < POW5.length && n % POW5[k] == 0) return floor;
        return -1;
    }

    private static long unsignedMultiplyHigh(long a, long b) { // a >= 0
        return Math.multiplyHigh(a, b) + ((b >> 63) & a);
    }

    /** Exact n * 2^q * 10^-k rounded to odd, with BigInteger. */
    static long roundToOddExact(long n, int q, int k) {
        BigInteger num = BigInteger.valueOf(n);
        BigInteger den = BigInteger.ONE;
        if (q >= 0) num = num.shiftLeft(q); else den = den.shiftLeft(-q);
        if (k >= 0) den = den.multiply(BigInteger.TEN.pow(k)); else num = num.multiply(BigInteger.TEN.pow(-k));
        BigInteger[] qr = num.divideAndRemainder(den);
        long floor = qr[0].longValueExact();
        return qr[1].signum() == 0 ? floor : floor | 1;
    }

    private static Decimal stripped(long digits, int exponent) {
        while (digits % 10 == 0) {
            digits /= 10;
            exponent++;
        }
        return new Decimal(digits, exponent);
    }

    /** digits * 10^exponent, digits not divisible by 10. */
    record Decimal(long digits, int exponent) {}
}
