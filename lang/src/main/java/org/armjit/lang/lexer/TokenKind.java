package org.armjit.lang.lexer;

/** Kinds of tokens; keywords are NAMEs that the parser recognises by text. */
public enum TokenKind {
    NAME, NUMBER, IMAGINARY, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER,
    /** A character that starts no token ({@code $ ? `}, a lone {@code !}): the parser reports invalid syntax. */
    ERRORTOKEN,
    /** End of input inside brackets or after a backslash; value is the innermost open {@link Bracket} or null. */
    EOF_ERROR
}
