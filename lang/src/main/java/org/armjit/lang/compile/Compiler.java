package org.armjit.lang.compile;

import org.armjit.lang.PySyntaxError;
import org.armjit.lang.ast.Arguments;
import org.armjit.lang.ast.Expr;
import org.armjit.lang.ast.Module;
import org.armjit.lang.ast.Node;
import org.armjit.lang.ast.Pos;
import org.armjit.lang.ast.Stmt;
import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.Const;
import org.armjit.lang.bytecode.ConstFrozenSet;
import org.armjit.lang.bytecode.ConstTuple;
import org.armjit.lang.bytecode.Opcode;
import org.armjit.lang.lexer.SourceText;
import org.armjit.lang.parser.Parser;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static org.armjit.lang.bytecode.Opcode.*;

/**
 * Compiles a parsed module to {@link CodeObject}s following the conventions in
 * {@link Opcode}'s documentation and CPython 3.11's code shapes: names by scope (globals
 * dict at module level, namespace dict in class bodies, fast locals and cells in
 * functions), calls with PUSH_NULL or LOAD_METHOD, comprehensions as nested functions,
 * handler blocks for try statements with finally bodies inlined on every exit path.
 */
public final class Compiler {
    private final SourceText src;
    private final SymbolTable symbols;
    private Unit u;

    private Compiler(SourceText src, SymbolTable symbols) {
        this.src = src;
        this.symbols = symbols;
    }

    /** Parses and compiles a module. */
    public static CodeObject compileModule(String source, String filename) {
        Module m = Parser.parse(source, filename);
        SourceText text = new SourceText(Parser.normalize(source), filename);
        SymbolTable st = SymbolTable.build(text, m);
        Compiler c = new Compiler(text, st);
        return c.module(m);
    }

    // ------------------------------------------------------------------ units

    /** What break, continue and return must undo on their way out. */
    private enum BlockKind {
        /** A for loop: its iterator is on the stack. */
        FOR_LOOP,
        WHILE_LOOP,
        /** The body of a try with except clauses: a handler block. */
        TRY_EXCEPT,
        /** The body of a try with a finally: a handler block, and the finally body to inline. */
        FINALLY_TRY,
        /** An except clause body: an except-handler block (exception popped). */
        HANDLER,
        /** An {@code except E as name} body: its cleanup handler block, the except-handler block, and the name. */
        HANDLER_NAMED,
        /** A finally body on the exception path: the except-handler block and the exception on the stack. */
        FINALLY_END,
        /** A with body: a handler block, and the bound __exit__ on the stack below. */
        WITH,
    }

    /** CPython's CO_MAXBLOCKS: deeper static nesting of loops and try statements is a SyntaxError. */
    private static final int MAX_BLOCKS = 20;

    /**
     * Enters a block, refusing nesting CPython refuses. CPython counts an except clause as two
     * blocks (its handler and the handler's cleanup), everything else as one.
     */
    private void pushBlock(Block block, Pos at) {
        int count = 0;
        for (Block b : u.blocks) count += blockWeight(b.kind());
        if (count + blockWeight(block.kind()) > MAX_BLOCKS) throw error("too many statically nested blocks", at);
        u.blocks.add(block);
    }

    private static int blockWeight(BlockKind kind) {
        return kind == BlockKind.HANDLER || kind == BlockKind.HANDLER_NAMED ? 2 : 1;
    }

    private record Block(BlockKind kind, CodeBuilder.Label head, CodeBuilder.Label exit, List<Stmt> finalBody,
                         String name) {
    }

    /** The code object being compiled. */
    private static final class Unit {
        final Scope scope;
        final CodeBuilder b = new CodeBuilder();
        final String qualname;
        final List<String> varnames = new ArrayList<>();
        final List<String> cellvars;
        final List<String> freevars;
        final List<Block> blocks = new ArrayList<>();

        Unit(Scope scope, String qualname) {
            this.scope = scope;
            this.qualname = qualname;
            this.cellvars = new ArrayList<>(scope.cells);
            this.freevars = new ArrayList<>(scope.frees);
            if (scope.kind == Scope.Kind.FUNCTION) {
                varnames.addAll(scope.params);
                scope.access.forEach((n, a) -> {
                    if (a == Scope.Access.LOCAL && !varnames.contains(n)) varnames.add(n);
                });
            }
        }

        int[] cell2arg() {
            int[] r = new int[cellvars.size()];
            for (int i = 0; i < r.length; i++) r[i] = scope.params.indexOf(cellvars.get(i));
            return r;
        }
    }

    private CodeObject module(Module m) {
        u = new Unit(symbols.module, "<module>");
        u.b.line = m.body().isEmpty() ? 1 : m.body().get(0).pos().line();
        for (Stmt s : m.body()) stmt(s);
        if (!m.body().isEmpty()) u.b.line = lastLine(m.body());
        returnNone();
        return finish("<module>", 1, CodeObject.MODULE, 0);
    }

    private CodeObject finish(String name, int firstLine, int flags, int argCount) {
        return u.b.build(name, u.qualname, src.filename, firstLine, flags, argCount,
                u.varnames.toArray(new String[0]), u.cellvars.toArray(new String[0]),
                u.freevars.toArray(new String[0]), u.cell2arg());
    }

    private void returnNone() {
        u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
        u.b.emit(RETURN_VALUE);
    }

    /** CPython's qualname rule: parent's qualname (with .&lt;locals&gt; for functions), unless declared global there. */
    private String qualname(String name) {
        Scope parent = u.scope;
        if (parent.kind == Scope.Kind.MODULE) return name;
        if (parent.kind == Scope.Kind.FUNCTION && parent.accessOf(name) == Scope.Access.GLOBAL_EXPLICIT) return name;
        if (parent.kind == Scope.Kind.CLASS && parent.accessOf(name) == Scope.Access.GLOBAL_EXPLICIT) return name;
        return u.qualname + (parent.kind == Scope.Kind.FUNCTION ? ".<locals>." : ".") + name;
    }

    /** Compiles a nested code object, then emits the closure, defaults and MAKE_FUNCTION in the current unit. */
    private void makeFunction(CodeObject code, List<Expr> defaults) {
        makeFunction(code, defaults, List.of());
    }

