package org.armjit.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class SpecFormatTest {

    /** format(value, spec) as the interpreter would call it for each value kind. */
    static String format(Object v, String spec) {
        if (v instanceof Boolean b) return SpecFormat.formatBool(b, spec);
        if (v instanceof BigInteger i) return SpecFormat.formatInt(i, spec);
        if (v instanceof Double d) return SpecFormat.formatFloat(d, spec);
        if (v instanceof String s) return SpecFormat.formatStr(s, spec);
        throw new IllegalArgumentException(String.valueOf(v));
    }

    @Test
    void matchesCPythonOnRecordedCases() {
        Golden.check("format_spec.txt.gz", f -> Golden.outcome(() -> format(Golden.value(f[1]), Golden.unescape(f[2]))));
    }

    @Test
    void longFastPathAgreesWithBigIntegerPath() {
        String[] specs = {"", "d", "+d", "010,", "#x", "_b", "^12o", "X", "e", ".2%", "c"};
        long[] values = {0, 5, -5, 65, 1234567, -1234567, Long.MAX_VALUE, Long.MIN_VALUE};
        for (long v : values) {
            for (String spec : specs) {
                String small = Golden.outcome(() -> SpecFormat.formatInt(v, spec));
                String big = Golden.outcome(() -> SpecFormat.formatInt(BigInteger.valueOf(v), spec));
                assertEquals(big, small, v + " " + spec);
            }
        }
    }

    @Test
    void examplesReadAsTheSpecification() {
        assertEquals("0,001,234", SpecFormat.formatInt(1234, "08,"));
        assertEquals("-000,001,234.50", SpecFormat.formatFloat(-1234.5, "015,.2f"));
        assertEquals("1.23e+02", SpecFormat.formatFloat(123.0, ".3"));
        assertEquals("2", SpecFormat.formatFloat(2.5, ".0f"));
        assertEquals("0.12", SpecFormat.formatFloat(0.125, ".2f"));
        assertEquals("abc00", SpecFormat.formatStr("abc", "05"));
        assertEquals("0xbc_614e", SpecFormat.formatInt(12345678, "#_x"));
        FormatException e = assertThrows(FormatException.class, () -> SpecFormat.formatFloat(1.0, "d"));
        assertEquals("ValueError", e.pythonType());
        assertEquals("Unknown format code 'd' for object of type 'float'", e.message());
    }
}
