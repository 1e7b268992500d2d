package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Differential testing with random programs ({@link RandomProgramGenerator}): each program runs
 * in-process under every mode of {@link RandomProgramModes} and must do what CPython 3.11 did
 * (stdout byte for byte, exit status, last line of stderr, no Java trace). 300 programs in CI,
 * 10,000 with -Darmjit.full=true; -Darmjit.random.count=N and -Darmjit.random.from=S choose
 * others. CPython's results for the CI seeds are checked in ({@link RandomProgramRecording});
 * other seeds ask python3 (3.11) live, or, without it, armjit --jit off.
 *
 * <p>A divergence is shrunk ({@link RandomProgramShrinker}) and written to
 * cli/target/random-programs/; the failure message shows the small program, which belongs in
 * tests/programs/ (recorded with tests/record.py) next to the fix.
 *
 * <p>Re-record after changing the generator (bump its VERSION):
 * {@code mvn -o -B -pl cli test -Dtest=RandomProgramTest -Darmjit.random.record=true}.
 */
class RandomProgramTest {
    static final int CI_COUNT = 300;
    static final int FULL_COUNT = 10_000;
    static final long CPYTHON_TIMEOUT_SECONDS = 60;
    static final long ARMJIT_HANG_GUARD_SECONDS = 300;
    static final long SHRINK_TIMEOUT_SECONDS = 10;
    static final int SHRINK_MAX_TESTS = 600;

    private static final boolean FULL = Boolean.getBoolean("armjit.full");
    private static final boolean RECORD = Boolean.getBoolean("armjit.random.record");
    private static final ProgramCorpusRunner ARMJIT = ProgramCorpusRunner.inProcess();

    static long from() {
        return Long.getLong("armjit.random.from", 0L);
    }

    static int count() {
        return Integer.getInteger("armjit.random.count", FULL ? FULL_COUNT : CI_COUNT);
    }

    @TestFactory
    List<DynamicTest> randomPrograms() throws IOException {
        Path repo = ProgramCorpus.locate().repo();
        Path recordingFile = RandomProgramRecording.file(repo);
        if (RECORD) {
            return List.of(dynamicTest("record CPython's results", () -> record(recordingFile)));
        }
        RandomProgramRecording recording = RandomProgramRecording.load(recordingFile);
        Path work = workDirectory();
        List<DynamicTest> tests = new ArrayList<>();
        for (long seed = from(); seed < from() + count(); seed++) {
            long s = seed;
            tests.add(dynamicTest("seed " + s, () -> check(s, recording, work)));
        }
        return tests;
    }

    /** The CI seeds' recording must be current: a generator change without re-recording fails here. */
    @Test
    void recordingCoversTheCiSeeds() throws IOException {
        assumeFalse(RECORD, "recording");
        Path repo = ProgramCorpus.locate().repo();
        RandomProgramRecording recording = RandomProgramRecording.load(RandomProgramRecording.file(repo));
        List<Long> missing = new ArrayList<>();
        for (long seed = 0; seed < CI_COUNT; seed++) {
            if (recording.lookup(seed, RandomProgramGenerator.generate(seed)) == null) missing.add(seed);
        }
        assertTrue(missing.isEmpty(), () -> missing.size() + " CI seeds have no current CPython recording (first: " + missing.get(0)
                + "); re-record with -Darmjit.random.record=true where python3 is 3.11");
    }

    /** Cleanly under CPython: the generator makes valid programs that run to the end. */
    @Test
    void recordedProgramsRunCleanlyUnderCPython() throws IOException {
        assumeFalse(RECORD, "recording");
        Path repo = ProgramCorpus.locate().repo();
        RandomProgramRecording recording = RandomProgramRecording.load(RandomProgramRecording.file(repo));
        for (long seed = 0; seed < CI_COUNT; seed++) {
            ProgramCorpusExpectation e = recording.lookup(seed, RandomProgramGenerator.generate(seed));
            if (e == null) continue;
            assertEquals(0, e.exitStatus(), "seed " + seed + ": " + e.stderrLastLine());
            assertTrue(e.stdout().length > 0, "seed " + seed + " printed nothing");
        }
    }

    @Test
    void generatorIsDeterministic() {
        assertEquals(RandomProgramGenerator.generate(42), RandomProgramGenerator.generate(42));
        assertTrue(!RandomProgramGenerator.generate(42).equals(RandomProgramGenerator.generate(43)));
    }

    private void record(Path file) throws Exception {
        if (!CPythonRunner.available()) fail("recording needs python3 " + CPythonRunner.REQUIRED_VERSION);
        RandomProgramRecording recording = RandomProgramRecording.load(file);
        Path work = workDirectory();
        List<String> unclean = new ArrayList<>();
        for (long seed = from(); seed < from() + count(); seed++) {
            String program = RandomProgramGenerator.generate(seed);
            ProgramCorpusOutcome o = CPythonRunner.run(write(work, seed, program), CPYTHON_TIMEOUT_SECONDS);
            if (o == null) {
                unclean.add(seed + ": timeout");
                continue;
            }
            if (o.exitStatus() != 0 || !o.stderr().isEmpty()) unclean.add(seed + ": " + o.stderrLastLine());
            recording.put(seed, program, o);
        }
        recording.save(file);
        assertTrue(unclean.isEmpty(), "CPython did not run these cleanly (a generator bug):\n" + String.join("\n", unclean));
    }

