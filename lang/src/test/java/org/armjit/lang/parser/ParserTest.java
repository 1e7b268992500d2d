package org.armjit.lang.parser;

import org.armjit.lang.ast.Expr;
import org.armjit.lang.ast.Module;
import org.armjit.lang.ast.Stmt;
import org.armjit.lang.bytecode.Const;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** AST shapes: precedence and associativity, statement forms, f-string parts, positions. */
class ParserTest {
    /** An expression as a prefix form: (op a b), names bare, constants in Python syntax. */
    static String sx(Expr e) {
        if (e instanceof Expr.Name n) return n.id();
        if (e instanceof Expr.Constant c) {
            Object v = c.value();
            return v instanceof String s ? "'" + s + "'" : v == Const.NONE ? "None" : v instanceof Boolean b ? (b ? "True" : "False") : String.valueOf(v);
        }
        if (e instanceof Expr.BinOp b) return "(" + b.op().symbol + " " + sx(b.left()) + " " + sx(b.right()) + ")";
        if (e instanceof Expr.UnaryOp u) return "(" + u.op() + " " + sx(u.operand()) + ")";
        if (e instanceof Expr.BoolOp b) return "(" + (b.isAnd() ? "and" : "or") + " " + all(b.values()) + ")";
        if (e instanceof Expr.Compare c) {
            StringBuilder sb = new StringBuilder("(cmp ").append(sx(c.left()));
            for (int i = 0; i < c.ops().size(); i++) sb.append(' ').append(c.ops().get(i).symbol).append(' ').append(sx(c.comparators().get(i)));
            return sb.append(')').toString();
        }
        if (e instanceof Expr.IfExp i) return "(if " + sx(i.test()) + " " + sx(i.body()) + " " + sx(i.orelse()) + ")";
        if (e instanceof Expr.Call c) {
            String kws = c.keywords().stream().map(k -> " " + k.arg() + "=" + sx(k.value())).collect(Collectors.joining());
            return "(call " + sx(c.func()) + (c.args().isEmpty() ? "" : " " + all(c.args())) + kws + ")";
        }
        if (e instanceof Expr.Attribute a) return "(. " + sx(a.value()) + " " + a.attr() + ")";
        if (e instanceof Expr.Subscript s) return "([] " + sx(s.value()) + " " + sx(s.slice()) + ")";
        if (e instanceof Expr.Slice s) return "(slice " + opt(s.lower()) + " " + opt(s.upper()) + " " + opt(s.step()) + ")";
        if (e instanceof Expr.Tuple t) return "(tuple" + (t.elts().isEmpty() ? "" : " " + all(t.elts())) + ")";
        if (e instanceof Expr.ListExpr l) return "(list" + (l.elts().isEmpty() ? "" : " " + all(l.elts())) + ")";
        if (e instanceof Expr.Dict d) {
            StringBuilder sb = new StringBuilder("(dict");
            for (int i = 0; i < d.keys().size(); i++) sb.append(' ').append(sx(d.keys().get(i))).append(':').append(sx(d.values().get(i)));
            return sb.append(')').toString();
        }
        if (e instanceof Expr.JoinedStr j) return "(fstr " + all(j.values()) + ")";
        if (e instanceof Expr.FormattedValue f) {
            return "(fmt " + sx(f.value()) + (f.conversion() >= 0 ? " !" + (char) f.conversion() : "") + (f.spec() != null ? " " + sx(f.spec()) : "") + ")";
        }
        if (e instanceof Expr.Lambda l) return "(lambda " + l.args().args().size() + " " + sx(l.body()) + ")";
        if (e instanceof Expr.ListComp c) return "(listcomp " + sx(c.elt()) + " " + gens(c.generators()) + ")";
        if (e instanceof Expr.DictComp c) return "(dictcomp " + sx(c.key()) + " " + sx(c.value()) + " " + gens(c.generators()) + ")";
        throw new IllegalArgumentException(e.toString());
    }

