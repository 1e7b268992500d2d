package org.armjit.lang.parser;

import org.armjit.lang.PySyntaxError;
import org.armjit.lang.ast.Expr;
import org.armjit.lang.ast.Pos;
import org.armjit.lang.lexer.SourceText;
import org.armjit.lang.lexer.StringDecoder;
import org.armjit.lang.lexer.StringLiteral;
import org.armjit.lang.lexer.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an f-string token into literal parts and replacement fields, as CPython 3.11's
 * string parser does: {{ and }} are braces, a field is {expr[=][!conv][:spec]} where the
 * spec may itself hold fields (two levels at most), and each expression is parsed from
 * its own text wrapped in parentheses. Errors carry CPython's "f-string: ..." messages.
 */
final class FStrings {
    private final Parser parser;
    private final Token tok;
    private final StringLiteral lit;
    private final String body;
    private int i;

    FStrings(Parser parser, Token tok) {
        this.parser = parser;
        this.tok = tok;
        this.lit = (StringLiteral) tok.value();
        this.body = lit.body();
    }

    List<Expr> parse() {
        i = 0;
        return parts(0);
    }

    /** CPython reports f-string scanning errors just past the string token. */
    private PySyntaxError error(String msg) {
        return parser.src.syntaxError(msg, tok.endLine(), tok.endCol() + 1, tok.endLine(), tok.endCol() + 1);
    }

    static String decodeLiteral(Parser parser, Token tok, String raw) {
        try {
            return StringDecoder.decode(raw, ((StringLiteral) tok.value()).isRaw());
        } catch (StringDecoder.BadEscape e) {
            throw parser.src.syntaxError(e.getMessage(), tok.endLine(), tok.endCol() + 1, tok.endLine(), tok.endCol() + 1);
        }
    }

