package org.armjit.lang.bytecode;

/** Operators of {@link Opcode#COMPARE_OP}; the arg is {@code ordinal()}. */
public enum CompareOp {
    LT("<"), LE("<="), EQ("=="), NE("!="), GT(">"), GE(">="),
    IS("is"), IS_NOT("is not"), IN("in"), NOT_IN("not in");

    public final String symbol;
    private static final CompareOp[] VALUES = values();

    CompareOp(String symbol) {
        this.symbol = symbol;
    }

    public static CompareOp of(int arg) {
        return VALUES[arg];
    }
}
