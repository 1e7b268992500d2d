package org.armjit.jit.driver;

import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Calls whose callee is not a constant global are inlined behind a guard on the callee: a
 * closure passed as an argument (guarded on its class and code, its cell and default read
 * from the function object, its keyword argument bound at record time) and a bound method
 * kept in a variable. The loop bodies call nothing.
 */
class ComputedCallTraceTest {
    private static final String PROGRAM = """
            def make_scaler(k):
                def scale(v, offset=0):
                    return v * k + offset
                return scale
            def apply_many(f, n):
                acc = 0
                for i in range(n):
                    acc = f(acc % 1000, offset=i & 7)
                return acc
            class C:
                def __init__(self):
                    self.n = 0
                def get(self, x):
                    return x + 1
            def bound(n):
                g = C().get
                s = 0
                for i in range(n):
                    s += g(i)
                return s
            print(apply_many(make_scaler(3), 500) + apply_many(make_scaler(5), 500))
            print(bound(500))
            """;

    @Test
    void closuresAndBoundMethodsAreInlined() {
        TracedRun run = TracedRun.of(PROGRAM, "threshold=20,function_threshold=100000,trace_eagerness=100000");
        List<Trace> loops = run.loops();
        JitDriver driver = run.driver();
        assertEquals(expected(), run.out());
        assertEquals(2, loops.size(), "apply_many's loop and bound's loop, traced once each: " + driver.stats.abortReasons);
        for (Trace t : loops) {
            assertEquals(0, count(t, Op.CALL_I, Op.CALL_R, Op.CALL_F, Op.CALL_N), "nothing called in\n" + t);
        }
        assertTrue(count(loops.get(0), Op.GUARD_VALUE) >= 1, "the callee's code is guarded");
        assertTrue(driver.stats.traceEnters >= 2);
        assertEquals(0, driver.stats.aborts, "aborts: " + driver.stats.abortReasons);
    }

    private static String expected() {
        long a = 0;
        for (int k : new int[] {3, 5}) {
            long acc = 0;
            for (int i = 0; i < 500; i++) acc = (acc % 1000) * k + (i & 7);
            a += acc;
        }
        long b = 0;
        for (int i = 0; i < 500; i++) b += i + 1;
        return a + "\n" + b + "\n";
    }

    private static int count(Trace t, Op... ops) {
        int n = 0;
        for (Operation o : t.ops()) for (Op op : ops) if (o.op == op) n++;
        return n;
    }
}
