package org.armjit.lang.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Reads the golden files that tools/record_format_golden.py records from CPython 3.11
 * (format described there), and decodes their escaped text.
 */
final class Golden {
    private Golden() {}

    static final boolean FULL = Boolean.getBoolean("armjit.full");

    static List<String> lines(String name) {
        try (InputStream raw = Golden.class.getResourceAsStream("/format/" + name)) {
            if (raw == null) throw new IllegalStateException("missing golden file format/" + name + ": run tools/record_format_golden.py");
            InputStream in = name.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
            List<String> out = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
                for (String line; (line = r.readLine()) != null; ) if (!line.isEmpty()) out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String unescape(String s) {
        if (s.indexOf('\\') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && s.charAt(i + 1) == 'u') {
                b.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static double doubleOfHex(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    /** The outcome text recorded for a case: "=text" or "!Type: message". */
    static String outcome(java.util.function.Supplier<String> f) {
        try {
            return "=" + f.get();
        } catch (FormatException e) {
            return "!" + e.pythonType() + ": " + e.message();
        }
    }

    static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "..." : s;
    }

    /** A decoded value token ("i:", "f:", "s:", "b:", "n:", "o:", "m:"). */
    static Object value(String token) {
        String body = token.substring(2);
        switch (token.charAt(0)) {
            case 'i': return new java.math.BigInteger(body);
            case 'f': return doubleOfHex(body);
            case 's': return unescape(body);
            case 'b': return Boolean.valueOf(body.equals("True"));
            case 'n': return new TestArgs.Other("NoneType", "None", "None");
            case 'o': {
                String[] p = body.split("\\|", -1);
                return new TestArgs.Other(p[0], unescape(p[1]), unescape(p[2]));
            }
            case 'm': {
                int bar = body.indexOf('|');
                java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
                String items = body.substring(bar + 1);
                if (!items.isEmpty()) {
                    for (String kv : items.split(";")) {
                        int eq = kv.indexOf('=');
                        m.put(unescape(kv.substring(0, eq)), value(kv.substring(eq + 1)));
                    }
                }
                return new TestArgs.Mapping(unescape(body.substring(0, bar)), m);
            }
            default: throw new IllegalArgumentException(token);
        }
    }

    /** Runs every case line through {@code run} and fails listing the first mismatches. */
    static void check(String file, java.util.function.Function<String[], String> run) {
        List<String> lines = lines(file);
        List<String> failures = new ArrayList<>();
        int mismatches = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            String expected = unescape(f[f.length - 1]);
            String actual;
            try {
                actual = run.apply(f);
            } catch (RuntimeException e) {
                actual = "Java exception " + e;
            }
            if (!expected.equals(actual)) {
                mismatches++;
                if (failures.size() < 25) failures.add(clip(line) + "\n      got " + clip(actual));
            }
        }
        if (mismatches > 0) {
            org.junit.jupiter.api.Assertions.fail(mismatches + " of " + lines.size() + " cases differ from CPython:\n" + String.join("\n", failures));
        }
    }
}
