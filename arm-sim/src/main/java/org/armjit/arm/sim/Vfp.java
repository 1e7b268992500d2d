package org.armjit.arm.sim;

import java.math.BigDecimal;

/**
 * VFP arithmetic with ARM semantics on raw IEEE bits, given the FPSCR (rounding mode, FZ, DN).
 * Java arithmetic only rounds to nearest and has its own NaN behaviour, so every operation
 * here handles NaNs first (ARM FPProcessNaNs: a signalling NaN operand wins and is quieted,
 * else the first quiet NaN; DN gives the default NaN), produces ARM's default NaN for invalid
 * operations, and derives directed rounding from the round-to-nearest result plus the exact
 * sign of its error (TwoSum / fma), which also decides flush-to-zero of tiny results.
 */
final class Vfp {
    static final int RN = 0, RP = 1, RM = 2, RZ = 3;
    static final int FPSCR_FZ = 1 << 24, FPSCR_DN = 1 << 25;

    static final long D_SIGN = 0x8000_0000_0000_0000L;
    static final long D_QUIET = 0x0008_0000_0000_0000L;
    static final long D_DEFAULT_NAN = 0x7ff8_0000_0000_0000L;
    static final int F_SIGN = 0x8000_0000;
    static final int F_QUIET = 0x0040_0000;
    static final int F_DEFAULT_NAN = 0x7fc0_0000;

    /** Below this magnitude an fma error term may underflow to zero and lose its sign. */
    private static final double TINY = 0x1p-960;

    private Vfp() {}

    static int mode(int fpscr) { return (fpscr >>> 22) & 3; }

    // ---------------- double precision ----------------

    static boolean isNaN(long a) { return (a & ~D_SIGN) > 0x7ff0_0000_0000_0000L; }

    static boolean isSNaN(long a) { return isNaN(a) && (a & D_QUIET) == 0; }

    static long flush(long a, int fpscr) {
        if ((fpscr & FPSCR_FZ) != 0 && (a & 0x7ff0_0000_0000_0000L) == 0) return a & D_SIGN;
        return a;
    }

    static long nan1(long a, int fpscr) {
        return (fpscr & FPSCR_DN) != 0 ? D_DEFAULT_NAN : a | D_QUIET;
    }

    static long nan2(long a, long b, int fpscr) {
        long r;
        if (isSNaN(a)) r = a;
        else if (isSNaN(b)) r = b;
        else if (isNaN(a)) r = a;
        else r = b;
        return nan1(r, fpscr);
    }

    static long nan3(long a, long b, long c, int fpscr) {
        long r;
        if (isSNaN(a)) r = a;
        else if (isSNaN(b)) r = b;
        else if (isSNaN(c)) r = c;
        else if (isNaN(a)) r = a;
        else if (isNaN(b)) r = b;
        else r = c;
        return nan1(r, fpscr);
    }

    private static long bits(double d) { return Double.doubleToRawLongBits(d); }

    private static double dbl(long b) { return Double.longBitsToDouble(b); }

    /**
     * FPSCR bits under which Java's arithmetic is ARM's whenever the result is not a NaN:
     * round to nearest and no flush-to-zero (DN only matters for NaN results). The fast paths
     * below use Java's result then and leave NaNs and every other mode to the exact paths.
     */
    static final int NOT_JAVA_ROUNDING = FPSCR_FZ | (3 << 22);

    /** op1 + op2 (subtract: op2 negated after NaN processing). */
    static long add(long a, long b, boolean subtract, int fpscr) {
        if ((fpscr & NOT_JAVA_ROUNDING) == 0) {
            double s = subtract ? dbl(a) - dbl(b) : dbl(a) + dbl(b);
            if (s == s) return bits(s);
        }
        return addExact(a, b, subtract, fpscr);
    }

