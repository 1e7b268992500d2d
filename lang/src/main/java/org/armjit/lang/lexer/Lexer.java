package org.armjit.lang.lexer;

import org.armjit.lang.PySyntaxError;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Turns source text into tokens the way CPython 3.11's tokenizer does: INDENT/DEDENT from
 * a stack of indentation columns (tabs to multiples of 8, and checked against tabs of
 * width 1 for TabError), no NEWLINE inside brackets or after a backslash, blank and
 * comment lines ignored. The whole source is tokenized up front; the first genuine
 * tokenizer error stops it and is kept in {@link #error()} (CPython reports such an error
 * in preference to any parser error, so the parser raises it first).
 */
public final class Lexer {
    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "!=", "->", ":=", "**", "//", ">>", "<<", "<=", ">=", "==",
        "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=",
        "+", "-", "*", "/", "%", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}",
        ",", ":", ";", ".", "=", "@",
    };

    private final SourceText src;
    private final String s;
    private int pos;
    private int line = 1;
    private int lineStart;
    private final List<Token> out = new ArrayList<>();
    /** CPython's tokenizer limits (MAXLEVEL, MAXINDENT): deeper source is refused, not parsed. */
    static final int MAX_BRACKETS = 200;
    static final int MAX_INDENTS = 100;
    private final Deque<Bracket> brackets = new ArrayDeque<>();
    private final List<Integer> indents = new ArrayList<>(List.of(0));
    private final List<Integer> altIndents = new ArrayList<>(List.of(0));
    private PySyntaxError error;

    private Lexer(SourceText src) {
        this.src = src;
        this.s = src.text;
    }

    /** Tokenizes {@code src}; check {@link #error()} afterwards. */
    public static Lexer run(SourceText src) {
        Lexer lx = new Lexer(src);
        try {
            lx.tokenize();
        } catch (PySyntaxError e) {
            lx.error = e;
        }
        return lx;
    }

    public List<Token> tokens() {
        return out;
    }

    /** The first tokenizer error, or null. */
    public PySyntaxError error() {
        return error;
    }

    private int col() {
        return pos - lineStart;
    }

    private int peek(int k) {
        int i = pos + k;
        return i < s.length() ? s.charAt(i) : -1;
    }

    private int next() {
        int c = pos < s.length() ? s.charAt(pos) : -1;
        pos++;
        return c;
    }

    private void backup() {
        pos--;
    }

    private void emit(TokenKind kind, int start, Object value) {
        out.add(new Token(kind, s.substring(start, pos), value, line, start - lineStart, line, pos - lineStart));
    }

    private PySyntaxError err(String msg, int offset, int endOffset) {
        return src.syntaxError(msg, line, offset, line, endOffset);
    }

    private void newLine() {
        line++;
        lineStart = pos;
    }

    private void tokenize() {
        boolean atLineStart = true;
        while (true) {
            if (atLineStart) {
                if (!indentation()) continue; // blank line consumed, still at a line start
                atLineStart = false;
            }
            while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t' || s.charAt(pos) == '\f')) pos++;
            if (pos >= s.length()) {
                endOfInput();
                return;
            }
            char c = s.charAt(pos);
            if (c == '#') {
                while (pos < s.length() && s.charAt(pos) != '\n') pos++;
                continue;
            }
            if (c == '\n') {
                if (brackets.isEmpty()) {
                    int start = pos;
                    pos++;
                    out.add(new Token(TokenKind.NEWLINE, "\n", null, line, start - lineStart, line, start - lineStart));
                    newLine();
                    atLineStart = true;
                } else {
                    pos++;
                    newLine();
                }
                continue;
            }
            if (c == '\\') {
                int c2 = peek(1);
                if (c2 == '\n') {
                    pos += 2;
                    newLine();
                    if (pos >= s.length()) {
                        out.add(new Token(TokenKind.EOF_ERROR, "", null, line, 0, line, 0));
                        return;
                    }
                    continue;
                }
                if (c2 == -1) {
                    pos++;
                    out.add(new Token(TokenKind.EOF_ERROR, "", null, line, col(), line, col()));
                    return;
                }
                pos += 2;
                throw err("unexpected character after line continuation character", col(), 0);
            }
            int start = pos;
            if (isIdentifierStart(c)) {
                while (pos < s.length() && isIdentifierChar(s.charAt(pos))) pos++;
                int q = peek(0);
                if ((q == '"' || q == '\'') && isStringPrefix(s.substring(start, pos))) {
                    string(start, s.substring(start, pos).toLowerCase());
                } else {
                    String name = s.substring(start, pos);
                    // identifiers are compared after NFKC normalisation, as CPython does (PEP 3131)
                    if (!name.chars().allMatch(ch -> ch < 128)) name = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFKC);
                    out.add(new Token(TokenKind.NAME, name, null, line, start - lineStart, line, pos - lineStart));
                }
                continue;
            }
            if (c >= '0' && c <= '9' || c == '.' && peek(1) >= '0' && peek(1) <= '9') {
                number();
                continue;
            }
            if (c == '"' || c == '\'') {
                string(start, "");
                continue;
            }
            if (c == '(' || c == '[' || c == '{') {
                if (brackets.size() >= MAX_BRACKETS) throw err("too many nested parentheses", col() + 1, col() + 1);
                brackets.push(new Bracket(c, line, col()));
                pos++;
                emit(TokenKind.OP, start, null);
                continue;
            }
            if (c == ')' || c == ']' || c == '}') {
                pos++;
                if (brackets.isEmpty()) throw err("unmatched '" + c + "'", col(), col());
                Bracket open = brackets.pop();
                char want = open.ch() == '(' ? ')' : open.ch() == '[' ? ']' : '}';
                if (c != want) {
                    String msg = "closing parenthesis '" + c + "' does not match opening parenthesis '" + open.ch() + "'";
                    if (open.line() != line) msg += " on line " + open.line();
                    throw err(msg, col(), col());
                }
                emit(TokenKind.OP, start, null);
                continue;
            }
            String op = matchOperator();
            if (op != null) {
                pos += op.length();
                emit(TokenKind.OP, start, null);
                continue;
            }
            if (c < 128) {
                pos++;
                emit(TokenKind.ERRORTOKEN, start, null);
                continue;
            }
            int cp = s.codePointAt(pos);
            pos += Character.charCount(cp);
            if (!printable(cp)) throw err(String.format("invalid non-printable character U+%04X", cp), col(), col());
            throw err(String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp), col(), col());
        }
    }

    /**
     * Measures the indentation of a new line and emits INDENT/DEDENT. Returns false when
     * the line is blank or a comment (consumed, no tokens).
     */
    private boolean indentation() {
        if (!brackets.isEmpty()) return true;
        int col = 0, alt = 0;
        int p = pos;
        while (p < s.length()) {
            char c = s.charAt(p);
            if (c == ' ') {
                col++;
                alt++;
            } else if (c == '\t') {
                col = (col / 8 + 1) * 8;
                alt++;
            } else if (c == '\f') {
                col = alt = 0;
            } else {
                break;
            }
            p++;
        }
        if (p >= s.length()) {
            pos = p;
            return true;
        }
        char c = s.charAt(p);
        if (c == '#' || c == '\n') {
            while (p < s.length() && s.charAt(p) != '\n') p++;
            pos = Math.min(p + 1, s.length());
            if (p < s.length()) newLine();
            return false;
        }
        if (c == '\\' && p + 1 < s.length() && s.charAt(p + 1) == '\n') {
            return true; // a continuation line starting with a backslash: no indentation change
        }
        pos = p;
        int top = indents.get(indents.size() - 1);
        int altTop = altIndents.get(altIndents.size() - 1);
        if (col == top) {
            if (alt != altTop) throw tabError();
        } else if (col > top) {
            if (alt <= altTop) throw tabError();
            if (indents.size() >= MAX_INDENTS) {
                throw src.error("IndentationError", "too many levels of indentation", line, 1, line, 0);
            }
            indents.add(col);
            altIndents.add(alt);
            out.add(new Token(TokenKind.INDENT, s.substring(lineStart, pos), null, line, 0, line, pos - lineStart));
        } else {
            while (indents.size() > 1 && col < indents.get(indents.size() - 1)) {
                indents.remove(indents.size() - 1);
                altIndents.remove(altIndents.size() - 1);
                out.add(new Token(TokenKind.DEDENT, "", null, line, col(), line, col()));
            }
            if (col != indents.get(indents.size() - 1)) {
                String text = src.line(line);
                throw src.error("IndentationError", "unindent does not match any outer indentation level",
                        line, text.length() + 1, line, -1);
            }
            if (alt != altIndents.get(altIndents.size() - 1)) throw tabError();
        }
        return true;
    }

    private PySyntaxError tabError() {
        return src.error("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, line, 0);
    }

    private void endOfInput() {
        if (!brackets.isEmpty()) {
            out.add(new Token(TokenKind.EOF_ERROR, "", brackets.peek(), line, col(), line, col()));
            return;
        }
        // CPython places the end-of-input tokens at the end of the last line
        int endLine = line, endCol = col();
        if (s.endsWith("\n") && line > 1) {
            endLine = line - 1;
            endCol = src.line(endLine).length();
        }
        if (!out.isEmpty() && out.get(out.size() - 1).kind() != TokenKind.NEWLINE
                && out.get(out.size() - 1).kind() != TokenKind.DEDENT) {
            out.add(new Token(TokenKind.NEWLINE, "", null, endLine, endCol, endLine, endCol));
        }
        while (indents.size() > 1) {
            indents.remove(indents.size() - 1);
            out.add(new Token(TokenKind.DEDENT, "", null, endLine, endCol, endLine, endCol));
        }
        out.add(new Token(TokenKind.ENDMARKER, "", null, endLine, endCol, endLine, endCol));
    }

    private String matchOperator() {
        for (String op : OPERATORS) {
            if (s.startsWith(op, pos)) return op;
        }
        return null;
    }

    /** CPython's str.isprintable for one character: not a control, format, separator, surrogate, private or unassigned one. */
    static boolean printable(int cp) {
        if (cp == ' ') return true;
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR: case Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    static boolean isIdentifierStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || c >= 128 && Character.isUnicodeIdentifierStart(c);
    }

    static boolean isIdentifierChar(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9'
                || c >= 128 && Character.isUnicodeIdentifierPart(c);
    }

    private static boolean isStringPrefix(String p) {
        switch (p.toLowerCase()) {
            case "r": case "u": case "f": case "b": case "br": case "rb": case "fr": case "rf":
                return true;
            default:
                return false;
        }
    }

    // ------------------------------------------------------------------ strings

    private void string(int start, String prefix) {
        char q = s.charAt(pos);
        boolean triple = s.startsWith("" + q + q + q, pos);
        int startLine = line;
        int startLineStart = lineStart;
        pos += triple ? 3 : 1;
        int bodyStart = pos;
        int bodyLine = line;
        int bodyCol = pos - lineStart;
        while (true) {
            if (pos >= s.length()) {
                int detected = s.endsWith("\n") ? line - 1 : line;
                throw unterminated(triple, startLine, start - startLineStart, Math.max(detected, startLine));
            }
            char c = s.charAt(pos);
            if (c == '\n') {
                if (!triple) throw unterminated(false, startLine, start - startLineStart, line);
                pos++;
                newLine();
                continue;
            }
            if (c == '\\') {
                pos++;
                if (pos < s.length()) {
                    if (s.charAt(pos) == '\n') {
                        pos++;
                        newLine();
                    } else {
                        pos++;
                    }
                }
                continue;
            }
            if (c == q && (!triple || s.startsWith("" + q + q + q, pos))) {
                String body = s.substring(bodyStart, pos);
                pos += triple ? 3 : 1;
                out.add(new Token(TokenKind.STRING, s.substring(start, pos),
                        new StringLiteral(prefix, q, triple, body, bodyLine, bodyCol),
                        startLine, start - startLineStart, line, pos - lineStart));
                return;
            }
            pos++;
        }
    }

    private PySyntaxError unterminated(boolean triple, int startLine, int startCol, int detected) {
        String msg = "unterminated " + (triple ? "triple-quoted " : "") + "string literal (detected at line " + detected + ")";
        return src.syntaxError(msg, startLine, startCol + 1, startLine, startCol + 1);
    }

    // ------------------------------------------------------------------ numbers

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(int c) {
        return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    }

    /** CPython's tokenizer offsets for number errors: the 0-based index of the read position. */
    private PySyntaxError numberError(String msg) {
        return err(msg, col(), col());
    }

    private void number() {
        int start = pos;
        int c = next();
        if (c == '0' && (peek(0) == 'x' || peek(0) == 'X')) {
            pos++;
            radixDigits(16, "hexadecimal");
            finishInt(start, 16);
            return;
        }
        if (c == '0' && (peek(0) == 'o' || peek(0) == 'O')) {
            pos++;
            radixDigits(8, "octal");
            finishInt(start, 8);
            return;
        }
        if (c == '0' && (peek(0) == 'b' || peek(0) == 'B')) {
            pos++;
            radixDigits(2, "binary");
            finishInt(start, 2);
            return;
        }
        boolean isFloat = false;
        if (c == '0') {
            c = next();
            boolean nonzero = false;
            while (true) {
                if (c == '_') {
                    c = next();
                    if (!isDigit(c)) {
                        backup();
                        throw numberError("invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = next();
            }
            int zerosEnd = pos;
            if (isDigit(c)) {
                nonzero = true;
                c = decimalTail();
            }
            if (c == '.') {
                c = fraction();
                isFloat = true;
                if (c == 'e' || c == 'E') {
                    int r = exponent(start);
                    if (r == Integer.MIN_VALUE) return;
                    c = r;
                }
            } else if (c == 'e' || c == 'E') {
                int r = exponent(start);
                if (r == Integer.MIN_VALUE) return;
                c = r;
                isFloat = true;
            } else if (c == 'j' || c == 'J') {
                imaginary(start);
                return;
            } else if (nonzero) {
                backup();
                throw err("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                        start - lineStart + 1, zerosEnd - lineStart);
            }
        } else if (c == '.') {
            c = fraction();
            isFloat = true;
            if (c == 'e' || c == 'E') {
                int r = exponent(start);
                if (r == Integer.MIN_VALUE) return;
                c = r;
            }
        } else {
            c = decimalTail();
            if (c == '.') {
                c = fraction();
                isFloat = true;
                if (c == 'e' || c == 'E') {
                    int r = exponent(start);
                    if (r == Integer.MIN_VALUE) return;
                    c = r;
                }
            } else if (c == 'e' || c == 'E') {
                int r = exponent(start);
                if (r == Integer.MIN_VALUE) return;
                c = r;
                isFloat = true;
            }
        }
        if (c == 'j' || c == 'J') {
            imaginary(start);
            return;
        }
        verifyEnd(c, "decimal");
        backup();
        String text = s.substring(start, pos).replace("_", "");
        if (isFloat) {
            emit(TokenKind.NUMBER, start, Double.parseDouble(text));
        } else {
            emit(TokenKind.NUMBER, start, intValue(new BigInteger(text)));
        }
    }

    /** After the first digit has been read: reads digits with single underscores; returns the next char (consumed). */
    private int decimalTail() {
        int c;
        while (true) {
            do {
                c = next();
            } while (isDigit(c));
            if (c != '_') break;
            c = next();
            if (!isDigit(c)) {
                backup();
                throw numberError("invalid decimal literal");
            }
        }
        return c;
    }

    /** After the '.': optional digits; returns the next char (consumed). */
    private int fraction() {
        int c = next();
        if (isDigit(c)) c = decimalTail();
        return c;
    }

    /** At an 'e' just read: the exponent; returns the next char, or MIN_VALUE when the 'e' starts a name instead. */
    private int exponent(int start) {
        int e = s.charAt(pos - 1);
        int c = next();
        if (c == '+' || c == '-') {
            c = next();
            if (!isDigit(c)) {
                backup();
                throw numberError("invalid decimal literal");
            }
        } else if (!isDigit(c)) {
            backup();
            verifyEnd(e, "decimal");
            backup();
            String text = s.substring(start, pos).replace("_", "");
            boolean isFloat = text.contains(".");
            emit(TokenKind.NUMBER, start, isFloat ? (Object) Double.parseDouble(text) : intValue(new BigInteger(text)));
            return Integer.MIN_VALUE;
        }
        return decimalTail();
    }

    private void imaginary(int start) {
        int c = next();
        verifyEnd(c, "imaginary");
        backup();
        emit(TokenKind.IMAGINARY, start, null);
    }

    private void radixDigits(int radix, String kind) {
        int c = next();
        do {
            if (c == '_') c = next();
            if (!isRadixDigit(c, radix)) {
                if (radix != 16 && isDigit(c)) throw numberError("invalid digit '" + (char) c + "' in " + kind + " literal");
                backup();
                throw numberError("invalid " + kind + " literal");
            }
            do {
                c = next();
            } while (isRadixDigit(c, radix));
        } while (c == '_');
        if (radix != 16 && isDigit(c)) throw numberError("invalid digit '" + (char) c + "' in " + kind + " literal");
        verifyEnd(c, kind);
        backup();
    }

    private static boolean isRadixDigit(int c, int radix) {
        return radix == 16 ? isHex(c) : c >= '0' && c < '0' + radix;
    }

    private void finishInt(int start, int radix) {
        String digits = s.substring(start + 2, pos).replace("_", "");
        emit(TokenKind.NUMBER, start, intValue(new BigInteger(digits, radix)));
    }

    private static Object intValue(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /**
     * CPython's verify_end_of_number: a number directly followed by a keyword that can
     * follow a number (1if, 1or ...) is accepted; followed by another name character it
     * is an "invalid ... literal". {@code c} has been consumed.
     */
    private void verifyEnd(int c, String kind) {
        boolean keyword;
        switch (c) {
            case 'a': keyword = s.startsWith("nd", pos); break;
            case 'e': keyword = s.startsWith("lse", pos); break;
            case 'f': keyword = s.startsWith("or", pos); break;
            case 'i': keyword = peek(0) == 'f' || peek(0) == 'n' || peek(0) == 's'; break;
            case 'o': keyword = s.startsWith("r", pos); break;
            case 'n': keyword = s.startsWith("ot", pos); break;
            default: keyword = false;
        }
        if (!keyword && c != -1 && isIdentifierChar(c)) {
            backup();
            throw numberError("invalid " + kind + " literal");
        }
    }
}
