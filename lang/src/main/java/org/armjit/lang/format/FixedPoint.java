package org.armjit.lang.format;

/**
 * Fast exact rounding for the common cases of {@link DecimalDigits}: a double c * 2^q
 * times 10^n, when c * 10^n fits in 128 bits and the result in 62, is rounded half-even
 * with integer arithmetic alone. Methods return null when out of that range (the caller
 * then uses BigDecimal).
 */
final class FixedPoint {
    private FixedPoint() {}

    private static final long[] POW10 = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POW10.length; i++, p *= 10) POW10[i] = p;
    }

    /** x > 0 rounded to n digits after the point, or null. */
    static DecimalDigits fixed(double x, int n) {
        long r = scaled(x, n);
        if (r < 0) return null;
        return DecimalDigits.ofScaled((r >> 1) + (r & 1), n);
    }

    /** x > 0 rounded to n significant digits, or null. */
    static DecimalDigits significant(double x, int n) {
        if (n > 17 || x < 1e-17 || x >= 1e17) return null;
        int k = (int) Math.floor(Math.log10(x)) + 1; // estimate of decpt: 10^(k-1) <= x < 10^k
        for (int attempt = 0; attempt < 3; attempt++) {
            int places = n - k;
            long r = scaled(x, places);
            if (r < 0) return null;
            long floor = r >> 1;
            if (floor < POW10[n - 1]) {
                k--; // x * 10^places below n digits: the estimate was one too high
            } else if (floor >= POW10[n]) {
                k++;
            } else {
                return DecimalDigits.ofScaled(floor + (r & 1), places);
            }
        }
        return null;
    }

    /**
     * floor(x * 10^places) * 2 + (1 if half-even rounding goes up), or -1 when out of the
     * fast range. {@code places} in [0, 18] (18 for the integer part only when it fits).
     */
    private static long scaled(double x, int places) {
        if (places < 0 || places > 18) return -1;
        long bits = Double.doubleToRawLongBits(x);
        int e = (int) (bits >>> 52) & 0x7ff;
        if (e == 0 || e == 0x7ff) return -1;
        long c = (bits & 0xfffffffffffffL) | (1L << 52);
        int q = e - 1075;
        long p = POW10[places];
        if (q >= 0) {
            if (q > 8) return -1;
            long whole = c << q; // below 2^61
            if (whole > (Long.MAX_VALUE >> 2) / p) return -1;
            return (whole * p) << 1;
        }
        int shift = -q; // x * 10^places = c * p / 2^shift
        if (shift > 126) return -1;
        long lo = c * p;
        long hi = Math.multiplyHigh(c, p); // both positive: the signed high word is the unsigned one
        long floor;
        boolean above, half;
        if (shift >= 64) {
            int s = shift - 64;
            if (s == 0) {
                floor = hi;
                half = lo == Long.MIN_VALUE;
                above = Long.compareUnsigned(lo, Long.MIN_VALUE) > 0;
            } else {
                floor = hi >>> s;
                long remHi = hi & ((1L << s) - 1);
                long h = 1L << (s - 1);
                half = remHi == h && lo == 0;
                above = remHi > h || remHi == h && lo != 0;
            }
        } else {
            if ((hi >>> shift) != 0) return -1;
            floor = (lo >>> shift) | (hi << (64 - shift));
            long rem = lo & ((1L << shift) - 1);
            long h = 1L << (shift - 1);
            half = rem == h;
            above = Long.compareUnsigned(rem, h) > 0;
        }
        if (floor < 0 || floor >= (1L << 61)) return -1;
        boolean up = above || half && (floor & 1) != 0;
        return (floor << 1) | (up ? 1 : 0);
    }
}
