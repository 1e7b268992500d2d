package org.armjit.lang.format;

/** {@code repr(str)} as CPython prints it (quote choice, escapes, printable characters kept). */
public final class StrRepr {
    private StrRepr() {}

    public static String repr(String s) {
        boolean hasSingle = s.indexOf('\'') >= 0;
        char quote = hasSingle && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c == quote || c == '\\') {
                b.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                b.append("\\t");
            } else if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                hex(b, 'x', c, 2);
            } else if (c < 0x7f || isPrintable(c)) {
                b.appendCodePoint(c);
            } else if (c <= 0xff) {
                hex(b, 'x', c, 2);
            } else if (c <= 0xffff) {
                hex(b, 'u', c, 4);
            } else {
                hex(b, 'U', c, 8);
            }
        }
        return b.append(quote).toString();
    }

    /** Python's str.isprintable for one non-ASCII code point. */
    static boolean isPrintable(int c) {
        switch (Character.getType(c)) {
            case Character.CONTROL:
            case Character.FORMAT:
            case Character.UNASSIGNED:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    private static void hex(StringBuilder b, char kind, int c, int digits) {
        b.append('\\').append(kind);
        String h = Integer.toHexString(c);
        for (int i = h.length(); i < digits; i++) b.append('0');
        b.append(h);
    }
}
