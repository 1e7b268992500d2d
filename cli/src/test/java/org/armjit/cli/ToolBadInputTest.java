package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input to the tools (asm, sim, bench): one line saying FILE:LINE and what is wrong, a
 * non-zero exit, and never Java's exception text.
 */
class ToolBadInputTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) {}

    private static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static void noJavaText(Run r) {
        for (String marker : new String[] {"Exception", "java.", "\tat ", "Input length"}) {
            assertFalse(r.err.contains(marker), "Java text on stderr: " + r.err);
        }
    }

    private Path write(String name, byte[] bytes) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, bytes);
        return f;
    }

    private Path write(String name, String text) throws Exception {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void nonUtf8BytesInCommentsAreAcceptedAsGnuAsDoes() throws Exception {
        Path f = write("latin1.s", new byte[] {'@', ' ', 'c', 'a', 'f', (byte) 0xe9, '\n', 'm', 'o', 'v', ' ', 'r', '0', ',', ' ', '#', '1', ' ', '@', (byte) 0xff, '\n'});
        Run r = run("asm", f.toString());
        assertEquals(0, r.status, r.err);
        assertEquals("e3a00001  mov r0, #1\n", r.out);
    }

    @Test
    void aNonUtf8ByteInAStatementIsAnErrorAtItsLine() throws Exception {
        Path f = write("bad.s", new byte[] {'n', 'o', 'p', '\n', 'm', 'o', 'v', ' ', 'r', '0', ',', ' ', (byte) 0xe9, '\n'});
        Run r = run("asm", f.toString());
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith(f + ":2: "), r.err);
        assertEquals(1, r.err.strip().lines().count(), r.err);
        noJavaText(r);
        Run sim = run("sim", f.toString());
        assertEquals(1, sim.status);
        assertTrue(sim.err.startsWith(f + ":2: "), sim.err);
        noJavaText(sim);
    }

    @Test
    void aForwardLoadOutOfRangeIsAnErrorAtTheLoad() throws Exception {
        StringBuilder src = new StringBuilder("nop\nldr r0, far\n");
        for (int i = 0; i < 1100; i++) src.append(".word 0\n");
        src.append("far: .word 7\n");
        Path f = write("far.s", src.toString());
        Run r = run("asm", f.toString());
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith(f + ":2: label 'far' is out of range"), r.err);
        noJavaText(r);
    }

    @Test
    void aBackwardLoadOutOfRangeIsAnErrorAtTheLoad() throws Exception {
        StringBuilder src = new StringBuilder("far: .word 7\n");
        for (int i = 0; i < 1100; i++) src.append(".word 0\n");
        src.append("ldr r0, far\n");
        Path f = write("back.s", src.toString());
        Run r = run("asm", f.toString());
        assertEquals(1, r.status);
        assertTrue(r.err.startsWith(f + ":1102: "), r.err);
        noJavaText(r);
    }

    @Test
    void missingFilesAreErrors() {
        Run asm = run("asm", dir.resolve("none.s").toString());
        assertEquals(1, asm.status);
        assertEquals("armjit asm: " + dir.resolve("none.s") + ": no such file\n", asm.err);
        Run sim = run("sim", dir.resolve("none.s").toString());
        assertEquals(1, sim.status);
        noJavaText(sim);
        Run bench = run("bench", dir.resolve("none.py").toString());
        assertEquals(1, bench.status);
        assertEquals("armjit bench: " + dir.resolve("none.py") + ": no such file\n", bench.err);
        assertEquals("", bench.out, "no timing table for a program that does not exist");
    }

    @Test
    void badDisasmWordsAreErrors() {
        Run r = run("disasm", "e1a00000", "0x123456789");
        assertEquals(1, r.status);
        assertEquals("armjit disasm: not a 32-bit hex word: 0x123456789\n", r.err);
        Run base = run("disasm", "--base", "zz", "e1a00000");
        assertEquals(1, base.status);
        noJavaText(base);
    }

    @Test
    void aMissingProgramForRunIsCPythonsError() throws Exception {
        Run r = run("run", "--jit", "off", dir.resolve("none.py").toString());
        assertTrue(r.status != 0);
        noJavaText(r);
    }
}
