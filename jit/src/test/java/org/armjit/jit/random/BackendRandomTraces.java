package org.armjit.jit.random;

import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.opt.Optimizer;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Random traces for any backend (shipped in the test jar): each generated trace, as generated
 * and optimised, must leave the state the reference evaluator computes. A failing case is
 * shrunk and saved under the caller's regression folder, where {@link #regressions} keeps
 * checking it.
 */
public final class BackendRandomTraces {
    private final String name;
    private final BiFunction<Heap, RuntimeCallTable, Backend> factory;

    public BackendRandomTraces(String name, BiFunction<Heap, RuntimeCallTable, Backend> factory) {
        this.name = name;
        this.factory = factory;
    }

    /** null if the case passes on the backend, else the difference. */
    public String check(TraceGenerator.Case c) {
        try {
            World w0 = new World(c.worldSeed());
            String reference;
            try {
                reference = StateDump.of(w0, new ReferenceEvaluator(w0.heap, w0.calls).run(c.trace(), c.inputs()));
            } catch (RuntimeException e) {
                return "reference evaluator failed (not a valid case): " + e;
            }
            String plain = run(c, c.trace());
            if (!reference.equals(plain)) return name + " differs from the reference evaluator:\nreference:\n" + reference + name + ":\n" + plain;
            World w2 = new World(c.worldSeed());
            Trace optimised = new Optimizer(JitOptions.ALL_OPTS, true, w2.calls).optimize(c.trace());
            String opt = run(c, optimised);
            if (!reference.equals(opt)) return name + " on the optimised trace differs:\nreference:\n" + reference + name + ":\n" + opt;
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            java.io.StringWriter sw = new java.io.StringWriter();
            e.printStackTrace(new java.io.PrintWriter(sw));
            String s = sw.toString();
            return "exception: " + (s.length() > 4000 ? s.substring(0, 4000) : s);
        }
    }

    private String run(TraceGenerator.Case c, Trace t) {
        World w = new World(c.worldSeed());
        Backend backend = factory.apply(w.heap, w.calls);
        CompiledTrace ct = backend.compileLoop(t);
        return StateDump.of(w, backend.enter(ct, c.inputs()));
    }

    /** Runs seeds 1..n; returns the failures (at most 3), each shrunk and saved into {@code regressions}. */
    public List<String> run(int n, int maxOps, Path regressions) throws IOException {
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= n && failures.size() < 3; seed++) {
            TraceGenerator.Case c = TraceGenerator.generate(seed, maxOps);
            String problem = check(c);
            if (problem == null || problem.startsWith("reference evaluator failed")) continue;
            TraceGenerator.Case small = Shrinker.shrink(c, this::check);
            String text = Shrinker.text(small);
            Files.createDirectories(regressions);
            Path file = regressions.resolve(name + "-seed" + seed + ".trace");
            Files.writeString(file, "# random trace seed " + seed + ", shrunk from " + c.trace().size() + " ops\n" + text);
            failures.add("seed " + seed + " (saved " + file + "):\n" + problem + "\nshrunk:\n" + check(small) + "\n" + text);
        }
        return failures;
    }

    /** Re-checks every saved regression case in {@code dir}. */
    public List<String> regressions(Path dir) throws IOException {
        List<String> failures = new ArrayList<>();
        if (!Files.isDirectory(dir)) return failures;
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".trace")).sorted().toList()) {
                World w = new World(0);
                String problem = check(TraceGenerator.Case.parse(Files.readString(f), w.calls));
                if (problem != null) failures.add(f.getFileName() + ": " + problem);
            }
        }
        return failures;
    }
}
