package org.armjit.jit.log;

import java.util.Map;
import java.util.TreeMap;

/**
 * Counts for one compiled trace, kept by the driver only while a log is written: how often
 * the interpreter entered it, the backend's work from those entries until the exits (ARM
 * instructions in the simulator, bridges run on the way included), and failures per guard.
 */
public final class TraceProfile {
    public final int id;
    /** The compiled trace counted (for the backend's own figures, {@code Backend#ownWork}). */
    public final org.armjit.jit.backend.CompiledTrace trace;
    public long entries;
    public long work;
    public final Map<Integer, Long> guardFailures = new TreeMap<>();

    public TraceProfile(int id, org.armjit.jit.backend.CompiledTrace trace) {
        this.id = id;
        this.trace = trace;
    }
}
