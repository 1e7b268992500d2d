package org.armjit.lang.format;

import java.math.BigInteger;

/**
 * Ints as text and text as ints, with CPython 3.11's rules: str() (including the 4300-digit
 * limit on decimal conversion), bin()/oct()/hex(), and int(str, base).
 */
public final class IntText {
    private IntText() {}

    /** sys.get_int_max_str_digits() default: decimal conversions of longer ints are refused. */
    public static final int MAX_STR_DIGITS = 4300;

    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    public static String toString(long v) {
        return Long.toString(v);
    }

    /** str(int): decimal, refused beyond {@link #MAX_STR_DIGITS} digits like CPython. */
    public static String toString(BigInteger v) {
        if (v.bitLength() < 64) return Long.toString(v.longValue());
        // 4300 decimal digits need at least 14281 bits; far beyond that, refuse without converting
        if (v.bitLength() > 14300) throw tooManyDigitsOut();
        String s = v.toString();
        if (s.length() - (v.signum() < 0 ? 1 : 0) > MAX_STR_DIGITS) throw tooManyDigitsOut();
        return s;
    }

    private static FormatException tooManyDigitsOut() {
        return FormatException.valueError("Exceeds the limit (" + MAX_STR_DIGITS
            + " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
    }

    public static String bin(long v) {
        return prefixed(v < 0, "0b", Long.toUnsignedString(Math.abs(v), 2));
    }

    public static String oct(long v) {
        return prefixed(v < 0, "0o", Long.toUnsignedString(Math.abs(v), 8));
    }

    public static String hex(long v) {
        return prefixed(v < 0, "0x", Long.toUnsignedString(Math.abs(v), 16));
    }

    public static String bin(BigInteger v) {
        return prefixed(v.signum() < 0, "0b", v.abs().toString(2));
    }

    public static String oct(BigInteger v) {
        return prefixed(v.signum() < 0, "0o", v.abs().toString(8));
    }

    public static String hex(BigInteger v) {
        return prefixed(v.signum() < 0, "0x", v.abs().toString(16));
    }

    private static String prefixed(boolean negative, String prefix, String digits) {
        return (negative ? "-" : "") + prefix + digits;
    }

    /** Whether the value fits a long (for callers choosing the small representation). */
    public static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    /**
     * int(text, base): surrounding whitespace, a sign, underscores between digits, the
     * 0x/0o/0b prefix (required to decide the base when base is 0), bases 2..36.
     */
    public static BigInteger parse(String text, int base) {
        if ((base != 0 && base < 2) || base > 36) throw FormatException.valueError("int() base must be >= 2 and <= 36, or 0");
        String s = NumberText.asciiDigitsAndSpaces(text);
        int end = s.length();
        int p = 0;
        while (p < end && NumberText.isSpace(s.charAt(p))) p++;
        while (end > p && NumberText.isSpace(s.charAt(end - 1))) end--;
        boolean negative = false;
        if (p < end && (s.charAt(p) == '+' || s.charAt(p) == '-')) negative = s.charAt(p++) == '-';
        int b = base;
        boolean errorIfNonzero = false;
        if (b == 0) {
            char c1 = p + 1 < end ? s.charAt(p + 1) : 0;
            if (p >= end || s.charAt(p) != '0') b = 10;
            else if (c1 == 'x' || c1 == 'X') b = 16;
            else if (c1 == 'o' || c1 == 'O') b = 8;
            else if (c1 == 'b' || c1 == 'B') b = 2;
            else {
                errorIfNonzero = true; // old C-style octal "010" is invalid, "00" is fine
                b = 10;
            }
        }
        if (p + 1 < end && s.charAt(p) == '0') {
            char c1 = Character.toLowerCase(s.charAt(p + 1));
            if (b == 16 && c1 == 'x' || b == 8 && c1 == 'o' || b == 2 && c1 == 'b') {
                p += 2;
                if (p < end && s.charAt(p) == '_') p++; // one underscore may follow the prefix
            }
        }
        // digits with single underscores between them
        int start = p;
        int digits = 0;
        boolean lastUnderscore = true; // no leading underscore
        boolean bad = false;
        for (; p < end; p++) {
            char c = s.charAt(p);
            if (c == '_') {
                if (lastUnderscore) {
                    bad = true;
                    break;
                }
                lastUnderscore = true;
                continue;
            }
            if (Character.digit(c, b) < 0 || c > 'z') {
                bad = true;
                break;
            }
            lastUnderscore = false;
            digits++;
        }
        if ((b & (b - 1)) != 0 && digits > MAX_STR_DIGITS) {
            throw FormatException.valueError("Exceeds the limit (" + MAX_STR_DIGITS + " digits) for integer string conversion: value has "
                + digits + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (bad || digits == 0 || lastUnderscore) throw invalidLiteral(text, base);
        BigInteger v = digitsValue(s, start, end, b);
        if (errorIfNonzero && v.signum() != 0) throw invalidLiteral(text, base);
        return negative ? v.negate() : v;
    }

    private static BigInteger digitsValue(String s, int start, int end, int base) {
        if (end - start <= 12) { // at most 36^12 < 2^63
            long v = 0;
            for (int i = start; i < end; i++) {
                char c = s.charAt(i);
                if (c != '_') v = v * base + Character.digit(c, base);
            }
            return BigInteger.valueOf(v);
        }
        String clean = s.substring(start, end);
        if (clean.indexOf('_') >= 0) clean = clean.replace("_", "");
        return new BigInteger(clean, base);
    }

    static FormatException invalidLiteral(String text, int base) {
        String r = StrRepr.repr(text);
        if (r.length() > 200) r = r.substring(0, r.offsetByCodePoints(0, 200));
        return FormatException.valueError("invalid literal for int() with base " + base + ": " + r);
    }
}
