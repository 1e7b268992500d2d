package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The guest collector end to end, through {@code armjit run}: a program that allocates far
 * more than a small heap but keeps little alive; programs that keep everything alive and
 * get MemoryError (tests/gc/, expectations hand-written because CPython has no heap limit).
 */
class GcProgramsTest {
    private static final List<String> SMALL_HEAP = List.of("--jit", "off", "--heap", "16m");
    private final Path repo = ProgramCorpus.locate().repo();

    @Test
    void allocatingTenTimesTheHeapWhileKeepingLittleAliveRunsToCompletion() throws Exception {
        Path program = repo.resolve("tests/programs/loop_allocation_churn.py");
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(SMALL_HEAP);
        args.add("--gc-stats");
        args.add(ProgramCorpus.runPath(program));
        ProgramCorpusOutcome outcome = ProgramCorpusRunner.inProcess().run(args);
        assertEquals(0, outcome.exitStatus(), outcome.stderr());
        assertEquals(Files.readString(program.resolveSibling("loop_allocation_churn.out")),
                new String(outcome.stdout(), StandardCharsets.UTF_8), "the output CPython gave");
        long collections = stat(outcome.stderr(), "gc_minor_collections") + stat(outcome.stderr(), "gc_major_collections");
        long allocated = stat(outcome.stderr(), "gc_allocated_bytes");
        assertTrue(collections >= 10, "collections: " + collections);
        assertTrue(allocated > 6 * (16L << 20), "allocated in total: " + allocated);
    }

    @Test
    void aCaughtMemoryErrorLeavesTheVmConsistentAndTheProgramGoesOn() throws Exception {
        assertMatchesExpectation("tests/gc/memory_error_caught.py", "--gc-verify");
    }

    @Test
    void anUncaughtMemoryErrorExitsWithStatusOneAndMemoryErrorLast() throws Exception {
        assertMatchesExpectation("tests/gc/memory_error_uncaught.py");
    }

    @Test
    void theGcStressSubsetNamesExistingPrograms() {
        List<String> missing = new ArrayList<>();
        for (String name : ProgramCorpusModes.GC_STRESS_SUBSET) {
            if (!Files.isRegularFile(repo.resolve("tests/programs/" + name + ".py"))) missing.add(name);
        }
        assertEquals(List.of(), missing);
        assertTrue(ProgramCorpusModes.runs(ProgramCorpusModes.GC_STRESS, "tests/programs/class_gc_callbacks.py"));
    }

    private void assertMatchesExpectation(String name, String... extra) throws Exception {
        List<String> mode = new ArrayList<>(SMALL_HEAP);
        mode.addAll(List.of(extra));
        String failure = ProgramCorpusExecution.check(ProgramCorpusRunner.inProcess(), mode, repo.resolve(name), name);
        assertEquals("", failure);
    }

    private static long stat(String stderr, String key) {
        Matcher m = Pattern.compile("(?m)^" + key + ": (\\d+)$").matcher(stderr);
        assertTrue(m.find(), key + " in --gc-stats output:\n" + stderr);
        return Long.parseLong(m.group(1));
    }
}
