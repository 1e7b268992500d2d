package org.armjit.lang;

/**
 * Source that CPython refuses for its size rather than its syntax: nesting deeper than the
 * parser's stack (CPython's MAXSTACK, reported as a bare {@code MemoryError}) or than the
 * compiler's recursion limit ({@code RecursionError: maximum recursion depth exceeded during
 * compilation}). CPython prints only that last line, no file or traceback, and exits with 1.
 */
public final class CompileLimitError extends RuntimeException {
    private final String line;

    private CompileLimitError(String line) {
        super(line);
        this.line = line;
    }

    /** The parser's stack is exhausted (CPython's pegen raises MemoryError without a message). */
    public static CompileLimitError parserStack() {
        return new CompileLimitError("MemoryError");
    }

    /** The symbol table or the compiler went deeper than CPython's compile-time recursion limit. */
    public static CompileLimitError compilerRecursion() {
        return new CompileLimitError("RecursionError: maximum recursion depth exceeded during compilation");
    }

    /** What {@code python3 p.py} prints on stderr. */
    public String format() {
        return line + "\n";
    }
}
