package org.armjit.lang.vm;

import java.util.ArrayList;
import java.util.List;

/**
 * A Python exception in flight through Java code. {@code exc} is the guest exception
 * instance. No safepoint is reached while it unwinds, so holding the reference here is
 * safe until a handler puts it on a value stack.
 */
public final class PyException extends RuntimeException {
    public int exc;
    /** Traceback entries, innermost first (appended while unwinding through frames). */
    public final List<TracebackEntry> traceback;
    /** A NameError's or AttributeError's "Did you mean" name, printed with the traceback (CPython 3.11), or null. */
    public String suggestion;

    public PyException(int exc) {
        this(exc, new ArrayList<>());
    }

    public PyException(int exc, List<TracebackEntry> traceback) {
        super(null, null, false, false);
        this.exc = exc;
        this.traceback = traceback;
    }

    /** One traceback line; {@code frame} identifies the activation (so re-raising in it adds no entry). */
    public record TracebackEntry(String filename, int line, String function, Object frame) {}
}
