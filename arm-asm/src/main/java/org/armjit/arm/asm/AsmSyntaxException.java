package org.armjit.arm.asm;

/** An error in assembly source; the message reads {@code line N: what is wrong}. */
public final class AsmSyntaxException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public AsmSyntaxException(int line, String what) {
        super("line " + line + ": " + what);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
