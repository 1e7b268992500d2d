package org.armjit.jit.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.backend.ExitResult;
import org.armjit.jit.backend.GuardHandle;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.jit.ir.Trace;
import org.armjit.lang.vm.ProgramRunner;
import org.junit.jupiter.api.Test;

/**
 * An exception inside the JIT (here: a backend that cannot compile) is an internal error: counted
 * apart from ordinary aborts, shown when asked, and rethrown where the test suites ask for it.
 * The program's own output stays right either way when it is not rethrown.
 */
class JitInternalErrorTest {
    static final String PROGRAM = """
            t = 0
            for i in range(200):
                t += i
            print(t)
            """;

    /** The IR backend, except that compiling a loop fails. */
    static final class BrokenBackend implements Backend {
        final IRInterpreterBackend ir;

        BrokenBackend(IRInterpreterBackend ir) {
            this.ir = ir;
        }

        @Override
        public String name() {
            return "broken";
        }

        @Override
        public CompiledTrace compileLoop(Trace trace) {
            throw new IllegalStateException("cannot compile this");
        }

        @Override
        public CompiledTrace compileBridge(GuardHandle guard, Trace bridge) {
            return ir.compileBridge(guard, bridge);
        }

        @Override
        public ExitResult enter(CompiledTrace trace, long... inputs) {
            return ir.enter(trace, inputs);
        }

        @Override
        public void invalidate(CompiledTrace trace) {
            ir.invalidate(trace);
        }
    }

    record Outcome(int status, String out, String err, JitStats stats) {}

    static Outcome run(boolean fail, PrintStream show) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        ProgramRunner.Options o = new ProgramRunner.Options();
        JitStats[] stats = {null};
        o.setup = vm -> {
            JitDriver d = JitDriver.install(vm, JitOptions.parse("threshold=5"), new BrokenBackend(new IRInterpreterBackend(vm.heap, vm.calls)));
            d.failOnInternalError = fail;
            if (show != null) d.showInternalErrorsOn(show);
            stats[0] = d.stats;
        };
        int status = ProgramRunner.run(PROGRAM, "t.py", new String[] {"t.py"}, o,
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), stats[0]);
    }

    @Test
    void anInternalErrorIsCountedApartFromAbortsAndTheProgramCarriesOn() {
        long before = JitStats.totalInternalErrors();
        Outcome o = run(false, null);
        assertEquals(0, o.status);
        assertEquals("19900\n", o.out);
        assertEquals("", o.err, "not shown unless asked");
        assertTrue(o.stats.internalErrors >= 1, o.stats.format());
        assertTrue(o.stats.format().contains("internal_errors: " + o.stats.internalErrors + "\n"), o.stats.format());
        assertTrue(o.stats.abortReasons.containsKey("internal error: IllegalStateException"), o.stats.format());
        assertEquals(o.stats.internalErrors, JitStats.totalInternalErrors() - before, "the process-wide count the test runners check");
    }

    @Test
    void debugShowsTheErrorWithItsJavaTrace() {
        ByteArrayOutputStream shown = new ByteArrayOutputStream();
        Outcome o = run(false, new PrintStream(shown, true, StandardCharsets.UTF_8));
        assertEquals("19900\n", o.out);
        String text = shown.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("armjit: JIT internal error (trace abandoned): java.lang.IllegalStateException: cannot compile this"), text);
        assertTrue(text.contains("\tat org.armjit.jit.driver.JitInternalErrorTest$BrokenBackend.compileLoop"), text);
    }

    @Test
    void inTestSuitesAnInternalErrorFailsTheRun() {
        Outcome o = run(true, null);
        assertEquals(2, o.status, "armjit: internal error, exit 2: " + o.err);
        assertTrue(o.err.contains("armjit: internal error: java.lang.IllegalStateException: cannot compile this"), o.err);
    }
}
