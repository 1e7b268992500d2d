package org.armjit.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FloatFormatTest {

    @Test
    void reprMatchesCPythonOnRecordedDoubles() {
        List<String> lines = Golden.lines("repr.txt.gz");
        List<String> failures = new ArrayList<>();
        for (String line : lines) {
            int sp = line.indexOf(' ');
            double v = Golden.doubleOfHex(line.substring(0, sp));
            String expected = line.substring(sp + 1);
            String actual = FloatFormat.repr(v);
            if (!expected.equals(actual) && failures.size() < 20) failures.add(line.substring(0, sp) + ": expected " + expected + " got " + actual);
        }
        if (!failures.isEmpty()) fail(String.join("\n", failures));
        if (lines.size() < 100_000) fail("golden file too small: " + lines.size());
    }

    @Test
    void layoutSwitchesToExponentFormLikeCPython() {
        assertEquals("1e+16", FloatFormat.repr(1e16));
        assertEquals("1000000000000000.0", FloatFormat.repr(1e15));
        assertEquals("0.0001", FloatFormat.repr(1e-4));
        assertEquals("1.5e-05", FloatFormat.repr(1.5e-5));
        assertEquals("-0.0", FloatFormat.repr(-0.0));
        assertEquals("1.0", FloatFormat.repr(1.0));
        assertEquals("inf", FloatFormat.repr(Double.POSITIVE_INFINITY));
        assertEquals("-inf", FloatFormat.repr(Double.NEGATIVE_INFINITY));
        assertEquals("nan", FloatFormat.repr(Double.NaN));
        assertEquals("5e-324", FloatFormat.repr(Double.MIN_VALUE));
        assertEquals("1.7976931348623157e+308", FloatFormat.repr(Double.MAX_VALUE));
        assertEquals("2e+23", FloatFormat.repr(2e23));
        assertEquals("2.0000000000000003e-308", FloatFormat.repr(2.0000000000000003e-308));
        assertEquals("9007199254740992.0", FloatFormat.repr(9007199254740992.0));
        assertEquals("1.2345678901234568e+17", FloatFormat.repr(123456789012345680.0));
    }

    @Test
    void smallestSubnormalsMatchTheReference() {
        long n = Golden.FULL ? 1_000_000 : 20_000;
        for (long c = 1; c < n; c++) {
            double v = Double.longBitsToDouble(c);
            assertEquals(reference(v), FloatFormat.repr(v), () -> "bits " + Long.toHexString(Double.doubleToRawLongBits(v)));
        }
    }

    @Property(tries = 20_000)
    void reprRoundTripsAndIsShortest(@ForAll long bits) {
        double v = Math.abs(Double.longBitsToDouble(bits));
        if (Double.isNaN(v) || Double.isInfinite(v) || v == 0) return;
        String r = FloatFormat.repr(v);
        assertEquals(v, Double.parseDouble(r), r);
        assertEquals(reference(v), r);
    }

    /**
     * Slow, obviously correct shortest repr: for increasing precision p, the exact value
     * rounded half-even to p significant digits; the first p whose neighbours at p digits
     * include one that parses back wins, choosing the nearest.
     */
    static String reference(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int p = 1; p <= 17; p++) {
            BigDecimal down = exact.round(new java.math.MathContext(p, RoundingMode.FLOOR));
            BigDecimal up = exact.round(new java.math.MathContext(p, RoundingMode.CEILING));
            boolean downOk = Double.parseDouble(down.toString()) == v;
            boolean upOk = Double.parseDouble(up.toString()) == v;
            BigDecimal pick;
            if (downOk && upOk) {
                int cmp = exact.subtract(down).compareTo(up.subtract(exact));
                pick = cmp < 0 ? down : cmp > 0 ? up : exact.round(new java.math.MathContext(p, RoundingMode.HALF_EVEN));
            } else if (downOk) {
                pick = down;
            } else if (upOk) {
                pick = up;
            } else {
                continue;
            }
            return layoutReference(pick);
        }
        throw new AssertionError("no 17-digit round trip for " + v);
    }

    private static String layoutReference(BigDecimal d) {
        d = d.stripTrailingZeros();
        String digits = d.unscaledValue().toString();
        int decpt = digits.length() - d.scale();
        if (decpt > 16 || decpt < -3) {
            String m = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            int e = decpt - 1;
            return m + "e" + (e < 0 ? "-" : "+") + (Math.abs(e) < 10 ? "0" : "") + Math.abs(e);
        }
        if (decpt <= 0) return "0." + "0".repeat(-decpt) + digits;
        if (decpt >= digits.length()) return digits + "0".repeat(decpt - digits.length()) + ".0";
        return digits.substring(0, decpt) + "." + digits.substring(decpt);
    }
}
