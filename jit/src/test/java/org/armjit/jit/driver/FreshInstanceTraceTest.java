package org.armjit.jit.driver;

import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.lang.vm.ProgramRunner;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Instances made in a loop: {@code __init__}'s new attributes go into the fresh instance's
 * dict as plain stores (no setattr helper), as long as nothing else can have touched the dict;
 * a dict that would have to grow, and stores after a call that may run Python code, take the
 * helper. The dicts built are the interpreter's: later reads, printing and iteration agree.
 */
class FreshInstanceTraceTest {
    private static final String PROGRAM = """
            class P:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                    self.s = x + y
            class Q:
                def __init__(self, k):
                    self.a = k
                    self.b = k
                    self.c = k
                    self.d = k
                    self.e = k
                    self.f = k
                    self.g = k
                    self.h = k
                    self.i = k
                    self.j = k
                    self.l = k
                    self.m = k
            def tag(o):
                o.tagged = True
            class R:
                def __init__(self, k):
                    self.k = k
                    tag(self)
                    self.after = k + 1
            def run(n):
                t = 0
                for i in range(n):
                    p = P(i, 2 * i)
                    t += p.s + p.x
                    q = Q(i)
                    t += q.g
                    r = R(i)
                    t += r.after
                return t, (p.x, p.y, p.s), (q.a, q.e, q.l, q.m), (r.k, r.tagged, r.after)
            print(run(400))
            """;

    @Test
    void newAttributesOfFreshInstancesAreStores() {
        List<Trace> loops = new ArrayList<>();
        JitOptions options = JitOptions.parse("threshold=20,function_threshold=100000,trace_eagerness=100000");
        ProgramRunner.Options o = new ProgramRunner.Options();
        JitDriver[] driver = new JitDriver[1];
        o.setup = vm -> {
            driver[0] = JitDriver.install(vm, options, new IRInterpreterBackend(vm.heap, vm.calls));
            driver[0].traceListener = (isLoop, trace) -> {
                if (isLoop) loops.add(trace);
            };
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ProgramRunner.run(PROGRAM, "fresh.py", new String[] {"fresh.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        long t = 0;
        for (int i = 0; i < 400; i++) t += 3L * i + i + i + i + 1;
        assertEquals("(" + t + ", (399, 798, 1197), (399, 399, 399, 399), (399, True, 400))\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(0, driver[0].stats.aborts, "aborts: " + driver[0].stats.abortReasons);
        assertTrue(loops.size() >= 1);
        Trace loop = loops.get(0);
        int setattrCalls = 0;
        for (Operation op : loop.ops()) {
            if (op.op == Op.LABEL) setattrCalls = 0; // the peeled loop's body
            if (op.op.isCall() && op.aux[0] == driver[0].helpers.setattr.id()) setattrCalls++;
        }
        // P: none. Q: a..j fit the fresh dict (room for 10), l makes it grow and m follows that call.
        // R: tagged is set by tag() (inlined: a store like the others), after follows it: 2 from Q only.
        assertEquals(2, setattrCalls, "setattr calls in\n" + loop);
    }
}