    /**
     * Defaults go in one tuple: the positional ones, then one entry per keyword-only
     * parameter (NULL where it has none).
     */
    private void makeFunction(CodeObject code, List<Expr> defaults, List<Expr> kwDefaults) {
        int flags = 0;
        if (code.freevars.length > 0) {
            for (String f : code.freevars) u.b.emit(LOAD_CLOSURE, closureIndex(f));
            u.b.emit(BUILD_TUPLE, code.freevars.length);
            flags |= 8;
        }
        if (!defaults.isEmpty() || !kwDefaults.isEmpty()) {
            for (Expr d : defaults) expr(d);
            for (Expr d : kwDefaults) {
                if (d == null) u.b.emit(PUSH_NULL);
                else expr(d);
            }
            u.b.emit(BUILD_TUPLE, defaults.size() + kwDefaults.size());
            flags |= 1;
        }
        u.b.emit(LOAD_CONST, u.b.constant(code));
        u.b.emit(MAKE_FUNCTION, flags);
    }

    /** Index of a cell or free variable of the current unit, as the *_DEREF and LOAD_CLOSURE args count. */
    private int closureIndex(String n) {
        int i = u.cellvars.indexOf(n);
        if (i >= 0) return i;
        i = u.freevars.indexOf(n);
        if (i < 0) throw new IllegalStateException("no cell or free variable " + n + " in " + u.qualname);
        return u.cellvars.size() + i;
    }

    private CodeObject functionCode(Node node, String name, Arguments args, List<Stmt> body, Expr lambdaBody, int line) {
        Scope scope = symbols.scopeOf(node);
        Unit outer = u;
        u = new Unit(scope, qualname(name));
        u.b.line = line;
        if (lambdaBody != null) {
            expr(lambdaBody);
            u.b.emit(RETURN_VALUE);
        } else {
            for (Stmt s : body) stmt(s);
            u.b.line = lastLine(body);
            if (u.b.reachable()) returnNone();
        }
        int flags = (scope.generator ? CodeObject.GENERATOR : 0) | (args.vararg() != null ? CodeObject.VARARGS : 0)
                | (args.kwarg() != null ? CodeObject.VARKEYWORDS : 0) | args.kwonly().size() << CodeObject.KWONLY_SHIFT;
        CodeObject code = finish(name, line, flags, args.args().size());
        u = outer;
        return code;
    }

    // ------------------------------------------------------------------ errors

    private PySyntaxError error(String msg, Pos at) {
        return src.syntaxError(msg, at.line(), at.col() + 1, at.endLine(), at.endCol() + 1);
    }

    /** CPython refuses to bind {@code __debug__} (a constant) anywhere, at compile time. */
    private void forbidDebug(String name, Pos at) {
        if ("__debug__".equals(name)) throw error("cannot assign to __debug__", at); // name is null for **kwargs
    }

