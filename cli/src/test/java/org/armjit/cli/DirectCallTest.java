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
import org.junit.jupiter.api.io.TempDir;

/**
 * Direct calls (PyPy's call_assembler) on the ARM backend: a trace's call of a function that
 * has its own compiled trace runs that trace without going through Java, and whatever the
 * callee does (finish, exit, raise, recurse to the limit) the program sees what the
 * interpreter would have done.
 */
class DirectCallTest {
    @TempDir
    Path dir;

    private static final String JIT = "threshold=50,function_threshold=50";

    private ProgramCorpusOutcome run(String source, String... options) throws Exception {
        Path p = dir.resolve("p.py");
        Files.writeString(p, source);
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(List.of(options));
        args.add(p.toString());
        return ProgramCorpusRunner.inProcess().run(args);
    }

    private static String out(ProgramCorpusOutcome o) {
        return new String(o.stdout(), StandardCharsets.UTF_8);
    }

    /** A --jit-stats figure, or 0 when it is not printed (helper calls show only the five most frequent). */
    private static long stat(String stderr, String name) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + ": ([0-9]+)$").matcher(stderr);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static final String LOOPS = """
            def norm(xs):
                s = 0
                for x in xs:
                    s += x * x
                return s

            def scaled(xs, k=2):
                t = 0
                for x in xs:
                    t += x * k
                return t

            def main():
                xs = [1, 2, 3, 4]
                total = 0
                for i in range(3000):
                    total += norm(xs) + scaled(xs) + scaled(xs, 3)
                print(total)

            main()
            """;

    @Test
    void aCallOfAFunctionWithALoopGoesStraightToItsTrace() throws Exception {
        ProgramCorpusOutcome o = run(LOOPS, "--jit", JIT, "--jit-stats");
        assertEquals(0, o.exitStatus(), o.stderr());
        assertEquals("240000\n", out(o));
        // three calls per iteration, defaults filled in by the stub for scaled(xs)
        assertTrue(stat(o.stderr(), "arm_direct_calls") > 8000, o.stderr());
        for (int n = 1; n <= 2; n++) assertTrue(stat(o.stderr(), "arm_helper_calls.call_function_" + n) < 300, o.stderr());
    }

    @Test
    void theSameUnderGcStress() throws Exception {
        ProgramCorpusOutcome o = run(LOOPS.replace("range(3000)", "range(400)"), "--jit", JIT, "--jit-stats", "--gc-stress", "--gc-verify");
        assertEquals(0, o.exitStatus(), o.stderr());
        assertEquals("32000\n", out(o));
        assertTrue(stat(o.stderr(), "arm_direct_calls") > 500, o.stderr());
    }

    @Test
    void anExitInTheCalleeIsFinishedByTheInterpreter() throws Exception {
        ProgramCorpusOutcome o = run("""
                def f(xs, i):
                    s = 0
                    for x in xs:
                        s += x
                    if i % 500 == 499:
                        s = -s
                    return s

                def main():
                    t = 0
                    for i in range(3000):
                        t += f([1, 2, 3], i)
                    print(t)

                main()
                """, "--jit", JIT, "--jit-stats");
        assertEquals(0, o.exitStatus(), o.stderr());
        assertEquals(6 * 2994 - 6 * 6 + "\n", out(o));
        assertTrue(stat(o.stderr(), "arm_helper_calls.direct_call_exit") >= 1, o.stderr());
    }

    @Test
    void anExceptionInTheCalleeIsRaisedAtTheCall() throws Exception {
        String program = """
                def g(xs, d):
                    s = 0
                    for x in xs:
                        s += x // d
                    return s

                def main(last):
                    t = 0
                    for i in range(3000):
                        d = 0 if i == 2500 else 1
                        try:
                            t += g([1, 2, 3], d)
                        except ZeroDivisionError as e:
                            print("caught", i, e)
                    print(t)
                    g([1], 0 if last else 1)

                main(False)
                main(True)
                """;
        ProgramCorpusOutcome o = run(program, "--jit", JIT, "--jit-stats");
        assertEquals(1, o.exitStatus(), o.stderr());
        assertEquals("caught 2500 integer division or modulo by zero\n17994\n".repeat(2), out(o));
        assertTrue(o.stderr().contains("in main") && o.stderr().contains("in g"), o.stderr());
        assertTrue(o.stderr().contains("ZeroDivisionError: integer division or modulo by zero"), o.stderr());
        assertTrue(stat(o.stderr(), "arm_direct_calls") > 1000, o.stderr());
    }

    @Test
    void recursionThroughDirectCallsStopsWhereTheInterpreterStops() throws Exception {
        String program = """
                def depth(n):
                    s = 0
                    for i in range(2):
                        s += i
                    if n == 0:
                        return s
                    return depth(n - 1) + 1

                def main():
                    for k in range(300):
                        depth(20)
                    for n in range(960, 1010):
                        try:
                            depth(n)
                        except RecursionError:
                            print("first failing depth", n)
                            return

                main()
                """;
        ProgramCorpusOutcome jit = run(program, "--jit", JIT, "--jit-stats");
        ProgramCorpusOutcome interp = run(program, "--jit", "off");
        assertEquals(0, jit.exitStatus(), jit.stderr());
        assertTrue(out(interp).startsWith("first failing depth 99"), out(interp));
        assertEquals(out(interp), out(jit));
        // nearly every level of the probes is a direct call that finishes in compiled code
        assertTrue(stat(jit.stderr(), "arm_direct_calls") > 20000, jit.stderr());
    }
}
