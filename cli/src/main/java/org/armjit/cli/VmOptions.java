package org.armjit.cli;

import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.jit.driver.JitDriver;
import org.armjit.jit.driver.JitStats;
import org.armjit.lang.vm.ProgramRunner;
import picocli.CommandLine.Option;

/** Options shared by every command that runs Python code (run, -c). */
final class VmOptions {
    @Option(names = "--jit", paramLabel = "off|NAME=VALUE,...",
            description = "JIT parameters with PyPy's names, or 'off'. Parameters (default):%n${sys:armjit.jitParams}")
    String jit;

    @Option(names = "--backend", paramLabel = "ir",
            description = "where compiled traces run: 'ir' (the IR interpreter, the reference backend). "
                    + "Without --backend or --jit NAME=VALUE the JIT is off: the reference backend is "
                    + "slower than the interpreter and only the ARM backend will make tracing pay.")
    String backend;

    @Option(names = "--jit-stats", description = "print JIT statistics (name: value lines) to stderr at exit")
    boolean jitStats;

    @Option(names = "--heap", paramLabel = "SIZE", description = "guest heap size, e.g. 64m (default 64m)")
    String heap = "64m";

    @Option(names = "--gc-stress", description = "collect at every safepoint")
    boolean gcStress;

    @Option(names = "--gc-stats", description = "print collector statistics to stderr at exit")
    boolean gcStats;

    @Option(names = "--gc-verify", description = "check every reference after each collection (slow)")
    boolean gcVerify;

    @Option(names = "--debug", description = "show Java stack traces of internal errors")
    boolean debug;

    static {
        System.setProperty("armjit.jitParams", JitOptions.describe().stripTrailing().replace("%", "%%"));
    }

    /** The runner options; throws IllegalArgumentException with a user-facing message. */
    ProgramRunner.Options toRunnerOptions(java.io.PrintStream err) {
        // The JIT runs when asked for: a backend named, or JIT parameters given.
        JitOptions jitOptions = JitOptions.parse(jit == null && backend == null ? "off" : jit);
        if (backend != null && !backend.equals("ir")) {
            throw new IllegalArgumentException("--backend: unknown backend '" + backend + "' (known: ir)");
        }
        ProgramRunner.Options o = new ProgramRunner.Options();
        if (jitOptions.enabled()) {
            JitDriver[] driver = new JitDriver[1];
            o.setup = vm -> driver[0] = JitDriver.install(vm, jitOptions, new IRInterpreterBackend(vm.heap, vm.calls));
            if (jitStats) o.atExit = vm -> err.print(driver[0].stats.format());
        } else if (jitStats) {
            o.atExit = vm -> err.print(JitStats.withoutJit(vm).format());
        }
        o.heapBytes = parseSize(heap);
        o.gcStress = gcStress;
        o.gcStats = gcStats;
        o.gcVerify = gcVerify;
        o.debug = debug;
        return o;
    }

    static int parseSize(String text) {
        String t = text.trim().toLowerCase();
        long mult = 1;
        if (t.endsWith("k")) mult = 1 << 10;
        else if (t.endsWith("m")) mult = 1 << 20;
        else if (t.endsWith("g")) mult = 1 << 30;
        if (mult != 1) t = t.substring(0, t.length() - 1);
        try {
            long v = Long.parseLong(t) * mult;
            if (v < (8 << 20) || v > (1L << 31) - (1 << 20)) {
                throw new IllegalArgumentException("--heap: size must be between 8m and 2047m, got '" + text + "'");
            }
            return (int) v;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--heap: expected a size like 64m, got '" + text + "'");
        }
    }
}
