package org.armjit.lang.format;

/**
 * A Python exception raised by the formatting and number-text library. The interpreter
 * turns it into a guest exception of {@link #pythonType()} whose message is
 * {@link #message()}, exactly CPython 3.11's text.
 */
public final class FormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String pythonType;
    private final String message;

    public FormatException(String pythonType, String message) {
        super(null, null, false, false); // raised in ordinary control flow: no stack trace
        this.pythonType = pythonType;
        this.message = message;
    }

    public static FormatException valueError(String message) {
        return new FormatException("ValueError", message);
    }

    public static FormatException typeError(String message) {
        return new FormatException("TypeError", message);
    }

    public static FormatException overflowError(String message) {
        return new FormatException("OverflowError", message);
    }

    public static FormatException zeroDivisionError(String message) {
        return new FormatException("ZeroDivisionError", message);
    }

    /** "ValueError", "TypeError", "OverflowError", "ZeroDivisionError", "KeyError", "IndexError" or "MemoryError". */
    public String pythonType() {
        return pythonType;
    }

    /** The exception's message as CPython prints it after "Type: ". */
    public String message() {
        return message;
    }

    @Override
    public String getMessage() {
        return pythonType + ": " + message;
    }
}
