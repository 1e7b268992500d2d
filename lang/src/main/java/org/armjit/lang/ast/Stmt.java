package org.armjit.lang.ast;

import org.armjit.lang.bytecode.BinaryOp;

import java.util.List;

/** Statements of the subset. */
public sealed interface Stmt extends Node {
    record ExprStmt(Pos pos, Expr value) implements Stmt {}
    /** {@code a = b = value}: targets in source order. */
    record Assign(Pos pos, List<Expr> targets, Expr value) implements Stmt {}
    record AugAssign(Pos pos, Expr target, BinaryOp op, Expr value) implements Stmt {}
    /** {@code x: T = v}; the annotation is dropped, value may be null. */
    record AnnAssign(Pos pos, Expr target, Expr value) implements Stmt {}
    record If(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record While(Pos pos, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record For(Pos pos, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse) implements Stmt {}
    record Break(Pos pos) implements Stmt {}
    record Continue(Pos pos) implements Stmt {}
    record Pass(Pos pos) implements Stmt {}
    /** value may be null. */
    record Return(Pos pos, Expr value) implements Stmt {}
    record Delete(Pos pos, List<Expr> targets) implements Stmt {}
    record Global(Pos pos, List<String> names) implements Stmt {}
    record Nonlocal(Pos pos, List<String> names) implements Stmt {}
    /** msg may be null. */
    record Assert(Pos pos, Expr test, Expr msg) implements Stmt {}
    /** exc null: bare re-raise. */
    record Raise(Pos pos, Expr exc) implements Stmt {}
    record Try(Pos pos, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) implements Stmt {}
    record Import(Pos pos, List<Alias> names) implements Stmt {}
    record ImportFrom(Pos pos, String module, List<Alias> names) implements Stmt {}
    /** decorators in source order (applied last first). */
    record FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body, List<Expr> decorators) implements Stmt {
        public FunctionDef(Pos pos, String name, Arguments args, List<Stmt> body) {
            this(pos, name, args, body, List.of());
        }
    }
    record ClassDef(Pos pos, String name, List<Expr> bases, List<Stmt> body, List<Expr> decorators) implements Stmt {
        public ClassDef(Pos pos, String name, List<Expr> bases, List<Stmt> body) {
            this(pos, name, bases, body, List.of());
        }
    }
    /** {@code with a as x, b: body}; an item's target may be null. */
    record With(Pos pos, List<WithItem> items, List<Stmt> body) implements Stmt {}
    record WithItem(Pos pos, Expr context, Expr target) implements Node {}

    /** type null: bare except; name null: no "as". */
    record ExceptHandler(Pos pos, Expr type, String name, List<Stmt> body) implements Node {}
    /** asname may be null. */
    record Alias(Pos pos, String name, String asname) implements Node {}
}
