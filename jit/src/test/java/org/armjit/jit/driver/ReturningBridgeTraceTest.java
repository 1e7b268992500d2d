package org.armjit.jit.driver;

import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.jit.ir.Op;
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
 * A bridge from a guard of a loop trace that leaves the loop through the frame's
 * {@code return}: it ends in finish(value, pc) and the interpreter runs that return, instead
 * of the bridge aborting ("return from the loop's frame") and the exit staying in the
 * interpreter.
 */
class ReturningBridgeTraceTest {
    private static final String PROGRAM = """
            def first_over(xs, limit):
                t = 0
                for x in xs:
                    if x > limit:
                        return t + x
                    t += x
                return -1
            data = list(range(200))
            s = 0
            for k in range(50):
                s += first_over(data, 100 + k)
            print(s)
            """;

    @Test
    void bridgeToTheReturnFinishes() {
        List<Trace> bridges = new ArrayList<>();
        JitOptions options = JitOptions.parse("threshold=5,function_threshold=100000,trace_eagerness=3");
        ProgramRunner.Options o = new ProgramRunner.Options();
        JitDriver[] driver = new JitDriver[1];
        o.setup = vm -> {
            driver[0] = JitDriver.install(vm, options, new IRInterpreterBackend(vm.heap, vm.calls));
            driver[0].traceListener = (isLoop, trace) -> {
                if (!isLoop) bridges.add(trace);
            };
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ProgramRunner.run(PROGRAM, "ret.py", new String[] {"ret.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        long expected = 0;
        for (int k = 0; k < 50; k++) {
            int limit = 100 + k;
            long t = 0;
            for (int x = 0; x < 200; x++) {
                if (x > limit) {
                    expected += t + x;
                    break;
                }
                t += x;
            }
        }
        assertEquals(expected + "\n", out.toString(StandardCharsets.UTF_8));
        Trace ret = bridges.stream().filter(b -> b.last().op == Op.FINISH).findFirst()
                .orElseThrow(() -> new AssertionError("no bridge ends in finish: " + bridges));
        assertEquals(2, ret.last().argCount(), "finish(value, pc)");
        assertEquals(null, driver[0].stats.abortReasons.get("return from the loop's frame"));
        assertTrue(driver[0].stats.traceEnters > 40, "the loop runs compiled: " + driver[0].stats.traceEnters);
    }
}
