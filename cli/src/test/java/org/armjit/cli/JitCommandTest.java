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

/** The JIT through {@code armjit run}: --backend ir, --jit parameters and --jit-stats. */
class JitCommandTest {
    private final Path repo = ProgramCorpus.locate().repo();

    private ProgramCorpusOutcome run(String program, String... options) throws Exception {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(options));
        args.add(ProgramCorpus.runPath(repo.resolve(program)));
        return ProgramCorpusRunner.inProcess().run(args);
    }

    private static long stat(String stderr, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": ([0-9.]+)$").matcher(stderr);
        assertTrue(m.find(), name + " missing from:\n" + stderr);
        return (long) Double.parseDouble(m.group(1));
    }

    @Test
    void aLoopProgramReportsItsCompiledLoops() throws Exception {
        ProgramCorpusOutcome o = run("tests/programs/loop_int_sum.py", "--backend", "ir", "--jit-stats");
        assertEquals(0, o.exitStatus(), o.stderr());
        assertEquals(Files.readString(repo.resolve("tests/programs/loop_int_sum.out")),
                new String(o.stdout(), StandardCharsets.UTF_8));
        assertTrue(stat(o.stderr(), "loops") >= 1);
        assertTrue(stat(o.stderr(), "trace_enters") >= 1);
        for (String name : List.of("bridges", "aborts", "internal_errors", "guard_failures", "trace_time_ms")) stat(o.stderr(), name);
    }

    @Test
    void aPolymorphicProgramReportsBridges() throws Exception {
        ProgramCorpusOutcome o = run("tests/programs/loop_collatz.py", "--jit", "threshold=50,trace_eagerness=10", "--jit-stats");
        assertEquals(0, o.exitStatus(), o.stderr());
        assertTrue(stat(o.stderr(), "bridges") >= 1, o.stderr());
    }

    @Test
    void withoutABackendOrParametersTheJitIsOff() throws Exception {
        ProgramCorpusOutcome o = run("tests/programs/loop_int_sum.py", "--jit-stats");
        assertEquals(0, stat(o.stderr(), "loops"));
        assertEquals(0, stat(o.stderr(), "trace_enters"));
    }

    @Test
    void workCountersShowWhatStaysInTheInterpreter() throws Exception {
        ProgramCorpusOutcome off = run("tests/programs/loop_int_sum.py", "--jit-stats");
        long offBytecodes = stat(off.stderr(), "interp_bytecodes");
        assertTrue(offBytecodes > 10_000, off.stderr());
        assertEquals(0, stat(off.stderr(), "compiled_ops"));
        ProgramCorpusOutcome on = run("tests/programs/loop_int_sum.py", "--backend", "ir", "--jit-stats");
        // The hot loops run compiled: the interpreter does a fraction of the work it does without the JIT.
        assertTrue(stat(on.stderr(), "compiled_ops") > 0, on.stderr());
        assertTrue(stat(on.stderr(), "interp_bytecodes") < offBytecodes / 2, on.stderr() + "\noff: " + offBytecodes);
    }

    @Test
    void badParametersAreUsageErrors() throws Exception {
        ProgramCorpusOutcome o = run("tests/programs/loop_int_sum.py", "--jit", "treshold=5");
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().contains("unknown parameter 'treshold'"), o.stderr());
        o = run("tests/programs/loop_int_sum.py", "--backend", "x86");
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().contains("unknown backend 'x86'"), o.stderr());
    }
}
