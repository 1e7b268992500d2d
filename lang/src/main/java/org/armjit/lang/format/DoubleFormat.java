package org.armjit.lang.format;

/**
 * A double as text for a type code and precision, with CPython's rules (its
 * PyOS_double_to_string): 'e', 'f', 'g', 'r' (repr digits), upper-case variants 'E', 'F',
 * 'G' spell INF, NAN and the exponent in capitals. The result carries a leading '-' for
 * negative values (never for NaN) and no other sign.
 */
final class DoubleFormat {
    private DoubleFormat() {}

    /** Keep the decimal point and trailing zeros ('#'). */
    static final int ALT = 1;
    /** Add ".0" to integral positional output (the none type's "at least one decimal"). */
    static final int ADD_DOT_0 = 2;
    /** Drop the sign of a value that rounds to zero ('z'). */
    static final int NO_NEG_0 = 4;

    static String format(double v, int code, int precision, int flags) {
        boolean upper = code == 'E' || code == 'F' || code == 'G';
        if (upper) code = Character.toLowerCase(code);
        boolean negative = Double.doubleToRawLongBits(v) < 0;
        if (v != v) return upper ? "NAN" : "nan";
        if (Double.isInfinite(v)) return negative ? (upper ? "-INF" : "-inf") : (upper ? "INF" : "inf");
        boolean alt = (flags & ALT) != 0;
        boolean addDot0 = (flags & ADD_DOT_0) != 0;
        double x = Math.abs(v);
        DecimalDigits d;
        switch (code) {
            case 'e':
                precision++;
                d = DecimalDigits.significant(x, precision);
                break;
            case 'f':
                d = DecimalDigits.fixed(x, precision);
                break;
            case 'g':
                if (precision == 0) precision = 1;
                d = DecimalDigits.significant(x, precision);
                break;
            case 'r':
                d = DecimalDigits.shortest(x);
                break;
            default:
                throw new IllegalArgumentException("format code " + (char) code);
        }
        String digits = d.digits();
        if (negative && (flags & NO_NEG_0) != 0 && digits.equals("0")) negative = false;
        int decpt = d.decpt();
        int len = digits.length();
        int vEnd = len;
        boolean useExp = false;
        switch (code) {
            case 'e':
                useExp = true;
                vEnd = precision;
                break;
            case 'f':
                vEnd = decpt + precision;
                break;
            case 'g':
                if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
                if (alt) vEnd = precision;
                break;
            default: // 'r'
                if (decpt <= -4 || decpt > 16) useExp = true;
                break;
        }
        int exp = 0;
        if (useExp) {
            exp = decpt - 1;
            decpt = 1;
        }
        int vStart = decpt <= 0 ? decpt - 1 : 0;
        if (!useExp && addDot0) vEnd = Math.max(vEnd, decpt + 1);
        else vEnd = Math.max(vEnd, decpt);

        StringBuilder b = new StringBuilder(Math.max(vEnd - vStart, len) + 10);
        if (negative) b.append('-');
        if (decpt <= 0) {
            zeros(b, decpt - vStart);
            b.append('.');
            zeros(b, -decpt);
        } else {
            zeros(b, -vStart);
        }
        if (0 < decpt && decpt <= len) {
            b.append(digits, 0, decpt).append('.').append(digits, decpt, len);
        } else {
            b.append(digits);
        }
        if (len < decpt) {
            zeros(b, decpt - len);
            b.append('.');
            zeros(b, vEnd - decpt);
        } else {
            zeros(b, vEnd - len);
        }
        if (b.charAt(b.length() - 1) == '.' && !alt) b.setLength(b.length() - 1);
        if (useExp) {
            b.append(upper ? 'E' : 'e').append(exp < 0 ? '-' : '+');
            int a = Math.abs(exp);
            if (a < 10) b.append('0');
            b.append(a);
        }
        return b.toString();
    }

    private static void zeros(StringBuilder b, int n) {
        for (int i = 0; i < n; i++) b.append('0');
    }
}
