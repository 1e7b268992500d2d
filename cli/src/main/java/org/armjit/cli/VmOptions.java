package org.armjit.cli;

import org.armjit.jit.JitOptions;
import org.armjit.backend.arm.ArmBackend;
import org.armjit.backend.arm.ArmTarget;
import org.armjit.jit.backend.Backend;
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

    @Option(names = "--backend", paramLabel = "arm|ir",
            description = "where compiled traces run: 'arm' (ARM machine code, in the simulator on non-ARM hosts; "
                    + "the default) or 'ir' (the IR interpreter, the reference backend)")
    String backend;

    @Option(names = "--target", paramLabel = "NAME",
            description = "the ARM target: armv7-hf (default), armv7-softfp, armv7ve-hf, armv7ve-softfp (with SDIV), armv6-soft, armv5te-soft (no FPU)")
    String target;

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

    /** "off" or "" (the JIT on at PyPy's default parameters), decided by the bench figures in the README. */
    static final String DEFAULT_JIT = "off";

    static {
        System.setProperty("armjit.jitParams", JitOptions.describe().stripTrailing().replace("%", "%%"));
    }

    /** The runner options; throws IllegalArgumentException with a user-facing message. */
    ProgramRunner.Options toRunnerOptions(java.io.PrintStream err) {
        // Without --jit or --backend the JIT runs as DEFAULT_JIT says (see the README for the measurement behind it).
        JitOptions jitOptions = JitOptions.parse(jit == null && backend == null ? DEFAULT_JIT : jit);
        String backendName = backend == null ? "arm" : backend;
        if (!backendName.equals("ir") && !backendName.equals("arm")) {
            throw new IllegalArgumentException("--backend: unknown backend '" + backend + "' (known: arm, ir)");
        }
        ArmTarget armTarget = target == null ? ArmTarget.ARMV7_HF : ArmTarget.byName(target);
        if (target != null && backendName.equals("ir")) throw new IllegalArgumentException("--target applies to --backend arm only");
        ProgramRunner.Options o = new ProgramRunner.Options();
        if (jitOptions.enabled()) {
            JitDriver[] driver = new JitDriver[1];
            Backend[] be = new Backend[1];
            o.setup = vm -> {
                be[0] = backendName.equals("ir") ? new IRInterpreterBackend(vm.heap, vm.calls)
                        : new ArmBackend(vm.heap, vm.calls, ArmBackend.Options.of(armTarget));
                driver[0] = JitDriver.install(vm, jitOptions, be[0]);
            };
            if (jitStats) {
                o.atExit = vm -> {
                    err.print(driver[0].stats.format());
                    if (be[0] instanceof ArmBackend) err.print("backend: arm\nengine: sim\ntarget: " + armTarget.name() + "\n");
                    else err.print("backend: ir\n");
                    be[0].stats().forEach((k, v) -> err.print(k + ": " + v + "\n"));
                };
            }
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
