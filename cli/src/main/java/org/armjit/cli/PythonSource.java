package org.armjit.cli;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A program file's bytes as CPython 3.11 reads them (PEP 263): a UTF-8 BOM is dropped, a
 * {@code coding:} declaration on the first or second line names the encoding, and without one
 * the source must be UTF-8. What CPython refuses at this stage comes back as the one line it
 * prints ({@link Refused}).
 */
final class PythonSource {
    /** The source cannot be read as Python: CPython's last stderr line, exit status 1. */
    static final class Refused extends Exception {
        Refused(String line) {
            super(line);
        }
    }

    private static final Pattern CODING = Pattern.compile("^[ \\t\\f]*#.*?coding[:=][ \\t]*([-\\w.]+)");
    private static final Pattern BLANK_OR_COMMENT = Pattern.compile("^[ \\t\\f]*(#.*)?$");
    /** Python's names for the encodings that Java knows under other names. */
    private static final Map<String, String> ALIASES = Map.of(
            "latin-1", "ISO-8859-1", "latin1", "ISO-8859-1", "iso-latin-1", "ISO-8859-1", "l1", "ISO-8859-1",
            "utf8", "UTF-8", "cp65001", "UTF-8", "ascii", "US-ASCII", "646", "US-ASCII");

    private PythonSource() {}

    static String decode(byte[] bytes, String file) throws Refused {
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb && (bytes[2] & 0xff) == 0xbf;
        int from = bom ? 3 : 0;
        String declared = declaredEncoding(bytes, from);
        Charset charset = StandardCharsets.UTF_8;
        if (declared != null) {
            charset = charset(declared);
            if (charset == null) throw new Refused("SyntaxError: encoding problem: " + declared);
            if (bom && !charset.equals(StandardCharsets.UTF_8)) throw new Refused("SyntaxError: encoding problem: " + normalName(declared) + " with BOM");
        }
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] == 0) throw new Refused("SyntaxError: source code cannot contain null bytes");
        }
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from)).toString();
        } catch (CharacterCodingException e) {
            if (declared != null) {
                throw new Refused("SyntaxError: (unicode error) '" + declared + "' codec can't decode the source");
            }
            int bad = firstInvalidUtf8(bytes, from);
            int line = 1;
            for (int i = 0; i < bad; i++) if (bytes[i] == '\n') line++;
            throw new Refused(String.format("SyntaxError: Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, "
                    + "but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[bad] & 0xff, Path.of(file).toAbsolutePath(), line));
        }
    }

    /** The encoding a {@code coding[:=]} comment names on line 1, or on line 2 after a blank or comment line 1. */
    private static String declaredEncoding(byte[] bytes, int from) {
        String[] lines = new String(bytes, from, bytes.length - from, StandardCharsets.ISO_8859_1).split("\r\n|\r|\n", 3);
        for (int i = 0; i < Math.min(2, lines.length); i++) {
            Matcher m = CODING.matcher(lines[i]);
            if (m.find()) return m.group(1);
            if (!BLANK_OR_COMMENT.matcher(lines[i]).matches()) return null;
        }
        return null;
    }

    /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognises, else the name as written. */
    private static String normalName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) return "utf-8";
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1")
                || n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) return "iso-8859-1";
        return name;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace('_', '-');
        // CPython's get_normal_name: "utf-8-..." is UTF-8, "latin-1-..." and "iso-8859-1-..." Latin-1
        if (n.equals("utf-8") || n.startsWith("utf-8-")) return StandardCharsets.UTF_8;
        if (n.startsWith("latin-1-") || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) return StandardCharsets.ISO_8859_1;
        String java = ALIASES.getOrDefault(n, n);
        try {
            return Charset.forName(java);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int firstInvalidUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
            if (n < 0 || i + n >= b.length + (n == 0 ? 1 : 0) && n > 0) return i;
            for (int k = 1; k <= n; k++) {
                if (i + k >= b.length || (b[i + k] & 0xc0) != 0x80) return i;
            }
            // overlong and surrogate forms are invalid too
            if (n == 2 && (c == 0xe0 && (b[i + 1] & 0xff) < 0xa0 || c == 0xed && (b[i + 1] & 0xff) > 0x9f)) return i;
            if (n == 3 && (c == 0xf0 && (b[i + 1] & 0xff) < 0x90 || c == 0xf4 && (b[i + 1] & 0xff) > 0x8f)) return i;
            i += n + 1;
        }
        return from;
    }
}
