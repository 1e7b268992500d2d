package org.armjit.jit.driver;

import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.lang.vm.ProgramRunner;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JIT really compiles, enters and leaves traces: each program runs with the JIT (IR
 * backend) and without, the outputs must be equal, and the statistics show what happened.
 */
class JitDriverTest {
    record Run(String out, String err, int status, JitStats stats) {}

    static Run run(String source, String jit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ProgramRunner.Options o = new ProgramRunner.Options();
        JitStats[] stats = {new JitStats()};
        JitOptions options = JitOptions.parse(jit);
        if (options.enabled()) {
            o.setup = vm -> stats[0] = JitDriver.install(vm, options, new IRInterpreterBackend(vm.heap, vm.calls)).stats;
        }
        int status = ProgramRunner.run(source, "test.py", new String[] {"test.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), status, stats[0]);
    }

    /** Runs with the JIT and without; same output and status required. */
    static JitStats same(String source, String jit) {
        Run plain = run(source, "off");
        Run jitted = run(source, jit);
        assertEquals(plain.out, jitted.out, "stdout with --jit " + jit);
        assertEquals(plain.status, jitted.status, "exit status with --jit " + jit);
        assertEquals(plain.err, jitted.err, "stderr with --jit " + jit);
        return jitted.stats;
    }

    static final String LOW = "threshold=3,function_threshold=3,trace_eagerness=2";

    @Test
    void aHotLoopIsCompiledAndEntered() {
        JitStats s = same("""
                def f(n):
                    total = 0
                    i = 0
                    while i < n:
                        total += i * 3 % 7
                        i += 1
                    return total
                print(f(5000))
                """, "threshold=100");
        assertEquals(1, s.loops);
        assertTrue(s.traceEnters >= 1);
        assertEquals(1, s.guardFailures, "the loop leaves once, when i reaches n");
    }

    @Test
    void aBranchThatFailsOftenGetsABridge() {
        JitStats s = same("""
                def f(n):
                    a = 0
                    b = 0
                    for i in range(n):
                        if i % 3 == 0:
                            a += 1
                        else:
                            b += 2
                    return a, b
                print(f(3000))
                """, LOW);
        assertTrue(s.loops >= 1, "loops " + s.loops);
        assertTrue(s.bridges >= 1, "bridges " + s.bridges);
    }

    @Test
    void typePolymorphicValuesGetBridgesAndStayCorrect() {
        JitStats s = same("""
                items = [1, 2.5, "ab", 4, 5.5, "c"] * 200
                def f(xs):
                    n = 0
                    for x in xs:
                        n += len(str(x))
                    return n
                print(f(items))
                """, LOW);
        assertTrue(s.loops >= 1 && s.bridges >= 1, "loops " + s.loops + ", bridges " + s.bridges);
    }

    @Test
    void exitsFromInlinedCallsResumeInTheCallee() {
        JitStats s = same("""
                def step(x, limit):
                    if x > limit:
                        return x - limit
                    return x * 2
                def f(n):
                    x = 1
                    out = []
                    for i in range(n):
                        x = step(x, 1000)
                        out.append(x)
                    return out[-5:], sum(out)
                print(f(2000))
                """, LOW);
        assertTrue(s.loops >= 1);
        assertTrue(s.guardFailures >= 1);
    }

    @Test
    void integersGrowingPastMachineWordsLeaveTheFastPath() {
        JitStats s = same("""
                a, b = 0, 1
                for i in range(200):
                    a, b = b, a + b
                print(a)
                t = 0
                i = 0
                while i < 60000:
                    t += i * i
                    i += 1
                print(t)
                """, LOW);
        assertTrue(s.loops >= 1);
    }

    @Test
    void reboundGlobalsInvalidateTraces() {
        JitStats s = same("""
                def g(x):
                    return x + 1
                def run(n):
                    t = 0
                    for i in range(n):
                        t += g(i)
                    return t
                print(run(500))
                def g(x):
                    return x - 1
                print(run(500))
                """, LOW);
        assertTrue(s.invalidations >= 1, "invalidations " + s.invalidations);
    }

    @Test
    void exceptionsInsideCompiledLoopsPropagateExactly() {
        same("""
                def f(xs):
                    t = 0
                    for x in xs:
                        t += 100 // x
                    return t
                try:
                    f([5, 4, 3, 2, 1] * 50 + [0])
                except ZeroDivisionError as e:
                    print("caught", e)
                print(f([3, 7] * 40))
                f([1, 2, 0])
                """, LOW);
    }

    @Test
    void hotFunctionsAreTracedFromTheirEntryAndFinish() {
        JitStats s = same("""
                def dist(a, b, c):
                    d = a * a + b * b - c
                    if d < 0:
                        return -d
                    return d
                t = 0
                i = 0
                while i < 3000:
                    t += dist(i % 17, i % 5, 40)
                    i += 1
                print(t)
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                print(fib(16))
                """, "threshold=100000,function_threshold=50,trace_eagerness=5");
        assertEquals(0, s.loops);
        assertTrue(s.functions >= 1, "functions " + s.functions);
        assertTrue(s.bridges >= 1, "bridges " + s.bridges);
        assertTrue(s.traceEnters > 1000, "trace enters " + s.traceEnters);
    }

    @Test
    void recursionAndRaisingCalleesRunAsResidualCalls() {
        String program = """
                def fib(n):
                    if n < 2:
                        return n
                    return fib(n - 1) + fib(n - 2)
                t = 0
                for i in range(300):
                    t += fib(i % 12)
                print(t)
                log = []
                def f(n):
                    log.append(n)
                    if n == 7:
                        raise ValueError("seven")
                    return n
                def deep(i):
                    return f(i % 10) if i % 3 else mid(i)
                def mid(i):
                    return f(i % 10)
                def loop():
                    s = 0
                    for i in range(40):
                        try:
                            s += deep(i)
                        except ValueError as e:
                            print("caught", e, len(log))
                    return s
                print(loop())
                def boom(i):
                    if i == 250:
                        return 1 // 0
                    return g2(i)
                def g2(i):
                    return i * 2 + 1
                t = 0
                for i in range(300):
                    t += boom(i)
                """;
        for (String jit : new String[] {LOW + ",max_unroll_recursion=1", "threshold=1,function_threshold=1,trace_eagerness=1,max_unroll_recursion=0"}) {
            JitStats s = same(program, jit);
            assertTrue(s.loops + s.functions >= 2, "traces " + s.loops + " + " + s.functions);
        }
    }

    @Test
    void anInnerLoopsExitBridgeRunsTheOuterLoopAndReentersIt() {
        JitStats s = same("""
                best = 0
                best_n = 0
                for n in range(1, 2000):
                    steps = 0
                    x = n
                    while x != 1:
                        if x % 2 == 0:
                            x //= 2
                        else:
                            x = 3 * x + 1
                        steps += 1
                    if steps > best:
                        best = steps
                        best_n = n
                print(best_n, best)
                def grid(n):
                    total = 0
                    for i in range(n):
                        for j in range(i):
                            total += i ^ j
                    return total
                print(grid(300))
                """, "threshold=50,trace_eagerness=20");
        assertTrue(s.loops >= 2, "loops " + s.loops);
        assertTrue(s.bridges >= 2, "bridges " + s.bridges);
        assertEquals(0, s.abortReasons.getOrDefault("inner loop", 0L), s.abortReasons.toString());
    }

    @Test
    void recordingAbortsAtTheTraceLimitAndTheLoopIsLeftAlone() {
        JitStats s = same("""
                def f(n):
                    t = 0
                    for i in range(n):
                        t += i
                        t -= 1
                        t += 2
                        t ^= 5
                    return t
                print(f(2000))
                """, "threshold=2,trace_limit=10");
        assertEquals(0, s.loops);
        assertTrue(s.aborts >= 1 && s.aborts <= 3, "aborts " + s.aborts + " (a place is blacklisted after 3)");
        assertTrue(s.abortReasons.containsKey("trace too long"), s.abortReasons.toString());
    }
}
