package org.armjit.jit.driver;

import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instances of a class with a property: the loop reading the property inlines its getter
 * (no getattr call for it), plain attributes of the same instances are read and written
 * through the helpers behind a guard on the class, and nothing aborts or invalidates.
 */
class PropertyTraceTest {
    private static final String PROGRAM = """
            class T:
                def __init__(self, p):
                    self.p = p
                    self.held = False
                @property
                def doubled(self):
                    return self.p * 2
            def run(ts, n):
                s = 0
                for i in range(n):
                    t = ts[i % 4]
                    t.held = i % 3 == 0
                    if not t.held:
                        s += t.doubled
                return s
            print(run([T(1), T(2), T(3), T(4)], 400))
            """;

    @Test
    void getterInlined() {
        TracedRun run = TracedRun.of(PROGRAM, "threshold=20,function_threshold=100000,trace_eagerness=100000");
        List<Trace> loops = run.loops();
        JitDriver driver = run.driver();
        long s = 0;
        for (int i = 0; i < 400; i++) if (i % 3 != 0) s += 2 * (i % 4 + 1);
        assertEquals(s + "\n", run.out());
        assertEquals(1, loops.size(), "aborts: " + driver.stats.abortReasons);
        Trace loop = loops.get(0);
        int calls = 0;
        for (Operation op : loop.ops()) {
            if (op.op == Op.LABEL) calls = 0; // the peeled loop's body, after its label
            if (op.op == Op.CALL_R || op.op == Op.CALL_I) calls++;
        }
        // t.held store, t.held load, t.p load (in the getter): three helper calls, the property none
        assertTrue(calls <= 3, "helper calls " + calls + " in\n" + loop);
        assertEquals(0, driver.stats.aborts, "aborts: " + driver.stats.abortReasons);
        assertEquals(0, driver.stats.invalidations);
    }
}
