package org.armjit.jit.driver;

import org.armjit.lang.vm.Vm;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;

/** Counters printed by --jit-stats, one "name: value" line each. */
public final class JitStats {
    public long loops;
    /** Function traces (from a function's entry to its return). */
    public long functions;
    public long bridges;
    public long aborts;
    /**
     * Unexpected Java exceptions in the recorder, optimizer or backend (each also an abort):
     * bugs in the JIT, never hidden as ordinary aborts. {@link #totalInternalErrors()} sums
     * them over every VM in this process, for tests.
     */
    public long internalErrors;
    private static final java.util.concurrent.atomic.AtomicLong TOTAL_INTERNAL_ERRORS = new java.util.concurrent.atomic.AtomicLong();
    public final Map<String, Long> abortReasons = new TreeMap<>();
    public long guardFailures;
    public long traceEnters;
    public long invalidations;
    public long traceNanos;
    public long recordedOps;
    /** Instructions the interpreter dispatched, read when printed (also with --jit off). */
    LongSupplier interpBytecodes = () -> 0;
    /** Work done in compiled code as the backend counts it (Backend#compiledOps), read when printed. */
    LongSupplier compiledOps = () -> 0;

    /** The statistics of a run without the JIT: only the interpreter's counter. */
    public static JitStats withoutJit(Vm vm) {
        JitStats s = new JitStats();
        s.interpBytecodes = () -> vm.interp.bytecodes;
        return s;
    }

    void internalError() {
        internalErrors++;
        TOTAL_INTERNAL_ERRORS.incrementAndGet();
    }

    /** Internal errors of every JIT in this process so far (tests assert none happened while they ran). */
    public static long totalInternalErrors() {
        return TOTAL_INTERNAL_ERRORS.get();
    }

    void abort(String reason) {
        aborts++;
        abortReasons.merge(reason, 1L, Long::sum);
    }

    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append("loops: ").append(loops).append('\n');
        sb.append("functions: ").append(functions).append('\n');
        sb.append("bridges: ").append(bridges).append('\n');
        sb.append("aborts: ").append(aborts).append('\n');
        for (Map.Entry<String, Long> e : abortReasons.entrySet()) {
            sb.append("aborts_").append(e.getKey().replaceAll("[^A-Za-z0-9_]+", "_")).append(": ").append(e.getValue()).append('\n');
        }
        sb.append("internal_errors: ").append(internalErrors).append('\n');
        sb.append("guard_failures: ").append(guardFailures).append('\n');
        sb.append("trace_enters: ").append(traceEnters).append('\n');
        sb.append("invalidations: ").append(invalidations).append('\n');
        sb.append("recorded_ops: ").append(recordedOps).append('\n');
        sb.append("interp_bytecodes: ").append(interpBytecodes.getAsLong()).append('\n');
        sb.append("compiled_ops: ").append(compiledOps.getAsLong()).append('\n');
        sb.append(String.format("trace_time_ms: %.3f%n", traceNanos / 1e6));
        return sb.toString();
    }
}
