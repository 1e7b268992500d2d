package org.armjit.jit.driver;

import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.jit.ir.Trace;
import org.armjit.lang.vm.ProgramRunner;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A program run with the JIT on the IR backend, for tests about the traces the recorder
 * writes: its output, the loop traces in the order they were compiled, and the driver (its
 * stats and helpers). The program must exit with status 0.
 */
record TracedRun(String out, List<Trace> loops, JitDriver driver) {
    static TracedRun of(String program, String jitOptions) {
        List<Trace> loops = new ArrayList<>();
        JitOptions options = JitOptions.parse(jitOptions);
        ProgramRunner.Options o = new ProgramRunner.Options();
        JitDriver[] driver = new JitDriver[1];
        o.setup = vm -> {
            driver[0] = JitDriver.install(vm, options, new IRInterpreterBackend(vm.heap, vm.calls));
            driver[0].traceListener = (isLoop, trace) -> {
                if (isLoop) loops.add(trace);
            };
        };
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = ProgramRunner.run(program, "traced.py", new String[] {"traced.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertEquals(0, status, () -> "exit status; output so far:\n" + out.toString(StandardCharsets.UTF_8));
        return new TracedRun(out.toString(StandardCharsets.UTF_8), loops, driver[0]);
    }
}
