package org.armjit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Source files read as CPython 3.11 reads them (PEP 263, PEP 3131): coding declarations, a
 * BOM, non-UTF-8 bytes without a declaration, NUL bytes, non-printable characters, NFKC
 * identifiers. Expected results are CPython 3.11.7's (exit status, stdout, last stderr line).
 */
class SourceEncodingTest {
    @TempDir
    Path dir;

    private record Run(int status, String out, String lastErr) {}

    private Run run(String name, byte[] source) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, source);
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int status = Main.run(new String[] {"run", "--jit", "off", f.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8).stripTrailing();
        return new Run(status, out.toString(StandardCharsets.UTF_8), e.substring(e.lastIndexOf('\n') + 1));
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aLatin1DeclarationIsHonoured() throws Exception {
        assertEquals(new Run(0, "café\n", ""), run("a.py", latin1("# -*- coding: latin-1 -*-\nprint(\"caf\u00e9\")\n")));
        assertEquals(new Run(0, "2\n", ""), run("b.py", latin1("#!/usr/bin/env python\n# coding=latin-1\nprint(len(\"\u00e9\u00e8\"))\n")));
        assertEquals(new Run(0, "€\n", ""), run("c.py", new byte[] {'#', ' ', 'v', 'i', 'm', ':', ' ', 's', 'e', 't', ' ', 'f', 'i', 'l', 'e',
                'e', 'n', 'c', 'o', 'd', 'i', 'n', 'g', '=', 'c', 'p', '1', '2', '5', '2', ' ', ':', '\n',
                'p', 'r', 'i', 'n', 't', '(', '"', (byte) 0x80, '"', ')', '\n'}));
    }

    @Test
    void aDeclarationAfterTheSecondLineIsIgnored() throws Exception {
        // nothing runs: the whole file is refused first
        assertEquals(new Run(1, "", "SyntaxError: Non-UTF-8 code starting with '\\xe9' in file " + dir.resolve("late.py").toAbsolutePath()
                + " on line 3, but no encoding declared; see https://peps.python.org/pep-0263/ for details"),
                run("late.py", latin1("print(1)\n# coding: latin-1\nprint(\"\u00e9\")\n")));
    }

    @Test
    void nonUtf8WithoutADeclarationIsCPythonsSyntaxError() throws Exception {
        Run r = run("n.py", latin1("print(1)\n# \u00ff comment\n"));
        assertEquals(new Run(1, "", "SyntaxError: Non-UTF-8 code starting with '\\xff' in file " + dir.resolve("n.py").toAbsolutePath()
                + " on line 2, but no encoding declared; see https://peps.python.org/pep-0263/ for details"), r);
    }

    @Test
    void unknownEncodingsAndBomConflicts() throws Exception {
        assertEquals(new Run(1, "", "SyntaxError: encoding problem: bogus"), run("u.py", utf8("# coding: bogus\nprint(1)\n")));
        assertEquals(new Run(1, "", "SyntaxError: encoding problem: iso-8859-1 with BOM"),
                run("v.py", utf8("\ufeff# coding: latin-1\nprint(1)\n")));
        assertEquals(new Run(0, "bom\n", ""), run("w.py", utf8("\ufeffprint(\"bom\")\n")));
    }

    @Test
    void nulBytesAndNonPrintableCharacters() throws Exception {
        assertEquals(new Run(1, "", "SyntaxError: source code cannot contain null bytes"), run("z.py", utf8("print(1)\u0000\n")));
        assertEquals(new Run(1, "", "SyntaxError: invalid non-printable character U+FEFF"), run("s.py", utf8("print(1)\n\ufeffprint(2)\n")));
        assertEquals(new Run(1, "", "SyntaxError: invalid non-printable character U+00A0"), run("t.py", utf8("x\u00a0= 1\n")));
        assertEquals(new Run(1, "", "SyntaxError: invalid character '€' (U+20AC)"), run("e.py", utf8("x = 1 \u20ac 2\n")));
    }

    @Test
    void identifiersAreNfkcNormalised() throws Exception {
        assertEquals(new Run(0, "3\n", ""), run("k.py", utf8("\uff46 = 3\nprint(f)\n")));
        assertEquals(new Run(0, "5\n", ""), run("l.py", utf8("\ufb01le = 5\nprint(file)\n")));
    }
}
