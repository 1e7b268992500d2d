package org.armjit.lang.vm;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Correctly rounded true division of big ints (CPython rounds the exact quotient once). */
final class IntDivision {
    private IntDivision() {}

    static double trueDivide(Vm vm, BigInteger x, BigInteger y) {
        // Scale so that the integer quotient has at least 55 bits: 53 mantissa bits, a
        // round bit, and everything below folded into a sticky bit (round half even).
        int shift = Math.max(0, 55 - (x.bitLength() - y.bitLength()));
        BigInteger scaled = x.abs().shiftLeft(shift);
        BigInteger[] qr = scaled.divideAndRemainder(y.abs());
        BigInteger q = qr[0];
        int extra = q.bitLength() - 54;
        boolean sticky = qr[1].signum() != 0;
        if (extra > 0) {
            sticky |= q.getLowestSetBit() < extra;
            q = q.shiftRight(extra);
            shift -= extra;
        }
        // q has 54 bits (53 + a rounding bit) unless the result is subnormal/small.
        long m = q.longValue();
        boolean roundBit = (m & 1) != 0;
        m >>= 1;
        shift -= 1;
        if (roundBit && (sticky || (m & 1) != 0)) m++;
        double result = Math.scalb((double) m, -shift);
        if (Double.isInfinite(result)) throw vm.raise("OverflowError", "integer division result too large for a float");
        if (m != 0 && result == 0.0 || Math.getExponent(result) < Double.MIN_EXPONENT) {
            // Subnormal range: round the exact value directly.
            BigDecimal exact = new BigDecimal(x.abs()).divide(new BigDecimal(y.abs()), new MathContext(800, RoundingMode.HALF_EVEN));
            result = exact.doubleValue();
        }
        return x.signum() * y.signum() < 0 ? -result : result;
    }
}
