package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code armjit sim}: run assembly files in the simulator and print the final registers. */
class SimCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    @Test
    void printsRegistersFlagsFpscrVfpRegistersAndInstructionCount() throws Exception {
        Path f = file("sum.s", """
                .syntax unified
                .arm
                    mov r0, #0
                    mov r1, #10
                loop:
                    add r0, r0, r1
                    subs r1, r1, #1
                    bne loop
                    vmov.f64 d1, #0.5
                    vmov s0, r0
                    vcvt.f64.s32 d2, s0
                    vmul.f64 d2, d2, d1
                    bx lr
                """);
        Run r = run("sim", f.toString());
        assertEquals(0, r.status(), r.err());
        String expected = "== " + f + "\n"
                + "r0 0x00000037\nr1 0x00000000\n" + "r2 0x00000000\n".repeat(1)
                + "r3 0x00000000\nr4 0x00000000\nr5 0x00000000\nr6 0x00000000\nr7 0x00000000\n"
                + "r8 0x00000000\nr9 0x00000000\nr10 0x00000000\nr11 0x00000000\nr12 0x00000000\n"
                + "nzcv 0x6\nfpscr 0x00000000\n"
                + "d0 0x0000000000000037\nd1 0x3fe0000000000000\nd2 0x403b800000000000\n"
                + "d3 0x0000000000000000\nd4 0x0000000000000000\nd5 0x0000000000000000\n"
                + "d6 0x0000000000000000\nd7 0x0000000000000000\nd8 0x0000000000000000\n"
                + "d9 0x0000000000000000\nd10 0x0000000000000000\nd11 0x0000000000000000\n"
                + "d12 0x0000000000000000\nd13 0x0000000000000000\nd14 0x0000000000000000\n"
                + "d15 0x0000000000000000\n"
                + "insns " + (2 + 3 * 10 + 5) + "\n";
        assertEquals(expected, r.out().replace("\r\n", "\n"));
    }

    @Test
    void runsSeveralFilesEachFromAFreshState() throws Exception {
        Path a = file("a.s", "mov r3, #1\nbx lr\n");
        Path b = file("b.s", "add r3, r3, #2\nbx lr\n");
        Run r = run("sim", a.toString(), b.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("== " + a + "\n"));
        assertTrue(r.out().contains("== " + b + "\n"));
        assertTrue(r.out().contains("r3 0x00000001"));
        assertTrue(r.out().contains("r3 0x00000002"), "b starts with r3 = 0");
    }

    @Test
    void faultPrintsTheReportAndExitsOne() throws Exception {
        Path f = file("bad.s", "mov r0, #0\nldr r1, [r0]\nbx lr\n");
        Run r = run("sim", f.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("BAD_ADDRESS"), r.err());
        assertTrue(r.err().contains("ldr\tr1, [r0]") || r.err().contains("ldr r1, [r0]"), r.err());
        assertTrue(r.err().contains("pc 0x00010004"), r.err());
    }

    @Test
    void olderCpuRejectsInstructionsItLacks() throws Exception {
        // The word is sdiv r2, r0, r1: assembled as data so that only the simulator can object.
        Path f = file("div.s", "mov r0, #6\nmov r1, #3\n.word 0xe712f011\nbx lr\n");
        assertEquals(0, run("sim", f.toString()).status());
        Run r = run("sim", "--cpu", "armv7-nodiv", f.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("UNDEFINED"), r.err());
    }

    @Test
    void infiniteLoopStopsAtTheBudget() throws Exception {
        Path f = file("spin.s", "spin:\nb spin\n");
        Run r = run("sim", "--budget", "1000", f.toString());
        assertEquals(1, r.status());
        assertTrue(r.err().contains("BUDGET_EXHAUSTED"), r.err());
    }
}
