package org.armjit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random valid programs in armjit's Python subset, for differential testing against CPython.
 * The same seed gives the same text on every machine ({@link java.util.Random} is specified
 * bit for bit), so the checked-in CPython outputs stay valid until {@link #VERSION} changes.
 *
 * <p>Every program is typed by construction: each variable keeps one type (int, float, str,
 * list of ints, dict of int to int, an instance of a generated class), and each expression is
 * built for a type. Values are kept bounded (ints reduced modulo a constant that is sometimes
 * a big int, floats folded back into a range, strings, lists and dicts trimmed) so a loop of a
 * few hundred iterations neither grows without bound nor overflows a float to inf. Errors are
 * raised only where a handler waits for them, so programs run to the end; a hot main loop of
 * 40 to 400 iterations and polymorphic calls and data-dependent branches in it give the JIT
 * loops, function traces, guard failures and bridges. Version 2 adds what JITs get wrong when
 * assumptions change under a running trace: globals rebound from functions, class attributes
 * changed, instance attributes added late, callees swapped (lambdas), list storage that changes
 * kind (floats, then an int; mixed lists), closures with nonlocal state, generators, tuple keys.
 */
final class RandomProgramGenerator {
    /** Bump when the generated text changes: the recorded CPython outputs are per version. */
    static final int VERSION = 2;

    enum Type { INT, FLOAT, STR, LIST, DICT, OBJ, FLIST, MLIST, TDICT, ACC, FN }

    record Var(String name, Type type) {}

    /** A generated function: its name, arity and whether calling it may raise ValueError. */
    record Fn(String name, int arity, boolean mayRaise) {}

    /** A generated class: its name and whether it has a base among the generated ones. */
    record Cls(String name, boolean subclass) {}

    private static final String[] INT_MODULI = {"1000", "65537", "2147483647", "(1 << 31) - 1", "10 ** 12", "10 ** 40", "-97", "1000003"};
    private static final String[] FLOAT_LITERALS = {"0.5", "1.25", "-2.75", "3.0", "0.1", "1e-3", "7.5", "-0.0", "12.625", "2.0"};
    private static final String[] STR_LITERALS = {"'a'", "'bc'", "'xyz'", "'Hello'", "''", "'a-b-c'", "'42'", "'é'", "\"q'r\"", "'ab ab'"};
    private static final String[] BIG_LITERALS = {"123456789012345678901234567890", "2 ** 70", "-(3 ** 45)", "10 ** 20 + 7", "1 << 62", "(1 << 30) - 1", "1 << 30"};

    private final Random rnd;
    private final List<String> lines = new ArrayList<>();
    private final List<Fn> functions = new ArrayList<>();
    private final List<Cls> classes = new ArrayList<>();
    private int indent;
    private int fresh;
    private boolean hasOops;

    /** What the statement being generated may use. */
    private static final class Scope {
        final List<Var> vars = new ArrayList<>();
        /** Read-only names: loop variables and counters that assignments must not touch. */
        final List<String> readOnlyInts = new ArrayList<>();
        /** Containers being iterated: statements in the loop body must not change their size. */
        final List<String> frozen = new ArrayList<>();
        boolean catchesValueError;
        int loopDepth;
        int blockDepth;
        /** Functions this scope may call (those defined before it). */
        int callableFunctions;
        boolean inMethod;

        Scope copy() {
            Scope s = new Scope();
            s.vars.addAll(vars);
            s.readOnlyInts.addAll(readOnlyInts);
            s.frozen.addAll(frozen);
            s.catchesValueError = catchesValueError;
            s.loopDepth = loopDepth;
            s.blockDepth = blockDepth;
            s.callableFunctions = callableFunctions;
            s.inMethod = inMethod;
            return s;
        }

        List<Var> of(Type t) {
            List<Var> r = new ArrayList<>();
            for (Var v : vars) if (v.type == t) r.add(v);
            return r;
        }

        List<Var> mutable(Type t) {
            List<Var> r = new ArrayList<>();
            for (Var v : vars) if (v.type == t && !frozen.contains(v.name)) r.add(v);
            return r;
        }
    }

    private RandomProgramGenerator(long seed) {
        this.rnd = new Random(seed * 0x9E3779B97F4A7C15L + VERSION);
    }

    /** The program for {@code seed}. */
    static String generate(long seed) {
        RandomProgramGenerator g = new RandomProgramGenerator(seed);
        g.program(seed);
        return String.join("\n", g.lines) + "\n";
    }

    private void program(long seed) {
        emit("# armjit random program: generator v" + VERSION + ", seed " + seed);
        hasOops = chance(40);
        if (hasOops) {
            emit("class Oops(Exception):");
            indent++;
            emit("pass");
            indent--;
        }
        emit("G0 = " + rnd.nextInt(50));
        emit("lams = [lambda v: v * 3 % 101, lambda v: v + 1, lambda v: -v, lambda v: v * v % 1009]");
        emit("def make_acc(start):");
        indent++;
        emit("total = start");
        emit("def add(k):");
        indent++;
        emit("nonlocal total");
        emit("total = (total " + pick("+", "*", "^") + " k) % 100003");
        emit("return total");
        indent--;
        emit("return add");
        indent--;
        emit("def gen0(n):");
        indent++;
        emit("k = 0");
        emit("while k < n:");
        indent++;
        emit("yield k * k % " + (5 + rnd.nextInt(20)));
        emit("k += 1");
        indent -= 2;
        int nClasses = 1 + rnd.nextInt(2);
        for (int c = 0; c < nClasses; c++) classDef(c);
        int nFunctions = 2 + rnd.nextInt(3);
        for (int f = 0; f < nFunctions; f++) functionDef(f);
        if (chance(50)) recursiveFunction();
        boolean inFunction = chance(65);
        if (inFunction) {
            emit("def main():");
            indent++;
            emit("global G0");
        }
        Scope s = new Scope();
        s.callableFunctions = functions.size();
        s.vars.add(new Var("G0", Type.INT));
        declare(s, Type.INT, 2 + rnd.nextInt(3), "a");
        declare(s, Type.FLOAT, 1 + rnd.nextInt(2), "x");
        declare(s, Type.STR, 1 + rnd.nextInt(2), "s");
        declare(s, Type.LIST, 1 + rnd.nextInt(2), "L");
        declare(s, Type.DICT, 1, "D");
        declare(s, Type.OBJ, 1 + rnd.nextInt(2), "o");
        if (chance(60)) declare(s, Type.FLIST, 1, "F");
        if (chance(60)) declare(s, Type.MLIST, 1, "P");
        if (chance(50)) declare(s, Type.TDICT, 1, "DT");
        if (chance(60)) declare(s, Type.ACC, 1, "acc");
        if (chance(60)) declare(s, Type.FN, 1, "fn");
        int n = 40 + rnd.nextInt(361);
        String i = "i";
        emit("for " + i + " in range(" + n + "):");
        indent++;
        Scope body = s.copy();
        body.readOnlyInts.add(i);
        body.loopDepth++;
        int stmts = 4 + rnd.nextInt(7);
        for (int k = 0; k < stmts; k++) statement(body);
        if (chance(60)) emit("if i % " + (7 + rnd.nextInt(60)) + " == 0: print(" + printList(s) + ")");
        indent--;
        for (Var v : s.vars) if (v.type != Type.FN) emit("print(" + show(v) + ")");
        if (inFunction) {
            indent--;
            emit("main()");
        }
    }

    private String printList(Scope s) {
        List<String> parts = new ArrayList<>();
        parts.add("i");
        for (Var v : s.vars) if (v.type == Type.INT || v.type == Type.FLOAT || v.type == Type.STR) parts.add(v.name);
        return String.join(", ", parts);
    }

    private String show(Var v) {
        return switch (v.type) {
            case OBJ -> "type(" + v.name + ").__name__, " + v.name + ".v, " + v.name + ".log[-4:], " + v.name + ".scale, getattr(" + v.name + ", 'extra', None)";
            case FLIST, MLIST -> v.name + ", len(" + v.name + ")";
            case TDICT -> v.name;
            case ACC -> v.name + "(0)";
            case FLOAT -> pick("repr(" + v.name + ")", v.name, "f'{" + v.name + ":.4f}'", "round(" + v.name + ", 3)");
            case LIST -> v.name + ", len(" + v.name + "), sum(" + v.name + ")";
            case DICT -> v.name + ", sorted(" + v.name + ".items())[:3]";
            default -> "repr(" + v.name + ")";
        };
    }

    private void declare(Scope s, Type t, int count, String prefix) {
        for (int k = 0; k < count; k++) {
            String name = prefix + k;
            emit(name + " = " + initial(t));
            s.vars.add(new Var(name, t));
        }
    }

    private String initial(Type t) {
        return switch (t) {
            case INT -> chance(25) ? pick(BIG_LITERALS) : Integer.toString(rnd.nextInt(200) - 50);
            case FLOAT -> pick(FLOAT_LITERALS);
            case STR -> pick(STR_LITERALS);
            case LIST -> chance(30) ? "[]" : "[" + rnd.nextInt(10) + ", " + (rnd.nextInt(100) - 20) + ", " + rnd.nextInt(7) + "]";
            case DICT -> chance(40) ? "{}" : "{" + rnd.nextInt(13) + ": " + rnd.nextInt(50) + ", " + rnd.nextInt(13) + ": -3}";
            case OBJ -> classes.get(rnd.nextInt(classes.size())).name + "(" + rnd.nextInt(20) + ")";
            case FLIST -> "[0.5, " + pick(FLOAT_LITERALS) + "]";
            case MLIST -> "[1, 2.5, 'a', None" + (chance(50) ? ", 10 ** 25" : "") + "]";
            case TDICT -> "{(0, 1): 2}";
            case ACC -> "make_acc(" + rnd.nextInt(10) + ")";
            case FN -> "lams[" + rnd.nextInt(4) + "]";
        };
    }

    // ---- classes and functions ----

    private void classDef(int c) {
        boolean sub = c > 0 && chance(70);
        String name = "K" + c;
        emit("class " + name + (sub ? "(K0)" : "") + ":");
        indent++;
        if (!sub || chance(40)) emit("scale = " + (1 + rnd.nextInt(5)));
        Scope m = new Scope();
        m.inMethod = true;
        m.readOnlyInts.add("x");
        m.vars.add(new Var("x", Type.INT));
        m.vars.add(new Var("self.v", Type.INT));
        m.vars.add(new Var("t", Type.INT));
        if (!sub) {
            emit("def __init__(self, v):");
            indent++;
            emit("self.v = v");
            emit("self.log = []");
            indent--;
        }
        emit("def step(self, x):");
        indent++;
        emit("t = x " + pick("+", "-", "*", "^") + " self.v" + pick("", " * self.scale", " + self.scale"));
        int stmts = 1 + rnd.nextInt(3);
        for (int k = 0; k < stmts; k++) simpleIntStatement(m);
        emit("if " + intExpr(m, 1) + " % " + (2 + rnd.nextInt(4)) + " == 0:");
        indent++;
        emit("self.log.append(t % 1000)");
        emit("if len(self.log) > 6: del self.log[0]");
        indent--;
        emit("self.v = " + reduce(intExpr(m, 2)));
        emit("return self.v " + pick("+", "-", "*") + " t");
        indent--;
        if (chance(50)) {
            emit("def __repr__(self):");
            indent++;
            emit("return '" + name + "(' + str(self.v) + ')'");
            indent--;
        }
        if (chance(40)) {
            emit("def __lt__(self, other):");
            indent++;
            emit("return self.v < other.v");
            indent--;
        }
        indent--;
        classes.add(new Cls(name, sub));
    }

    private void functionDef(int f) {
        String name = "f" + f;
        int arity = 1 + rnd.nextInt(3);
        List<String> params = new ArrayList<>();
        Scope s = new Scope();
        s.callableFunctions = functions.size();
        for (int k = 0; k < arity; k++) {
            String p = "p" + k;
            params.add(p);
            s.vars.add(new Var(p, Type.INT));
        }
        boolean withDefault = chance(30);
        emit("def " + name + "(" + String.join(", ", params) + (withDefault ? ", d=" + rnd.nextInt(9) : "") + "):");
        indent++;
        if (withDefault) s.vars.add(new Var("d", Type.INT));
        declare(s, Type.INT, 1, "t");
        if (chance(50)) declare(s, Type.FLOAT, 1, "y");
        if (chance(40)) declare(s, Type.LIST, 1, "M");
        if (chance(30)) declare(s, Type.STR, 1, "u");
        if (chance(30)) {
            emit("global G0");
            emit("G0 = (G0 + " + s.vars.get(0).name + ") % " + pick("1000", "97", "(1 << 31) - 1"));
        }
        s.vars.add(new Var("G0", Type.INT));
        s.readOnlyInts.add("G0");
        boolean raises = chance(40);
        if (raises) {
            emit("if " + s.vars.get(0).name + " % " + (5 + rnd.nextInt(20)) + " == " + rnd.nextInt(5) + ":");
            indent++;
            emit("raise " + (chance(50) && hasOops ? "Oops" : "ValueError")
                    + "('bad ' + str(" + s.vars.get(0).name + "))");
            indent--;
        }
        int stmts = 1 + rnd.nextInt(4);
        boolean callsRaising = false;
        for (int k = 0; k < stmts; k++) {
            int before = lines.size();
            statement(s);
            for (int l = before; l < lines.size(); l++) callsRaising |= callsRaisingFunction(lines.get(l));
        }
        if (chance(25)) {
            emit("try:");
            indent++;
            emit("return " + intExpr(s, 1) + " // (" + s.vars.get(0).name + " % " + (2 + rnd.nextInt(3)) + ")");
            indent--;
            emit("except ZeroDivisionError:");
            indent++;
            emit("return -" + rnd.nextInt(9));
            indent--;
        } else {
            emit("return " + intExpr(s, 2));
        }
        indent--;
        functions.add(new Fn(name, arity, raises || callsRaising));
    }

    /** Whether a line calls a function that may raise without its own handler (conservative: any mention). */
    private boolean callsRaisingFunction(String line) {
        for (Fn f : functions) if (f.mayRaise && line.contains(f.name + "(")) return true;
        return false;
    }

    private void recursiveFunction() {
        String name = "r" + functions.size();
        emit("def " + name + "(n):");
        indent++;
        emit("if n < 2:");
        indent++;
        emit("return n");
        indent--;
        emit("return (" + name + "(n - 1) * " + (2 + rnd.nextInt(5)) + " " + pick("+", "-", "^") + " n) % 1009");
        indent--;
        functions.add(new Fn(name, -1, false));
    }

    // ---- statements ----

    private void statement(Scope s) {
        int kind = rnd.nextInt(100);
        boolean canNest = s.blockDepth < 3;
        if (kind < 22) simpleIntStatement(s);
        else if (kind < 30) floatStatement(s);
        else if (kind < 37) strStatement(s);
        else if (kind < 45) listStatement(s);
        else if (kind < 51) dictStatement(s);
        else if (kind < 56) objStatement(s);
        else if (kind < 66 && canNest) ifStatement(s);
        else if (kind < 74 && canNest) loopStatement(s);
        else if (kind < 84 && canNest) tryStatement(s);
        else if (kind < 88 && s.loopDepth > 0) {
            emit("if " + cond(s, 1) + ": " + pick("continue", "break", "continue"));
        } else if (kind < 92) swapOrUnpack(s);
        else newFeatureStatement(s);
    }

    private void simpleIntStatement(Scope s) {
        Var v = assignable(s, Type.INT);
        if (v == null) return;
        switch (rnd.nextInt(7)) {
            case 0, 1 -> emit(v.name + " = " + reduce(intExpr(s, 3)));
            // every stored int is reduced (or grows by a reduced amount): a variable squared on
            // each iteration would otherwise double its digits every time round the loop
            case 2 -> emit(v.name + " += " + reduce(intExpr(s, 1)));
            case 3 -> emit(v.name + " -= " + reduce(intExpr(s, 1)));
            case 4 -> emit(v.name + " = " + reduce(intExpr(s, 1) + " if " + cond(s, 1) + " else " + intExpr(s, 2)));
            case 5 -> emit(v.name + " ^= " + reduce(intExpr(s, 1)));
            default -> emit(v.name + " = " + reduce(callOrInt(s)));
        }
    }

    private void floatStatement(Scope s) {
        Var v = assignable(s, Type.FLOAT);
        if (v == null) {
            simpleIntStatement(s);
            return;
        }
        switch (rnd.nextInt(5)) {
            case 0 -> emit(v.name + " = (" + floatExpr(s, 3) + ") % " + pick("997.0", "10.0", "1e6", "-3.5"));
            case 1 -> emit(v.name + " = " + v.name + " * 0.5 + " + floatExpr(s, 2));
            case 2 -> emit(v.name + " = " + pick("min", "max") + "(" + v.name + ", " + floatExpr(s, 2) + ")");
            case 3 -> emit(v.name + " += " + floatExpr(s, 1) + " / (abs(" + floatExpr(s, 1) + ") + 1.0)");
            default -> emit(v.name + " = abs(" + floatExpr(s, 2) + ") % 500.0");
        }
    }

    private void strStatement(Scope s) {
        Var v = assignable(s, Type.STR);
        if (v == null) {
            simpleIntStatement(s);
            return;
        }
        emit(v.name + " = (" + strExpr(s, 2) + ")[-" + (5 + rnd.nextInt(20)) + ":]");
    }

    private void listStatement(Scope s) {
        List<Var> lists = s.mutable(Type.LIST);
        if (lists.isEmpty()) {
            simpleIntStatement(s);
            return;
        }
        String l = pick(lists).name;
        switch (rnd.nextInt(10)) {
            case 0, 1 -> emit(l + ".append(" + reduce(intExpr(s, 2)) + ")");
            case 2 -> emit(l + ".extend([" + reduce(intExpr(s, 1)) + ", " + intAtom(s) + "])");
            case 3 -> emit(l + ".insert(" + intExpr(s, 1) + " % 5, " + reduce(intExpr(s, 1)) + ")");
            case 4 -> emit("if " + l + ": " + l + "[" + intExpr(s, 1) + " % len(" + l + ")] " + pick("=", "+=", "-=") + " " + reduce(intExpr(s, 2)));
            case 5 -> emit(l + ".sort(" + pick("", "reverse=True", "key=abs", "key=lambda e: e % 7") + ")");
            case 6 -> emit(l + " = [" + "e * " + rnd.nextInt(5) + " % 101 for e in " + l + " if e % " + (2 + rnd.nextInt(3)) + " != 0]");
            case 7 -> emit("if " + l + ": " + l + ".pop(" + pick("", "0", "-1") + ")");
            case 8 -> emit(l + "[1:3] = [" + reduce(intExpr(s, 1)) + "]");
            default -> emit(l + ".reverse()");
        }
        emit("if len(" + l + ") > " + (8 + rnd.nextInt(10)) + ": del " + l + "[:" + (1 + rnd.nextInt(4)) + "]");
    }

    private void dictStatement(Scope s) {
        List<Var> dicts = s.mutable(Type.DICT);
        if (dicts.isEmpty()) {
            simpleIntStatement(s);
            return;
        }
        String d = pick(dicts).name;
        String k = "(" + intExpr(s, 1) + ") % " + (5 + rnd.nextInt(15));
        switch (rnd.nextInt(5)) {
            case 0 -> emit(d + "[" + k + "] = " + reduce(intExpr(s, 2)));
            case 1 -> emit(d + "[" + k + "] = " + reduce(d + ".get(" + k + ", 0) + " + intExpr(s, 1)));
            case 2 -> {
                String key = "k" + (fresh++);
                emit(key + " = " + k);
                emit("if " + key + " in " + d + ": del " + d + "[" + key + "]");
            }
            case 3 -> emit(d + ".pop(" + k + ", None)");
            default -> emit(d + ".setdefault(" + k + ", " + reduce(intExpr(s, 1)) + ")");
        }
    }

    private void objStatement(Scope s) {
        List<Var> objs = s.of(Type.OBJ);
        Var v = assignable(s, Type.INT);
        if (objs.isEmpty() || v == null) {
            simpleIntStatement(s);
            return;
        }
        String o = pick(objs).name;
        switch (rnd.nextInt(4)) {
            case 0 -> emit(v.name + " = " + reduce(o + ".step(" + intExpr(s, 1) + ")"));
            case 1 -> emit(o + ".v = " + reduce(intExpr(s, 2)));
            case 2 -> {
                // a polymorphic call site: the receiver's class changes with the data
                String other = classes.get(rnd.nextInt(classes.size())).name;
                emit(o + " = " + other + "(" + intExpr(s, 1) + " % 50) if " + cond(s, 1) + " else " + o);
            }
            default -> emit(v.name + " += " + o + ".v + len(" + o + ".log)");
        }
    }

    private void ifStatement(Scope s) {
        emit("if " + cond(s, 2) + ":");
        block(s, 1 + rnd.nextInt(3));
        if (chance(40)) {
            emit("elif " + cond(s, 1) + ":");
            block(s, 1 + rnd.nextInt(2));
        }
        if (chance(50)) {
            emit("else:");
            block(s, 1 + rnd.nextInt(2));
        }
    }

    private void loopStatement(Scope s) {
        Scope inner = s.copy();
        inner.loopDepth++;
        inner.blockDepth++;
        switch (rnd.nextInt(4)) {
            case 0 -> {
                String j = "j" + (fresh++);
                emit("for " + j + " in range(" + pick("", "1, ") + "(" + intExpr(s, 1) + ") % " + (3 + rnd.nextInt(6)) + " + 1):");
                inner.readOnlyInts.add(j);
                inner.vars.add(new Var(j, Type.INT));
            }
            case 1 -> {
                List<Var> lists = s.of(Type.LIST);
                if (lists.isEmpty()) {
                    simpleIntStatement(s);
                    return;
                }
                String l = pick(lists).name;
                String e = "e" + (fresh++);
                emit("for " + e + " in " + l + ":");
                inner.frozen.add(l);
                inner.readOnlyInts.add(e);
                inner.vars.add(new Var(e, Type.INT));
            }
            case 2 -> {
                List<Var> dicts = s.of(Type.DICT);
                if (dicts.isEmpty()) {
                    simpleIntStatement(s);
                    return;
                }
                String d = pick(dicts).name;
                String k = "k" + (fresh++), v = "v" + (fresh++);
                emit("for " + k + ", " + v + " in " + d + ".items():");
                inner.frozen.add(d);
                inner.readOnlyInts.add(k);
                inner.readOnlyInts.add(v);
                inner.vars.add(new Var(k, Type.INT));
                inner.vars.add(new Var(v, Type.INT));
            }
            default -> {
                String w = "w" + (fresh++);
                emit(w + " = 0");
                emit("while " + w + " < (" + intExpr(s, 1) + ") % " + (3 + rnd.nextInt(5)) + ":");
                inner.readOnlyInts.add(w);
                inner.vars.add(new Var(w, Type.INT));
                indent++;
                emit(w + " += 1");
                indent--;
            }
        }
        indent++;
        int n = 1 + rnd.nextInt(3);
        for (int k = 0; k < n; k++) statement(inner);
        indent--;
    }

    private void tryStatement(Scope s) {
        Scope inner = s.copy();
        inner.blockDepth++;
        Var v = assignable(s, Type.INT);
        if (v == null) {
            simpleIntStatement(s);
            return;
        }
        int shape = rnd.nextInt(5);
        String handler;
        emit("try:");
        indent++;
        switch (shape) {
            case 0 -> {
                emit(v.name + " = " + reduce(intExpr(s, 2) + " " + pick("//", "%") + " (" + intExpr(s, 1) + " % " + (2 + rnd.nextInt(4)) + ")"));
                handler = "ZeroDivisionError";
            }
            case 1 -> {
                List<Var> lists = s.of(Type.LIST);
                String l = lists.isEmpty() ? "[1, 2]" : pick(lists).name;
                emit(v.name + " = " + l + "[" + intExpr(s, 1) + " % 9]");
                handler = "IndexError";
            }
            case 2 -> {
                List<Var> dicts = s.of(Type.DICT);
                String d = dicts.isEmpty() ? "{1: 2}" : pick(dicts).name;
                emit(v.name + " = " + d + "[" + intExpr(s, 1) + " % 11]");
                handler = "KeyError";
            }
            case 3 -> {
                Fn f = raisingFunction(s);
                if (f != null) {
                    emit(v.name + " = " + reduce(call(s, f)));
                    handler = hasOops ? "(ValueError, Oops)" : "ValueError";
                } else {
                    emit("if " + cond(s, 1) + ": raise ValueError(str(" + intExpr(s, 1) + "))");
                    handler = "ValueError";
                }
            }
            default -> {
                emit("if " + cond(s, 1) + ": raise " + pick("KeyError", "IndexError", "ValueError") + "(" + intExpr(s, 1) + ")");
                handler = "LookupError";
            }
        }
        int n = rnd.nextInt(2);
        for (int k = 0; k < n; k++) statement(inner);
        indent--;
        if (shape == 4 && chance(50)) {
            // the raised ValueError is not a LookupError: a second clause takes it
            emit("except LookupError as exc:");
            indent++;
            emit(v.name + " = len(str(exc))" + pick("", " + 1"));
            indent--;
            emit("except ValueError:");
        } else {
            boolean named = chance(50);
            emit("except " + (shape == 4 ? "(LookupError, ValueError)" : handler) + (named ? " as exc" : "") + ":");
            if (named) {
                indent++;
                emit(v.name + " = " + pick("len(str(exc))", "len(repr(exc))", "-1"));
                indent--;
                return;
            }
        }
        block(inner, 1);
        if (chance(30)) {
            emit("else:");
            block(inner, 1);
        }
        if (chance(25)) {
            emit("finally:");
            block(inner, 1);
        }
    }

    /** Version 2's statements: the assumptions a trace makes change under it. */
    private void newFeatureStatement(Scope s) {
        switch (rnd.nextInt(9)) {
            case 0 -> {
                if (s.vars.contains(new Var("G0", Type.INT)) && !s.readOnlyInts.contains("G0")) {
                    emit("G0 = " + reduce(intExpr(s, 2)));
                } else {
                    simpleIntStatement(s);
                }
            }
            case 1 -> {
                if (s.inMethod) {
                    simpleIntStatement(s);
                    return;
                }
                Cls c = pick(classes);
                emit("if " + cond(s, 1) + ": " + c.name + ".scale = (" + c.name + ".scale + " + intAtom(s) + ") % " + (3 + rnd.nextInt(6)));
            }
            case 2 -> {
                List<Var> objs = s.of(Type.OBJ);
                if (objs.isEmpty()) {
                    simpleIntStatement(s);
                    return;
                }
                String o = pick(objs).name;
                emit("if " + cond(s, 1) + ": " + o + ".extra = " + pick(reduce(intExpr(s, 1)), floatAtom(s), strAtom(s)));
            }
            case 3 -> {
                Var f = assignable(s, Type.FN);
                if (f == null) {
                    simpleIntStatement(s);
                    return;
                }
                emit(f.name + " = lams[" + intAtom(s) + " % 4] if " + cond(s, 1) + " else " + f.name);
            }
            case 4 -> {
                List<Var> fl = s.mutable(Type.FLIST);
                if (fl.isEmpty()) {
                    simpleIntStatement(s);
                    return;
                }
                String l = pick(fl).name;
                // mostly floats; now and then an int, which changes a float-typed storage
                emit(l + ".append(" + (chance(15) ? smallInt(s) : floatExpr(s, 1)) + ")");
                emit("if len(" + l + ") > " + (6 + rnd.nextInt(8)) + ": del " + l + "[0]");
            }
            case 5 -> {
                List<Var> ml = s.mutable(Type.MLIST);
                if (ml.isEmpty()) {
                    simpleIntStatement(s);
                    return;
                }
                String l = pick(ml).name;
                String value = pick(reduce(intExpr(s, 1)), floatAtom(s), strAtom(s), "None", "(" + intAtom(s) + ", 1)", "10 ** 30");
                if (chance(50)) emit(l + ".append(" + value + ")");
                else emit(l + "[" + intAtom(s) + " % len(" + l + ")] = " + value);
                emit("if len(" + l + ") > " + (5 + rnd.nextInt(8)) + ": del " + l + "[0]");
            }
            case 6 -> {
                List<Var> td = s.mutable(Type.TDICT);
                if (td.isEmpty()) {
                    simpleIntStatement(s);
                    return;
                }
                String d = pick(td).name;
                String key = "(" + intAtom(s) + " % 3, " + intAtom(s) + " % 2)";
                emit(d + "[" + key + "] = " + reduce(d + ".get(" + key + ", 0) + " + intAtom(s)));
            }
            case 7 -> {
                Var v = assignable(s, Type.INT);
                List<Var> strs = s.of(Type.STR);
                if (v == null || strs.isEmpty() || s.blockDepth >= 3) {
                    simpleIntStatement(s);
                    return;
                }
                String ch = "ch" + (fresh++);
                emit("for " + ch + " in " + pick(strs).name + ":");
                indent++;
                emit("if " + ch + " in 'aeiou" + pick("", "AE", "xyz") + "': " + v.name + " += " + pick("1", "ord(" + ch + ")", "len(" + ch + ")"));
                indent--;
            }
            default -> {
                Var v = assignable(s, Type.INT);
                if (v == null) return;
                String tup = "(" + reduce(intExpr(s, 1)) + ", " + floatAtom(s) + ", " + strAtom(s) + ")";
                emit(v.name + ", _f, _s = " + tup);
                if (chance(50)) emit(v.name + " = " + reduce(v.name + " + len(_s) + int(_f)"));
            }
        }
    }

    private void swapOrUnpack(Scope s) {
        List<Var> ints = new ArrayList<>();
        for (Var v : s.of(Type.INT)) if (assignableName(s, v)) ints.add(v);
        if (ints.size() < 2) {
            simpleIntStatement(s);
            return;
        }
        Var a = ints.get(rnd.nextInt(ints.size())), b = ints.get(rnd.nextInt(ints.size()));
        if (a == b) {
            simpleIntStatement(s);
            return;
        }
        switch (rnd.nextInt(3)) {
            case 0 -> emit(a.name + ", " + b.name + " = " + b.name + ", " + a.name);
            case 1 -> emit(a.name + ", " + b.name + " = divmod(" + reduce(intExpr(s, 2)) + ", " + pick("7", "-13", "10 ** 9 + 7", "2 ** 40") + ")");
            default -> emit(a.name + ", *_rest" + " = [" + reduce(intExpr(s, 1)) + ", " + b.name + ", 3]");
        }
    }

    private void block(Scope s, int n) {
        Scope inner = s.copy();
        inner.blockDepth++;
        indent++;
        for (int k = 0; k < n; k++) statement(inner);
        indent--;
    }

    // ---- expressions ----

    private String reduce(String e) {
        return "(" + e + ") % " + pick(INT_MODULI);
    }

    private String intExpr(Scope s, int depth) {
        if (depth <= 0 || chance(30)) return intAtom(s);
        int k = rnd.nextInt(100);
        String a = intExpr(s, depth - 1), b = intExpr(s, depth - 1);
        if (k < 50) return "(" + a + " " + pick("+", "-", "*", "+", "-", "&", "|", "^") + " " + b + ")";
        if (k < 60) return "(" + a + " " + pick("//", "%") + " (abs(" + b + ") % " + (3 + rnd.nextInt(50)) + " + 1))";
        if (k < 66) return "(" + a + " " + pick("<<", ">>") + " (" + b + " & " + pick("7", "15", "31", "63") + "))";
        if (k < 70) return "(" + a + " % 100) ** " + rnd.nextInt(4);
        if (k < 75) return pick("-", "~", "abs") + "(" + a + ")";
        if (k < 80) return pick("min", "max") + "(" + a + ", " + b + ")";
        if (k < 84) return "int(" + floatExpr(s, depth - 1) + ")";
        if (k < 88) return "len(" + strExpr(s, depth - 1) + ")";
        if (k < 92) return "(" + a + " if " + cond(s, depth - 1) + " else " + b + ")";
        if (k < 96) return "(" + cond(s, depth - 1) + ")";
        return callOrInt(s);
    }

    private String intAtom(Scope s) {
        List<Var> ints = s.of(Type.INT);
        int k = rnd.nextInt(100);
        if (k < 60 && !ints.isEmpty()) return pick(ints).name;
        if (k < 72) return Integer.toString(rnd.nextInt(30) - 5);
        if (k < 76) return "(" + pick(BIG_LITERALS) + ")";
        List<Var> lists = s.of(Type.LIST);
        if (k < 84 && !lists.isEmpty()) {
            String l = pick(lists).name;
            return pick("len(" + l + ")", "sum(" + l + ")", "(" + l + "[-1] if " + l + " else 0)", "(max(" + l + ") if " + l + " else -1)");
        }
        List<Var> dicts = s.of(Type.DICT);
        if (k < 88 && !dicts.isEmpty()) {
            String d = pick(dicts).name;
            return pick("len(" + d + ")", d + ".get(" + rnd.nextInt(13) + ", " + rnd.nextInt(5) + ")", "sum(" + d + ".values())");
        }
        List<Var> objs = s.of(Type.OBJ);
        if (k < 92 && !objs.isEmpty()) {
            String o = pick(objs).name;
            return pick(o + ".v", o + ".v", o + ".scale", "(getattr(" + o + ", 'extra', 0) if isinstance(getattr(" + o + ", 'extra', 0), int) else 7)");
        }
        if (k < 93) {
            List<Var> more = new ArrayList<>();
            for (Var v : s.vars) if (v.type == Type.ACC || v.type == Type.FN || v.type == Type.MLIST || v.type == Type.TDICT) more.add(v);
            if (!more.isEmpty()) {
                Var v = pick(more);
                String small = "(" + (ints.isEmpty() ? "3" : pick(ints).name) + " % 50)";
                return switch (v.type) {
                    case ACC, FN -> v.name + "(" + small + ")";
                    case MLIST -> pick("len(" + v.name + ")", v.name + ".count(None)", "sum(e for e in " + v.name + " if type(e) is int)");
                    default -> v.name + ".get((1, 0), 5)";
                };
            }
            return "sum(gen0(" + (ints.isEmpty() ? "3" : pick(ints).name) + " % 6))";
        }
        List<Var> strs = s.of(Type.STR);
        if (k < 96 && !strs.isEmpty()) {
            String t = pick(strs).name;
            return pick("len(" + t + ")", t + ".count('a')", t + ".find('b')", "(ord(" + t + "[0]) if " + t + " else 0)");
        }
        return ints.isEmpty() ? "1" : pick(ints).name;
    }

    private String callOrInt(Scope s) {
        List<Fn> ok = new ArrayList<>();
        for (int k = 0; k < s.callableFunctions && k < functions.size(); k++) {
            Fn f = functions.get(k);
            if (!f.mayRaise || s.catchesValueError) ok.add(f);
        }
        if (ok.isEmpty() || s.inMethod) return intAtom(s);
        return call(s, pick(ok));
    }

    private Fn raisingFunction(Scope s) {
        List<Fn> r = new ArrayList<>();
        for (int k = 0; k < s.callableFunctions && k < functions.size(); k++) if (functions.get(k).mayRaise) r.add(functions.get(k));
        return r.isEmpty() ? null : pick(r);
    }

    private String call(Scope s, Fn f) {
        if (f.arity < 0) return f.name + "((" + intExpr(s, 1) + ") % " + (8 + rnd.nextInt(40)) + ")";
        List<String> args = new ArrayList<>();
        for (int k = 0; k < f.arity; k++) args.add(intExpr(s, 1));
        return f.name + "(" + String.join(", ", args) + ")";
    }

    private String floatExpr(Scope s, int depth) {
        if (depth <= 0 || chance(30)) return floatAtom(s);
        int k = rnd.nextInt(100);
        String a = floatExpr(s, depth - 1), b = floatExpr(s, depth - 1);
        if (k < 55) return "(" + a + " " + pick("+", "-", "*", "+") + " " + b + ")";
        if (k < 65) return "(" + a + " / (abs(" + b + ") + 0.5))";
        if (k < 72) return "(" + a + " " + pick("//", "%") + " (abs(" + b + ") + 1.5))";
        if (k < 78) return pick("-", "abs") + "(" + a + ")";
        if (k < 84) return "(" + a + " if " + cond(s, depth - 1) + " else " + b + ")";
        if (k < 90) return "(" + smallInt(s) + " / " + pick("3", "7", "-4", "2") + ")";
        if (k < 95) return "round(" + a + ", " + rnd.nextInt(4) + ")";
        return "(" + smallInt(s) + " " + pick("+", "*", "-") + " " + a + ")";
    }

    private String smallInt(Scope s) {
        return "(" + intAtom(s) + " % " + pick("1000", "97", "-50") + ")";
    }

    private String floatAtom(Scope s) {
        List<Var> fs = s.of(Type.FLOAT);
        int k = rnd.nextInt(100);
        if (k < 55 && !fs.isEmpty()) return pick(fs).name;
        if (k < 75) return pick(FLOAT_LITERALS);
        if (k < 90) return "float(" + smallInt(s) + ")";
        List<Var> fl = s.of(Type.FLIST);
        if (k < 95 && !fl.isEmpty()) {
            String l = pick(fl).name;
            return pick("sum(" + l + ")", "(" + l + "[-1] if " + l + " else 0.5)", "(max(" + l + ") if " + l + " else 1.5)");
        }
        return "(" + smallInt(s) + " * 0.25)";
    }

    private String strExpr(Scope s, int depth) {
        if (depth <= 0 || chance(30)) return strAtom(s);
        int k = rnd.nextInt(100);
        String a = strExpr(s, depth - 1);
        if (k < 30) return "(" + a + " + " + strExpr(s, depth - 1) + ")";
        if (k < 40) return "str(" + intExpr(s, depth - 1) + ")";
        if (k < 46) return "repr(" + floatExpr(s, depth - 1) + ")";
        // double quotes outside: the atoms inside use single quotes, which 3.11 allows there
        if (k < 54) return "f\"{" + intAtom(s) + "}:{" + floatAtom(s) + ":" + pick(".3f", ".2e", "g", ">9.1f", "") + "}\"";
        if (k < 60) return "('%d/%s' % (" + intAtom(s) + ", " + strAtom(s) + "))";
        if (k < 66) return a + "." + pick("upper()", "lower()", "strip()", "replace('a', 'xy')", "replace('b', '')");
        if (k < 72) return a + "[" + pick("1:", ":3", "::-1", "::2", "-2:") + "]";
        if (k < 78) return "'-'.join([str(e) for e in " + listOrLiteral(s) + "])";
        if (k < 84) return "chr(97 + " + intAtom(s) + " % 26)";
        if (k < 88) return "(" + a + " * (" + intAtom(s) + " % 3))";
        if (k < 94) return "('yes' if " + cond(s, depth - 1) + " else 'no')";
        return "str(" + pick(s.of(Type.LIST).isEmpty() ? List.of("[1]") : names(s.of(Type.LIST))) + "[:2])";
    }

    private List<String> names(List<Var> vs) {
        List<String> r = new ArrayList<>();
        for (Var v : vs) r.add(v.name);
        return r;
    }

    private String listOrLiteral(Scope s) {
        List<Var> lists = s.of(Type.LIST);
        return lists.isEmpty() ? "[1, 2, 3]" : pick(lists).name;
    }

    private String strAtom(Scope s) {
        List<Var> strs = s.of(Type.STR);
        if (!strs.isEmpty() && chance(60)) return pick(strs).name;
        return pick(STR_LITERALS);
    }

    private String cond(Scope s, int depth) {
        int k = rnd.nextInt(100);
        if (depth > 0 && k < 15) return "(" + cond(s, depth - 1) + " " + pick("and", "or") + " " + cond(s, depth - 1) + ")";
        if (depth > 0 && k < 20) return "not " + cond(s, depth - 1);
        if (k < 45) return intAtom(s) + " % " + (2 + rnd.nextInt(9)) + " " + pick("==", "!=", "<") + " " + rnd.nextInt(3);
        if (k < 65) return intExpr(s, Math.min(depth, 1)) + " " + pick("<", "<=", ">", ">=", "==", "!=") + " " + intExpr(s, Math.min(depth, 1));
        if (k < 70) return floatAtom(s) + " " + pick("<", ">", "<=") + " " + floatAtom(s);
        if (k < 72) return intAtom(s) + " " + pick("<", ">", "==", "!=") + " " + floatAtom(s);
        if (k < 78) return strAtom(s) + " " + pick("<", "==", "!=", "in") + " " + strAtom(s);
        List<Var> lists = s.of(Type.LIST);
        if (k < 84 && !lists.isEmpty()) return intAtom(s) + " " + pick("in", "not in") + " " + pick(lists).name;
        List<Var> dicts = s.of(Type.DICT);
        if (k < 90 && !dicts.isEmpty()) return "(" + intAtom(s) + ") % 13 " + pick("in", "not in") + " " + pick(dicts).name;
        List<Var> objs = s.of(Type.OBJ);
        if (k < 95 && !objs.isEmpty() && classes.size() > 1) return "isinstance(" + pick(objs).name + ", " + pick(classes).name + ")";
        return intAtom(s) + " " + pick("<", ">") + " " + intAtom(s) + " " + pick("<", "<=") + " " + intAtom(s);
    }

    // ---- helpers ----

    private Var assignable(Scope s, Type t) {
        List<Var> ok = new ArrayList<>();
        for (Var v : s.of(t)) if (assignableName(s, v)) ok.add(v);
        return ok.isEmpty() ? null : pick(ok);
    }

    private static boolean assignableName(Scope s, Var v) {
        return !s.readOnlyInts.contains(v.name) && !s.frozen.contains(v.name);
    }

    private void emit(String line) {
        lines.add("    ".repeat(indent) + line);
    }

    private boolean chance(int percent) {
        return rnd.nextInt(100) < percent;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[rnd.nextInt(options.length)];
    }

    private <T> T pick(List<T> options) {
        return options.get(rnd.nextInt(options.size()));
    }
}
