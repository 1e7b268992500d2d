package org.armjit.lang.lexer;

/** An open bracket the lexer is inside: which character, where (1-based line, 0-based column). */
public record Bracket(char ch, int line, int col) {
}
