package org.armjit.lang.format;

/** Shared text rules of int() and float() parsing. */
final class NumberText {
    private NumberText() {}

    /**
     * CPython's first step for int(str) and float(str): Unicode decimal digits become ASCII
     * digits, Unicode white space becomes ' ', other non-ASCII characters become '?'.
     */
    static String asciiDigitsAndSpaces(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            if (c < 0x80) {
                b.append((char) c);
            } else if (isUnicodeSpace(c)) {
                b.append(' ');
            } else if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(c, 10)));
            } else {
                b.append('?');
            }
        }
        return b.toString();
    }

    /** Python's str.isspace for a non-ASCII code point. */
    private static boolean isUnicodeSpace(int c) {
        switch (Character.getType(c)) {
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
                return true;
            default:
                return c == 0x85; // NEL: bidirectional class B
        }
    }

    /** ASCII white space as C's isspace (what is left after {@link #asciiDigitsAndSpaces}). */
    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == 0x0b || c == 0x0c;
    }
}
