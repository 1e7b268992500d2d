package org.armjit.lang.format;

/**
 * {@code str.format(*args, **kwargs)} as CPython 3.11: literal text with '{{' and '}}',
 * replacement fields {@code {[name|index][.attr|[key]]...[!r|!s|!a][:spec]}} with automatic or
 * manual numbering, and specs that contain nested fields (two levels).
 */
public final class StrFormat {
    private StrFormat() {}

    /** The keyword arguments: the value for a name as a single argument, or null when absent. */
    @FunctionalInterface
    public interface Keywords {
        FormatArgs get(String name);
    }

    public static String format(String fmt, FormatArgs positional, Keywords keywords) {
        return new Run(positional, keywords).build(fmt, 2);
    }

    private static FormatException valueError(String m) {
        return FormatException.valueError(m);
    }

    private static final class Run {
        final FormatArgs args;
        final Keywords keywords;
        /** 0: not yet decided, 1: automatic "{}", 2: manual "{0}". */
        int numbering;
        int nextAuto;

        Run(FormatArgs args, Keywords keywords) {
            this.args = args;
            this.keywords = keywords;
        }

        String build(String s, int depth) {
            if (depth <= 0) throw valueError("Max string recursion exceeded");
            StringBuilder out = new StringBuilder(s.length() + 16);
            int end = s.length();
            int pos = 0;
            while (pos < end) {
                int start = pos;
                char c = 0;
                boolean markup = false;
                while (pos < end) {
                    c = s.charAt(pos++);
                    if (c == '{' || c == '}') {
                        markup = true;
                        break;
                    }
                }
                boolean atEnd = pos >= end;
                int len = pos - start;
                if (markup && c == '}' && (atEnd || s.charAt(pos) != '}')) throw valueError("Single '}' encountered in format string");
                if (markup && atEnd && c == '{') throw valueError("Single '{' encountered in format string");
                if (!atEnd) {
                    if (s.charAt(pos) == c) {
                        pos++;
                        markup = false;
                    } else {
                        len--;
                    }
                }
                out.append(s, start, start + len);
                if (markup) pos = field(s, pos, depth, out);
            }
            return out.toString();
        }

        /** Parses and renders the field starting after its '{'; returns the position after its '}'. */
        private int field(String s, int pos, int depth, StringBuilder out) {
            int end = s.length();
            int nameStart = pos;
            char c = 0;
            while (pos < end) {
                c = s.charAt(pos++);
                if (c == '{') throw valueError("unexpected '{' in field name");
                if (c == '[') {
                    while (pos < end && s.charAt(pos) != ']') pos++;
                    continue;
                }
                if (c == '}' || c == ':' || c == '!') break;
            }
            int nameEnd = pos - 1;
            if (pos >= end && c != '}' && c != ':' && c != '!') nameEnd = pos; // ran off the end
            int conversion = 0;
            String spec = "";
            boolean specNeedsExpanding = false;
            if (c == '!' || c == ':') {
                boolean done = false;
                if (c == '!') {
                    if (pos >= end) throw valueError("end of string while looking for conversion specifier");
                    conversion = s.codePointAt(pos);
                    pos += Character.charCount(conversion);
                    if (pos < end) {
                        char d = s.charAt(pos++);
                        if (d == '}') done = true;
                        else if (d != ':') throw valueError("expected ':' after conversion specifier");
                    }
                }
                if (!done) {
                    int specStart = pos;
                    int count = 1;
                    boolean closed = false;
                    while (pos < end) {
                        char d = s.charAt(pos++);
                        if (d == '{') {
                            specNeedsExpanding = true;
                            count++;
                        } else if (d == '}') {
                            if (--count == 0) {
                                closed = true;
                                break;
                            }
                        }
                    }
                    if (!closed) throw valueError("unmatched '{' in format spec");
                    spec = s.substring(specStart, pos - 1);
                }
            } else if (c != '}') {
                throw valueError("expected '}' before end of string");
            }
            render(s.substring(nameStart, nameEnd), conversion, spec, specNeedsExpanding, depth, out);
            return pos;
        }

