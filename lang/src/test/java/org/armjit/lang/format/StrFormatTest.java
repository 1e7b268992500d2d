package org.armjit.lang.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrFormatTest {

    @Test
    void matchesCPythonOnRecordedCases() {
        Golden.check("str_format.txt.gz", f -> {
            int n = Integer.parseInt(f[2]);
            List<Object> positional = new ArrayList<>();
            for (int i = 0; i < n; i++) positional.add(Golden.value(f[3 + i]));
            TestArgs.Mapping kw = (TestArgs.Mapping) Golden.value(f[3 + n]);
            StrFormat.Keywords keywords = name -> kw.items().containsKey(name) ? TestArgs.single(kw.items().get(name)) : null;
            return Golden.outcome(() -> StrFormat.format(Golden.unescape(f[1]), TestArgs.tuple(positional), keywords));
        });
    }

    @Test
    void examplesReadAsTheSpecification() {
        FormatArgs a = TestArgs.tuple(List.of(BigInteger.valueOf(42), 2.5, "x"));
        assertEquals("42 +2.50 'x' {}", StrFormat.format("{} {:+.2f} {!r} {{}}", a, null));
        assertEquals("ValueError: cannot switch from automatic field numbering to manual field specification",
            Golden.outcome(() -> StrFormat.format("{} {0}", a, null)).substring(1));
    }
}
