package org.armjit.jit.log;

/**
 * What the JIT driver tells a log ({@code --jit-log}) as it works. The driver holds null when
 * no log is wanted, so a run without one pays a null test at each event and nothing else.
 * Trace ids count compiled traces (loops, functions, bridges) from 1 in compile order.
 */
public interface JitListener {
    /** A trace was recorded, optimised and compiled. */
    void traceCompiled(TraceInfo trace);

    /**
     * Recording stopped without a trace. {@code codeId}/{@code pc}: where the recorder was
     * (the start of the loop or function if it never began); {@code parentTrace}/{@code guard}
     * name the guard of a bridge recording, else 0 / -1.
     */
    void aborted(String reason, String kind, int codeId, int pc, int parentTrace, int guard);

    /** A guard failed often enough that a bridge is being recorded from it. */
    void guardHot(int trace, int guard, long failures);

    /** A trace was invalidated (its guard_not_invalidated fail from now on). */
    void invalidated(int trace, String reason);
}
