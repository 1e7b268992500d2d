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

/** The corpus runner's comparison logic, driven by a fake VM instead of armjit. */
class ProgramCorpusCheckTest {
    static final List<String> MODE = List.of("--jit", "off");

    @TempDir
    Path dir;

    private Path program(String name, String out, String expect) throws Exception {
        Path p = dir.resolve(name + ".py");
        Files.writeString(p, "print('whatever')\n");
        Files.writeString(dir.resolve(name + ".out"), out);
        if (expect != null) Files.writeString(dir.resolve(name + ".expect"), expect);
        return p;
    }

    private static ProgramCorpusRunner fake(int status, String out, String err) {
        return args -> new ProgramCorpusOutcome(status, out.getBytes(StandardCharsets.UTF_8), err);
    }

    @Test
    void matchingOutcomePasses() throws Exception {
        Path p = program("ok", "1\n2\n", null);
        assertEquals("", ProgramCorpusExecution.check(fake(0, "1\n2\n", ""), MODE, p, "ok.py"));
    }

    @Test
    void runsTheProgramWithModeOptionsAndAPathRelativeToTheWorkingDirectory() throws Exception {
        Path p = program("args", "", null);
        List<List<String>> seen = new ArrayList<>();
        ProgramCorpusExecution.check(args -> {
            seen.add(args);
            return new ProgramCorpusOutcome(0, new byte[0], "");
        }, MODE, p, "args.py");
        List<String> args = seen.get(0);
        assertEquals(List.of("run", "--jit", "off"), args.subList(0, 3));
        Path given = Path.of(args.get(3));
        assertTrue(!given.isAbsolute(), "relative path expected: " + given);
        assertEquals(p.toAbsolutePath().normalize(), given.toAbsolutePath().normalize());
    }

    @Test
    void stdoutDifferenceShowsAUnifiedStyleDiffOfTheFirstDifferingLines() throws Exception {
        Path p = program("diff", "a\nb\nc\nd\ne\nf\n", null);
        String msg = ProgramCorpusExecution.check(fake(0, "a\nb\nc\nD\ne\nf\n", ""), MODE, p, "diff.py");
        assertTrue(msg.startsWith("diff.py [--jit off]: 1 problem"), msg);
        assertTrue(msg.contains("first difference at line 4 (expected 6 lines, got 6)"), msg);
        assertTrue(msg.contains("@@ -1,7 +1,7 @@") || msg.contains("@@ -1,"), msg);
        assertTrue(msg.contains("  c\n- d\n+ D\n  e\n"), msg);
    }

    @Test
    void missingAndExtraLinesAreShownAsSuch() {
        String d = ProgramCorpusDiff.of("1\n2\n3\n4\n", "1\n3\n4\n5\n");
        assertTrue(d.contains("  1\n- 2\n  3\n  4\n+ 5\n"), d);
    }

    @Test
    void finalNewlineAndInvisibleCharactersAreReported() {
        assertEquals("texts differ only in the final newline: expected one, got none\n", ProgramCorpusDiff.of("x\n", "x"));
        String d = ProgramCorpusDiff.of("a\tb\n", "a    b\n");
        assertTrue(d.contains("- a\\tb"), d);
    }

    @Test
    void exitStatusAndLastStderrLineAreCompared() throws Exception {
        Path p = program("err", "before\n", "exit: 1\nstderr: ZeroDivisionError: division by zero\n");
        String tb = "Traceback (most recent call last):\n  File \"err.py\", line 2, in <module>\n"
                + "ZeroDivisionError: division by zero\n";
        assertEquals("", ProgramCorpusExecution.check(fake(1, "before\n", tb), MODE, p, "err.py"));

        String msg = ProgramCorpusExecution.check(fake(0, "before\n", ""), MODE, p, "err.py");
        assertTrue(msg.contains("exit status: expected 1, got 0"), msg);
        assertTrue(msg.contains("expected: \"ZeroDivisionError: division by zero\"\n  got:      \"\""), msg);
    }

    @Test
    void noExpectFileMeansStatusZeroAndEmptyStderr() throws Exception {
        Path p = program("quiet", "", null);
        String msg = ProgramCorpusExecution.check(fake(0, "", "warning\n"), MODE, p, "quiet.py");
        assertTrue(msg.contains("last line of stderr"), msg);
    }

    @Test
    void javaStackTracesInStderrFailEvenWhenTheLastLineMatches() throws Exception {
        Path p = program("leak", "", "exit: 1\nstderr: ValueError: bad\n");
        String err = "Exception in thread \"main\" java.lang.IllegalStateException: oops\n"
                + "\tat org.armjit.lang.vm.Interpreter.run(Interpreter.java:1)\nValueError: bad\n";
        String msg = ProgramCorpusExecution.check(fake(1, "", err), MODE, p, "leak.py");
        assertTrue(msg.contains("stderr contains a Java stack trace"), msg);
        assertTrue(msg.contains("\tat org.armjit"), msg);
    }

    @Test
    void aRunnerThatThrowsFailsWithTheException() throws Exception {
        Path p = program("boom", "", null);
        String msg = ProgramCorpusExecution.check(args -> {
            throw new IllegalStateException("vm exploded");
        }, MODE, p, "boom.py");
        assertTrue(msg.contains("Main.run threw"), msg);
        assertTrue(msg.contains("vm exploded"), msg);
    }

    @Test
    void expectFilesParse() {
        ProgramCorpusExpectation e = ProgramCorpusExpectation.parse(new byte[0], "exit: 3\nstderr: \n", "x");
        assertEquals(3, e.exitStatus());
        assertEquals("", e.stderrLastLine());
        ProgramCorpusExpectation f = ProgramCorpusExpectation.parse(new byte[0], "exit: 1\nstderr: KeyError: 'a: b'\n", "x");
        assertEquals("KeyError: 'a: b'", f.stderrLastLine());
    }

    @Test
    void stderrLastLineIgnoresTrailingNewlines() {
        assertEquals("c", new ProgramCorpusOutcome(1, new byte[0], "a\nb\nc\n\n").stderrLastLine());
        assertEquals("", new ProgramCorpusOutcome(0, new byte[0], "").stderrLastLine());
    }

    @Test
    void modesParseFromTheOverrideProperty() {
        assertEquals(List.of(List.of("--jit", "off"), List.of("--gc-stress")),
                ProgramCorpusModes.parse("--jit off; --gc-stress"));
        assertEquals(List.of("--jit", "off"), ProgramCorpusModes.DEFAULT.get(0));
    }
}
