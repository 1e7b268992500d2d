package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsmDisasmCommandTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String err) { }

    private static Run run(String stdin, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            int status = Main.execute(args);
            return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
    }

    @Test
    void asmPrintsEachWordAndItsInstruction() throws Exception {
        Path f = dir.resolve("t.s");
        Files.writeString(f, ".syntax unified\n.arm\nloop: add r0, r0, #1  @ step\n  vadd.f64 d0, d1, d2\n  b loop\n");
        Run r = run("", "asm", f.toString());
        assertEquals(0, r.status);
        assertEquals("e2800001  add r0, r0, #1\nee310b02  vadd.f64 d0, d1, d2\neafffffc  b loop\n", r.out.replace("\r", ""));
    }

    @Test
    void asmErrorsNameFileAndLineWithoutAStackTrace() throws Exception {
        Path f = dir.resolve("bad.s");
        Files.writeString(f, "nop\nmov r0, #0x101\n");
        Run r = run("", "asm", f.toString());
        assertEquals(1, r.status);
        assertEquals(f + ":2: immediate 0x101 cannot be encoded\n", r.err.replace("\r", ""));
        Run missing = run("", "asm", dir.resolve("none.s").toString());
        assertEquals(1, missing.status);
        assertFalse(missing.err.contains("Exception"));
    }

    @Test
    void disasmPrintsObjdumpTextAtTheGivenAddresses() {
        Run r = run("", "disasm", "e2810004", "eafffffe", "0xeeb70b00");
        assertEquals(0, r.status);
        assertEquals("e2810004  add r0, r1, #4\neafffffe  b 0x4\neeb70b00  vmov.f64 d0, #1.0\n", r.out.replace("\r", ""));
        Run based = run("", "disasm", "--base", "0x8000", "eafffffe");
        assertEquals("eafffffe  b 0x8000\n", based.out.replace("\r", ""));
    }

    @Test
    void disasmReadsStdinAndRejectsJunk() {
        Run r = run("e12fff1e\ne320f000 e1a00000\n", "disasm");
        assertEquals("e12fff1e  bx lr\ne320f000  nop {0}\ne1a00000  nop\n", r.out.replace("\r", ""));
        Run bad = run("", "disasm", "xyz");
        assertEquals(1, bad.status);
        assertEquals("armjit disasm: not a 32-bit hex word: xyz\n", bad.err.replace("\r", ""));
    }
}