    private static String gens(List<Expr.Comprehension> gens) {
        return gens.stream().map(g -> "(for " + sx(g.target()) + " " + sx(g.iter())
                + g.ifs().stream().map(c -> " (if " + sx(c) + ")").collect(Collectors.joining()) + ")").collect(Collectors.joining(" "));
    }

    private static String opt(Expr e) {
        return e == null ? "_" : sx(e);
    }

    private static String all(List<Expr> es) {
        return es.stream().map(ParserTest::sx).collect(Collectors.joining(" "));
    }

    static Expr expr(String src) {
        Module m = Parser.parse(src + "\n", "t.py");
        return ((Stmt.ExprStmt) m.body().get(0)).value();
    }

    @Test
    void arithmeticPrecedence() {
        assertEquals("(+ 1 (* 2 3))", sx(expr("1 + 2 * 3")));
        assertEquals("(- (- a b) c)", sx(expr("a - b - c")));
        assertEquals("(| a (^ b (& c (<< d (+ e f)))))", sx(expr("a | b ^ c & d << e + f")));
        assertEquals("(% (// (/ a b) c) d)", sx(expr("a / b // c % d")));
    }

    @Test
    void powerIsRightAssociativeAndBindsTighterThanUnaryMinusOnItsLeft() {
        assertEquals("(** 2 (** 3 2))", sx(expr("2 ** 3 ** 2")));
        assertEquals("(- (** 2 2))", sx(expr("-2 ** 2")));
        assertEquals("(** 2 (- 1))", sx(expr("2 ** -1")));
        assertEquals("(** (. a b) (call c))", sx(expr("a.b ** c()")));
        assertEquals("(- (~ (+ x)))", sx(expr("-~+x")));
    }

    @Test
    void booleanOperatorsAndComparisons() {
        assertEquals("(or (and a b) (and c (not d)))", sx(expr("a and b or c and not d")));
        assertEquals("(cmp a < b <= c)", sx(expr("a < b <= c")));
        assertEquals("(cmp a not in b is not c is d in e)", sx(expr("a not in b is not c is d in e")));
        assertEquals("(not (cmp a == b))", sx(expr("not a == b")));
        assertEquals("(if c a (if d b e))", sx(expr("a if c else b if d else e")));
    }

    @Test
    void trailers() {
        assertEquals("(call (. o m) 1 k=2)", sx(expr("o.m(1, k=2)")));
        assertEquals("([] a (slice 1 _ (- 1)))", sx(expr("a[1::-1]")));
        assertEquals("([] a (slice _ _ _))", sx(expr("a[:]")));
        assertEquals("([] a (tuple 1 2))", sx(expr("a[1, 2]")));
        assertEquals("(call (call f) (. x y))", sx(expr("f()(x.y,)")));
    }

    @Test
    void displays() {
        assertEquals("(tuple)", sx(expr("()")));
        assertEquals("(tuple 1)", sx(expr("(1,)")));
        assertEquals("1", sx(expr("(1)")));
        assertEquals("(tuple 1 2)", sx(expr("1, 2")));
        assertEquals("(list 1 (list))", sx(expr("[1, []]")));
        assertEquals("(dict 'a':1 b:(tuple))", sx(expr("{'a': 1, b: ()}")));
        assertEquals("(listcomp (* x x) (for x (call range 3) (if x) (if (cmp x > 1))) (for y z))",
                sx(expr("[x * x for x in range(3) if x if x > 1 for y in z]")));
        assertEquals("(dictcomp k v (for (tuple k v) (call (. d items))))", sx(expr("{k: v for k, v in d.items()}")));
        assertEquals("(lambda 2 (+ a b))", sx(expr("lambda a, b=1: a + b")));
    }