    // ------------------------------------------------------------------ statements

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) stmt(s);
    }

    private void stmt(Stmt s) {
        int saved = u.b.line;
        u.b.line = s.pos().line();
        if (s instanceof Stmt.ExprStmt e) {
            if (!(e.value() instanceof Expr.Constant)) { // docstrings and other constants do nothing
                expr(e.value());
                u.b.emit(POP_TOP);
            }
        } else if (s instanceof Stmt.Assign a) {
            expr(a.value());
            List<Expr> targets = a.targets();
            for (int i = 0; i < targets.size(); i++) {
                if (i < targets.size() - 1) u.b.emit(DUP_TOP);
                store(targets.get(i));
            }
        } else if (s instanceof Stmt.AugAssign a) {
            augAssign(a);
        } else if (s instanceof Stmt.AnnAssign a) {
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
            if (u.scope.kind == Scope.Kind.CLASS && a.target() instanceof Expr.Name n) {
                // the annotation itself is not kept: __annotations__ records the names in order (dataclasses read them)
                u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
                u.b.emit(LOAD_NAME, u.b.name("__annotations__"));
                u.b.emit(LOAD_CONST, u.b.constant(n.id()));
                u.b.emit(STORE_SUBSCR);
            }
        } else if (s instanceof Stmt.If i) {
            ifStmt(i);
        } else if (s instanceof Stmt.While w) {
            whileStmt(w);
        } else if (s instanceof Stmt.For f) {
            forStmt(f);
        } else if (s instanceof Stmt.Break) {
            breakOrContinue(s, true);
        } else if (s instanceof Stmt.Continue) {
            breakOrContinue(s, false);
        } else if (s instanceof Stmt.Return r) {
            returnStmt(r);
        } else if (s instanceof Stmt.Delete d) {
            for (Expr t : d.targets()) delete(t);
        } else if (s instanceof Stmt.Assert a) {
            assertStmt(a);
        } else if (s instanceof Stmt.Raise r) {
            if (r.exc() != null) {
                expr(r.exc());
                u.b.line = r.pos().line();
                u.b.emit(RAISE_VARARGS, 1);
            } else {
                u.b.emit(RAISE_VARARGS, 0);
            }
        } else if (s instanceof Stmt.Try t) {
            tryStmt(t);
        } else if (s instanceof Stmt.Import im) {
            for (Stmt.Alias a : im.names()) {
                forbidDebug(a.asname() != null ? a.asname() : a.name().split("\\.")[0], s.pos());
                u.b.emit(IMPORT_NAME, u.b.name(a.name()));
                storeName(a.asname() != null ? a.asname() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom im) {
            u.b.emit(IMPORT_NAME, u.b.name(im.module()));
            for (Stmt.Alias a : im.names()) {
                forbidDebug(a.asname() != null ? a.asname() : a.name(), s.pos());
                u.b.emit(IMPORT_FROM, u.b.name(a.name()));
                storeName(a.asname() != null ? a.asname() : a.name());
            }
            u.b.emit(POP_TOP);
        } else if (s instanceof Stmt.FunctionDef f) {
            for (Arguments.Arg a : f.args().all()) forbidDebug(a.name(), f.pos());
            forbidDebug(f.name(), f.pos());
            for (Expr d : f.decorators()) {
                u.b.line = d.pos().line();
                u.b.emit(PUSH_NULL);
                expr(d);
            }
            CodeObject code = functionCode(f, f.name(), f.args(), f.body(), null, f.pos().line());
            u.b.line = f.pos().line();
            makeFunction(code, f.args().defaults(), f.args().kwDefaults());
            for (int i = f.decorators().size() - 1; i >= 0; i--) {
                u.b.line = f.decorators().get(i).pos().line();
                u.b.emit(CALL, 1);
            }
            u.b.line = f.pos().line();
            storeName(f.name());
        } else if (s instanceof Stmt.With w) {
            withStmt(w, 0);
        } else if (s instanceof Stmt.ClassDef c) {
            classDef(c);
        }
        // Pass, Global, Nonlocal: no code
        u.b.line = saved;
    }

    private void augAssign(Stmt.AugAssign a) {
        int op = a.op().ordinal() + BinaryOp.INPLACE;
        Expr t = a.target();
        if (t instanceof Expr.Name n) {
            forbidDebug(n.id(), n.pos());
            loadName(n.id());
            expr(a.value());
            u.b.line = a.pos().line();
            u.b.emit(BINARY_OP, op);
            storeName(n.id());
        } else if (t instanceof Expr.Attribute at) {
            expr(at.value());
            u.b.line = at.pos().line();
            u.b.emit(DUP_TOP);
            u.b.emit(LOAD_ATTR, u.b.name(at.attr()));
            expr(a.value());
            u.b.line = a.pos().line();
            u.b.emit(BINARY_OP, op);
            u.b.emit(ROT_TWO);
            u.b.emit(STORE_ATTR, u.b.name(at.attr()));
        } else if (t instanceof Expr.Subscript sub) {
            expr(sub.value());
            subscriptKey(sub.slice());
            u.b.line = sub.pos().line();
            u.b.emit(DUP_TOP_TWO);
            u.b.emit(BINARY_SUBSCR);
            expr(a.value());
            u.b.line = a.pos().line();
            u.b.emit(BINARY_OP, op);
            u.b.emit(ROT_THREE);
            u.b.emit(STORE_SUBSCR);
        } else {
            throw new IllegalStateException("bad augmented target " + t);
        }
    }

    private static boolean isConstantTrue(Expr e) {
        if (!(e instanceof Expr.Constant c)) return false;
        Object v = c.value();
        if (v instanceof Boolean bv) return bv;
        if (v instanceof Long l) return l != 0;
        if (v instanceof BigInteger) return true; // never zero: small values are Longs
        if (v instanceof Double d) return d != 0.0;
        if (v instanceof String str) return !str.isEmpty();
        return false;
    }

    private void ifStmt(Stmt.If s) {
        CodeBuilder.Label orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        expr(s.test());
        u.b.jump(POP_JUMP_IF_FALSE, orelse);
        stmts(s.body());
        if (!s.orelse().isEmpty()) {
            if (u.b.reachable()) {
                u.b.line = lastLine(s.body());
                u.b.jumpTo(end);
            }
            u.b.bind(orelse);
            stmts(s.orelse());
            u.b.bind(end);
        } else {
            u.b.bind(orelse);
        }
    }

    private static int lastLine(List<Stmt> body) {
        return body.get(body.size() - 1).pos().line();
    }

    private void whileStmt(Stmt.While s) {
        CodeBuilder.Label head = new CodeBuilder.Label(), orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        u.b.bind(head);
        boolean forever = isConstantTrue(s.test());
        if (!forever) {
            expr(s.test());
            u.b.jump(POP_JUMP_IF_FALSE, orelse);
        }
        pushBlock(new Block(BlockKind.WHILE_LOOP, head, end, null, null), s.pos());
        stmts(s.body());
        u.blocks.remove(u.blocks.size() - 1);
        u.b.line = s.pos().line();
        u.b.jump(JUMP_BACKWARD, head);
        u.b.bind(orelse);
        stmts(s.orelse());
        u.b.bind(end);
    }

    private void forStmt(Stmt.For s) {
        CodeBuilder.Label head = new CodeBuilder.Label(), orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        expr(s.iter());
        u.b.line = s.pos().line();
        u.b.emit(GET_ITER);
        u.b.bind(head);
        u.b.jump(FOR_ITER, orelse);
        store(s.target());
        pushBlock(new Block(BlockKind.FOR_LOOP, head, end, null, null), s.pos());
        stmts(s.body());
        u.blocks.remove(u.blocks.size() - 1);
        u.b.line = s.pos().line();
        u.b.jump(JUMP_BACKWARD, head);
        u.b.bind(orelse);
        stmts(s.orelse());
        u.b.bind(end);
    }

    private void breakOrContinue(Stmt s, boolean isBreak) {
        int loop = -1;
        for (int i = u.blocks.size() - 1; i >= 0; i--) {
            BlockKind k = u.blocks.get(i).kind();
            if (k == BlockKind.FOR_LOOP || k == BlockKind.WHILE_LOOP) {
                loop = i;
                break;
            }
        }
        if (loop < 0) throw error(isBreak ? "'break' outside loop" : "'continue' not properly in loop", s.pos());
        Block target = u.blocks.get(loop);
        unwind(loop + 1, false);
        u.b.line = s.pos().line();
        if (isBreak) {
            if (target.kind() == BlockKind.FOR_LOOP) u.b.emit(POP_TOP);
            u.b.jumpTo(target.exit());
        } else {
            u.b.jump(JUMP_BACKWARD, target.head());
        }
    }

    private void returnStmt(Stmt.Return r) {
        if (u.scope.kind != Scope.Kind.FUNCTION) throw error("'return' outside function", r.pos());
        if (r.value() != null) expr(r.value());
        else u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
        unwind(0, true);
        u.b.line = r.pos().line();
        u.b.emit(RETURN_VALUE);
    }

    /**
     * Leaves the blocks above index {@code downTo} (innermost first): pops handler blocks,
     * inlines finally bodies, clears except-as names. With {@code preserveTop} a return
     * value is on the stack: values below it need not be popped, RETURN_VALUE drops them.
     */
    private void unwind(int downTo, boolean preserveTop) {
        for (int i = u.blocks.size() - 1; i >= downTo; i--) {
            Block blk = u.blocks.get(i);
            // a with statement further out needs its __exit__ right below the return value
            boolean withBelow = false;
            for (int j = downTo; j < i; j++) withBelow |= u.blocks.get(j).kind() == BlockKind.WITH;
            switch (blk.kind()) {
                case FOR_LOOP:
                    if (!preserveTop) {
                        u.b.emit(POP_TOP);
                    } else if (withBelow) {
                        u.b.emit(ROT_TWO);
                        u.b.emit(POP_TOP);
                    }
                    break;
                case WHILE_LOOP:
                    break;
                case TRY_EXCEPT:
                    u.b.emit(POP_BLOCK);
                    break;
                case FINALLY_TRY: {
                    u.b.emit(POP_BLOCK);
                    List<Block> saved = new ArrayList<>(u.blocks);
                    while (u.blocks.size() > i) u.blocks.remove(u.blocks.size() - 1);
                    int line = u.b.line;
                    stmts(blk.finalBody());
                    u.b.line = line;
                    u.blocks.clear();
                    u.blocks.addAll(saved);
                    break;
                }
                case HANDLER:
                    u.b.emit(POP_EXCEPT);
                    break;
                case HANDLER_NAMED:
                    u.b.emit(POP_BLOCK);
                    u.b.emit(POP_EXCEPT);
                    clearName(blk.name());
                    break;
                case FINALLY_END:
                    u.b.emit(POP_EXCEPT);
                    if (!preserveTop) {
                        u.b.emit(POP_TOP);
                    } else if (withBelow) {
                        u.b.emit(ROT_TWO);
                        u.b.emit(POP_TOP);
                    }
                    break;
                case WITH:
                    u.b.emit(POP_BLOCK);
                    if (preserveTop) u.b.emit(ROT_TWO);
                    callExitWithNones();
                    break;
                default:
                    throw new IllegalStateException();
            }
        }
    }

    private void clearName(String name) {
        u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
        storeName(name);
        deleteName(name);
    }

    private void assertStmt(Stmt.Assert a) {
        CodeBuilder.Label end = new CodeBuilder.Label();
        expr(a.test());
        u.b.jump(POP_JUMP_IF_TRUE, end);
        u.b.line = a.pos().line();
        u.b.emit(LOAD_ASSERTION_ERROR);
        if (a.msg() != null) {
            expr(a.msg());
            u.b.line = a.pos().line();
            u.b.emit(CALL, 0); // [AssertionError msg]: the [func self] shape calls AssertionError(msg)
        }
        u.b.emit(RAISE_VARARGS, 1);
        u.b.bind(end);
    }

    private void tryStmt(Stmt.Try t) {
        if (t.finalbody().isEmpty()) {
            tryExcept(t);
            return;
        }
        CodeBuilder.Label handler = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        u.b.jump(SETUP_EXCEPT, handler);
        pushBlock(new Block(BlockKind.FINALLY_TRY, null, null, t.finalbody(), null), t.pos());
        if (t.handlers().isEmpty()) {
            stmts(t.body());
        } else {
            tryExcept(t);
        }
        u.blocks.remove(u.blocks.size() - 1);
        if (u.b.reachable()) {
            u.b.emit(POP_BLOCK);
            stmts(t.finalbody());
            u.b.jumpTo(end);
        }
        // exception path: [exc], the finally body, then re-raise
        u.b.bind(handler);
        u.b.line = t.finalbody().get(0).pos().line();
        pushBlock(new Block(BlockKind.FINALLY_END, null, null, null, null), t.pos());
        stmts(t.finalbody());
        u.blocks.remove(u.blocks.size() - 1);
        u.b.emit(RERAISE);
        u.b.bind(end);
    }

    private void tryExcept(Stmt.Try t) {
        int line = u.b.line;
        CodeBuilder.Label handler = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        u.b.jump(SETUP_EXCEPT, handler);
        pushBlock(new Block(BlockKind.TRY_EXCEPT, null, null, null, null), t.pos());
        stmts(t.body());
        u.blocks.remove(u.blocks.size() - 1);
        if (u.b.reachable()) {
            u.b.emit(POP_BLOCK);
            stmts(t.orelse());
            if (u.b.reachable()) u.b.jumpTo(end);
        }
        u.b.bind(handler); // [exc]
        boolean bareLast = false;
        for (Stmt.ExceptHandler h : t.handlers()) {
            u.b.line = h.pos().line();
            CodeBuilder.Label next = new CodeBuilder.Label();
            if (h.type() != null) {
                expr(h.type());
                u.b.line = h.pos().line();
                u.b.emit(CHECK_EXC_MATCH);
                u.b.jump(POP_JUMP_IF_FALSE, next);
            } else {
                bareLast = true;
            }
            if (h.name() != null) {
                forbidDebug(h.name(), h.pos());
                storeName(h.name());
                CodeBuilder.Label cleanup = new CodeBuilder.Label();
                u.b.jump(SETUP_EXCEPT, cleanup);
                pushBlock(new Block(BlockKind.HANDLER_NAMED, null, null, null, h.name()), h.pos());
                stmts(h.body());
                u.blocks.remove(u.blocks.size() - 1);
                if (u.b.reachable()) {
                    u.b.emit(POP_BLOCK);
                    u.b.emit(POP_EXCEPT);
                    clearName(h.name());
                    u.b.jumpTo(end);
                }
                // an exception inside the clause: clear the name, then re-raise it
                u.b.bind(cleanup);
                u.b.line = h.pos().line();
                clearName(h.name());
                u.b.emit(RERAISE);
            } else {
                u.b.emit(POP_TOP);
                pushBlock(new Block(BlockKind.HANDLER, null, null, null, null), h.pos());
                stmts(h.body());
                u.blocks.remove(u.blocks.size() - 1);
                if (u.b.reachable()) {
                    u.b.emit(POP_EXCEPT);
                    u.b.jumpTo(end);
                }
            }
            u.b.bind(next);
        }
        if (!bareLast) {
            u.b.line = t.handlers().get(t.handlers().size() - 1).pos().line();
            u.b.emit(RERAISE);
        }
        u.b.bind(end);
        u.b.line = line;
    }

    /** [exit] -> []: exit(None, None, None), result dropped. */
    private void callExitWithNones() {
        u.b.emit(PUSH_NULL);
        u.b.emit(ROT_TWO);
        for (int i = 0; i < 3; i++) u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
        u.b.emit(CALL, 3);
        u.b.emit(POP_TOP);
    }

    /** {@code with a as x, b as y: body} is {@code with a as x: with b as y: body}. */
    private void withStmt(Stmt.With w, int item) {
        if (item == w.items().size()) {
            stmts(w.body());
            return;
        }
        Stmt.WithItem it = w.items().get(item);
        int line = w.pos().line();
        expr(it.context());
        u.b.line = line;
        u.b.emit(BEFORE_WITH);
        if (it.target() != null) store(it.target());
        else u.b.emit(POP_TOP);
        CodeBuilder.Label handler = new CodeBuilder.Label(), suppress = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        u.b.jump(SETUP_EXCEPT, handler);
        pushBlock(new Block(BlockKind.WITH, null, null, null, null), w.pos());
        withStmt(w, item + 1);
        u.blocks.remove(u.blocks.size() - 1);
        u.b.line = line;
        if (u.b.reachable()) {
            u.b.emit(POP_BLOCK);
            callExitWithNones();
            u.b.jumpTo(end);
        }
        u.b.bind(handler); // [exit exc]
        u.b.emit(WITH_EXCEPT_START);
        u.b.jump(POP_JUMP_IF_TRUE, suppress);
        u.b.emit(RERAISE);
        u.b.bind(suppress);
        u.b.emit(POP_TOP);
        u.b.emit(POP_EXCEPT);
        u.b.emit(POP_TOP);
        u.b.bind(end);
    }

    private void classDef(Stmt.ClassDef c) {
        forbidDebug(c.name(), c.pos());
        Scope scope = symbols.scopeOf(c);
        Unit outer = u;
        int line = c.pos().line();
        for (Expr d : c.decorators()) {
            u.b.line = d.pos().line();
            u.b.emit(PUSH_NULL);
            expr(d);
        }
        u = new Unit(scope, qualname(c.name()));
        u.b.line = line;
        if (c.body().stream().anyMatch(st -> st instanceof Stmt.AnnAssign an && an.target() instanceof Expr.Name)) {
            u.b.emit(BUILD_MAP, 0);
            u.b.emit(STORE_NAME, u.b.name("__annotations__"));
        }
        stmts(c.body());
        u.b.line = line;
        if (scope.needsClassCell) {
            u.b.emit(LOAD_CLOSURE, closureIndex("__class__"));
            u.b.emit(RETURN_VALUE);
        } else {
            returnNone();
        }
        CodeObject body = finish(c.name(), line, CodeObject.CLASS_BODY, 0);
        u = outer;
        u.b.line = line;
        makeFunction(body, List.of());
        u.b.emit(LOAD_CONST, u.b.constant(c.name()));
        for (Expr base : c.bases()) expr(base);
        u.b.line = line;
        u.b.emit(BUILD_CLASS, c.bases().size());
        for (int i = c.decorators().size() - 1; i >= 0; i--) u.b.emit(CALL, 1);
        storeName(c.name());
    }

    // ------------------------------------------------------------------ names

    private enum Ctx { LOAD, STORE, DELETE }

    private void loadName(String n) {
        name(n, Ctx.LOAD);
    }

    private void storeName(String n) {
        name(n, Ctx.STORE);
    }

    private void deleteName(String n) {
        name(n, Ctx.DELETE);
    }

    private void name(String n, Ctx ctx) {
        Scope s = u.scope;
        Scope.Access a = s.accessOf(n);
        if (s.kind == Scope.Kind.MODULE) {
            u.b.emit(ctx == Ctx.LOAD ? LOAD_GLOBAL : ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, u.b.name(n));
            return;
        }
        switch (a) {
            case GLOBAL_EXPLICIT:
                u.b.emit(ctx == Ctx.LOAD ? LOAD_GLOBAL : ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, u.b.name(n));
                return;
            case GLOBAL_IMPLICIT:
                if (s.kind == Scope.Kind.CLASS) {
                    u.b.emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, u.b.name(n));
                } else {
                    u.b.emit(ctx == Ctx.LOAD ? LOAD_GLOBAL : ctx == Ctx.STORE ? STORE_GLOBAL : DELETE_GLOBAL, u.b.name(n));
                }
                return;
            case LOCAL:
                if (s.kind == Scope.Kind.CLASS) {
                    u.b.emit(ctx == Ctx.LOAD ? LOAD_NAME : ctx == Ctx.STORE ? STORE_NAME : DELETE_NAME, u.b.name(n));
                } else {
                    int i = u.varnames.indexOf(n);
                    u.b.emit(ctx == Ctx.LOAD ? LOAD_FAST : ctx == Ctx.STORE ? STORE_FAST : DELETE_FAST, i);
                }
                return;
            case CELL:
            case FREE:
                u.b.emit(ctx == Ctx.LOAD ? LOAD_DEREF : ctx == Ctx.STORE ? STORE_DEREF : DELETE_DEREF, closureIndex(n));
                return;
            default:
                throw new IllegalStateException();
        }
    }

    // ------------------------------------------------------------------ targets

    private void store(Expr t) {
        int saved = u.b.line;
        if (t instanceof Expr.Name n) {
            forbidDebug(n.id(), n.pos());
            u.b.line = n.pos().line();
            storeName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            forbidDebug(a.attr(), a.pos());
            expr(a.value());
            u.b.line = a.pos().line();
            u.b.emit(STORE_ATTR, u.b.name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            u.b.line = s.pos().line();
            u.b.emit(STORE_SUBSCR);
        } else if (t instanceof Expr.Tuple || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.Tuple tu ? tu.elts() : ((Expr.ListExpr) t).elts();
            u.b.line = t.pos().line();
            int star = -1;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Expr.Starred) {
                    if (star >= 0) throw error("multiple starred expressions in assignment", elts.get(i).pos());
                    star = i;
                }
            }
            if (star < 0) {
                u.b.emit(UNPACK_SEQUENCE, elts.size());
            } else {
                int after = elts.size() - star - 1;
                if (star > 255 || after > 255) throw error("too many expressions in star-unpacking assignment", t.pos());
                u.b.emit(UNPACK_EX, star | after << 8);
            }
            for (Expr e : elts) store(e);
        } else if (t instanceof Expr.Starred st) {
            store(st.value());
        } else {
            throw new IllegalStateException("bad target " + t);
        }
        u.b.line = saved;
    }

    private void delete(Expr t) {
        int saved = u.b.line;
        u.b.line = t.pos().line();
        if (t instanceof Expr.Name n) {
            if (n.id().equals("__debug__")) throw error("cannot delete __debug__", n.pos());
            deleteName(n.id());
        } else if (t instanceof Expr.Attribute a) {
            expr(a.value());
            u.b.line = a.pos().line();
            u.b.emit(DELETE_ATTR, u.b.name(a.attr()));
        } else if (t instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            u.b.line = s.pos().line();
            u.b.emit(DELETE_SUBSCR);
        } else if (t instanceof Expr.Tuple || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.Tuple tu ? tu.elts() : ((Expr.ListExpr) t).elts();
            for (Expr e : elts) delete(e);
        } else {
            throw new IllegalStateException("bad del target " + t);
        }
        u.b.line = saved;
    }

    /** The key of a subscript: slices become BUILD_SLICE with None for missing parts. */
    private void subscriptKey(Expr key) {
        if (key instanceof Expr.Slice sl) {
            int saved = u.b.line;
            u.b.line = sl.pos().line();
            constOrNone(sl.lower());
            constOrNone(sl.upper());
            if (sl.step() != null) {
                expr(sl.step());
                u.b.line = sl.pos().line();
                u.b.emit(BUILD_SLICE, 3);
            } else {
                u.b.emit(BUILD_SLICE, 2);
            }
            u.b.line = saved;
        } else {
            expr(key);
        }
    }

    private void constOrNone(Expr e) {
        if (e == null) u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
        else expr(e);
    }

    // ------------------------------------------------------------------ expressions

    private void expr(Expr e) {
        int saved = u.b.line;
        u.b.line = e.pos().line();
        exprAt(e);
        u.b.line = saved;
    }

    /** Compiles {@code e}; its own instructions carry its line (restored after each child). */
    private void exprAt(Expr e) {
        int line = u.b.line;
        if (e instanceof Expr.Name n) {
            if (n.id().equals("__debug__")) u.b.emit(LOAD_CONST, u.b.constant(Boolean.TRUE)); // a constant, as in CPython
            else loadName(n.id());
        } else if (e instanceof Expr.Constant c) {
            u.b.emit(LOAD_CONST, u.b.constant(c.value()));
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
            u.b.emit(BINARY_OP, b.op().ordinal());
        } else if (e instanceof Expr.UnaryOp un) {
            Object folded = foldNegative(un);
            if (folded != null) {
                u.b.emit(LOAD_CONST, u.b.constant(folded));
                return;
            }
            expr(un.operand());
            switch (un.op()) {
                case "-": u.b.emit(UNARY_NEGATIVE); break;
                case "+": u.b.emit(UNARY_POSITIVE); break;
                case "~": u.b.emit(UNARY_INVERT); break;
                default: u.b.emit(UNARY_NOT); break;
            }
        } else if (e instanceof Expr.BoolOp b) {
            CodeBuilder.Label end = new CodeBuilder.Label();
            List<Expr> values = b.values();
            for (int i = 0; i < values.size() - 1; i++) {
                expr(values.get(i));
                u.b.jump(b.isAnd() ? JUMP_IF_FALSE_OR_POP : JUMP_IF_TRUE_OR_POP, end);
            }
            expr(values.get(values.size() - 1));
            u.b.bind(end);
        } else if (e instanceof Expr.Compare c) {
            compare(c);
        } else if (e instanceof Expr.IfExp i) {
            CodeBuilder.Label orelse = new CodeBuilder.Label(), end = new CodeBuilder.Label();
            expr(i.test());
            u.b.jump(POP_JUMP_IF_FALSE, orelse);
            expr(i.body());
            u.b.jumpTo(end);
            u.b.bind(orelse);
            expr(i.orelse());
            u.b.bind(end);
        } else if (e instanceof Expr.Call c) {
            call(c);
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
            u.b.emit(LOAD_ATTR, u.b.name(a.attr()));
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            subscriptKey(s.slice());
            u.b.line = line;
            u.b.emit(BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice s) {
            subscriptKey(s); // only reachable inside a subscript tuple: a[1:2, 3]
        } else if (e instanceof Expr.Tuple t) {
            Object folded = constantTuple(t);
            if (folded != null) {
                u.b.emit(LOAD_CONST, u.b.constant(folded));
                return;
            }
            if (hasStarred(t.elts())) {
                starredList(t.elts());
                u.b.emit(LIST_TO_TUPLE);
                return;
            }
            for (Expr x : t.elts()) expr(x);
            u.b.emit(BUILD_TUPLE, t.elts().size());
        } else if (e instanceof Expr.ListExpr l) {
            if (hasStarred(l.elts())) {
                starredList(l.elts());
                return;
            }
            for (Expr x : l.elts()) expr(x);
            u.b.emit(BUILD_LIST, l.elts().size());
        } else if (e instanceof Expr.SetExpr se) {
            if (hasStarred(se.elts())) {
                u.b.emit(BUILD_SET, 0);
                for (Expr x : se.elts()) {
                    expr(x instanceof Expr.Starred st ? st.value() : x);
                    u.b.line = line;
                    u.b.emit(x instanceof Expr.Starred ? SET_UPDATE : SET_ADD, 1);
                }
                return;
            }
            Object folded = se.elts().size() > 2 ? constantTuple(new Expr.Tuple(se.pos(), se.elts(), true)) : null;
            if (folded != null) {
                u.b.emit(BUILD_SET, 0);
                u.b.emit(LOAD_CONST, u.b.constant(new ConstFrozenSet(((ConstTuple) folded).items())));
                u.b.emit(SET_UPDATE, 1);
                return;
            }
            for (Expr x : se.elts()) expr(x);
            u.b.emit(BUILD_SET, se.elts().size());
        } else if (e instanceof Expr.Starred st) {
            throw error("can't use starred expression here", st.pos());
        } else if (e instanceof Expr.Yield y) {
            if (y.value() != null) expr(y.value());
            else u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
            u.b.line = line;
            u.b.emit(YIELD_VALUE);
        } else if (e instanceof Expr.YieldFrom y) {
            expr(y.value());
            u.b.line = line;
            u.b.emit(GET_ITER);
            u.b.emit(DUP_TOP);
            CodeBuilder.Label head = new CodeBuilder.Label(), exit = new CodeBuilder.Label();
            u.b.bind(head);
            u.b.jump(FOR_ITER, exit);
            u.b.emit(YIELD_VALUE);
            u.b.emit(POP_TOP);
            u.b.jump(JUMP_BACKWARD, head);
            u.b.bind(exit);
            u.b.emit(GET_YIELD_FROM_VALUE);
        } else if (e instanceof Expr.SetComp sc) {
            comprehension(sc, "<setcomp>", sc.generators(), sc.elt(), null);
        } else if (e instanceof Expr.GeneratorExp g) {
            comprehension(g, "<genexpr>", g.generators(), g.elt(), null);
        } else if (e instanceof Expr.Dict d) {
            if (d.keys().stream().anyMatch(java.util.Objects::isNull)) {
                // {**a, k: v, ...}: an empty dict, then MAP_ADD and DICT_UPDATE in source order
                u.b.emit(BUILD_MAP, 0);
                for (int i = 0; i < d.keys().size(); i++) {
                    if (d.keys().get(i) == null) {
                        expr(d.values().get(i));
                        u.b.emit(DICT_UPDATE, 1);
                    } else {
                        expr(d.keys().get(i));
                        expr(d.values().get(i));
                        u.b.emit(MAP_ADD, 1);
                    }
                }
            } else {
                for (int i = 0; i < d.keys().size(); i++) {
                    expr(d.keys().get(i));
                    expr(d.values().get(i));
                }
                u.b.emit(BUILD_MAP, d.keys().size());
            }
        } else if (e instanceof Expr.JoinedStr j) {
            joinedStr(j);
        } else if (e instanceof Expr.FormattedValue f) {
            formattedValue(f);
        } else if (e instanceof Expr.Lambda l) {
            for (Arguments.Arg a : l.args().all()) forbidDebug(a.name(), l.pos());
            CodeObject code = functionCode(l, "<lambda>", l.args(), null, l.body(), l.pos().line());
            makeFunction(code, l.args().defaults(), l.args().kwDefaults());
        } else if (e instanceof Expr.ListComp lc) {
            comprehension(lc, "<listcomp>", lc.generators(), lc.elt(), null);
        } else if (e instanceof Expr.DictComp dc) {
            comprehension(dc, "<dictcomp>", dc.generators(), dc.key(), dc.value());
        } else {
            throw new IllegalStateException("cannot compile " + e);
        }
    }

    /** {@code -<number literal>} as one constant, as CPython's folding does. */
    private static Object foldNegative(Expr.UnaryOp un) {
        if (!un.op().equals("-") || !(un.operand() instanceof Expr.Constant c)) return null;
        Object v = c.value();
        if (v instanceof Long l) {
            return l == Long.MIN_VALUE ? BigInteger.valueOf(l).negate() : (Object) (-l);
        }
        if (v instanceof BigInteger bi) {
            BigInteger n = bi.negate();
            return n.bitLength() < 64 ? (Object) n.longValue() : n;
        }
        if (v instanceof Double d) return -d;
        return null;
    }

    /** A tuple of constants (recursively) as a ConstTuple, or null. */
    private static Object constantTuple(Expr.Tuple t) {
        if (t.elts().isEmpty()) return new ConstTuple(new Object[0]);
        Object[] items = new Object[t.elts().size()];
        for (int i = 0; i < items.length; i++) {
            Expr x = t.elts().get(i);
            Object v;
            if (x instanceof Expr.Constant c) v = c.value();
            else if (x instanceof Expr.UnaryOp un) v = foldNegative(un);
            else if (x instanceof Expr.Tuple inner) v = constantTuple(inner);
            else v = null;
            if (v == null) return null;
            items[i] = v;
        }
        return new ConstTuple(items);
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr x : elts) if (x instanceof Expr.Starred) return true;
        return false;
    }

    /** A list of the elements, starred ones spliced in. */
    private void starredList(List<Expr> elts) {
        int line = u.b.line;
        u.b.emit(BUILD_LIST, 0);
        for (Expr x : elts) {
            expr(x instanceof Expr.Starred st ? st.value() : x);
            u.b.line = line;
            u.b.emit(x instanceof Expr.Starred ? LIST_EXTEND : LIST_APPEND, 1);
        }
    }

    private void compare(Expr.Compare c) {
        int line = u.b.line;
        expr(c.left());
        int n = c.ops().size();
        if (n == 1) {
            expr(c.comparators().get(0));
            u.b.line = line;
            u.b.emit(COMPARE_OP, c.ops().get(0).ordinal());
            return;
        }
        CodeBuilder.Label cleanup = new CodeBuilder.Label(), end = new CodeBuilder.Label();
        for (int i = 0; i < n - 1; i++) {
            expr(c.comparators().get(i));
            u.b.line = line;
            u.b.emit(DUP_TOP);
            u.b.emit(ROT_THREE);
            u.b.emit(COMPARE_OP, c.ops().get(i).ordinal());
            u.b.jump(JUMP_IF_FALSE_OR_POP, cleanup);
        }
        expr(c.comparators().get(n - 1));
        u.b.line = line;
        u.b.emit(COMPARE_OP, c.ops().get(n - 1).ordinal());
        u.b.jumpTo(end);
        u.b.bind(cleanup);
        u.b.emit(ROT_TWO);
        u.b.emit(POP_TOP);
        u.b.bind(end);
    }

    private void call(Expr.Call c) {
        for (Expr.Keyword k : c.keywords()) forbidDebug(k.arg(), c.pos());
        int line = u.b.line;
        if (isZeroArgSuper(c)) {
            u.b.emit(PUSH_NULL);
            u.b.emit(LOAD_GLOBAL, u.b.name("super"));
            u.b.emit(LOAD_DEREF, closureIndex("__class__"));
            loadName(u.scope.params.get(0));
            u.b.emit(CALL, 2);
            return;
        }
        if (c.func() instanceof Expr.Attribute a) {
            expr(a.value());
            // CPython 3.11 reports a method call spanning lines at the line of the method name
            int callLine = a.pos().endLine();
            u.b.line = callLine;
            u.b.emit(LOAD_METHOD, u.b.name(a.attr()));
            arguments(c, callLine);
            return;
        }
        u.b.emit(PUSH_NULL);
        expr(c.func());
        arguments(c, line);
    }

    private void arguments(Expr.Call c, int line) {
        boolean ex = hasStarred(c.args());
        for (Expr.Keyword k : c.keywords()) ex |= k.arg() == null;
        if (ex) {
            // CALL_FUNCTION_EX takes the callable as [NULL f] or [f self], and one *iterable as it is
            if (c.args().size() == 1 && c.args().get(0) instanceof Expr.Starred st) expr(st.value());
            else starredList(c.args());
            if (!c.keywords().isEmpty()) {
                u.b.emit(BUILD_MAP, 0);
                for (Expr.Keyword k : c.keywords()) {
                    if (k.arg() == null) {
                        expr(k.value());
                        u.b.line = line;
                        u.b.emit(DICT_MERGE, 1);
                    } else {
                        u.b.emit(LOAD_CONST, u.b.constant(k.arg()));
                        expr(k.value());
                        u.b.line = line;
                        u.b.emit(MAP_ADD, 1);
                    }
                }
            }
            u.b.line = line;
            u.b.emit(CALL_FUNCTION_EX, c.keywords().isEmpty() ? 0 : 1);
            return;
        }
        for (Expr a : c.args()) expr(a);
        for (Expr.Keyword k : c.keywords()) expr(k.value());
        u.b.line = line;
        if (!c.keywords().isEmpty()) {
            Object[] kwnames = c.keywords().stream().map(Expr.Keyword::arg).toArray();
            u.b.emit(KW_NAMES, u.b.constant(new ConstTuple(kwnames)));
        }
        u.b.emit(CALL, c.args().size() + c.keywords().size());
    }

    /** {@code super()} in a method: becomes super(__class__, first parameter). */
    private boolean isZeroArgSuper(Expr.Call c) {
        return c.func() instanceof Expr.Name n && n.id().equals("super") && c.args().isEmpty()
                && c.keywords().isEmpty() && u.scope.kind == Scope.Kind.FUNCTION && !u.scope.params.isEmpty()
                && u.scope.accessOf("super") == Scope.Access.GLOBAL_IMPLICIT
                && u.scope.accessOf("__class__") == Scope.Access.FREE;
    }

    private void joinedStr(Expr.JoinedStr j) {
        List<Expr> parts = j.values();
        if (parts.isEmpty()) {
            u.b.emit(LOAD_CONST, u.b.constant(""));
            return;
        }
        for (Expr p : parts) expr(p);
        if (parts.size() > 1) u.b.emit(BUILD_STRING, parts.size());
    }

    private void formattedValue(Expr.FormattedValue f) {
        expr(f.value());
        int arg = f.conversion() == 's' ? 1 : f.conversion() == 'r' ? 2 : 0;
        if (f.spec() != null) {
            expr(f.spec());
            arg |= 4;
        }
        u.b.emit(FORMAT_VALUE, arg);
    }

    private void comprehension(Expr node, String name, List<Expr.Comprehension> gens, Expr elt, Expr value) {
        int line = node.pos().line();
        Scope scope = symbols.scopeOf(node);
        Unit outer = u;
        u = new Unit(scope, qualname(name));
        u.b.line = line;
        boolean gen = node instanceof Expr.GeneratorExp, set = node instanceof Expr.SetComp;
        if (!gen) u.b.emit(value != null ? BUILD_MAP : set ? BUILD_SET : BUILD_LIST, 0);
        int base = gen ? 0 : 1;
        List<CodeBuilder.Label> heads = new ArrayList<>();
        List<CodeBuilder.Label> exits = new ArrayList<>();
        List<CodeBuilder.Label> skips = new ArrayList<>();
        for (int i = 0; i < gens.size(); i++) {
            Expr.Comprehension g = gens.get(i);
            if (i == 0) {
                u.b.line = line;
                u.b.emit(LOAD_FAST, u.varnames.indexOf(".0"));
            } else {
                expr(g.iter());
                u.b.line = line;
                u.b.emit(GET_ITER);
            }
            CodeBuilder.Label head = new CodeBuilder.Label(), exit = new CodeBuilder.Label();
            u.b.bind(head);
            u.b.line = line;
            u.b.jump(FOR_ITER, exit);
            store(g.target());
            heads.add(head);
            exits.add(exit);
            CodeBuilder.Label skip = null;
            for (Expr cond : g.ifs()) {
                if (skip == null) skip = new CodeBuilder.Label();
                expr(cond);
                u.b.jump(POP_JUMP_IF_FALSE, skip);
            }
            skips.add(skip);
        }
        expr(elt);
        if (value != null) expr(value);
        u.b.line = line;
        int depth = gens.size() + base;
        if (gen) {
            u.b.emit(YIELD_VALUE);
            u.b.emit(POP_TOP);
        } else {
            u.b.emit(value != null ? MAP_ADD : set ? SET_ADD : LIST_APPEND, depth);
        }
        for (int i = gens.size() - 1; i >= 0; i--) {
            CodeBuilder.Label skip = skips.remove(skips.size() - 1);
            if (skip != null) u.b.bind(skip);
            u.b.line = line;
            u.b.jump(JUMP_BACKWARD, heads.get(i));
            u.b.bind(exits.get(i));
        }
        if (gen) u.b.emit(LOAD_CONST, u.b.constant(Const.NONE));
        u.b.emit(RETURN_VALUE);
        CodeObject code = finish(name, line, gen ? CodeObject.GENERATOR : 0, 1);
        u = outer;
        u.b.line = line;
        u.b.emit(PUSH_NULL);
        makeFunction(code, List.of());
        expr(gens.get(0).iter());
        u.b.line = line;
        u.b.emit(GET_ITER);
        u.b.emit(CALL, 1);
    }
}
