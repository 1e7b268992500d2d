package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.armjit.cli.jitlog.JitLog;
import org.armjit.cli.jitlog.JitLogReader;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jit-log}: written by a run, read back by {@link JitLogReader}; it agrees with --jit-stats. */
class JitLogTest {
    private static final String EAGER = "threshold=40,function_threshold=40,trace_eagerness=10";
    private final Path repo = ProgramCorpus.locate().repo();

    @TempDir
    Path dir;

    private ProgramCorpusOutcome run(String... args) throws Exception {
        return ProgramCorpusRunner.inProcess().run(List.of(args));
    }

    private static long stat(String stderr, String name) {
        Matcher m = Pattern.compile("(?m)^" + name + ": ([0-9.]+)$").matcher(stderr);
        assertTrue(m.find(), name + " missing from:\n" + stderr);
        return (long) Double.parseDouble(m.group(1));
    }

    @Test
    void aRunsLogReadsBackWithEveryPart() throws Exception {
        // Source text that JSON and HTML must escape: quotes, backslashes, non-ASCII, a closing script tag.
        Path prog = dir.resolve("escapes.py");
        Files.writeString(prog, "s = 0\ni = 0\nwhile i < 300:\n    s += i % 7\n    i += 1\n"
                + "print(s, \"</script> \\\\ \\\"q\\\" \u00e9\u4e2d\")\n", StandardCharsets.UTF_8);
        Path log = dir.resolve("jit.log");
        ProgramCorpusOutcome o = run("run", "--backend", "arm", "--jit", EAGER, "--jit-log", log.toString(), prog.toString());
        assertEquals(0, o.exitStatus(), o.stderr());
        JitLog l = JitLogReader.read(log);
        assertEquals("armjit-jit-log", l.header.path("format").asText());
        assertEquals(1, l.header.path("version").asInt());
        assertEquals("arm-sim", l.header.path("backend").asText());
        assertEquals(40, l.header.path("params").path("threshold").asInt());
        assertTrue(l.complete, "no end record");
        assertEquals(Files.readString(prog), l.sources.get(prog.toString()).path("text").asText());

        assertTrue(l.count("loop") >= 1, "no loop in " + l.traces.keySet());
        JsonNode loop = l.traces.values().iterator().next();
        JsonNode stages = loop.path("stages");
        assertEquals("recorded", stages.get(0).path("pass").asText());
        assertTrue(stages.size() >= 3, "passes: " + stages);
        JsonNode finalIr = stages.get(stages.size() - 1).path("ir");
        assertEquals(finalIr.size() - 1, loop.path("positions").size(), "one position per op");
        assertTrue(loop.path("bytecodes").size() > 3);
        assertTrue(loop.path("guards").size() > 0);

        JsonNode code = l.compiled.get(loop.path("id").asInt());
        JsonNode insns = code.path("insns");
        assertTrue(insns.size() > 5);
        boolean anOpEmitted = false;
        for (JsonNode i : insns) {
            assertTrue(i.path("word").asText().matches("[0-9a-f]{8}"), i.toString());
            int op = i.path("op").asInt();
            assertTrue(op >= -1 && op < finalIr.size() - 1, i.toString());
            anOpEmitted |= op >= 0;
        }
        assertTrue(anOpEmitted);

        JsonNode counts = l.counts.get(loop.path("id").asInt());
        assertTrue(counts.path("entries").asLong() >= 1);
        assertTrue(counts.path("arm_instructions").asLong() > 0);
        assertTrue(l.stats.path("arm_instructions").asLong() > 0);
        assertFalse(l.lineCounts.isEmpty());
        assertTrue(l.lineCounts.get(0).path("interp_bytecodes").has("4"), l.lineCounts.toString());
    }

