package org.armjit.lang.format;

import java.math.BigInteger;

/**
 * printf-style {@code fmt % args} as CPython 3.11's str.__mod__: conversions d i u o x X e E f
 * F g G c s r a %, flags - + space # 0, widths and precisions (also '*'), the ignored length
 * modifiers h l L, and %(key)s mapping keys.
 */
public final class PercentFormat {
    private PercentFormat() {}

    private static final int LJUST = 1, SIGN = 2, BLANK = 4, ALT = 8, ZERO = 16;

    public static String format(String fmt, FormatArgs args) {
        return new Run(fmt, args).run();
    }

    /** The formatter's state while it walks one format string (CPython's argument cursor rules). */
    private static final class Run {
        final String fmt;
        final FormatArgs dict;
        FormatArgs args;
        int arglen, argidx; // arglen -1: a single argument, consumed when argidx reaches -1
        int pos;
        final StringBuilder out;

        // the conversion being parsed
        int flags, width, prec;
        int ch;

        Run(String fmt, FormatArgs args) {
            this.fmt = fmt;
            this.args = args;
            if (args.isTuple()) {
                arglen = args.count();
                argidx = 0;
            } else {
                arglen = -1;
                argidx = -2;
            }
            dict = !args.isTuple() && args.isMapping() ? args : null;
            out = new StringBuilder(fmt.length() + 16);
        }

        String run() {
            int n = fmt.length();
            while (pos < n) {
                int pct = fmt.indexOf('%', pos);
                if (pct < 0) {
                    out.append(fmt, pos, n);
                    break;
                }
                out.append(fmt, pos, pct);
                pos = pct + 1;
                conversion();
            }
            if (argidx < arglen && dict == null) throw notAllConverted();
            return out.toString();
        }

        private FormatException notAllConverted() {
            return FormatException.typeError("not all arguments converted during string formatting");
        }

        /** Index (into args) of the next argument. */
        private int nextArg() {
            if (argidx < arglen) {
                int i = arglen < 0 ? 0 : argidx;
                argidx++;
                return i;
            }
            throw FormatException.typeError("not enough arguments for format string");
        }

        /** Reads the next format character into ch; false at the end of the string. */
        private boolean read() {
            if (pos >= fmt.length()) return false;
            ch = fmt.codePointAt(pos);
            pos += Character.charCount(ch);
            return true;
        }

        private void conversion() {
            if (pos < fmt.length() && fmt.charAt(pos) == '%') {
                pos++;
                out.append('%');
                return;
            }
            flags = 0;
            width = -1;
            prec = -1;
            boolean more = parse();
            if (!more) throw FormatException.valueError("incomplete format");
            int arg = nextArg();
            format(arg);
            if (dict != null && argidx < arglen) throw notAllConverted();
        }

        /** Parses key, flags, width, precision and length modifier; false if the string ended. */
        private boolean parse() {
            int n = fmt.length();
            if (pos < n && fmt.charAt(pos) == '(') {
                if (dict == null) throw FormatException.typeError("format requires a mapping");
                int keyStart = ++pos;
                int depth = 1;
                while (depth > 0 && pos < n) {
                    char c = fmt.charAt(pos++);
                    if (c == ')') depth--;
                    else if (c == '(') depth++;
                }
                if (depth > 0) throw FormatException.valueError("incomplete format key");
                args = dict.lookup(fmt.substring(keyStart, pos - 1));
                arglen = -1;
                argidx = -2;
            }
            boolean more;
            while ((more = read())) {
                switch (ch) {
                    case '-': flags |= LJUST; continue;
                    case '+': flags |= SIGN; continue;
                    case ' ': flags |= BLANK; continue;
                    case '#': flags |= ALT; continue;
                    case '0': flags |= ZERO; continue;
                    default: break;
                }
                break;
            }
            if (!more) return false;
            if (ch == '*') {
                width = starValue("Python int too large to convert to C ssize_t");
                if (width < 0) {
                    flags |= LJUST;
                    width = -width;
                }
                if (!read()) return false;
            } else if (ch >= '0' && ch <= '9') {
                long w = ch - '0';
                while ((more = read()) && ch >= '0' && ch <= '9') {
                    if (w > (Long.MAX_VALUE - (ch - '0')) / 10) throw FormatException.valueError("width too big");
                    w = w * 10 + (ch - '0');
                }
                width = checkSize(w);
                if (!more) return false;
            }
            if (ch == '.') {
                prec = 0;
                if (!read()) return false;
                if (ch == '*') {
                    prec = Math.max(0, starValue("Python int too large to convert to C int"));
                    if (!read()) return false;
                } else if (ch >= '0' && ch <= '9') {
                    long p = ch - '0';
                    while ((more = read()) && ch >= '0' && ch <= '9') {
                        if (p > (Integer.MAX_VALUE - (ch - '0')) / 10) throw FormatException.valueError("precision too big");
                        p = p * 10 + (ch - '0');
                    }
                    prec = checkSize(p);
                    if (!more) return false;
                }
            }
            if (ch == 'h' || ch == 'l' || ch == 'L') return read();
            return true;
        }