    private void check(long seed, RandomProgramRecording recording, Path work) throws Exception {
        String program = RandomProgramGenerator.generate(seed);
        Path file = write(work, seed, program);
        Oracle oracle = oracle(seed, program, recording, file);
        List<String> failures = new ArrayList<>();
        for (RandomProgramModes.Mode mode : RandomProgramModes.forSeed(seed, FULL)) {
            ProgramCorpusOutcome actual = armjit(mode.options(), file, ARMJIT_HANG_GUARD_SECONDS);
            String title = "seed " + seed + " " + mode.label();
            if (actual == null) {
                failures.add(title + ": did not finish within " + ARMJIT_HANG_GUARD_SECONDS + " s");
                continue;
            }
            List<String> problems = ProgramCorpusCheck.problems(oracle.expected, actual);
            if (problems.isEmpty()) continue;
            failures.add(ProgramCorpusCheck.failureMessage(title + " (oracle: " + oracle.name + ")", oracle.expected, actual)
                    + shrunk(seed, mode, program, oracle, work));
        }
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

    private record Oracle(String name, ProgramCorpusExpectation expected, boolean cpython) {}

    private Oracle oracle(long seed, String program, RandomProgramRecording recording, Path file) throws Exception {
        ProgramCorpusExpectation e = recording.lookup(seed, program);
        if (e != null) return new Oracle("CPython 3.11, recorded", e, true);
        if (CPythonRunner.available()) {
            ProgramCorpusOutcome o = CPythonRunner.run(file, CPYTHON_TIMEOUT_SECONDS);
            if (o == null) fail("seed " + seed + ": CPython did not finish within " + CPYTHON_TIMEOUT_SECONDS + " s (a generator bug)");
            return new Oracle("CPython 3.11, live", RandomProgramRecording.expectation(o), true);
        }
        ProgramCorpusOutcome o = armjit(RandomProgramModes.JIT_OFF.options(), file, ARMJIT_HANG_GUARD_SECONDS);
        if (o == null) fail("seed " + seed + ": armjit --jit off did not finish (and there is no python3 3.11 to ask)");
        return new Oracle("armjit --jit off (no python3 3.11 here)", RandomProgramRecording.expectation(o), false);
    }

    /** The shrunk program for the failure message, written beside the original under cli/target/random-programs. */
    private String shrunk(long seed, RandomProgramModes.Mode mode, String program, Oracle oracle, Path work) {
        boolean liveCPython = CPythonRunner.available();
        if (!liveCPython && mode.equals(RandomProgramModes.JIT_OFF)) {
            return "(not shrunk: shrinking a --jit off divergence needs python3 3.11)\n";
        }
        Path dir = work.resolve("shrink-" + seed);
        int originalExit = oracle.expected.exitStatus();
        RandomProgramShrinker shrinker = new RandomProgramShrinker(candidate -> {
            Path f = write(dir, seed, candidate);
            ProgramCorpusOutcome want = liveCPython ? CPythonRunner.run(f, SHRINK_TIMEOUT_SECONDS)
                    : armjit(RandomProgramModes.JIT_OFF.options(), f, SHRINK_TIMEOUT_SECONDS);
            // only candidates that still run as the original did under the oracle are interesting
            if (want == null || want.exitStatus() != originalExit) return false;
            ProgramCorpusOutcome got = armjit(mode.options(), f, SHRINK_TIMEOUT_SECONDS * 6);
            return got == null || !ProgramCorpusCheck.problems(RandomProgramRecording.expectation(want), got).isEmpty();
        }, SHRINK_MAX_TESTS);
        try {
            String small = shrinker.shrink(program);
            Path out = work.resolve("random_" + seed + "_min.py");
            Files.writeString(out, small, StandardCharsets.UTF_8);
            return "shrunk in " + shrinker.tests() + " steps to " + out + " (add it to tests/programs/ and record it):\n"
                    + small.indent(4);
        } catch (Exception e) {
            StringWriter sw = new StringWriter();
            e.printStackTrace(new PrintWriter(sw));
            return "(shrinking failed: " + sw + ")\n";
        }
    }

    static Path workDirectory() throws IOException {
        Path dir = Path.of("target", "random-programs").toAbsolutePath();
        Files.createDirectories(dir);
        return dir;
    }

    static Path write(Path dir, long seed, String program) throws IOException {
        Files.createDirectories(dir);
        Path f = dir.resolve("random_" + seed + ".py");
        Files.writeString(f, program, StandardCharsets.UTF_8);
        return f;
    }

    /** armjit in-process on its own large-stack thread; null when it did not finish in time. */
    static ProgramCorpusOutcome armjit(List<String> options, Path program, long timeoutSeconds) throws Exception {
        List<String> args = ProgramCorpus.commandLine(options, program);
        AtomicReference<ProgramCorpusOutcome> outcome = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(ARMJIT.run(args));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "random " + program.getFileName(), ProgramCorpusExecution.THREAD_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join(timeoutSeconds * 1000);
        if (t.isAlive()) return null;
        if (thrown.get() != null) {
            StringWriter sw = new StringWriter();
            thrown.get().printStackTrace(new PrintWriter(sw));
            return new ProgramCorpusOutcome(-1, new byte[0], "Main.run threw:\n" + sw);
        }
        return outcome.get();
    }
}
