package org.armjit.lang.format;

import java.math.BigInteger;

/** float(str) and float(int) with CPython 3.11's rules and messages. */
public final class FloatText {
    private FloatText() {}

    /** float(int): correctly rounded; OverflowError when it rounds beyond the largest double. */
    public static double fromInt(BigInteger v) {
        double d = v.doubleValue(); // correctly rounded (half-even), infinite when too large
        if (Double.isInfinite(d)) throw FormatException.overflowError("int too large to convert to float");
        return d;
    }

    /**
     * float(text): surrounding white space, a sign, "inf", "infinity", "nan" in any case,
     * decimal digits with single underscores between digits, an optional exponent.
     */
    public static double parse(String text) {
        String s = NumberText.asciiDigitsAndSpaces(text);
        int p = 0, end = s.length();
        while (p < end && NumberText.isSpace(s.charAt(p))) p++;
        while (end > p && NumberText.isSpace(s.charAt(end - 1))) end--;
        String t = s.substring(p, end);
        if (t.indexOf('_') >= 0) {
            t = withoutUnderscores(t);
            if (t == null) throw cannotConvert(text);
        }
        double v = parseStrict(t);
        if (v != v && !isNanWord(t)) throw cannotConvert(text);
        return v;
    }

    private static final double NOT_A_NUMBER_TEXT = Double.NaN;

    private static boolean isNanWord(String t) {
        int i = t.startsWith("+") || t.startsWith("-") ? 1 : 0;
        return t.regionMatches(true, i, "nan", 0, 3) && t.length() == i + 3;
    }

    /** The value of a strict float literal, or NaN when t is not one (the caller tells the words apart). */
    private static double parseStrict(String t) {
        int n = t.length();
        int i = 0;
        boolean negative = false;
        if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) negative = t.charAt(i++) == '-';
        String rest = t.substring(i);
        if (rest.equalsIgnoreCase("inf") || rest.equalsIgnoreCase("infinity")) return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        if (rest.equalsIgnoreCase("nan")) return Double.NaN;
        int digits = 0;
        while (i < n && isDigit(t.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && t.charAt(i) == '.') {
            i++;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) return NOT_A_NUMBER_TEXT;
        if (i < n && (t.charAt(i) == 'e' || t.charAt(i) == 'E')) {
            i++;
            if (i < n && (t.charAt(i) == '+' || t.charAt(i) == '-')) i++;
            int expDigits = 0;
            while (i < n && isDigit(t.charAt(i))) {
                i++;
                expDigits++;
            }
            if (expDigits == 0) return NOT_A_NUMBER_TEXT;
        }
        if (i != n) return NOT_A_NUMBER_TEXT;
        return Double.parseDouble(t); // correctly rounded; the syntax above is a subset of Java's
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** t without its underscores, or null when one is not between two digits. */
    private static String withoutUnderscores(String t) {
        StringBuilder b = new StringBuilder(t.length());
        char prev = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '_') {
                if (!isDigit(prev)) return null;
            } else {
                if (prev == '_' && !isDigit(c)) return null;
                b.append(c);
            }
            prev = c;
        }
        return prev == '_' ? null : b.toString();
    }

    static FormatException cannotConvert(String text) {
        return FormatException.valueError("could not convert string to float: " + StrRepr.repr(text));
    }
}
