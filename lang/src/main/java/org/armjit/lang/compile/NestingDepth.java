package org.armjit.lang.compile;

import org.armjit.lang.CompileLimitError;

/**
 * CPython 3.11's compile-time recursion limit: its AST optimizer and symbol table count one
 * level per statement and expression node they enter and give up past the recursion limit
 * (1000) times COMPILER_STACK_FRAME_SCALE (3). The symbol table walk counts the same way, so
 * a tree it accepts is shallow enough for every later recursive pass.
 */
final class NestingDepth {
    static final int LIMIT = 3000;
    private int depth;

    void enter() {
        if (++depth > LIMIT) throw CompileLimitError.compilerRecursion();
    }

    void leave() {
        depth--;
    }
}
