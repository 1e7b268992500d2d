package org.armjit.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void matchesCPythonOnRecordedCases() {
        Golden.check("number_text.txt.gz", f -> Golden.outcome(() -> {
            switch (f[0]) {
                case "int": return (IntText.parse(Golden.unescape(f[1]), Integer.parseInt(f[2]))).toString();
                case "float": return FloatFormat.repr(FloatText.parse(Golden.unescape(f[1])));
                case "str": return IntText.toString((BigInteger) Golden.value(f[1]));
                case "bin": return IntText.bin((BigInteger) Golden.value(f[1]));
                case "oct": return IntText.oct((BigInteger) Golden.value(f[1]));
                case "hex": return IntText.hex((BigInteger) Golden.value(f[1]));
                case "floatint": return FloatFormat.repr(FloatText.fromInt((BigInteger) Golden.value(f[1])));
                default: throw new IllegalArgumentException(f[0]);
            }
        }));
    }

    @Test
    void longPrefixedFormsMatchBigIntegerForms() {
        for (long v : new long[] {0, 1, -1, 255, -256, Long.MAX_VALUE, Long.MIN_VALUE}) {
            BigInteger b = BigInteger.valueOf(v);
            assertEquals(IntText.bin(b), IntText.bin(v));
            assertEquals(IntText.oct(b), IntText.oct(v));
            assertEquals(IntText.hex(b), IntText.hex(v));
        }
        assertEquals("-0x8000000000000000", IntText.hex(Long.MIN_VALUE));
    }
}
