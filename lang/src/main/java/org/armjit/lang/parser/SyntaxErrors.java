package org.armjit.lang.parser;

import org.armjit.lang.PySyntaxError;
import org.armjit.lang.ast.Expr;
import org.armjit.lang.ast.Pos;
import org.armjit.lang.ast.Stmt;
import org.armjit.lang.bytecode.Const;
import org.armjit.lang.lexer.Token;
import org.armjit.lang.lexer.TokenKind;

import java.util.List;

/**
 * CPython 3.11's specific messages for common mistakes (its grammar's invalid_* rules):
 * invalid assignment and deletion targets, '=' written for '==', a missing comma inside
 * brackets, Python 2 print statements.
 */
final class SyntaxErrors {
    private final Parser p;

    SyntaxErrors(Parser p) {
        this.p = p;
    }

    /** CPython's _PyPegen_get_expr_name: how messages name an expression. */
    static String exprName(Expr e) {
        if (e instanceof Expr.Attribute) return "attribute";
        if (e instanceof Expr.Subscript) return "subscript";
        if (e instanceof Expr.Name) return "name";
        if (e instanceof Expr.ListExpr) return "list";
        if (e instanceof Expr.Tuple) return "tuple";
        if (e instanceof Expr.Lambda) return "lambda";
        if (e instanceof Expr.Call) return "function call";
        if (e instanceof Expr.BoolOp || e instanceof Expr.BinOp || e instanceof Expr.UnaryOp) return "expression";
        if (e instanceof Expr.ListComp) return "list comprehension";
        if (e instanceof Expr.DictComp) return "dict comprehension";
        if (e instanceof Expr.Dict) return "dict literal";
        if (e instanceof Expr.JoinedStr || e instanceof Expr.FormattedValue) return "f-string expression";
        if (e instanceof Expr.Compare) return "comparison";
        if (e instanceof Expr.IfExp) return "conditional expression";
        if (e instanceof Expr.Constant c) {
            if (c.value() == Const.NONE) return "None";
            if (Boolean.TRUE.equals(c.value())) return "True";
            if (Boolean.FALSE.equals(c.value())) return "False";
            return "literal";
        }
        return "expression";
    }

    /** The first sub-expression that cannot be assigned to, or null. */
    static Expr firstInvalidTarget(Expr e) {
        if (e instanceof Expr.Name || e instanceof Expr.Attribute || e instanceof Expr.Subscript) return null;
        if (e instanceof Expr.Starred st) return firstInvalidTarget(st.value());
        List<Expr> elts = e instanceof Expr.Tuple t ? t.elts() : e instanceof Expr.ListExpr l ? l.elts() : null;
        if (elts == null) return e;
        for (Expr x : elts) {
            Expr bad = firstInvalidTarget(x);
            if (bad != null) return bad;
        }
        return null;
    }

    /** A for/comprehension target or del target. */
    void checkTarget(Expr target, String verb) {
        Expr bad = firstInvalidTarget(target);
        if (bad != null) {
            String what = verb.equals("delete") ? "cannot delete " : "cannot assign to ";
            throw p.error(what + exprName(bad), bad.pos());
        }
    }

    /** Whether CPython's bitwise_or rule would parse all of {@code e} (no comparison, not, and/or, if-else, lambda, tuple). */
    private static boolean isBitwiseOrLevel(Expr e) {
        if (e instanceof Expr.Compare || e instanceof Expr.BoolOp || e instanceof Expr.IfExp || e instanceof Expr.Lambda) {
            return false;
        }
        if (e instanceof Expr.UnaryOp u && u.op().equals("not")) return false;
        return !(e instanceof Expr.Tuple t && !t.parenthesized());
    }

    /** The bitwise_or expression that starts {@code e}. */
    private static Expr leftmostBitwiseOr(Expr e) {
        while (!isBitwiseOrLevel(e)) {
            if (e instanceof Expr.Tuple t) e = t.elts().get(0);
            else if (e instanceof Expr.Compare c) e = c.left();
            else if (e instanceof Expr.BoolOp b) e = b.values().get(0);
            else if (e instanceof Expr.IfExp i) e = i.body();
            else return e;
        }
        return e;
    }

    private static boolean isExcludedFromHereMessage(Expr e) {
        if (e instanceof Expr.ListExpr || e instanceof Expr.Tuple) return true;
        return e instanceof Expr.Constant c && (c.value() == Const.NONE || c.value() instanceof Boolean);
    }

