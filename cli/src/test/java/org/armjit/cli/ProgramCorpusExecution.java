package org.armjit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.armjit.jit.driver.JitStats;

/**
 * Runs one corpus program under one mode and checks it against its recording. Each run gets
 * its own thread with a large stack and a generous hang guard (a guard, not a timing assertion:
 * a hung VM should fail one test rather than stall the build).
 */
final class ProgramCorpusExecution {
    static final long HANG_GUARD_SECONDS = 600;
    static final long THREAD_STACK_BYTES = 256L << 20;

    private ProgramCorpusExecution() {}

    /** The failure message for this program under this mode, or "" when armjit matched CPython. */
    static String check(ProgramCorpusRunner runner, List<String> mode, Path program, String name) throws Exception {
        ProgramCorpusExpectation expected = ProgramCorpusExpectation.load(program);
        List<String> args = ProgramCorpus.commandLine(mode, program);
        String title = name + " " + ProgramCorpusModes.label(mode);
        long internalErrorsBefore = JitStats.totalInternalErrors();
        AtomicReference<ProgramCorpusOutcome> outcome = new AtomicReference<>();
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                outcome.set(runner.run(args));
            } catch (Throwable e) {
                thrown.set(e);
            }
        }, "corpus " + name, THREAD_STACK_BYTES);
        t.setDaemon(true);
        t.start();
        t.join(HANG_GUARD_SECONDS * 1000);
        if (t.isAlive()) {
            return title + ": did not finish within " + HANG_GUARD_SECONDS + " s (hung?); command line: armjit "
                    + String.join(" ", args);
        }
        if (thrown.get() != null) {
            StringWriter sw = new StringWriter();
            thrown.get().printStackTrace(new PrintWriter(sw));
            return title + ": Main.run threw instead of returning an exit status (armjit "
                    + String.join(" ", args) + "):\n" + sw;
        }
        String failure = ProgramCorpusCheck.failureMessage(title, expected, outcome.get());
        return failure + internalErrors(title, args, internalErrorsBefore);
    }

    /** The JIT's internal errors since {@code before}: each one fails the test even when the output was right. */
    static String internalErrors(String title, List<String> args, long before) {
        long n = JitStats.totalInternalErrors() - before;
        if (n == 0) return "";
        return title + ": " + n + " JIT internal error(s) (an exception in the recorder, optimizer or backend); see them with armjit "
                + String.join(" ", args).replaceFirst("^run ", "run --debug ") + "\n";
    }
}
