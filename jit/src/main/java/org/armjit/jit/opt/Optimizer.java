package org.armjit.jit.opt;

import org.armjit.jit.JitOptions;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Verifier;
import org.armjit.runtime.calls.RuntimeCallTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the enabled passes in a fixed order, by PyPy's enable_opts names: intbounds,
 * rewrite, virtualize, pure, heap on the trace as recorded, then (for loops) unroll
 * peels one iteration and the same passes run again over preamble and body.
 * With {@code verify} on, the {@link Verifier} checks the trace after every pass.
 */
public final class Optimizer {
    private final Set<String> enabled;
    private final boolean verify;
    private final RuntimeCallTable calls;

    public Optimizer(Set<String> enabled, boolean verify, RuntimeCallTable calls) {
        this.enabled = Set.copyOf(enabled);
        this.verify = verify;
        this.calls = calls;
    }

    public static Optimizer all() {
        return new Optimizer(JitOptions.ALL_OPTS, false, null);
    }

    public static Optimizer of(JitOptions options) {
        return new Optimizer(options.enabledOpts(), false, null);
    }

    /** The passes that run over a straight trace, in order (fresh instances: passes keep state per run). */
    List<Pass> basicPasses() {
        List<Pass> p = new ArrayList<>();
        if (enabled.contains("intbounds")) p.add(new IntBounds());
        if (enabled.contains("rewrite")) p.add(new Rewrite());
        if (enabled.contains("virtualize")) p.add(new Virtualize());
        if (enabled.contains("pure")) p.add(new Pure());
        if (enabled.contains("heap")) p.add(new HeapCache());
        return p;
    }

    /** Optimises a loop (jumping to its own first label) or a bridge / straight trace. */
    public Trace optimize(Trace trace) {
        return optimize(trace, Map.of());
    }

    /** @param externalLabels label kinds of other compiled traces a bridge may jump to (for verification) */
    public Trace optimize(Trace trace, Map<Integer, List<org.armjit.jit.ir.Type>> externalLabels) {
        return optimize(trace, externalLabels, null);
    }

    /** Sees the trace after each pass (for the JIT log); the name is the pass's, "+2" in the round after unroll. */
    public interface PassObserver {
        void after(String pass, Trace trace);
    }

    /** As above, telling {@code observer} (if not null) the trace after each pass. */
    public Trace optimize(Trace trace, Map<Integer, List<org.armjit.jit.ir.Type>> externalLabels, PassObserver observer) {
        Trace t = trace;
        for (Pass p : basicPasses()) t = run(p, t, externalLabels, observer, "");
        if (enabled.contains("unroll") && Unroll.applies(t)) {
            t = run(new Unroll(), t, externalLabels, observer, "");
            for (Pass p : basicPasses()) t = run(p, t, externalLabels, observer, "+2");
        }
        return t;
    }

    private Trace run(Pass p, Trace t, Map<Integer, List<org.armjit.jit.ir.Type>> externalLabels, PassObserver observer, String round) {
        Trace out = run(p, t, externalLabels);
        if (observer != null) observer.after(p.name() + round, out);
        return out;
    }

    private Trace run(Pass p, Trace t, Map<Integer, List<org.armjit.jit.ir.Type>> externalLabels) {
        Trace out = p.run(t);
        if (verify) {
            try {
                Verifier.verify(out, calls, externalLabels);
            } catch (Verifier.Failure f) {
                throw new Verifier.Failure("after pass " + p.name() + ": " + f.getMessage() + "\n--- input of the pass:\n" + t);
            }
        }
        return out;
    }

    static boolean isLoop(Trace t) {
        return t.last().op == Op.JUMP;
    }
}
