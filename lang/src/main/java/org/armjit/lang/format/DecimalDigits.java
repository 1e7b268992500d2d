package org.armjit.lang.format;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The decimal digits of a finite non-negative double, correctly rounded (half-even on the
 * exact binary value, as CPython's dtoa does), without trailing zeros: the value is
 * 0.{@code digits} * 10^{@code decpt}. Zero is ("0", 1).
 */
record DecimalDigits(String digits, int decpt) {

    static final DecimalDigits ZERO = new DecimalDigits("0", 1);

    /** Shortest digits that round-trip (dtoa mode 0). */
    static DecimalDigits shortest(double x) {
        if (x == 0) return ZERO;
        ShortestDigits.Decimal d = ShortestDigits.of(Double.doubleToRawLongBits(x));
        String s = Long.toString(d.digits());
        return new DecimalDigits(s, s.length() + d.exponent());
    }

    /** {@code n >= 1} significant digits (dtoa mode 2). */
    static DecimalDigits significant(double x, int n) {
        if (x == 0) return ZERO;
        DecimalDigits fast = FixedPoint.significant(x, n);
        if (fast != null) return fast;
        return of(new BigDecimal(x).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** {@code n >= 0} digits after the decimal point (dtoa mode 3). */
    static DecimalDigits fixed(double x, int n) {
        if (x == 0) return ZERO;
        DecimalDigits fast = FixedPoint.fixed(x, n);
        if (fast != null) return fast;
        return of(new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN));
    }

    private static DecimalDigits of(BigDecimal rounded) {
        BigInteger u = rounded.unscaledValue();
        if (u.signum() == 0) return ZERO;
        String s = u.toString();
        int decpt = s.length() - rounded.scale();
        return new DecimalDigits(stripZeros(s), decpt);
    }

    static String stripZeros(String s) {
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '0') end--;
        return s.substring(0, end);
    }

    /** Digits from an exact rounded integer u with value u * 10^-scale. */
    static DecimalDigits ofScaled(long u, int scale) {
        if (u == 0) return ZERO;
        String s = Long.toString(u);
        return new DecimalDigits(stripZeros(s), s.length() - scale);
    }
}
