package org.armjit.lang.bytecode;

/** Operators of {@link Opcode#BINARY_OP}; the arg is {@code ordinal()}, plus {@link #INPLACE} for {@code op=}. */
public enum BinaryOp {
    ADD("+"), SUB("-"), MUL("*"), TRUEDIV("/"), FLOORDIV("//"), MOD("%"), POW("**"),
    LSHIFT("<<"), RSHIFT(">>"), AND("&"), OR("|"), XOR("^");

    /** Added to the arg for augmented assignment ({@code a += b}); lists extend in place. */
    public static final int INPLACE = 16;

    public final String symbol;
    private static final BinaryOp[] VALUES = values();

    BinaryOp(String symbol) {
        this.symbol = symbol;
    }

    public static BinaryOp of(int arg) {
        return VALUES[arg & (INPLACE - 1)];
    }

    public static boolean isInplace(int arg) {
        return (arg & INPLACE) != 0;
    }
}