        private int starValue(String overflowMessage) {
            int i = nextArg();
            FormatArgs.Kind k = args.kind(i);
            if (k != FormatArgs.Kind.INT && k != FormatArgs.Kind.BOOL) throw FormatException.typeError("* wants int");
            if (!args.fitsLong(i)) throw FormatException.overflowError(overflowMessage);
            long v = args.longValue(i);
            if (overflowMessage.endsWith("C int") && (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE)) throw FormatException.overflowError(overflowMessage);
            return checkSize(Math.abs(v)) * (v < 0 ? -1 : 1);
        }

        private int checkSize(long v) {
            if (v > FormatSpec.MAX_WIDTH) throw new FormatException("MemoryError", "");
            return (int) v;
        }

        private void format(int i) {
            String str;
            boolean numeric = false;
            switch (ch) {
                case 's':
                    str = args.kind(i) == FormatArgs.Kind.INT ? intText(i, 10) : args.str(i);
                    break;
                case 'r':
                    str = args.kind(i) == FormatArgs.Kind.INT ? intText(i, 10) : args.repr(i);
                    break;
                case 'a':
                    str = args.kind(i) == FormatArgs.Kind.INT ? intText(i, 10) : ascii(args.repr(i));
                    break;
                case 'i': case 'd': case 'u': case 'o': case 'x': case 'X':
                    str = formatLong(i);
                    numeric = true;
                    break;
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    str = DoubleFormat.format(floatArg(i), ch, prec < 0 ? 6 : prec, (flags & ALT) != 0 ? DoubleFormat.ALT : 0);
                    numeric = true;
                    break;
                case 'c':
                    str = new String(Character.toChars(charArg(i)));
                    break;
                default:
                    throw FormatException.valueError("unsupported format character '" + (ch >= 31 && ch <= 126 ? (char) ch : '?')
                        + "' (0x" + Integer.toHexString(ch) + ") at index " + (fmt.offsetByCodePoints(0, 0) + codePointIndex(pos) - 1));
            }
            output(str, numeric);
        }

        private int codePointIndex(int charIndex) {
            return fmt.codePointCount(0, charIndex);
        }

        private String intText(int i, int radix) {
            if (args.fitsLong(i)) return Long.toString(args.longValue(i), radix);
            BigInteger v = args.bigValue(i);
            return radix == 10 ? IntText.toString(v) : v.toString(radix);
        }

        private String formatLong(int i) {
            String digits; // with '-' when negative
            switch (args.kind(i)) {
                case INT:
                case BOOL:
                    digits = intText(i, radix());
                    break;
                case FLOAT:
                    if (ch == 'o' || ch == 'x' || ch == 'X') throw wrongType(i);
                    digits = IntText.toString(FloatMath.truncateToInt(args.floatValue(i)));
                    break;
                default:
                    throw wrongType(i);
            }
            boolean negative = digits.charAt(0) == '-';
            if (negative) digits = digits.substring(1);
            StringBuilder b = new StringBuilder(digits.length() + 4 + Math.max(prec, 0));
            if (negative) b.append('-');
            if ((flags & ALT) != 0 && ch != 'd' && ch != 'i' && ch != 'u') b.append(ch == 'o' ? "0o" : ch == 'x' ? "0x" : "0X");
            for (int z = digits.length(); z < prec; z++) b.append('0');
            b.append(ch == 'X' ? digits.toUpperCase(java.util.Locale.ROOT) : digits);
            return b.toString();
        }

