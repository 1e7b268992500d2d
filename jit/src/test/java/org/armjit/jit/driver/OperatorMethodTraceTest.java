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
 * User operator methods ({@code __add__}, {@code __rmul__} reached from {@code 2 * v},
 * {@code __iadd__}, {@code __neg__}, {@code __abs__} through the builtin abs) are inlined into the loop like method calls: no binary_op helper, no
 * abort. When a guard fails inside an inlined method that then returns NotImplemented, the
 * interpreter finishes the operator protocol (the reflected method of the other operand,
 * else TypeError), as if the method had never been compiled.
 */
class OperatorMethodTraceTest {
    private static final String VEC = """
            class V:
                def __init__(self, x, y):
                    self.x = x
                    self.y = y
                def __add__(self, o):
                    return V(self.x + o.x, self.y + o.y)
                def __rmul__(self, k):
                    return V(self.x * k, self.y * k)
                def __iadd__(self, o):
                    self.x += o.x
                    return self
                def __neg__(self):
                    return V(-self.x, -self.y)
                def __abs__(self):
                    return self.x + self.y
                def __sub__(self, o):
                    if self.x > 700:
                        return NotImplemented
                    return V(self.x - o.x, 0)
            class W:
                def __init__(self, x):
                    self.x = x
                def __rsub__(self, o):
                    return W(o.x - self.x + 1000)
            """;

    private record Run(String out, List<Trace> loops, JitDriver driver) {}

    private static Run run(String program) {
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
        int status = ProgramRunner.run(VEC + program, "ops.py", new String[] {"ops.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status);
        return new Run(out.toString(StandardCharsets.UTF_8), loops, driver[0]);
    }

    @Test
    void operatorMethodsInlined() {
        Run r = run("""
                def f(n):
                    acc = V(0, 0)
                    s = 0
                    for i in range(n):
                        d = 2 * V(i, 1)
                        acc = -(-acc + -d)
                        acc += V(1, 0)
                        s += abs(d)
                    return acc.x, acc.y, s
                print(f(400))
                """);
        assertEquals("(160000, 800, 160400)\n", r.out);
        assertEquals(0, r.driver.stats.aborts, "aborts: " + r.driver.stats.abortReasons);
        assertTrue(r.loops.size() >= 1);
        for (Operation op : r.loops.get(0).ops()) {
            boolean binaryOpCall = (op.op == Op.CALL_R || op.op == Op.CALL_I) && op.aux[0] == r.driver.helpers.binaryOp.id();
            assertTrue(!binaryOpCall, "binary_op call in\n" + r.loops.get(0));
        }
    }

    @Test
    void notImplementedAfterAnExitInsideTheMethodFinishesTheProtocol() {
        Run r = run("""
                def g(n, other):
                    out = []
                    for i in range(n):
                        r = V(i, 1) - other
                        out.append(r.x)
                    return out
                print(g(800, W(1))[698:703])
                try:
                    g(800, V(1, 1))
                except TypeError as e:
                    print(e)
                """);
        // Up to 700 V.__sub__ answers; after it, W.__rsub__ (x + 1000 - 1).
        assertEquals("[697, 698, 699, 1700, 1701]\nunsupported operand type(s) for -: 'V' and 'V'\n", r.out);
        assertTrue(r.driver.stats.guardFailures > 0, "the guard inside __sub__ failed");
    }
}
