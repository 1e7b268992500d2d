package org.armjit.lang.compile;

import org.armjit.lang.PySyntaxError;
import org.armjit.lang.ast.Arguments;
import org.armjit.lang.ast.Expr;
import org.armjit.lang.ast.Module;
import org.armjit.lang.ast.Node;
import org.armjit.lang.ast.Pos;
import org.armjit.lang.ast.Stmt;
import org.armjit.lang.lexer.SourceText;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Python's scoping rules: collects each scope's bindings, uses and global/nonlocal
 * declarations (raising CPython's symtable errors), then resolves every name to local,
 * cell, free, or global, adding cells to binders and free variables to every scope in
 * between (class bodies pass free variables through too).
 */
final class SymbolTable {
    private final SourceText src;
    final Map<Node, Scope> scopes = new IdentityHashMap<>();
    final Scope module;
    private Scope cur;

    private SymbolTable(SourceText src, Module m) {
        this.src = src;
        this.module = new Scope(Scope.Kind.MODULE, "<module>", null, null);
        this.cur = module;
        for (Stmt s : m.body()) stmt(s);
    }

    static SymbolTable build(SourceText src, Module m) {
        SymbolTable st = new SymbolTable(src, m);
        st.analyze(st.module);
        return st;
    }

    Scope scopeOf(Node n) {
        return scopes.get(n);
    }

    private PySyntaxError error(String msg, Pos at) {
        return src.syntaxError(msg, at.line(), at.col() + 1, at.endLine(), at.endCol() + 1);
    }

    /** CPython's compile-time recursion limit, counted over statements and expressions. */
    private final NestingDepth nesting = new NestingDepth();

    private Scope enter(Scope.Kind kind, String name, Node node) {
        Scope s = new Scope(kind, name, cur, node);
        cur.children.add(s);
        scopes.put(node, s);
        cur = s;
        return s;
    }

    private void leave() {
        cur = cur.parent;
    }

    // ------------------------------------------------------------------ collection

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        nesting.enter();
        try {
            stmtNode(s);
        } finally {
            nesting.leave();
        }
    }

    private void stmtNode(Stmt s) {
        if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            for (Expr t : a.targets()) target(t);
        } else if (s instanceof Stmt.AugAssign a) {
            if (a.target() instanceof Expr.Name n) {
                use(n.id());
                bind(n.id());
            } else {
                expr(a.target());
            }
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) expr(a.value());
            target(a.target());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.For f) {
            expr(f.iter());
            target(f.target());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.Return r) {
            if (r.value() != null) expr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) target(t);
        } else if (s instanceof Stmt.Global g) {
            declare(g.names(), g.pos(), true);
        } else if (s instanceof Stmt.Nonlocal n) {
            if (cur.kind == Scope.Kind.MODULE) throw error("nonlocal declaration not allowed at module level", n.pos());
            declare(n.names(), n.pos(), false);
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            if (a.msg() != null) expr(a.msg());
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) expr(r.exc());
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            for (Stmt.ExceptHandler h : t.handlers()) {
                if (h.type() != null) expr(h.type());
                if (h.name() != null) bind(h.name());
                stmts(h.body());
            }
            stmts(t.orelse());
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Import im) {
            for (Stmt.Alias a : im.names()) {
                String n = a.asname() != null ? a.asname() : a.name().split("\\.")[0];
                bind(n);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            for (Stmt.Alias a : im.names()) bind(a.asname() != null ? a.asname() : a.name());
        } else if (s instanceof Stmt.FunctionDef f) {
            for (Expr d : f.decorators()) expr(d);
            for (Expr d : f.args().defaults()) expr(d);
            for (Expr d : f.args().kwDefaults()) expr(d);
            bind(f.name());
            enter(Scope.Kind.FUNCTION, f.name(), f);
            params(f.args());
            stmts(f.body());
            leave();
        } else if (s instanceof Stmt.With w) {
            for (Stmt.WithItem item : w.items()) {
                expr(item.context());
                if (item.target() != null) target(item.target());
            }
            stmts(w.body());
        } else if (s instanceof Stmt.ClassDef c) {
            for (Expr d : c.decorators()) expr(d);
            for (Expr b : c.bases()) expr(b);
            bind(c.name());
            enter(Scope.Kind.CLASS, c.name(), c);
            stmts(c.body());
            leave();
        }
        // Pass, Break, Continue: nothing
    }

    private void params(Arguments args) {
        for (Arguments.Arg a : args.all()) {
            if ((cur.flagsOf(a.name()) & Scope.DEF_PARAM) != 0) {
                throw error("duplicate argument '" + a.name() + "' in function definition", a.pos());
            }
            cur.add(a.name(), Scope.DEF_PARAM);
            cur.params.add(a.name());
        }
    }

    private void declare(List<String> names, Pos at, boolean global) {
        String what = global ? "global" : "nonlocal";
        for (String n : names) {
            int f = cur.flagsOf(n);
            if ((f & (Scope.DEF_PARAM | Scope.DEF_LOCAL | Scope.USE)) != 0) {
                String msg;
                if ((f & Scope.DEF_PARAM) != 0) msg = "name '" + n + "' is parameter and " + what;
                else if ((f & Scope.USE) != 0) msg = "name '" + n + "' is used prior to " + what + " declaration";
                else msg = "name '" + n + "' is assigned to before " + what + " declaration";
                throw error(msg, at);
            }
            if (global && (f & Scope.DEF_NONLOCAL) != 0) throw error("name '" + n + "' is nonlocal and global", at);
            if (!global && (f & Scope.DEF_GLOBAL) != 0) throw error("name '" + n + "' is nonlocal and global", at);
            cur.add(n, global ? Scope.DEF_GLOBAL : Scope.DEF_NONLOCAL);
            if (!global) nonlocalSites.computeIfAbsent(cur, k -> new java.util.HashMap<>()).put(n, at);
        }
    }

    /** Where each nonlocal was declared, for "no binding" errors found during analysis. */
    private final Map<Scope, Map<String, Pos>> nonlocalSites = new IdentityHashMap<>();

    private void bind(String n) {
        cur.add(n, Scope.DEF_LOCAL);
    }

    private void use(String n) {
        cur.add(n, Scope.USE);
    }

    private void target(Expr t) {
        if (t instanceof Expr.Name n) {
            bind(n.id());
        } else if (t instanceof Expr.Tuple tu) {
            for (Expr e : tu.elts()) target(e);
        } else if (t instanceof Expr.ListExpr l) {
            for (Expr e : l.elts()) target(e);
        } else if (t instanceof Expr.Starred st) {
            target(st.value());
        } else {
            expr(t); // attribute / subscript: their parts are loads
        }
    }

    private void expr(Expr e) {
        nesting.enter();
        try {
            exprNode(e);
        } finally {
            nesting.leave();
        }
    }

    private void exprNode(Expr e) {
        if (e == null) return;
        if (e instanceof Expr.Name n) {
            use(n.id());
            if (n.id().equals("super") && cur.kind == Scope.Kind.FUNCTION) use("__class__");
        } else if (e instanceof Expr.Constant) {
            // nothing
        } else if (e instanceof Expr.JoinedStr j) {
            for (Expr v : j.values()) expr(v);
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            expr(f.spec());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.BoolOp b) {
            for (Expr v : b.values()) expr(v);
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            for (Expr v : c.comparators()) expr(v);
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            for (Expr a : c.args()) expr(a);
            for (Expr.Keyword k : c.keywords()) expr(k.value());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Expr.Tuple t) {
            for (Expr v : t.elts()) expr(v);
        } else if (e instanceof Expr.ListExpr l) {
            for (Expr v : l.elts()) expr(v);
        } else if (e instanceof Expr.Dict d) {
            for (int i = 0; i < d.keys().size(); i++) {
                if (d.keys().get(i) != null) expr(d.keys().get(i));
                expr(d.values().get(i));
            }
        } else if (e instanceof Expr.Lambda l) {
            for (Expr d : l.args().defaults()) expr(d);
            for (Expr d : l.args().kwDefaults()) expr(d);
            enter(Scope.Kind.FUNCTION, "<lambda>", l);
            params(l.args());
            expr(l.body());
            leave();
        } else if (e instanceof Expr.ListComp lc) {
            comprehension(lc, "<listcomp>", lc.generators(), List.of(lc.elt()));
        } else if (e instanceof Expr.DictComp dc) {
            comprehension(dc, "<dictcomp>", dc.generators(), List.of(dc.key(), dc.value()));
        } else if (e instanceof Expr.SetComp sc) {
            comprehension(sc, "<setcomp>", sc.generators(), List.of(sc.elt()));
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(g, "<genexpr>", g.generators(), List.of(g.elt()));
            scopes.get(g).generator = true;
        } else if (e instanceof Expr.SetExpr se) {
            for (Expr v : se.elts()) expr(v);
        } else if (e instanceof Expr.Starred st) {
            expr(st.value());
        } else if (e instanceof Expr.Yield y) {
            yieldIn(y.pos());
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldIn(y.pos());
            expr(y.value());
        }
    }

    /** A yield makes the enclosing function a generator; elsewhere it is CPython's error. */
    private void yieldIn(Pos at) {
        if (cur.kind != Scope.Kind.FUNCTION) throw error("'yield' outside function", at);
        if (cur.name.startsWith("<") && !cur.name.equals("<lambda>")) {
            throw error("'yield' inside " + cur.name.substring(1, cur.name.length() - 1).replace("comp", " comprehension")
                    .replace("genexpr", "generator expression"), at);
        }
        cur.generator = true;
    }

    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, List<Expr> results) {
        expr(gens.get(0).iter()); // evaluated in the enclosing scope
        enter(Scope.Kind.FUNCTION, name, node);
        cur.add(".0", Scope.DEF_PARAM);
        cur.params.add(".0");
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i > 0) expr(g.iter());
            target(g.target());
            for (Expr cond : g.ifs()) expr(cond);
        }
        for (Expr r : results) expr(r);
        leave();
    }

    // ------------------------------------------------------------------ analysis

    private void analyze(Scope s) {
        for (Map.Entry<String, Integer> e : s.flags.entrySet()) {
            String n = e.getKey();
            int f = e.getValue();
            Scope.Access a;
            if (s.kind == Scope.Kind.MODULE) {
                a = (f & Scope.DEF_GLOBAL) != 0 ? Scope.Access.GLOBAL_EXPLICIT : Scope.Access.GLOBAL_IMPLICIT;
            } else if ((f & Scope.DEF_GLOBAL) != 0) {
                a = Scope.Access.GLOBAL_EXPLICIT;
            } else if ((f & Scope.DEF_NONLOCAL) != 0) {
                Scope binder = findBinder(s, n);
                if (binder == null) {
                    Pos at = nonlocalSites.get(s).get(n);
                    throw error("no binding for nonlocal '" + n + "' found", at);
                }
                capture(s, binder, n);
                a = Scope.Access.FREE;
            } else if ((f & (Scope.DEF_LOCAL | Scope.DEF_PARAM)) != 0) {
                a = Scope.Access.LOCAL;
            } else {
                Scope binder = findBinder(s, n);
                if (binder != null) {
                    capture(s, binder, n);
                    a = Scope.Access.FREE;
                } else {
                    a = Scope.Access.GLOBAL_IMPLICIT;
                }
            }
            s.access.put(n, a);
        }
        for (Scope c : s.children) analyze(c);
        // cells are known once all children are analyzed
        for (String n : s.cells) {
            if (s.access.get(n) == Scope.Access.LOCAL && s.kind == Scope.Kind.FUNCTION) s.access.put(n, Scope.Access.CELL);
        }
    }

    /**
     * The enclosing function scope that binds {@code n} (class bodies are skipped, except
     * that the nearest class provides the implicit __class__), or null.
     */
    private Scope findBinder(Scope s, String n) {
        for (Scope p = s.parent; p != null && p.kind != Scope.Kind.MODULE; p = p.parent) {
            if (p.kind == Scope.Kind.CLASS) {
                if (n.equals("__class__")) return p;
                continue;
            }
            int f = p.flagsOf(n);
            if ((f & Scope.DEF_GLOBAL) != 0) return null;
            if ((f & (Scope.DEF_LOCAL | Scope.DEF_PARAM | Scope.DEF_NONLOCAL)) != 0) return p;
        }
        return null;
    }

    /** {@code n} is free in {@code s} and bound in {@code binder}: free in between, a cell there. */
    private void capture(Scope s, Scope binder, String n) {
        for (Scope p = s; p != binder; p = p.parent) p.frees.add(n);
        if (binder.kind == Scope.Kind.CLASS) {
            binder.needsClassCell = true;
            binder.cells.add(n);
        } else if ((binder.flagsOf(n) & Scope.DEF_NONLOCAL) != 0) {
            // the binder itself gets it from further out; resolved when the binder is analyzed
            binder.frees.add(n);
            Scope outer = findBinder(binder, n);
            if (outer != null) capture(binder, outer, n);
        } else {
            binder.cells.add(n);
        }
    }
}
