package org.armjit.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The integer fast path of fixed and significant-digit rounding agrees with exact BigDecimal rounding. */
class DecimalDigitsTest {

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
            Arbitraries.longs().map(Double::longBitsToDouble),
            Arbitraries.doubles().between(-1e6, 1e6),
            Arbitraries.integers().between(-1_000_000, 1_000_000).map(i -> i / 1024.0),
            Arbitraries.integers().between(-100_000, 100_000).map(i -> i / 1000.0));
    }

    @Property(tries = 20_000)
    void fixedMatchesBigDecimal(@ForAll("doubles") double v, @ForAll @IntRange(min = 0, max = 20) int places) {
        double x = Math.abs(v);
        if (!(x > 0) || Double.isInfinite(x)) return;
        DecimalDigits fast = FixedPoint.fixed(x, places);
        if (fast == null) return;
        assertEquals(exact(new BigDecimal(x).setScale(places, RoundingMode.HALF_EVEN)), fast, () -> x + " places " + places);
    }

    @Property(tries = 20_000)
    void significantMatchesBigDecimal(@ForAll("doubles") double v, @ForAll @IntRange(min = 1, max = 18) int digits) {
        double x = Math.abs(v);
        if (!(x > 0) || Double.isInfinite(x)) return;
        DecimalDigits fast = FixedPoint.significant(x, digits);
        if (fast == null) return;
        assertEquals(exact(new BigDecimal(x).round(new MathContext(digits, RoundingMode.HALF_EVEN))), fast, () -> x + " digits " + digits);
    }

    private static DecimalDigits exact(BigDecimal rounded) {
        if (rounded.signum() == 0) return DecimalDigits.ZERO;
        String s = rounded.unscaledValue().toString();
        return new DecimalDigits(DecimalDigits.stripZeros(s), s.length() - rounded.scale());
    }
}
