package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code armjit tune} on the tiny grid (what CI runs; the full grid is a benchmark). */
class TuneCommandTest {
    private final Path repo = ProgramCorpus.locate().repo();

    @TempDir
    Path dir;

    private ProgramCorpusOutcome tune(String... args) throws Exception {
        List<String> a = new java.util.ArrayList<>(List.of("tune"));
        a.addAll(List.of(args));
        return ProgramCorpusRunner.inProcess().run(a);
    }

    @Test
    void theTinyGridPrintsATableAndWritesCsvAndSvg() throws Exception {
        Path csv = dir.resolve("t.csv"), svg = dir.resolve("t.svg");
        ProgramCorpusOutcome o = tune(ProgramCorpus.runPath(repo.resolve("bench/arm/ref_loop.py")), "--grid", "tiny", "--size", "1500",
                "--csv", csv.toString(), "--svg", svg.toString());
        String out = new String(o.stdout(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, o.exitStatus(), o.stderr());
        assertTrue(out.contains("defaults") && out.contains("threshold=100") && out.contains("trace_eagerness=20"), out);
        assertTrue(out.contains("recommended: --jit threshold="), out);
        // The reference loop's steady state is the ARM backend's documented 16 instructions per iteration.
        assertTrue(out.lines().anyMatch(l -> l.startsWith("defaults") && l.contains(" 16.0 ")), out);
        assertTrue(o.stderr().contains("] 8/8"), "progress bar: " + o.stderr());
        List<String> rows = Files.readAllLines(csv);
        assertTrue(rows.get(0).startsWith("config,parameter,value,program,size,steady_arm_per_n"));
        assertTrue(rows.size() >= 4, rows.toString());
        assertTrue(rows.get(1).startsWith("defaults,,,ref_loop.py,1500,16.000,"), rows.get(1));
        String plot = Files.readString(svg);
        assertTrue(plot.startsWith("<svg ") && plot.contains(">threshold<") && plot.contains(">trace_eagerness<") && plot.endsWith("</svg>\n"));
    }

    @Test
    void badInputIsAOneLineUsageError() throws Exception {
        ProgramCorpusOutcome o = tune(ProgramCorpus.runPath(repo.resolve("tests/programs/loop_int_sum.py")), "--grid", "tiny");
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().startsWith("armjit tune: ") && o.stderr().contains("takes no size"), o.stderr());
        assertEquals(1, o.stderr().strip().lines().count(), o.stderr());
        o = tune(dir.resolve("missing.py").toString());
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().contains("no such file"), o.stderr());
        o = tune(ProgramCorpus.runPath(repo.resolve("bench/arm/ref_loop.py")), "--grid", "huge");
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().contains("unknown grid 'huge'"), o.stderr());
        assertFalse(o.stderr().contains("Exception"), o.stderr());
    }
}