    @Test
    void theIrBackendLogsTracesWithoutMachineCode() throws Exception {
        Path log = dir.resolve("ir.log");
        ProgramCorpusOutcome o = run("run", "--backend", "ir", "--jit", EAGER, "--jit-log", log.toString(),
                ProgramCorpus.runPath(repo.resolve("tests/programs/loop_collatz.py")));
        assertEquals(0, o.exitStatus(), o.stderr());
        JitLog l = JitLogReader.read(log);
        assertEquals("ir", l.header.path("backend").asText());
        assertTrue(l.count("bridge") >= 1);
        for (JsonNode t : l.traces.values()) {
            if (!t.path("kind").asText().equals("bridge")) continue;
            JsonNode parent = l.traces.get(t.path("parent").asInt());
            boolean guardFound = false;
            for (JsonNode g : parent.path("guards")) guardFound |= g.path("id").asInt() == t.path("guard").asInt();
            assertTrue(guardFound, "bridge " + t.path("id") + " from an unknown guard");
        }
        assertTrue(l.counts.values().stream().anyMatch(c -> c.path("ir_ops").asLong() > 0));
    }

    /** Every trace --jit-stats counted is in the log of the same run, with its machine code and counts. */
    @TestFactory
    Stream<DynamicTest> theLogListsEveryTraceTheStatisticsCount() throws Exception {
        List<Path> programs = new ArrayList<>();
        try (Stream<Path> s = Files.list(repo.resolve("tests/programs"))) {
            s.filter(p -> p.getFileName().toString().matches("loop_.*\\.py")).sorted().forEach(programs::add);
        }
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            Path log = dir.resolve(p.getFileName() + ".log");
            ProgramCorpusOutcome o = run("run", "--backend", "arm", "--jit", EAGER, "--jit-stats", "--jit-log", log.toString(),
                    ProgramCorpus.runPath(p));
            assertEquals(0, o.exitStatus(), o.stderr());
            JitLog l = JitLogReader.read(log);
            assertEquals(stat(o.stderr(), "loops"), l.count("loop"));
            assertEquals(stat(o.stderr(), "functions"), l.count("function"));
            assertEquals(stat(o.stderr(), "bridges"), l.count("bridge"));
            assertEquals(stat(o.stderr(), "aborts"), l.aborts.size());
            assertEquals(stat(o.stderr(), "invalidations"), l.invalidations.size());
            assertEquals(l.traces.keySet(), l.compiled.keySet());
            assertEquals(l.traces.keySet(), l.counts.keySet());
            long entries = l.counts.values().stream().mapToLong(c -> c.path("entries").asLong()).sum();
            assertEquals(stat(o.stderr(), "trace_enters"), entries);
            long failures = l.counts.values().stream().flatMap(c -> {
                List<Long> f = new ArrayList<>();
                c.path("guard_failures").forEach(v -> f.add(v.asLong()));
                return f.stream();
            }).mapToLong(Long::longValue).sum();
            assertEquals(stat(o.stderr(), "guard_failures"), failures);
        }));
    }

    @Test
    void aLogNeedsTheJit() throws Exception {
        ProgramCorpusOutcome o = run("run", "--jit", "off", "--jit-log", dir.resolve("x.log").toString(),
                ProgramCorpus.runPath(repo.resolve("tests/programs/loop_int_sum.py")));
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().contains("--jit-log needs the JIT"), o.stderr());
        assertFalse(o.stderr().contains("Exception"), o.stderr());
        o = run("run", "--jit-log", dir.resolve("no/such/dir/x.log").toString(),
                ProgramCorpus.runPath(repo.resolve("tests/programs/loop_int_sum.py")));
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().startsWith("armjit: --jit-log: cannot write"), o.stderr());
        o = run("check", "--jit-log", dir.resolve("c.log").toString(), ProgramCorpus.runPath(repo.resolve("tests/programs/loop_int_sum.py")));
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().contains("--jit-log applies to armjit run"), o.stderr());
    }

    @Test
    void theEnvironmentVariableWritesALogAndTheOptionWins() throws Exception {
        Path fromEnv = dir.resolve("env.log"), fromOption = dir.resolve("opt.log");
        var saved = VmOptions.env;
        try {
            VmOptions.env = name -> name.equals("ARMJIT_LOG") ? fromEnv.toString() : null;
            String prog = ProgramCorpus.runPath(repo.resolve("tests/programs/loop_int_sum.py"));
            assertEquals(0, run("run", "--backend", "ir", prog).exitStatus());
            assertTrue(JitLogReader.read(fromEnv).complete);
            Files.delete(fromEnv);
            assertEquals(0, run("run", "--backend", "ir", "--jit-log", fromOption.toString(), prog).exitStatus());
            assertTrue(Files.exists(fromOption));
            assertFalse(Files.exists(fromEnv));
            ProgramCorpusOutcome off = run("run", "--jit", "off", prog);
            assertEquals(0, off.exitStatus());
            assertTrue(off.stderr().contains("ARMJIT_LOG ignored"), off.stderr());
        } finally {
            VmOptions.env = saved;
        }
    }

    @Test
    void badLogsAreReportedWithFileAndLine() throws Exception {
        Path missing = dir.resolve("missing.log");
        JitLogReader.BadLog e = assertThrows(JitLogReader.BadLog.class, () -> JitLogReader.read(missing));
        assertEquals(missing + ": no such file", e.getMessage());
        Path bad = dir.resolve("bad.log");
        Files.writeString(bad, "{\"event\":\"header\",\"format\":\"armjit-jit-log\",\"version\":1}\n{\"event\":\"trace\",\n");
        e = assertThrows(JitLogReader.BadLog.class, () -> JitLogReader.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":2: not JSON"), e.getMessage());
        Files.writeString(bad, "{\"event\":\"header\",\"format\":\"armjit-jit-log\",\"version\":7}\n");
        e = assertThrows(JitLogReader.BadLog.class, () -> JitLogReader.read(bad));
        assertTrue(e.getMessage().startsWith(bad + ":1: JIT log version 7"), e.getMessage());
        Files.writeString(bad, "{\"event\":\"header\",\"format\":\"armjit-jit-log\",\"version\":1}\n{\"event\":\"counts\",\"trace\":3}\n");
        e = assertThrows(JitLogReader.BadLog.class, () -> JitLogReader.read(bad));
        assertEquals(bad + ":2: trace 3 is not defined before this line", e.getMessage());
    }

    @Test
    void inTheSimulatorEachTraceAndBridgeHasItsOwnInstructions() throws Exception {
        // Odd and even i take different paths: the guard on i % 2 gets a bridge that runs half the iterations.
        Path prog = dir.resolve("bridge.py");
        Files.writeString(prog, """
                def f(n):
                    s = 0
                    for i in range(n):
                        if i % 2:
                            s += i * 3
                        else:
                            s -= 1
                    return s
                print(f(20000))
                """);
        Path log = dir.resolve("jit.log");
        ProgramCorpusOutcome o = run("run", "--jit", EAGER, "--jit-stats", "--jit-log", log.toString(), prog.toString());
        assertEquals(0, o.exitStatus(), o.stderr());
        assertEquals("299990000\n", new String(o.stdout(), StandardCharsets.UTF_8));
        JitLog l = JitLogReader.read(log);
        long own = 0, bridgeOwn = 0;
        for (var e : l.counts.entrySet()) {
            JsonNode c = e.getValue();
            assertTrue(c.has("own_arm_instructions"), c.toString());
            own += c.path("own_arm_instructions").asLong();
            if (l.traces.get(e.getKey()).path("kind").asText().equals("bridge")) bridgeOwn += c.path("own_arm_instructions").asLong();
            // a trace's own code is part of what runs from its entries (bridges add to the latter only)
            if (c.path("entries").asLong() > 0 && !l.traces.get(e.getKey()).has("parent")) {
                assertTrue(c.path("own_arm_instructions").asLong() <= c.path("arm_instructions").asLong(), c.toString());
            }
        }
        long total = stat(o.stderr(), "arm_instructions");
        assertTrue(bridgeOwn > 10000 * 5, "the bridge runs half the iterations: " + bridgeOwn);
        // Everything but the common entry/exit code is in some trace's own code.
        assertTrue(own <= total && own > total * 0.9, own + " of " + total);
    }
}