    /** Literals and fields until the end of the body (level 0) or an unmatched '}' (format specs). */
    private List<Expr> parts(int level) {
        List<Expr> out = new ArrayList<>();
        StringBuilder raw = new StringBuilder();
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\\' && !lit.isRaw() && i + 1 < body.length()) {
                char n = body.charAt(i + 1);
                if (n == 'N' && i + 2 < body.length() && body.charAt(i + 2) == '{') {
                    int close = body.indexOf('}', i);
                    if (close > 0) {
                        raw.append(body, i, close + 1);
                        i = close + 1;
                        continue;
                    }
                }
                raw.append(c);
                i++;
                if (n != '{' && n != '}') {
                    raw.append(n);
                    i++;
                }
                continue;
            }
            if (c == '{') {
                if (level == 0 && i + 1 < body.length() && body.charAt(i + 1) == '{') {
                    raw.append('{');
                    i += 2;
                    continue;
                }
                flush(out, raw);
                i++;
                field(out, level);
                continue;
            }
            if (c == '}') {
                if (level > 0) break;
                if (i + 1 < body.length() && body.charAt(i + 1) == '}') {
                    raw.append('}');
                    i += 2;
                    continue;
                }
                throw error("f-string: single '}' is not allowed");
            }
            raw.append(c);
            i++;
        }
        flush(out, raw);
        return out;
    }

    private void flush(List<Expr> out, StringBuilder raw) {
        if (raw.length() == 0) return;
        String s = decodeLiteral(parser, tok, raw.toString());
        out.add(new Expr.Constant(Parser.pos(tok), s));
        raw.setLength(0);
    }

    /** After the '{' of a replacement field. */
    private void field(List<Expr> out, int level) {
        if (level >= 2) throw error("f-string: expressions nested too deeply");
        int start = i;
        int nested = 0;
        char[] stack = new char[200];
        char quote = 0;
        boolean triple = false;
        while (i < body.length()) {
            char ch = body.charAt(i);
            if (ch == '\\') throw error("f-string expression part cannot include a backslash");
            if (quote != 0) {
                if (ch == quote) {
                    if (!triple) {
                        quote = 0;
                    } else if (body.startsWith("" + ch + ch + ch, i)) {
                        quote = 0;
                        i += 2;
                    }
                }
                i++;
                continue;
            }
            if (ch == '\'' || ch == '"') {
                quote = ch;
                triple = body.startsWith("" + ch + ch + ch, i);
                i += triple ? 3 : 1;
                continue;
            }
            if (ch == '[' || ch == '(' || ch == '{') {
                if (nested >= 200) throw error("f-string: too many nested parenthesis");
                stack[nested++] = ch;
                i++;
                continue;
            }
            if (ch == '#') throw error("f-string expression part cannot include '#'");
            if (nested == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '<' || ch == '>')) {
                char n = i + 1 < body.length() ? body.charAt(i + 1) : 0;
                if (n == '=' && ch != ':' && ch != '}') {
                    i += 2; // != == <= >=
                    continue;
                }
                if (ch == '<' || ch == '>') {
                    i++;
                    continue;
                }
                break;
            }
            if (ch == ']' || ch == ')' || ch == '}') {
                if (nested == 0) throw error("f-string: unmatched '" + ch + "'");
                char open = stack[--nested];
                if (!(open == '(' && ch == ')' || open == '[' && ch == ']' || open == '{' && ch == '}')) {
                    throw error("f-string: closing parenthesis '" + ch + "' does not match opening parenthesis '" + open + "'");
                }
            }
            i++;
        }
        if (quote != 0) throw error("f-string: unterminated string");
        if (nested > 0) throw error("f-string: unmatched '" + stack[nested - 1] + "'");
        if (i >= body.length()) throw error("f-string: expecting '}'");
        String text = body.substring(start, i);
        if (text.isBlank()) throw error("f-string: empty expression not allowed");
        Expr value = expression(text, start);
        boolean selfDoc = false;
        if (body.charAt(i) == '=') {
            i++;
            while (i < body.length() && Character.isWhitespace(body.charAt(i))) i++;
            selfDoc = true;
            out.add(new Expr.Constant(Parser.pos(tok), body.substring(start, i)));
            if (i >= body.length()) throw error("f-string: expecting '}'");
        }
        int conversion = -1;
        if (body.charAt(i) == '!') {
            i++;
            if (i >= body.length()) throw error("f-string: expecting '}'");
            conversion = body.charAt(i);
            i++;
            if (conversion != 's' && conversion != 'r' && conversion != 'a') {
                throw error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            }
            if (conversion == 'a') throw parser.unsupported("!a", Parser.pos(tok));
        }
        Expr spec = null;
        if (i < body.length() && body.charAt(i) == ':') {
            i++;
            List<Expr> specParts = parts(level + 1);
            spec = new Expr.JoinedStr(Parser.pos(tok), mergeConstants(specParts));
        }
        if (i >= body.length() || body.charAt(i) != '}') throw error("f-string: expecting '}'");
        i++;
        if (selfDoc && conversion == -1 && spec == null) conversion = 'r';
        out.add(new Expr.FormattedValue(value.pos(), value, conversion, spec));
    }

    /**
     * Parses the field's expression from its own text, padded so that node positions are
     * those in the file; errors are reported like CPython's, on the text "(expr)".
     */
    private Expr expression(String text, int offsetInBody) {
        int line = lit.bodyLine(), col = lit.bodyCol();
        for (int k = 0; k < offsetInBody; k++) {
            if (body.charAt(k) == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
        // the '(' sits just before the expression's first character
        int padCol = col - 1;
        String padded = "\n".repeat(line - 1) + " ".repeat(Math.max(padCol, 0)) + "(" + text + ")";
        SourceText sub = new SourceText(padded, parser.src.filename);
        try {
            return Parser.parseExpression(sub);
        } catch (PySyntaxError e) {
            int shift = Math.max(padCol, 0);
            int col1 = e.column() > 0 ? e.column() - shift : e.column();
            int end1 = e.endColumn() > 0 ? e.endColumn() - shift : e.endColumn();
            String message = e.message().startsWith("f-string") || e.message().endsWith("is not supported by armjit")
                    ? e.message() : "f-string: " + e.message();
            if (e.message().endsWith("is not supported by armjit")) {
                throw new PySyntaxError(e.type(), message, e.filename(), e.line(), e.column(), e.endLine(), e.endColumn(),
                        parser.src.line(e.line()));
            }
            return throwRelocated(e, message, col1, end1, "(" + text + ")");
        }
    }

    private static Expr throwRelocated(PySyntaxError e, String message, int col, int end, String sourceLine) {
        throw new PySyntaxError(e.type(), message, e.filename(), e.line(), col, e.endLine(), end, sourceLine);
    }

    /** Joins adjacent constant parts and drops empty ones. */
    static List<Expr> mergeConstants(List<Expr> values) {
        List<Expr> out = new ArrayList<>();
        for (Expr v : values) {
            if (v instanceof Expr.Constant c && c.value() instanceof String s) {
                if (s.isEmpty()) continue;
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Expr.Constant prev && prev.value() instanceof String ps) {
                    out.set(out.size() - 1, new Expr.Constant(Pos.span(prev.pos(), c.pos()), ps + s));
                    continue;
                }
            }
            out.add(v);
        }
        return out;
    }
}
