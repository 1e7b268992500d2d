package org.armjit.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PercentFormatTest {

    /** Decodes "T tok..." (a tuple) or "S tok" (one value) from fields[from..to). */
    static FormatArgs args(String[] f, int from, int to) {
        List<Object> values = new ArrayList<>();
        for (int i = from + 1; i < to; i++) values.add(Golden.value(f[i]));
        return f[from].equals("T") ? TestArgs.tuple(values) : TestArgs.single(values.get(0));
    }

    @Test
    void matchesCPythonOnRecordedCases() {
        Golden.check("percent.txt.gz", f -> Golden.outcome(() -> PercentFormat.format(Golden.unescape(f[1]), args(f, 2, f.length - 1))));
    }

    @Test
    void examplesReadAsTheSpecification() {
        FormatArgs a = TestArgs.tuple(Arrays.asList(BigInteger.valueOf(-5), 3.14159, "ab"));
        assertEquals("[-0005|   3.14|ab   ]", PercentFormat.format("[%05d|%7.2f|%-5s]", a));
        assertEquals("TypeError: not all arguments converted during string formatting",
            Golden.outcome(() -> PercentFormat.format("%d", TestArgs.tuple(List.of(BigInteger.ONE, BigInteger.TWO)))).substring(1));
    }
}
