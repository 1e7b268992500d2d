package org.armjit.lang.ast;

/** Source range of a node: 1-based lines, 0-based columns, end exclusive (CPython's ast positions). */
public record Pos(int line, int col, int endLine, int endCol) {
    /** From the start of {@code a} to the end of {@code b}. */
    public static Pos span(Pos a, Pos b) {
        return new Pos(a.line, a.col, b.endLine, b.endCol);
    }
}