    private static long addExact(long a, long b, boolean subtract, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return nan2(a, b, fpscr);
        double x = dbl(a), y = dbl(subtract ? b ^ D_SIGN : b);
        if (Double.isInfinite(x) && Double.isInfinite(y) && x != y) return D_DEFAULT_NAN;
        double s = x + y;
        int mode = mode(fpscr);
        if (s == 0) {
            boolean negZero = x == 0 && y == 0
                    ? (mode == RM ? (bits(x) | bits(y)) < 0 : (bits(x) & bits(y)) < 0)
                    : mode == RM;
            return negZero ? D_SIGN : 0;
        }
        if (Double.isInfinite(s)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) return bits(s);
            return overflow(s < 0, mode);
        }
        double bb = s - x;
        double err = (x - (s - bb)) + (y - bb);
        int errSign = (int) Math.signum(err);
        if (Double.isNaN(err)) {
            // TwoSum's intermediates overflowed (operands near the largest double): exact decimals.
            errSign = new BigDecimal(x).add(new BigDecimal(y)).compareTo(new BigDecimal(s));
        }
        return round(s, errSign, mode, fpscr);
    }

    static long mul(long a, long b, int fpscr) {
        if ((fpscr & NOT_JAVA_ROUNDING) == 0) {
            double p = dbl(a) * dbl(b);
            if (p == p) return bits(p);
        }
        return mulExact(a, b, fpscr);
    }

    private static long mulExact(long a, long b, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return nan2(a, b, fpscr);
        double x = dbl(a), y = dbl(b);
        if ((Double.isInfinite(x) && y == 0) || (Double.isInfinite(y) && x == 0)) return D_DEFAULT_NAN;
        double p = x * y;
        if (Double.isInfinite(p)) {
            if (Double.isInfinite(x) || Double.isInfinite(y)) return bits(p);
            return overflow(p < 0, mode(fpscr));
        }
        int errSign = 0;
        if (needsError(fpscr)) {
            // fma's error term itself underflows for tiny products: use exact decimals there.
            errSign = Math.abs(p) < TINY
                    ? new BigDecimal(x).multiply(new BigDecimal(y)).compareTo(new BigDecimal(p))
                    : (int) Math.signum(Math.fma(x, y, -p));
        }
        return round(p, errSign, mode(fpscr), fpscr);
    }

    static long div(long a, long b, int fpscr) {
        if ((fpscr & NOT_JAVA_ROUNDING) == 0) {
            double q = dbl(a) / dbl(b);
            if (q == q) return bits(q);
        }
        return divExact(a, b, fpscr);
    }

    private static long divExact(long a, long b, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return nan2(a, b, fpscr);
        double x = dbl(a), y = dbl(b);
        if ((x == 0 && y == 0) || (Double.isInfinite(x) && Double.isInfinite(y))) return D_DEFAULT_NAN;
        double q = x / y;
        if (Double.isInfinite(q)) {
            if (Double.isInfinite(x) || y == 0) return bits(q);
            return overflow(q < 0, mode(fpscr));
        }
        int errSign = 0;
        if (needsError(fpscr) && !Double.isInfinite(y)) {
            int remSign = Math.abs(x) < TINY
                    ? new BigDecimal(x).compareTo(new BigDecimal(q).multiply(new BigDecimal(y)))
                    : (int) Math.signum(Math.fma(-q, y, x));
            errSign = (int) (remSign * Math.signum(y));
        }
        return round(q, errSign, mode(fpscr), fpscr);
    }

    static long sqrt(long a, int fpscr) {
        a = flush(a, fpscr);
        if (isNaN(a)) return nan1(a, fpscr);
        double x = dbl(a);
        if (x < 0) return D_DEFAULT_NAN;
        double s = Math.sqrt(x);
        if (x == 0 || Double.isInfinite(x)) return bits(s);
        int errSign = 0;
        if (needsError(fpscr)) {
            errSign = x < TINY
                    ? new BigDecimal(x).compareTo(new BigDecimal(s).multiply(new BigDecimal(s)))
                    : (int) Math.signum(Math.fma(-s, s, x));
        }
        return round(s, errSign, mode(fpscr), fpscr);
    }

    /** FPSCR NZCV of comparing a with b: 0110 equal, 1000 less, 0010 greater, 0011 unordered. */
    static int compare(long a, long b, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return 0x3;
        double x = dbl(a), y = dbl(b);
        if (x == y) return 0x6;
        return x < y ? 0x8 : 0x2;
    }

    private static boolean needsError(int fpscr) {
        return (fpscr & (FPSCR_FZ | (3 << 22))) != 0;
    }

    private static long overflow(boolean negative, int mode) {
        boolean toInf = mode == RN || (mode == RP && !negative) || (mode == RM && negative);
        long mag = toInf ? 0x7ff0_0000_0000_0000L : 0x7fef_ffff_ffff_ffffL;
        return negative ? mag | D_SIGN : mag;
    }

    /** Final rounding of a round-to-nearest result r whose exact value is r + (something of sign errSign). */
    private static long round(double r, int errSign, int mode, int fpscr) {
        if ((fpscr & FPSCR_FZ) != 0) {
            double m = Math.abs(r);
            if (m < Double.MIN_NORMAL || (m == Double.MIN_NORMAL && errSign * Math.signum(r) < 0)) {
                return bits(r) & D_SIGN;
            }
        }
        if (errSign != 0 && mode != RN) {
            if (mode == RP) { if (errSign > 0) r = Math.nextUp(r); }
            else if (mode == RM) { if (errSign < 0) r = Math.nextDown(r); }
            else if (r > 0 && errSign < 0) r = Math.nextDown(r);
            else if (r < 0 && errSign > 0) r = Math.nextUp(r);
        }
        return bits(r);
    }

    // ---------------- single precision ----------------

    static boolean isNaN(int a) { return (a & ~F_SIGN) > 0x7f80_0000; }

    static boolean isSNaN(int a) { return isNaN(a) && (a & F_QUIET) == 0; }

    static int flush(int a, int fpscr) {
        if ((fpscr & FPSCR_FZ) != 0 && (a & 0x7f80_0000) == 0) return a & F_SIGN;
        return a;
    }

    static int nan1(int a, int fpscr) {
        return (fpscr & FPSCR_DN) != 0 ? F_DEFAULT_NAN : a | F_QUIET;
    }

    static int nan2(int a, int b, int fpscr) {
        int r;
        if (isSNaN(a)) r = a;
        else if (isSNaN(b)) r = b;
        else if (isNaN(a)) r = a;
        else r = b;
        return nan1(r, fpscr);
    }

    private static float flt(int b) { return Float.intBitsToFloat(b); }

    private static int fbits(float f) { return Float.floatToRawIntBits(f); }

    static int addF(int a, int b, boolean subtract, int fpscr) {
        if ((fpscr & NOT_JAVA_ROUNDING) == 0) {
            float s = subtract ? flt(a) - flt(b) : flt(a) + flt(b);
            if (s == s) return fbits(s);
        }
        return addFExact(a, b, subtract, fpscr);
    }

    private static int addFExact(int a, int b, boolean subtract, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return nan2(a, b, fpscr);
        double x = flt(a), y = flt(subtract ? b ^ F_SIGN : b);
        if (Double.isInfinite(x) && Double.isInfinite(y) && x != y) return F_DEFAULT_NAN;
        double s = x + y;
        int mode = mode(fpscr);
        if (s == 0) {
            boolean negZero = x == 0 && y == 0
                    ? (mode == RM ? (bits(x) | bits(y)) < 0 : (bits(x) & bits(y)) < 0)
                    : mode == RM;
            return negZero ? F_SIGN : 0;
        }
        if (Double.isInfinite(s)) return fbits((float) s);
        double bb = s - x;
        double err = (x - (s - bb)) + (y - bb);
        return roundF(s, (int) Math.signum(err), mode, fpscr);
    }

    static int mulF(int a, int b, int fpscr) {
        if ((fpscr & NOT_JAVA_ROUNDING) == 0) {
            float p = flt(a) * flt(b);
            if (p == p) return fbits(p);
        }
        return mulFExact(a, b, fpscr);
    }

    private static int mulFExact(int a, int b, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return nan2(a, b, fpscr);
        double x = flt(a), y = flt(b);
        if ((Double.isInfinite(x) && y == 0) || (Double.isInfinite(y) && x == 0)) return F_DEFAULT_NAN;
        double p = x * y; // exact: 24 x 24 bits fit in 53
        if (Double.isInfinite(p)) return fbits((float) p);
        return roundF(p, 0, mode(fpscr), fpscr);
    }

    static int divF(int a, int b, int fpscr) {
        if ((fpscr & NOT_JAVA_ROUNDING) == 0) {
            float q = flt(a) / flt(b);
            if (q == q) return fbits(q);
        }
        return divFExact(a, b, fpscr);
    }

    private static int divFExact(int a, int b, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return nan2(a, b, fpscr);
        double x = flt(a), y = flt(b);
        if ((x == 0 && y == 0) || (Double.isInfinite(x) && Double.isInfinite(y))) return F_DEFAULT_NAN;
        double q = x / y;
        if (Double.isInfinite(q) || Double.isInfinite(y) || q == 0) return roundF(q, 0, mode(fpscr), fpscr);
        int errSign = (int) (Math.signum(Math.fma(-q, y, x)) * Math.signum(y));
        return roundF(q, errSign, mode(fpscr), fpscr);
    }

    static int sqrtF(int a, int fpscr) {
        a = flush(a, fpscr);
        if (isNaN(a)) return nan1(a, fpscr);
        double x = flt(a);
        if (x < 0) return F_DEFAULT_NAN;
        double s = Math.sqrt(x);
        if (x == 0 || Double.isInfinite(x)) return fbits((float) s);
        return roundF(s, (int) Math.signum(Math.fma(-s, s, x)), mode(fpscr), fpscr);
    }

    static int compareF(int a, int b, int fpscr) {
        a = flush(a, fpscr);
        b = flush(b, fpscr);
        if (isNaN(a) || isNaN(b)) return 0x3;
        float x = flt(a), y = flt(b);
        if (x == y) return 0x6;
        return x < y ? 0x8 : 0x2;
    }

    /**
     * Rounds r (a double holding the round-to-nearest value of an exact result, whose error
     * has sign errSign) to single precision under the mode. Round-to-nearest through double is
     * exact for +, -, *, /, sqrt (53 >= 2 * 24 + 2); for directed modes the exact value lies
     * strictly between the same two singles as r whenever r is not itself a single.
     */
    static int roundF(double r, int errSign, int mode, int fpscr) {
        if ((fpscr & FPSCR_FZ) != 0) {
            double m = Math.abs(r);
            if (m < Float.MIN_NORMAL || (m == Float.MIN_NORMAL && errSign * Math.signum(r) < 0)) {
                return (int) (bits(r) >>> 32) & F_SIGN;
            }
        }
        float f = (float) r;
        if (mode == RN || Double.isInfinite(r)) return fbits(f);
        if ((double) f == r) {
            if (errSign != 0) {
                if (mode == RP) { if (errSign > 0) f = Math.nextUp(f); }
                else if (mode == RM) { if (errSign < 0) f = Math.nextDown(f); }
                else if (f > 0 && errSign < 0) f = Math.nextDown(f);
                else if (f < 0 && errSign > 0) f = Math.nextUp(f);
            }
            return fbits(f);
        }
        float lo = (double) f < r ? f : Math.nextDown(f);
        float hi = (double) f < r ? Math.nextUp(f) : f;
        switch (mode) {
            case RP: return fbits(hi);
            case RM: return fbits(lo);
            default: return fbits(r > 0 ? lo : hi);
        }
    }

    // ---------------- conversions ----------------

    static int doubleToSingle(long a, int fpscr) {
        a = flush(a, fpscr);
        if (isNaN(a)) {
            if ((fpscr & FPSCR_DN) != 0) return F_DEFAULT_NAN;
            return (int) ((a >>> 32) & F_SIGN) | 0x7f80_0000 | F_QUIET | (int) ((a >>> 29) & 0x3f_ffff);
        }
        return roundF(dbl(a), 0, mode(fpscr), fpscr);
    }

    static long singleToDouble(int a, int fpscr) {
        a = flush(a, fpscr);
        if (isNaN(a)) {
            if ((fpscr & FPSCR_DN) != 0) return D_DEFAULT_NAN;
            return ((long) (a & F_SIGN) << 32) | 0x7ff0_0000_0000_0000L | D_QUIET | ((long) (a & 0x3f_ffff) << 29);
        }
        return bits((double) flt(a));
    }

    /** Float (as a double value) to a 32-bit integer with ARM's saturation; NaN gives 0. */
    static int toInt(double x, boolean signed, boolean roundTowardZero, int fpscr) {
        if (Double.isNaN(x)) return 0;
        double r;
        switch (roundTowardZero ? RZ : mode(fpscr)) {
            case RN: r = Math.rint(x); break;
            case RP: r = Math.ceil(x); break;
            case RM: r = Math.floor(x); break;
            default: r = x < 0 ? Math.ceil(x) : Math.floor(x); break;
        }
        if (signed) {
            if (r >= 2147483647.0) return Integer.MAX_VALUE;
            if (r <= -2147483648.0) return Integer.MIN_VALUE;
            return (int) r;
        }
        if (r >= 4294967295.0) return -1;
        if (r <= 0) return 0;
        return (int) (long) r;
    }

    static double doubleValue(long a, int fpscr) { return dbl(flush(a, fpscr)); }

    static double singleValue(int a, int fpscr) { return flt(flush(a, fpscr)); }

    static long intToDouble(int v, boolean signed) {
        return bits(signed ? (double) v : (double) Integer.toUnsignedLong(v));
    }

    static int intToSingle(int v, boolean signed, int fpscr) {
        double d = signed ? (double) v : (double) Integer.toUnsignedLong(v);
        return roundF(d, 0, mode(fpscr), fpscr);
    }
}
