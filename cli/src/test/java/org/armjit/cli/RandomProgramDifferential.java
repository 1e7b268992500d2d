package org.armjit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.armjit.jit.driver.JitStats;

/**
 * One random program against its oracle in every mode: the body of {@link RandomProgramTest}
 * and of {@link RandomProgramHunt} (long local runs outside Maven).
 */
final class RandomProgramDifferential {
    static final long CPYTHON_TIMEOUT_SECONDS = 60;
    static final long ARMJIT_HANG_GUARD_SECONDS = 300;
    static final long SHRINK_TIMEOUT_SECONDS = 10;
    static final int SHRINK_MAX_TESTS = 600;

    private static final ProgramCorpusRunner ARMJIT = ProgramCorpusRunner.inProcess();

    private RandomProgramDifferential() {}

    /** Every divergence of {@code seed}'s program from the oracle, shrunk; empty when armjit agreed in every mode. */
    static List<String> check(long seed, RandomProgramRecording recording, Path work, boolean full) throws Exception {
        String program = RandomProgramGenerator.generate(seed);
        Path file = write(work, seed, program);
        Oracle oracle = oracle(seed, program, recording, file);
        List<String> failures = new ArrayList<>();
        boolean shrunkOnce = false;
        for (RandomProgramModes.Mode mode : RandomProgramModes.forSeed(seed, full)) {
            long internalErrorsBefore = JitStats.totalInternalErrors();
            ProgramCorpusOutcome actual = armjit(mode.options(), file, ARMJIT_HANG_GUARD_SECONDS);
            String title = "seed " + seed + " " + mode.label();
            String message = ProgramCorpusExecution.internalErrors(title, ProgramCorpus.commandLine(mode.options(), file), internalErrorsBefore);
            if (actual == null) {
                message += title + ": did not finish within " + ARMJIT_HANG_GUARD_SECONDS + " s\n";
            } else if (!ProgramCorpusCheck.problems(oracle.expected, actual).isEmpty()) {
                message += ProgramCorpusCheck.failureMessage(title + " (oracle: " + oracle.name + ")", oracle.expected, actual);
            }
            if (message.isEmpty()) continue;
            // one shrink per program (the first mode that diverged): the others usually share the cause
            message += shrunkOnce ? "(shrunk under the first diverging mode above)\n" : shrunk(seed, mode, program, oracle, work);
            shrunkOnce = true;
            failures.add(message);
        }
        return failures;
    }

    private record Oracle(String name, ProgramCorpusExpectation expected, boolean cpython) {}

    private static Oracle oracle(long seed, String program, RandomProgramRecording recording, Path file) throws Exception {
        ProgramCorpusExpectation e = recording.lookup(seed, program);
        if (e != null) return new Oracle("CPython 3.11, recorded", e, true);
        if (CPythonRunner.available()) {
            ProgramCorpusOutcome o = CPythonRunner.run(file, CPYTHON_TIMEOUT_SECONDS);
            if (o == null) throw new AssertionError("seed " + seed + ": CPython did not finish within " + CPYTHON_TIMEOUT_SECONDS + " s (a generator bug)");
            return new Oracle("CPython 3.11, live", RandomProgramRecording.expectation(o), true);
        }
        ProgramCorpusOutcome o = armjit(RandomProgramModes.JIT_OFF.options(), file, ARMJIT_HANG_GUARD_SECONDS);
        if (o == null) throw new AssertionError("seed " + seed + ": armjit --jit off did not finish (and there is no python3 3.11 to ask)");
        return new Oracle("armjit --jit off (no python3 3.11 here)", RandomProgramRecording.expectation(o), false);
    }

    /** The shrunk program for the failure message, written beside the original under cli/target/random-programs. */
    private static String shrunk(long seed, RandomProgramModes.Mode mode, String program, Oracle oracle, Path work) {
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
            long internalBefore = JitStats.totalInternalErrors();
            ProgramCorpusOutcome got = armjit(mode.options(), f, SHRINK_TIMEOUT_SECONDS * 6);
            return got == null || JitStats.totalInternalErrors() != internalBefore
                    || !ProgramCorpusCheck.problems(RandomProgramRecording.expectation(want), got).isEmpty();
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
