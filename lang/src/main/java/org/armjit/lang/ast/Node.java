package org.armjit.lang.ast;

/** Every AST node knows its source range. */
public interface Node {
    Pos pos();
}
