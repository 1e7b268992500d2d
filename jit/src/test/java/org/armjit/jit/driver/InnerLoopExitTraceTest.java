package org.armjit.jit.driver;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A function trace (or a bridge) that reaches the back-edge of a loop with no compiled trace
 * cannot close that loop: it leaves there, through a guard that always fails, and the
 * interpreter takes the back-edge. It no longer aborts (three such aborts used to leave the
 * place interpreted for good). Once the loop is compiled, that exit's bridge jumps into it.
 */
class InnerLoopExitTraceTest {
    private static final String PROGRAM = """
            def shade(lights, k):
                light = 0
                for lamp in lights:
                    if lamp == k:
                        continue
                    light += lamp
                return light

            def main():
                lights = [1, 2, 3]
                total = 0
                for i in range(4000):
                    total += shade(lights, i % 4)
                print(total)

            main()
            """;
    private static final String EXPECTED = 4000 / 4 * (6 + 5 + 4 + 3) + "\n";

    @Test
    void aFunctionTraceLeavesAtTheBackEdgeOfALoopNotCompiled() {
        // The loop never gets hot enough to compile: the function trace is all there is.
        TracedRun run = TracedRun.of(PROGRAM, "threshold=1000000,function_threshold=3");
        assertEquals(EXPECTED, run.out());
        JitDriver driver = run.driver();
        assertEquals(0L, driver.stats.abortReasons.getOrDefault("inner loop", 0L), driver.stats.abortReasons.toString());
        Trace shade = run.loops().stream().filter(t -> t.ops().stream().anyMatch(InnerLoopExitTraceTest::alwaysFails))
                .findFirst().orElseThrow(() -> new AssertionError("no trace leaves at the back-edge: " + run.loops()));
        assertEquals(Op.FINISH, shade.last().op);
    }

    @Test
    void theExitsBridgeJumpsIntoTheLoopOnceItIsCompiled() {
        // The function is traced after 3 calls, its loop (3 iterations a call) after 30 back-edges.
        TracedRun run = TracedRun.of(PROGRAM, "threshold=30,function_threshold=3,trace_eagerness=5");
        assertEquals(EXPECTED, run.out());
        JitDriver driver = run.driver();
        assertTrue(driver.stats.bridges >= 1, "bridges: " + driver.stats.bridges);
        assertEquals(0L, driver.stats.abortReasons.getOrDefault("inner loop", 0L), driver.stats.abortReasons.toString());
        // After the bridge, calls run compiled from entry to return: few exits in 4,000 calls.
        assertTrue(driver.stats.guardFailures < 400, "guard failures: " + driver.stats.guardFailures);
    }

    private static boolean alwaysFails(Operation o) {
        return o.op == Op.GUARD_TRUE && o.arg(0) instanceof Const c && c.intValue() == 0;
    }
}