        private int radix() {
            return ch == 'o' ? 8 : ch == 'x' || ch == 'X' ? 16 : 10;
        }

        private FormatException wrongType(int i) {
            String what = ch == 'o' || ch == 'x' || ch == 'X' ? "an integer" : "a real number";
            return FormatException.typeError("%" + (char) ch + " format: " + what + " is required, not " + args.typeName(i));
        }

        private double floatArg(int i) {
            switch (args.kind(i)) {
                case FLOAT:
                    return args.floatValue(i);
                case INT:
                case BOOL:
                    return args.fitsLong(i) ? (double) args.longValue(i) : FloatText.fromInt(args.bigValue(i));
                default:
                    throw FormatException.typeError("must be real number, not " + args.typeName(i));
            }
        }

        private int charArg(int i) {
            switch (args.kind(i)) {
                case STR: {
                    String s = args.strValue(i);
                    if (s.isEmpty() || s.codePointCount(0, s.length()) != 1) break;
                    return s.codePointAt(0);
                }
                case INT:
                case BOOL: {
                    long v = args.fitsLong(i) ? args.longValue(i) : -1;
                    if (v < 0 || v > 0x10ffff) throw FormatException.overflowError("%c arg not in range(0x110000)");
                    return (int) v;
                }
                default:
                    break;
            }
            throw FormatException.typeError("%c requires int or char");
        }

        /** Pads and signs one converted value (CPython's unicode_format_arg_output). */
        private void output(String str, boolean numeric) {
            int len = str.codePointCount(0, str.length());
            if ((width == -1 || width <= len) && (prec == -1 || prec >= len) && (flags & (SIGN | BLANK)) == 0) {
                out.append(str);
                return;
            }
            if ((ch == 's' || ch == 'r' || ch == 'a') && prec >= 0 && len > prec) {
                str = str.substring(0, str.offsetByCodePoints(0, prec));
                len = prec;
            }
            char fill = numeric && (flags & ZERO) != 0 ? '0' : ' ';
            String sign = "";
            int p = 0;
            if (numeric) {
                char c0 = str.charAt(0);
                if (c0 == '-' || c0 == '+') {
                    sign = String.valueOf(c0);
                    p = 1;
                    len--;
                } else if ((flags & SIGN) != 0) {
                    sign = "+";
                } else if ((flags & BLANK) != 0) {
                    sign = " ";
                }
            }
            String prefix = "";
            if (numeric && (flags & ALT) != 0 && (ch == 'x' || ch == 'X' || ch == 'o')) {
                prefix = str.substring(p, p + 2);
                p += 2;
                len -= 2;
            }
            int pad = Math.max(0, width - (sign.length() + prefix.length() + len));
            if ((flags & LJUST) != 0) {
                out.append(sign).append(prefix).append(str, p, str.length());
                NumberLayout.fill(out, ' ', pad);
            } else if (fill == '0') {
                out.append(sign).append(prefix);
                NumberLayout.fill(out, '0', pad);
                out.append(str, p, str.length());
            } else {
                NumberLayout.fill(out, ' ', pad);
                out.append(sign).append(prefix).append(str, p, str.length());
            }
        }
    }

    /** ascii(x) from repr(x): non-ASCII characters as backslash-x, -u or -U escapes. */
    static String ascii(String repr) {
        StringBuilder b = null;
        for (int i = 0; i < repr.length(); ) {
            int c = repr.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c >= 0x80) {
                if (b == null) b = new StringBuilder(repr.length() + 16).append(repr, 0, i);
                String h = Integer.toHexString(c);
                if (c <= 0xff) b.append("\\x").append("0".repeat(2 - h.length()));
                else if (c <= 0xffff) b.append("\\u").append("0".repeat(4 - h.length()));
                else b.append("\\U").append("0".repeat(8 - h.length()));
                b.append(h);
            } else if (b != null) {
                b.append((char) c);
            }
            i = next;
        }
        return b == null ? repr : b.toString();
    }
}