    /** {@code t1 = t2 = ... = value}. */
    void checkAssignTargets(List<Expr> targets, Expr value) {
        for (int i = 0; i < targets.size(); i++) {
            Expr t = targets.get(i);
            Expr bad = firstInvalidTarget(t);
            if (bad == null) continue;
            if (i == 0) {
                // invalid_named_expression, reached on the first target's last element
                List<Expr> elems = t instanceof Expr.Tuple tu && !tu.parenthesized() ? tu.elts() : List.of(t);
                Expr last = elems.get(elems.size() - 1);
                Expr rhs = targets.size() > 1 ? targets.get(1) : value;
                boolean rhsFollowedByEquals = targets.size() > 1 && isBitwiseOrLevel(rhs);
                if (!rhsFollowedByEquals && isBitwiseOrLevel(last)) {
                    if (last instanceof Expr.Name) {
                        if (elems.size() > 1) {
                            throw p.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                                    Pos.span(last.pos(), leftmostBitwiseOr(rhs).pos()));
                        }
                    } else if (!isExcludedFromHereMessage(last)) {
                        throw p.error("cannot assign to " + exprName(last) + " here. Maybe you meant '==' instead of '='?",
                                last.pos());
                    }
                }
            }
            throw p.error("cannot assign to " + exprName(bad), bad.pos());
        }
    }

    void checkAugTarget(Expr target) {
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw p.error("'" + exprName(target) + "' is an illegal expression for augmented assignment", target.pos());
        }
    }

    void checkAnnotationTarget(Expr target) {
        if (target instanceof Expr.Tuple || target instanceof Expr.ListExpr) {
            throw p.error("only single target (not " + exprName(target) + ") can be annotated", target.pos());
        }
        if (!(target instanceof Expr.Name || target instanceof Expr.Attribute || target instanceof Expr.Subscript)) {
            throw p.error("illegal target for annotation", target.pos());
        }
    }

    /** A named expression followed by '=': CPython suggests '==' (invalid_named_expression). */
    void assignmentInExpression(Expr e) {
        if (!isBitwiseOrLevel(e)) return;
        int mark = p.mark(), depth = p.depth(), furthest = p.furthest();
        Expr rhs = null;
        boolean followedByEquals = true;
        try {
            p.next();
            rhs = p.bitwiseOr();
            followedByEquals = p.atOp("=") || p.atOp(":=");
        } catch (PySyntaxError ex) {
            if (isEndOfInput(ex)) throw ex;
            rhs = null;
        } finally {
            p.reset(mark, depth);
            p.setFurthest(furthest);
        }
        if (rhs == null || followedByEquals) return;
        if (e instanceof Expr.Name) {
            throw p.error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", Pos.span(e.pos(), rhs.pos()));
        }
        if (!isExcludedFromHereMessage(e)) {
            throw p.error("cannot assign to " + exprName(e) + " here. Maybe you meant '==' instead of '='?", e.pos());
        }
    }

    /**
     * Inside brackets, an element directly followed by another expression:
     * "invalid syntax. Perhaps you forgot a comma?" over both. Returns normally when the
     * rule does not apply (the caller then reports a generic error).
     */
    void forgotComma(Expr a) {
        Token next = p.peek();
        if (p.depth() == 0 || !Parser.startsExpression(next) || next.isOp("*")
                || next.isName("yield") || next.isName("await")) {
            return;
        }
        if (a instanceof Expr.Name n && (next.kind() == TokenKind.STRING || n.id().equals("print") || n.id().equals("exec"))) {
            return;
        }
        Expr b = speculate(false);
        if (b != null) {
            throw p.error("invalid syntax. Perhaps you forgot a comma?", Pos.span(a.pos(), b.pos()));
        }
    }

    /** A simple statement not followed by ';' or a newline. */
    PySyntaxError afterSimpleStatement(Stmt s) {
        if (s instanceof Stmt.ExprStmt es && es.value() instanceof Expr.Name n
                && (n.id().equals("print") || n.id().equals("exec")) && Parser.startsExpression(p.peek())
                && !p.atOp("(")) {
            Expr b = speculate(true);
            if (b != null) {
                return p.error("Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?",
                        Pos.span(n.pos(), b.pos()));
            }
        }
        return p.invalidSyntax();
    }

    /** Tries to parse an expression here without consuming it; null when that fails. */
    private Expr speculate(boolean tuple) {
        int mark = p.mark(), depth = p.depth(), furthest = p.furthest();
        try {
            return tuple ? p.starExpressions() : p.expression();
        } catch (PySyntaxError e) {
            if (isEndOfInput(e)) throw e; // CPython raises these as soon as the token is read
            return null;
        } finally {
            p.reset(mark, depth);
            p.setFurthest(furthest);
        }
    }

    static boolean isEndOfInput(PySyntaxError e) {
        return e.message().endsWith("was never closed") || e.message().equals("unexpected EOF while parsing");
    }
}