    @Test
    void stringsConcatenateAndFStringsSplit() {
        assertEquals("'ab\n'", sx(expr("'a' \"b\\n\"")));
        assertEquals("(fstr 'x=' (fmt x) '!')", sx(expr("f'x={x}!'")));
        assertEquals("(fstr (fmt x (fstr (fmt w) '.' (fmt p) 'f')))", sx(expr("f'{x:{w}.{p}f}'")));
        assertEquals("(fstr (fmt a !r) ' ' (fmt b !s (fstr '>5')))", sx(expr("f'{a!r} {b!s:>5}'")));
        assertEquals("(fstr 'x + 1=' (fmt (+ x 1) !r))", sx(expr("f'{x + 1=}'")));
        assertEquals("(fstr '{' (fmt d) '}')", sx(expr("f'{{{d}}}'")));
        assertEquals("(fstr 'a' (fmt (cmp b != c)) 'z')", sx(expr("'a' f'{b != c}' 'z'")));
        assertEquals("(fstr (fmt ([] d 'k')))", sx(expr("f\"{d['k']}\"")));
    }

    @Test
    void negativeLiteralsStayUnaryInTheAst() {
        Expr e = expr("-5");
        assertInstanceOf(Expr.UnaryOp.class, e);
    }

    @Test
    void statementForms() {
        Module m = Parser.parse("""
                a = b = 0
                x, (y, z) = t
                n += 1
                x: int = 3
                del a[0], b.c
                for i in range(3):
                    pass
                else:
                    pass
                while x:
                    break
                try:
                    pass
                except (A, B) as e:
                    raise
                except C:
                    pass
                else:
                    pass
                finally:
                    pass
                def f(a, b: int = 2) -> int:
                    global g
                    return a
                class C(B):
                    def m(self):
                        nonlocal_name = 1
                import math, sys as s
                from math import sqrt, pi as P
                assert x, 'm'
                if a: pass
                elif b: pass
                else: pass
                """, "t.py");
        List<String> kinds = m.body().stream().map(s -> s.getClass().getSimpleName()).toList();
        assertEquals(List.of("Assign", "Assign", "AugAssign", "AnnAssign", "Delete", "For", "While", "Try", "FunctionDef",
                "ClassDef", "Import", "ImportFrom", "Assert", "If"), kinds);
        Stmt.Assign a = (Stmt.Assign) m.body().get(0);
        assertEquals(2, a.targets().size());
        Stmt.Try t = (Stmt.Try) m.body().get(7);
        assertEquals("e", t.handlers().get(0).name());
        assertEquals("(tuple A B)", sx(t.handlers().get(0).type()));
        Stmt.FunctionDef f = (Stmt.FunctionDef) m.body().get(8);
        assertEquals(1, f.args().defaults().size());
        Stmt.ImportFrom imp = (Stmt.ImportFrom) m.body().get(11);
        assertEquals("P", imp.names().get(1).asname());
        Stmt.If i = (Stmt.If) m.body().get(13);
        assertInstanceOf(Stmt.If.class, i.orelse().get(0));
    }

    @Test
    void positionsAreCPythonAstPositions() {
        Module m = Parser.parse("x = (1 +\n     foo(2,\n         3))\n", "t.py");
        Stmt.Assign a = (Stmt.Assign) m.body().get(0);
        Expr.BinOp b = (Expr.BinOp) a.value();
        assertEquals(1, b.pos().line());
        assertEquals(5, b.pos().col());
        assertEquals(3, b.pos().endLine());
        Expr.Call c = (Expr.Call) b.right();
        assertEquals(2, c.pos().line());
        assertEquals(5, c.pos().col());
        assertEquals(3, a.pos().endLine());
        assertEquals(11, a.pos().endCol());
    }

    @Test
    void fStringExpressionsKeepFilePositions() {
        Module m = Parser.parse("s = 1\nt = f'ab{x + y}'\n", "t.py");
        Expr.JoinedStr j = (Expr.JoinedStr) ((Stmt.Assign) m.body().get(1)).value();
        Expr.FormattedValue f = (Expr.FormattedValue) j.values().get(1);
        assertEquals(2, f.value().pos().line());
        assertEquals(9, f.value().pos().col());
    }
}
