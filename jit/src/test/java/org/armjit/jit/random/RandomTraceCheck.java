package org.armjit.jit.random;

import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Verifier;
import org.armjit.jit.opt.Optimizer;
import org.armjit.jit.JitOptions;

import java.util.Map;

/**
 * The two comparisons a random trace must pass: (a) the IR interpreter agrees with the
 * reference evaluator on the trace as generated; (b) the optimised trace, run by the IR
 * interpreter, leaves the same observable state as the unoptimised one. Each run gets a
 * fresh world built from the same seed.
 */
final class RandomTraceCheck {
    private RandomTraceCheck() {}

    /** The kind of a failure, from its description: shrinking keeps failures of the same kind. */
    static String category(String problem) {
        return problem == null ? null : problem.substring(0, Math.min(problem.length(), problem.startsWith("exception") ? 60 : 25));
    }

    /** null if the case passes, else a description of the difference. */
    static String check(TraceGenerator.Case c) {
        try {
            World w0 = new World(c.worldSeed());
            Verifier.verify(c.trace(), w0.calls, Map.of());
            String reference;
            try {
                reference = StateDump.of(w0, new ReferenceEvaluator(w0.heap, w0.calls).run(c.trace(), c.inputs()));
            } catch (RuntimeException e) {
                return "reference evaluator failed (not a valid case): " + e;
            }
            String plain = runIr(c, c.trace());
            if (!reference.equals(plain)) return "IR interpreter differs from the reference evaluator:\nreference:\n" + reference + "ir:\n" + plain;
            World w2 = new World(c.worldSeed());
            Trace optimised = new Optimizer(JitOptions.ALL_OPTS, true, w2.calls).optimize(c.trace());
            String opt = runIr(c, optimised);
            if (!plain.equals(opt)) {
                return "optimised trace differs:\nunoptimised:\n" + plain + "optimised:\n" + opt + "--- optimised trace:\n"
                        + org.armjit.jit.ir.TracePrinter.print(optimised, w2.calls);
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            String s = sw.toString();
            return "exception: " + (s.length() > 4000 ? s.substring(0, 4000) : s);
        }
    }

    private static String runIr(TraceGenerator.Case c, Trace t) {
        World w = new World(c.worldSeed());
        IRInterpreterBackend backend = new IRInterpreterBackend(w.heap, w.calls);
        CompiledTrace ct = backend.compileLoop(t);
        return StateDump.of(w, backend.enter(ct, c.inputs()));
    }
}
