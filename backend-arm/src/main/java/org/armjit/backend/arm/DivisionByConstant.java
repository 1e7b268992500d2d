package org.armjit.backend.arm;

/**
 * Signed division by a constant as a multiply-high (the method of Granlund and Montgomery,
 * as presented in Hacker's Delight, chapter 10): for a divisor d with |d| >= 2 not a power of
 * two there are a magic multiplier M and a shift s such that the truncated quotient is
 * {@code t = hi32(M * n) (+ n if d > 0 and M < 0, - n if d < 0 and M > 0); t >>= s; t += t >>> 31}.
 * {@link #quotient} is that computation in Java, so tests check the numbers the ARM code uses.
 */
record DivisionByConstant(int divisor, int magic, int shift) {
    static DivisionByConstant of(int d) {
        if (d == 0 || d == 1 || d == -1 || d == Integer.MIN_VALUE) throw new IllegalArgumentException("no magic for " + d);
        final long two31 = 1L << 31;
        long ad = Math.abs((long) d);
        long t = two31 + (d < 0 ? 1 : 0);
        long anc = t - 1 - t % ad;
        int p = 31;
        long q1 = two31 / anc, r1 = two31 - q1 * anc;
        long q2 = two31 / ad, r2 = two31 - q2 * ad;
        long delta;
        do {
            p++;
            q1 *= 2;
            r1 *= 2;
            if (r1 >= anc) {
                q1++;
                r1 -= anc;
            }
            q2 *= 2;
            r2 *= 2;
            if (r2 >= ad) {
                q2++;
                r2 -= ad;
            }
            delta = ad - r2;
        } while (q1 < delta || (q1 == delta && r1 == 0));
        int m = (int) (q2 + 1);
        if (d < 0) m = -m;
        return new DivisionByConstant(d, m, p - 32);
    }

    /** Whether the high product needs n added (M's sign differs from what d's sign wants). */
    boolean addsDividend() { return divisor > 0 && magic < 0; }

    boolean subtractsDividend() { return divisor < 0 && magic > 0; }

    /** The truncated quotient, computed the way the generated code does. */
    int quotient(int n) {
        int t = (int) (((long) magic * n) >> 32);
        if (addsDividend()) t += n;
        if (subtractsDividend()) t -= n;
        t >>= shift;
        return t + (t >>> 31);
    }

    static boolean isPowerOfTwo(int d) {
        return d > 1 && (d & (d - 1)) == 0;
    }
}
