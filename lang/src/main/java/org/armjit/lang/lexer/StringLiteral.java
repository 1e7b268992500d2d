package org.armjit.lang.lexer;

/**
 * A string token's parts: lower-case prefix ("", "r", "f", "rf", "b", "u", ...), quote
 * character, whether triple-quoted, and the raw body between the quotes with the position
 * of its first character.
 */
public record StringLiteral(String prefix, char quote, boolean triple, String body, int bodyLine, int bodyCol) {
    public boolean isRaw() { return prefix.indexOf('r') >= 0; }
    public boolean isFormat() { return prefix.indexOf('f') >= 0; }
    public boolean isBytes() { return prefix.indexOf('b') >= 0; }
}
