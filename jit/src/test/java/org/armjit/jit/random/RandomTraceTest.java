package org.armjit.jit.random;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Random traces: 1,000 in CI, 10,000 with -Darmjit.full=true. A failing case is shrunk
 * and written to src/test/resources/regressions, where {@link #regressionsStillPass}
 * keeps it checked from then on.
 */
class RandomTraceTest {
    static final boolean FULL = Boolean.getBoolean("armjit.full");

    static Path regressionDir() {
        String repo = System.getProperty("armjit.repo");
        Path base = repo != null && !repo.isEmpty() ? Path.of(repo, "jit") : Path.of("");
        return base.resolve("src/test/resources/regressions");
    }

    @Test
    void randomTracesAgreeWithTheReferenceAndSurviveOptimisation() throws IOException {
        int n = FULL ? 10_000 : 1_000;
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= n && failures.size() < 3; seed++) {
            TraceGenerator.Case c = TraceGenerator.generate(seed, 40);
            String problem = RandomTraceCheck.check(c);
            if (problem == null) continue;
            if (problem.startsWith("reference evaluator failed")) fail("generator made an invalid case, seed " + seed + ": " + problem);
            TraceGenerator.Case small = Shrinker.shrink(c);
            String text = Shrinker.text(small);
            Path dir = regressionDir();
            Files.createDirectories(dir);
            Path file = dir.resolve("seed" + seed + ".trace");
            Files.writeString(file, "# random trace seed " + seed + ", shrunk from " + c.trace().size() + " ops\n" + text);
            failures.add("seed " + seed + " (saved " + file + "):\n" + problem + "\nshrunk:\n" + RandomTraceCheck.check(small) + "\n" + text);
        }
        if (!failures.isEmpty()) fail(String.join("\n\n", failures));
    }

    @Test
    void regressionsStillPass() throws IOException {
        Path dir = Path.of("src/test/resources/regressions");
        if (!Files.isDirectory(dir)) dir = regressionDir();
        List<String> failures = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".trace")).sorted().toList()) {
                String text = Files.readString(f);
                World w = new World(0);
                String problem = RandomTraceCheck.check(TraceGenerator.Case.parse(text, w.calls));
                if (problem != null) failures.add(f.getFileName() + ": " + problem);
            }
        }
        if (!failures.isEmpty()) fail(String.join("\n\n", failures));
    }
}
