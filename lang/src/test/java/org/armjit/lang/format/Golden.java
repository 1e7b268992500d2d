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

    static String decodeOutcome(String field) {
        return unescape(field);
    }
}
