package org.armjit.lang.format;

/**
 * A parsed format specification, {@code [[fill]align][sign][z][#][0][width][,|_][.precision][type]},
 * parsed and validated the way CPython 3.11 does before it looks at the value.
 *
 * @param fill       fill code point
 * @param align      '<', '>', '^' or '=' (the type's default when not given)
 * @param sign       '+', '-', ' ' or 0 when not given
 * @param noNegZero  'z': print negative zero (after rounding) without its sign
 * @param alternate  '#'
 * @param width      minimum width, -1 when not given
 * @param thousands  ',' or '_' or 0
 * @param groupSize  digits per group: 3, or 4 for '_' with b, o, x, X
 * @param precision  -1 when not given
 * @param type       type code point, 0 when not given (the type's default is applied by the caller)
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, int width,
                         char thousands, int groupSize, int precision, int type) {

    /** Widths and precisions above this are refused with MemoryError instead of allocating gigabytes. */
    static final int MAX_WIDTH = 100_000_000;

    /**
     * Parses {@code spec} for a value of the Python type {@code typeName} whose type code
     * defaults to {@code defaultType} (0 for none) and whose alignment defaults to
     * {@code defaultAlign}.
     */
    public static FormatSpec parse(String spec, String typeName, int defaultType, char defaultAlign) {
        int[] cp = spec.codePoints().toArray();
        int end = cp.length;
        int pos = 0;
        int fill = ' ';
        boolean fillGiven = false;
        char align = defaultAlign;
        boolean alignGiven = false;
        if (end - pos >= 2 && isAlign(cp[pos + 1])) {
            fill = cp[pos];
            align = (char) cp[pos + 1];
            fillGiven = alignGiven = true;
            pos += 2;
        } else if (end - pos >= 1 && isAlign(cp[pos])) {
            align = (char) cp[pos];
            alignGiven = true;
            pos++;
        }
        char sign = 0;
        if (end - pos >= 1 && (cp[pos] == '+' || cp[pos] == '-' || cp[pos] == ' ')) sign = (char) cp[pos++];
        boolean noNegZero = false;
        if (end - pos >= 1 && cp[pos] == 'z') {
            noNegZero = true;
            pos++;
        }
        boolean alternate = false;
        if (end - pos >= 1 && cp[pos] == '#') {
            alternate = true;
            pos++;
        }
        if (!fillGiven && end - pos >= 1 && cp[pos] == '0') {
            fill = '0';
            if (!alignGiven && defaultAlign == '>') align = '=';
            pos++;
        }
        int[] at = {pos};
        int width = integer(cp, at);
        pos = at[0];
        char thousands = 0;
        if (pos < end && cp[pos] == ',') {
            thousands = ',';
            pos++;
        }
        if (pos < end && cp[pos] == '_') {
            if (thousands != 0) throw bothSeparators();
            thousands = '_';
            pos++;
        }
        if (pos < end && cp[pos] == ',' && thousands == '_') throw bothSeparators();
        int precision = -1;
        if (pos < end && cp[pos] == '.') {
            at[0] = pos + 1;
            precision = integer(cp, at);
            if (precision < 0) throw FormatException.valueError("Format specifier missing precision");
            pos = at[0];
        }
        if (end - pos > 1) {
            throw FormatException.valueError("Invalid format specifier '" + spec + "' for object of type '" + typeName + "'");
        }
        int type = end - pos == 1 ? cp[pos] : defaultType;
        int groupSize = 3;
        if (thousands != 0) {
            switch (type) {
                case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                    break;
                case 'b': case 'o': case 'x': case 'X':
                    if (thousands == '_') {
                        groupSize = 4;
                        break;
                    }
                    throw FormatException.valueError("Cannot specify '" + thousands + "' with " + quoteCode(type) + ".");
                default:
                    throw FormatException.valueError("Cannot specify '" + thousands + "' with " + quoteCode(type) + ".");
            }
        }
        return new FormatSpec(fill, align, sign, noNegZero, alternate, width, thousands, groupSize, precision, type);
    }

    /** A type code as CPython quotes it in messages: 'x', or '\x1f' outside printable ASCII. */
    static String quoteCode(int type) {
        return type > 32 && type < 128 ? "'" + (char) type + "'" : "'\\x" + Integer.toHexString(type) + "'";
    }

    static FormatException unknownCode(int type, String typeName) {
        return FormatException.valueError("Unknown format code " + quoteCode(type) + " for object of type '" + typeName + "'");
    }

    private static FormatException bothSeparators() {
        return FormatException.valueError("Cannot specify both ',' and '_'.");
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    /** Decimal digits at at[0] (advanced past them); -1 when there are none. */
    private static int integer(int[] cp, int[] at) {
        long value = 0;
        int pos = at[0];
        int start = pos;
        while (pos < cp.length) {
            int d = Character.digit(cp[pos], 10);
            if (d < 0) break;
            if (value > (Long.MAX_VALUE - d) / 10) throw FormatException.valueError("Too many decimal digits in format string");
            value = value * 10 + d;
            pos++;
        }
        at[0] = pos;
        if (pos == start) return -1;
        if (value > MAX_WIDTH) throw new FormatException("MemoryError", "");
        return (int) value;
    }

    boolean hasWidth() {
        return width >= 0;
    }
}
