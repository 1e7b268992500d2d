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
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Module globals in traces are loads and stores of their entry in the globals dict, validated
 * like the interpreter's inline cache (entry in range, key in place), not dict helper calls;
 * and a global that compiled code stores is never folded as a constant by a later trace.
 */
class GlobalAccessTraceTest {
    @Test
    void globalsInAModuleLoopAreEntryLoadsAndStores() {
        List<Trace> loops = run("""
                total = 0
                step = 3
                for i in range(5000):
                    total += i * step
                print(total)
                """, "37492500\n");
        assertFalse(loops.isEmpty());
        for (Trace t : loops) {
            for (Operation o : t.ops()) {
                assertFalse(o.op.name().startsWith("CALL"), "no helper call for a global: " + o + " in\n" + t);
            }
        }
        assertTrue(loops.get(0).ops().stream().anyMatch(o -> o.op == Op.SETFIELD_GC), "total stored into its entry");
    }

    @Test
    void aGlobalRebindingBetweenIterationsIsSeenByTheTrace() {
        // g is read by the loop's trace and rebound by the trace of another loop: the entry load sees
        // every new value, where a folded constant would not.
        run("""
                g = 1
                def bump():
                    global g
                    for k in range(3000):
                        g = g + 1
                def read(n):
                    s = 0
                    for k in range(n):
                        s += g
                    return s
                print(read(3000))
                bump()
                print(read(3000))
                """, "3000\n9003000\n");
    }

    @Test
    void anEntryThatMovedIsCaughtByTheKeyGuard() {
        // Deleting and re-adding globals renumbers entries after a resize: the guards send the trace
        // back to the interpreter instead of reading another name's value.
        StringBuilder many = new StringBuilder();
        for (int j = 0; j < 40; j++) many.append("x").append(j).append(" = ").append(j).append("\n");
        run("""
                a = 1
                b = 2
                def f(n):
                    s = 0
                    for k in range(n):
                        s += b
                    return s
                print(f(3000))
                del a
                """ + many + """
                b = 5
                print(f(3000))
                """, "6000\n15000\n");
    }

    private static List<Trace> run(String program, String expected) {
        List<Trace> loops = new ArrayList<>();
        JitOptions options = JitOptions.parse("threshold=5,function_threshold=5,trace_eagerness=5");
        ProgramRunner.Options o = new ProgramRunner.Options();
        o.setup = vm -> {
            JitDriver d = JitDriver.install(vm, options, new IRInterpreterBackend(vm.heap, vm.calls));
            d.traceListener = (isLoop, trace) -> {
                if (isLoop) loops.add(trace);
            };
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ProgramRunner.run(program, "globals.py", new String[] {"globals.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        assertEquals(expected, out.toString(StandardCharsets.UTF_8));
        return loops;
    }
}
