package org.armjit.lang.ast;

import java.util.List;

/**
 * Parameters of a def or lambda: positional names in order and the defaults of the last
 * ones; then {@code *vararg} (or null), keyword-only names with their defaults (null where
 * required), and {@code **kwarg} (or null).
 */
public record Arguments(List<Arg> args, List<Expr> defaults, Arg vararg, List<Arg> kwonly, List<Expr> kwDefaults,
                        Arg kwarg) {
    public Arguments(List<Arg> args, List<Expr> defaults) {
        this(args, defaults, null, List.of(), List.of(), null);
    }

    /** Every parameter name in frame-slot order: positional, keyword-only, *args, **kwargs. */
    public List<Arg> all() {
        java.util.ArrayList<Arg> r = new java.util.ArrayList<>(args);
        r.addAll(kwonly);
        if (vararg != null) r.add(vararg);
        if (kwarg != null) r.add(kwarg);
        return r;
    }

    public record Arg(Pos pos, String name) implements Node {}
}
