package org.armjit.jit.driver;

import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An outer loop traced after its inner loop: its trace runs the outer body up to the inner
 * loop's header and ends with a jump to the inner loop's label (no copy of the inner body,
 * no "inner loop" abort).
 */
class OuterLoopTraceTest {
    private static final String PROGRAM = """
            def f(n):
                s = 0
                for y in range(n):
                    t = y * 3
                    for x in range(8):
                        s += x * t
                return s
            print(f(60))
            """;

    @Test
    void outerTraceEndsInTheInnerLoopsLabel() {
        // No bridges (trace_eagerness high), so the outer back-edge stays in the interpreter and gets hot.
        TracedRun run = TracedRun.of(PROGRAM, "threshold=5,function_threshold=100000,trace_eagerness=100000");
        List<Trace> loops = run.loops();
        JitDriver driver = run.driver();
        assertEquals("148680\n", run.out());
        assertEquals(2, loops.size(), "inner and outer loop traces");
        Trace inner = loops.get(0), outer = loops.get(1);
        int innerLabel = label(inner);
        Operation jump = outer.last();
        assertEquals(Op.JUMP, jump.op);
        assertEquals(innerLabel, jump.aux(0), "the outer trace jumps into the inner loop");
        assertNotEquals(innerLabel, label(outer));
        assertTrue(driver.stats.aborts == 0, "no abort: " + driver.stats.aborts);
    }

    private static int label(Trace t) {
        for (Operation o : t.ops()) if (o.op == Op.LABEL) return o.aux(0);
        throw new AssertionError("no label in " + t);
    }
}
