package org.armjit.lang.lexer;

/**
 * One token. Lines are 1-based, columns 0-based character offsets (end exclusive), as in
 * CPython's tokenizer. {@code value}: Long/BigInteger/Double for numbers, a
 * {@link StringLiteral} for strings, the open {@link Bracket} for EOF_ERROR.
 */
public record Token(TokenKind kind, String text, Object value, int line, int col, int endLine, int endCol) {
    public boolean is(TokenKind k, String t) {
        return kind == k && text.equals(t);
    }

    public boolean isOp(String t) {
        return kind == TokenKind.OP && text.equals(t);
    }

    public boolean isName(String t) {
        return kind == TokenKind.NAME && text.equals(t);
    }

    @Override
    public String toString() {
        return kind + "(" + text.replace("\n", "\\n") + ")@" + line + ":" + col;
    }
}
