package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * --engine on a host that is not 32-bit ARM (the build machine), and {@code armjit check}: many
 * programs in one VM process, each compared with its CPython recording. The native engine
 * itself is exercised on Debian's ARM JVMs by {@link NativeArmJvmIT}.
 */
class EngineAndCheckCommandTest {
    private final Path repo = ProgramCorpus.locate().repo();

    private ProgramCorpusOutcome armjit(String... args) throws Exception {
        return ProgramCorpusRunner.inProcess().run(List.of(args));
    }

    private String program(String name) {
        return ProgramCorpus.runPath(repo.resolve("tests/programs/" + name + ".py"));
    }

    @Test
    void theNativeEngineOffArmIsAClearError() throws Exception {
        ProgramCorpusOutcome o = armjit("run", "--engine", "native", program("loop_int_sum"));
        assertEquals(2, o.exitStatus());
        assertTrue(o.stderr().startsWith("armjit: --engine native: cannot run ARM code natively here: the JVM runs on "), o.stderr());
        assertEquals(0, o.stdout().length);
    }

    @Test
    void anUnknownEngineIsNamed() throws Exception {
        ProgramCorpusOutcome o = armjit("run", "--engine", "fpga", program("loop_int_sum"));
        assertEquals(2, o.exitStatus());
        assertEquals("armjit: --engine: unknown engine 'fpga' (known: native, sim)", o.stderrLastLine());
    }

    @Test
    void offArmTheSimulatorRunsTheCodeAndStatsSayWhere() throws Exception {
        ProgramCorpusOutcome o = armjit("run", "--jit", ProgramCorpusModes.EAGER_JIT, "--jit-stats", program("loop_int_sum"));
        assertEquals(0, o.exitStatus(), o.stderr());
        assertTrue(o.stderr().contains("\nengine: sim\ntarget: armv7-hf\n"), o.stderr());
    }

    @Test
    void checkRunsEveryProgramAndSaysWhetherCompiledCodeRan() throws Exception {
        ProgramCorpusOutcome o = armjit("check", "--jit", ProgramCorpusModes.EAGER_JIT, program("loop_int_sum"), program("float_accumulate"));
        String out = new String(o.stdout(), StandardCharsets.UTF_8);
        assertEquals(0, o.exitStatus(), out + o.stderr());
        String[] lines = out.split("\n");
        assertEquals(3, lines.length, out);
        assertTrue(lines[0].matches("ok \\S+loop_int_sum\\.py \\(loops [1-9]\\d*, .*trace_enters [1-9]\\d*, engine sim, target armv7-hf.*\\)"), lines[0]);
        assertTrue(lines[1].startsWith("ok "), lines[1]);
        assertEquals("2 of 2 programs match CPython", lines[2]);
    }

    @Test
    void checkReportsADifferenceAndFails(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("p.py"), "print(6 * 7)\n");
        Files.writeString(dir.resolve("p.out"), "41\n");
        Path missing = Files.writeString(dir.resolve("q.py"), "print(1)\n");
        ProgramCorpusOutcome o = armjit("check", p.toString(), missing.toString());
        String out = new String(o.stdout(), StandardCharsets.UTF_8);
        assertEquals(1, o.exitStatus());
        assertTrue(out.contains("FAIL " + p + ": 1 problem\n* stdout differs"), out);
        assertTrue(out.contains("FAIL " + missing + ": " + dir.resolve("q.out") + " is missing"), out);
        assertTrue(out.endsWith("0 of 2 programs match CPython\n"), out);
    }

    @Test
    void qemuBenchReadsThePluginReport() throws Exception {
        QemuBench.Count small = QemuBench.parse(List.of("total 1000", "vcpu 3 600", "vcpu 0 300", "vcpu 7 100"));
        QemuBench.Count large = QemuBench.parse(List.of("total 1900", "vcpu 3 620", "vcpu 0 1150", "vcpu 7 130"));
        assertEquals(1000, small.total());
        assertEquals(850, QemuBench.programThread(small, large), "the thread that grew most is the program's");
        List<String> noTotal = new ArrayList<>(List.of("vcpu 0 5"));
        org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> QemuBench.parse(noTotal));
    }
}
