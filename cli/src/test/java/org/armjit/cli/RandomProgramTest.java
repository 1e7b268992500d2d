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

    private static final boolean FULL = Boolean.getBoolean("armjit.full");
    private static final boolean RECORD = Boolean.getBoolean("armjit.random.record");

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
        Path work = RandomProgramDifferential.workDirectory();
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
        Path work = RandomProgramDifferential.workDirectory();
        List<String> unclean = new ArrayList<>();
        for (long seed = from(); seed < from() + count(); seed++) {
            String program = RandomProgramGenerator.generate(seed);
            ProgramCorpusOutcome o = CPythonRunner.run(RandomProgramDifferential.write(work, seed, program), RandomProgramDifferential.CPYTHON_TIMEOUT_SECONDS);
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
        List<String> failures = RandomProgramDifferential.check(seed, recording, work, FULL);
        if (!failures.isEmpty()) fail(String.join("\n", failures));
    }

}
