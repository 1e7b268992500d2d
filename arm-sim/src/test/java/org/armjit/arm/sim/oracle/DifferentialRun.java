package org.armjit.arm.sim.oracle;

import java.util.ArrayList;
import java.util.List;
import org.armjit.arm.sim.SimFault;

/** Generates snippets, runs them under qemu-arm and in the simulator, and collects differences. */
public final class DifferentialRun {
    public record Case(String source, int seed, int[] code, int[] qemu) {}

    private DifferentialRun() {}

    /** Generates, assembles and runs {@code count} snippets under qemu, in chunks. */
    public static List<Case> qemuCases(long seed, int count, int chunk) {
        SnippetGenerator gen = new SnippetGenerator(seed);
        List<Case> out = new ArrayList<>();
        for (int done = 0; done < count; done += chunk) {
            int n = Math.min(chunk, count - done);
            List<SnippetGenerator.Snippet> snippets = new ArrayList<>();
            List<String> sources = new ArrayList<>();
            List<Integer> seeds = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                SnippetGenerator.Snippet s = gen.next(8 + (i % 25));
                snippets.add(s);
                sources.add(s.source());
                seeds.add(s.seed());
            }
            List<int[]> codes = GnuAs.assembleAll(sources);
            List<int[]> windows = QemuHarness.run(codes, seeds);
            for (int i = 0; i < n; i++) out.add(new Case(sources.get(i), seeds.get(i), codes.get(i), windows.get(i)));
        }
        return out;
    }

    /** Null if the simulator agrees with qemu, else a report. */
    public static String check(Case c) {
        int[] sim;
        try {
            sim = SimSnippetRunner.run(c.code(), c.seed());
        } catch (SimFault f) {
            return "simulator fault: " + f.getMessage() + "\n" + f.report();
        }
        return WindowDiff.diff(c.qemu(), sim);
    }
}