        private void render(String fieldName, int conversion, String spec, boolean expand, int depth, StringBuilder out) {
            FormatArgs holder;
            int index;
            // field_name_split: the first part up to '.' or '['
            int firstEnd = 0;
            while (firstEnd < fieldName.length() && fieldName.charAt(firstEnd) != '.' && fieldName.charAt(firstEnd) != '[') firstEnd++;
            String first = fieldName.substring(0, firstEnd);
            long number = integer(first);
            boolean empty = first.isEmpty();
            boolean numeric = empty || number >= 0;
            if (numeric) {
                if (numbering == 0) numbering = empty ? 1 : 2;
                if (numbering == 2 && empty) throw valueError("cannot switch from manual field specification to automatic field numbering");
                if (numbering == 1 && !empty) throw valueError("cannot switch from automatic field numbering to manual field specification");
                if (empty) number = nextAuto++;
                if (number >= args.count()) {
                    throw new FormatException("IndexError", "Replacement index " + number + " out of range for positional args tuple");
                }
                holder = args;
                index = (int) number;
            } else {
                holder = keywords == null ? null : keywords.get(first);
                if (holder == null) throw new FormatException("KeyError", StrRepr.repr(first));
                index = 0;
            }
            // the rest: .attr and [key]
            int pos = firstEnd;
            int n = fieldName.length();
            while (pos < n) {
                char c = fieldName.charAt(pos++);
                int start = pos;
                if (c == '.') {
                    while (pos < n && fieldName.charAt(pos) != '.' && fieldName.charAt(pos) != '[') pos++;
                    if (pos == start) throw valueError("Empty attribute in format string");
                    holder = holder.attribute(index, fieldName.substring(start, pos));
                } else if (c == '[') {
                    while (pos < n && fieldName.charAt(pos) != ']') pos++;
                    if (pos >= n) throw valueError("Missing ']' in format string");
                    String key = fieldName.substring(start, pos++);
                    if (key.isEmpty()) throw valueError("Empty attribute in format string");
                    long k = integer(key);
                    holder = holder.subscript(index, k >= 0 ? (Object) k : key);
                } else {
                    throw valueError("Only '.' or '[' may follow ']' in format field specifier");
                }
                index = 0;
            }
            if (expand) spec = build(spec, depth - 1);
            out.append(formatField(holder, index, conversion, spec));
        }

        private String formatField(FormatArgs a, int i, int conversion, String spec) {
            if (conversion != 0) {
                String text;
                switch (conversion) {
                    case 'r': text = a.repr(i); break;
                    case 's': text = a.str(i); break;
                    case 'a': text = PercentFormat.ascii(a.repr(i)); break;
                    default:
                        throw valueError("Unknown conversion specifier "
                            + (conversion > 32 && conversion < 127 ? String.valueOf((char) conversion) : "\\x" + Integer.toHexString(conversion)));
                }
                return SpecFormat.formatStr(text, spec);
            }
            switch (a.kind(i)) {
                case INT: return a.fitsLong(i) ? SpecFormat.formatInt(a.longValue(i), spec) : SpecFormat.formatInt(a.bigValue(i), spec);
                case BOOL: return SpecFormat.formatBool(a.longValue(i) != 0, spec);
                case FLOAT: return SpecFormat.formatFloat(a.floatValue(i), spec);
                case STR: return SpecFormat.formatStr(a.strValue(i), spec);
                default: return a.formatOther(i, spec);
            }
        }
    }

    /** The value of an all-digits string, -1 when empty or not all digits (CPython's get_integer). */
    private static long integer(String s) {
        if (s.isEmpty()) return -1;
        long v = 0;
        for (int i = 0; i < s.length(); i++) {
            int d = Character.digit(s.charAt(i), 10);
            if (d < 0) return -1;
            if (v > (Long.MAX_VALUE - d) / 10) throw valueError("Too many decimal digits in format string");
            v = v * 10 + d;
        }
        return v;
    }
}
