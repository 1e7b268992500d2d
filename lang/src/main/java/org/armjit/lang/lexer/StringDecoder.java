package org.armjit.lang.lexer;

/**
 * Decodes the escape sequences of a (non-raw) string literal body. Unknown escapes keep
 * their backslash, as in CPython. A malformed escape throws {@link BadEscape} with
 * CPython's "(unicode error)" message.
 */
public final class StringDecoder {
    private StringDecoder() {
    }

    /** A malformed hex, 16-bit, 32-bit or named-character escape. */
    public static final class BadEscape extends RuntimeException {
        public BadEscape(String message) {
            super(message);
        }
    }

    public static String decode(String body, boolean raw) {
        if (raw || body.indexOf('\\') < 0) return body;
        StringBuilder sb = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\' || i + 1 >= body.length()) {
                sb.append(c);
                i++;
                continue;
            }
            int start = i;
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case '\n': break;
                case '\\': sb.append('\\'); break;
                case '\'': sb.append('\''); break;
                case '"': sb.append('"'); break;
                case 'a': sb.append('\u0007'); break;
                case 'b': sb.append('\b'); break;
                case 'f': sb.append('\f'); break;
                case 'n': sb.append('\n'); break;
                case 'r': sb.append('\r'); break;
                case 't': sb.append('\t'); break;
                case 'v': sb.append('\u000b'); break;
                case 'x': case 'u': case 'U': {
                    int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int j = i;
                    while (j < body.length() && j - i < n && Character.digit(body.charAt(j), 16) >= 0) j++;
                    if (j - i < n) {
                        String form = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (j - 1) + ": truncated " + form + " escape");
                    }
                    int cp = Integer.parseInt(body.substring(i, j), 16);
                    if (cp > 0x10FFFF) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (j - 1) + ": illegal Unicode character");
                    }
                    sb.appendCodePoint(cp);
                    i = j;
                    break;
                }
                case 'N': {
                    int close = body.indexOf('}', i);
                    int cp = -1;
                    if (i < body.length() && body.charAt(i) == '{' && close > 0) {
                        try {
                            cp = Character.codePointOf(body.substring(i + 1, close));
                        } catch (IllegalArgumentException ex) {
                            cp = -1;
                        }
                    }
                    if (cp < 0) {
                        throw new BadEscape("(unicode error) 'unicodeescape' codec can't decode bytes in position "
                                + start + "-" + (Math.max(close, i) ) + ": unknown Unicode character name");
                    }
                    sb.appendCodePoint(cp);
                    i = close + 1;
                    break;
                }
                default:
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        int k = 0;
                        while (k < 2 && i < body.length() && body.charAt(i) >= '0' && body.charAt(i) <= '7') {
                            v = v * 8 + body.charAt(i) - '0';
                            i++;
                            k++;
                        }
                        sb.append((char) v);
                    } else {
                        sb.append('\\').append(e);
                    }
            }
        }
        return sb.toString();
    }
}
