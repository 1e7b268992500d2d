package org.armjit.lang.ast;

import java.util.List;

/** Parameters of a def or lambda: names in order, and the defaults of the last ones. */
public record Arguments(List<Arg> args, List<Expr> defaults) {
    public record Arg(Pos pos, String name) implements Node {}
}
