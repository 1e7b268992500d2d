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
    /** For an OS-style error (args (errno, strerror)): the errno, else 0. */
    private final int errno;
    private final String strerror;

    public FormatException(String pythonType, String message) {
        this(pythonType, message, 0, null);
    }

    private FormatException(String pythonType, String message, int errno, String strerror) {
        super(null, null, false, false); // raised in ordinary control flow: no stack trace
        this.pythonType = pythonType;
        this.message = message;
        this.errno = errno;
        this.strerror = strerror;
    }

    /** OverflowError with args (errno, strerror), printed "(34, 'Numerical result out of range')". */
    public static FormatException overflowErrno(int errno, String strerror) {
        return new FormatException("OverflowError", "(" + errno + ", '" + strerror + "')", errno, strerror);
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

    /** The errno of an OS-style error (its args are (errno, {@link #strerror()})), or 0. */
    public int errno() {
        return errno;
    }

    public String strerror() {
        return strerror;
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
