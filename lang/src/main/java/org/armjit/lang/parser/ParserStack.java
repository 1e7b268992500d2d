package org.armjit.lang.parser;

import org.armjit.lang.CompileLimitError;

/**
 * A model of CPython 3.11's parser stack limit (pegen's MAXSTACK, 6000 rule levels; past it
 * the parse fails with MemoryError). Our parser descends through fewer functions than
 * pegen's rules, so each recursive construct is charged what it costs pegen, measured on
 * CPython 3.11.7: the rules a statement and an innermost operand pass through
 * ({@link #BASE}), one level per unary operator, 'not' and conditional expression, two per
 * '**' and lambda, 28 per bracket display or parenthesis (10 for the outermost, whose
 * contents pegen reaches by a shorter path than a statement's), 22 per call or subscript.
 * Exact for chains of one construct, close for mixtures.
 */
final class ParserStack {
    static final int MAXSTACK = 6000;
    static final int BASE = 32;
    static final int UNARY = 1;
    static final int POWER = 2;
    static final int LAMBDA = 2;
    static final int CONDITIONAL = 1;
    static final int BRACKET = 28;
    static final int OUTERMOST_BRACKET = 10;
    static final int TRAILER = 22;

    private int level = BASE;
    private int brackets;

    /** Enters a parenthesis or a list, dict or set display; leave with {@link #leaveBracket}. */
    void enterBracket() {
        enter(brackets++ == 0 ? OUTERMOST_BRACKET : BRACKET);
    }

    void leaveBracket() {
        leave(--brackets == 0 ? OUTERMOST_BRACKET : BRACKET);
    }

    void enter(int cost) {
        level += cost;
        if (level >= MAXSTACK) throw CompileLimitError.parserStack();
    }

    void leave(int cost) {
        level -= cost;
    }
}
