package org.armjit.lang.ast;

import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CompareOp;

import java.util.List;

/**
 * Expressions of the subset. Constant values are Java values as in
 * {@link org.armjit.lang.bytecode.CodeObject#consts}: Long/BigInteger, Double, String,
 * Boolean, {@link org.armjit.lang.bytecode.Const#NONE}.
 */
public sealed interface Expr extends Node {
    record Name(Pos pos, String id) implements Expr {}
    record Constant(Pos pos, Object value) implements Expr {}
    /** An f-string: Constant str parts and FormattedValues. */
    record JoinedStr(Pos pos, List<Expr> values) implements Expr {}
    /** conversion: -1 none, 's', 'r' or 'a'; spec is a JoinedStr or null. */
    record FormattedValue(Pos pos, Expr value, int conversion, Expr spec) implements Expr {}
    record BinOp(Pos pos, Expr left, BinaryOp op, Expr right) implements Expr {}
    /** op: "-", "+", "~" or "not". */
    record UnaryOp(Pos pos, String op, Expr operand) implements Expr {}
    record BoolOp(Pos pos, boolean isAnd, List<Expr> values) implements Expr {}
    record Compare(Pos pos, Expr left, List<CompareOp> ops, List<Expr> comparators) implements Expr {}
    record IfExp(Pos pos, Expr test, Expr body, Expr orelse) implements Expr {}
    record Call(Pos pos, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {}
    record Attribute(Pos pos, Expr value, String attr) implements Expr {}
    record Subscript(Pos pos, Expr value, Expr slice) implements Expr {}
    /** Parts may be null. */
    record Slice(Pos pos, Expr lower, Expr upper, Expr step) implements Expr {}
    /** parenthesized: written with parentheses (matters for error messages only). */
    record Tuple(Pos pos, List<Expr> elts, boolean parenthesized) implements Expr {}
    record ListExpr(Pos pos, List<Expr> elts) implements Expr {}
    record Dict(Pos pos, List<Expr> keys, List<Expr> values) implements Expr {}
    record Lambda(Pos pos, Arguments args, Expr body) implements Expr {}
    record ListComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record DictComp(Pos pos, Expr key, Expr value, List<Comprehension> generators) implements Expr {}
    record GeneratorExp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    record SetExpr(Pos pos, List<Expr> elts) implements Expr {}
    record SetComp(Pos pos, Expr elt, List<Comprehension> generators) implements Expr {}
    /** value may be null: a bare {@code yield}. */
    record Yield(Pos pos, Expr value) implements Expr {}
    record YieldFrom(Pos pos, Expr value) implements Expr {}
    /** {@code *value}: in call arguments, displays and assignment targets. */
    record Starred(Pos pos, Expr value) implements Expr {}

    /** arg null: {@code **value}. */
    record Keyword(Pos pos, String arg, Expr value) implements Node {}
    record Comprehension(Pos pos, Expr target, Expr iter, List<Expr> ifs) implements Node {}
}
