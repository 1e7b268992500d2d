package org.armjit.lang.format;

import java.math.BigInteger;

/**
 * {@code format(value, spec)} and f-string {@code {value:spec}} for int, bool, float and
 * str, exactly as CPython 3.11's int/float/str __format__.
 */
public final class SpecFormat {
    private SpecFormat() {}

    // ---- int -------------------------------------------------------------------------------

    public static String formatInt(long v, String spec) {
        if (spec.isEmpty()) return Long.toString(v);
        return formatInteger(v, null, spec, "int");
    }

    public static String formatInt(BigInteger v, String spec) {
        if (v.bitLength() < 64) return formatInt(v.longValue(), spec);
        if (spec.isEmpty()) return v.toString();
        return formatInteger(0, v, spec, "int");
    }

    /** bool: the empty spec gives str(); any other spec formats the int 1 or 0. */
    public static String formatBool(boolean v, String spec) {
        if (spec.isEmpty()) return v ? "True" : "False";
        return formatInteger(v ? 1 : 0, null, spec, "bool");
    }

    /** The value is {@code big} when not null, else {@code small}. */
    private static String formatInteger(long small, BigInteger big, String spec, String typeName) {
        FormatSpec f = FormatSpec.parse(spec, typeName, 'd', '>');
        switch (f.type()) {
            case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
                return integerBody(small, big, f);
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
                double d = big != null ? FloatText.fromInt(big) : (double) small;
                return floatBody(d, f);
            default:
                throw FormatSpec.unknownCode(f.type(), typeName);
        }
    }

    private static String integerBody(long small, BigInteger big, FormatSpec f) {
        if (f.precision() >= 0) throw FormatException.valueError("Precision not allowed in integer format specifier");
        if (f.noNegZero()) throw FormatException.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        int type = f.type();
        if (type == 'c') {
            if (f.sign() != 0) throw FormatException.valueError("Sign not allowed with integer format specifier 'c'");
            if (f.alternate()) throw FormatException.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
            if (big != null) throw FormatException.overflowError("Python int too large to convert to C long");
            if (small < 0 || small > 0x10ffff) throw FormatException.overflowError("%c arg not in range(0x110000)");
            return NumberLayout.layout(f, false, "", "", new String(Character.toChars((int) small)));
        }
        int radix = type == 'b' ? 2 : type == 'o' ? 8 : type == 'x' || type == 'X' ? 16 : 10;
        boolean negative = big != null ? big.signum() < 0 : small < 0;
        String digits = big != null ? big.abs().toString(radix) : Long.toUnsignedString(Math.abs(small), radix);
        String prefix = "";
        if (f.alternate() && radix != 10) prefix = radix == 2 ? "0b" : radix == 8 ? "0o" : "0x";
        if (type == 'X') {
            digits = digits.toUpperCase(java.util.Locale.ROOT);
            prefix = prefix.toUpperCase(java.util.Locale.ROOT);
        }
        return NumberLayout.layout(f, negative, prefix, digits, "");
    }

    // ---- float -----------------------------------------------------------------------------

    public static String formatFloat(double v, String spec) {
        if (spec.isEmpty()) return FloatFormat.repr(v);
        FormatSpec f = FormatSpec.parse(spec, "float", 0, '>');
        switch (f.type()) {
            case 0: case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
                return floatBody(v, f);
            default:
                throw FormatSpec.unknownCode(f.type(), "float");
        }
    }

    private static String floatBody(double v, FormatSpec f) {
        int flags = 0;
        if (f.alternate()) flags |= DoubleFormat.ALT;
        if (f.noNegZero()) flags |= DoubleFormat.NO_NEG_0;
        int type = f.type();
        int precision = f.precision();
        int defaultPrecision = 6;
        if (type == 0) {
            flags |= DoubleFormat.ADD_DOT_0;
            type = 'r';
            defaultPrecision = 0;
        }
        if (type == 'n') type = 'g';
        boolean percent = false;
        if (type == '%') {
            type = 'f';
            v *= 100;
            percent = true;
        }
        if (precision < 0) precision = defaultPrecision;
        else if (type == 'r') type = 'g';
        String s = DoubleFormat.format(v, type, precision, flags);
        if (percent) s += "%";
        boolean negative = s.charAt(0) == '-';
        if (negative) s = s.substring(1);
        int digitsEnd = 0;
        while (digitsEnd < s.length() && s.charAt(digitsEnd) >= '0' && s.charAt(digitsEnd) <= '9') digitsEnd++;
        return NumberLayout.layout(f, negative, "", s.substring(0, digitsEnd), s.substring(digitsEnd));
    }

    // ---- str -------------------------------------------------------------------------------

    public static String formatStr(String s, String spec) {
        if (spec.isEmpty()) return s;
        FormatSpec f = FormatSpec.parse(spec, "str", 's', '<');
        if (f.type() != 's') throw FormatSpec.unknownCode(f.type(), "str");
        if (f.sign() == ' ') throw FormatException.valueError("Space not allowed in string format specifier");
        if (f.sign() != 0) throw FormatException.valueError("Sign not allowed in string format specifier");
        if (f.noNegZero()) throw FormatException.valueError("Negative zero coercion (z) not allowed in string format specifier");
        if (f.alternate()) throw FormatException.valueError("Alternate form (#) not allowed in string format specifier");
        if (f.align() == '=') throw FormatException.valueError("'=' alignment not allowed in string format specifier");
        int len = s.codePointCount(0, s.length());
        if (f.precision() >= 0 && len > f.precision()) {
            s = s.substring(0, s.offsetByCodePoints(0, f.precision()));
            len = f.precision();
        }
        int padding = f.width() - len;
        if (padding <= 0) return s;
        int left = f.align() == '>' ? padding : f.align() == '^' ? padding / 2 : 0;
        StringBuilder b = new StringBuilder(s.length() + padding * 2);
        NumberLayout.fill(b, f.fill(), left);
        b.append(s);
        NumberLayout.fill(b, f.fill(), padding - left);
        return b.toString();
    }
}
