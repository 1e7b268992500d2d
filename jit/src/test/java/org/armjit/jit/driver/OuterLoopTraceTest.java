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
        List<Trace> loops = new ArrayList<>();
        // No bridges (trace_eagerness high), so the outer back-edge stays in the interpreter and gets hot.
        JitOptions options = JitOptions.parse("threshold=5,function_threshold=100000,trace_eagerness=100000");
        ProgramRunner.Options o = new ProgramRunner.Options();
        JitDriver[] driver = new JitDriver[1];
        o.setup = vm -> {
            driver[0] = JitDriver.install(vm, options, new IRInterpreterBackend(vm.heap, vm.calls));
            driver[0].traceListener = (isLoop, trace) -> {
                if (isLoop) loops.add(trace);
            };
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ProgramRunner.run(PROGRAM, "outer.py", new String[] {"outer.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        assertEquals("148680\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(2, loops.size(), "inner and outer loop traces");
        Trace inner = loops.get(0), outer = loops.get(1);
        int innerLabel = label(inner);
        Operation jump = outer.last();
        assertEquals(Op.JUMP, jump.op);
        assertEquals(innerLabel, jump.aux(0), "the outer trace jumps into the inner loop");
        assertNotEquals(innerLabel, label(outer));
        assertTrue(driver[0].stats.aborts == 0, "no abort: " + driver[0].stats.aborts);
    }

    private static int label(Trace t) {
        for (Operation o : t.ops()) if (o.op == Op.LABEL) return o.aux(0);
        throw new AssertionError("no label in " + t);
    }
}
