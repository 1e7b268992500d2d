package org.armjit.cli;

import org.armjit.jit.JitOptions;
import org.armjit.backend.arm.ArmBackend;
import org.armjit.backend.arm.ArmHost;
import org.armjit.backend.arm.ArmTarget;
import org.armjit.backend.arm.NativeMemory;
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

    @Option(names = "--engine", paramLabel = "native|sim",
            description = "where ARM code runs: 'native' (the CPU; 32-bit ARM Linux JVMs only) or 'sim' (armjit's "
                    + "ARM simulator). Default: native where the host can, else sim")
    String engine;

    @Option(names = "--jit-stats", description = "print JIT statistics (name: value lines) to stderr at exit")
    boolean jitStats;

    @Option(names = "--jit-log", paramLabel = "FILE",
            description = "write the JIT log to FILE (JSON Lines, docs/jit-log.md; also ARMJIT_LOG=FILE, this option wins); "
                    + "turns the JIT on; view it with 'armjit view FILE'")
    String jitLog;

    /** Whether ARMJIT_LOG applies (not to check, which runs many programs). */
    boolean logFromEnvironment = true;

    /** The environment, replaceable by tests (ARMJIT_LOG). */
    static java.util.function.UnaryOperator<String> env = System::getenv;

    /** Set by the command before {@link #toRunnerOptions}: the program's file name, source and argv, for the JIT log. */
    String programFile;
    String programSource;
    java.util.List<String> programArgv = java.util.List.of();

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

    /**
     * "off" or "" (the JIT on at PyPy's default parameters) where ARM code is simulated, decided
     * by the bench figures in the README; where it runs natively the JIT is on.
     */
    static final String DEFAULT_JIT = "off";

    static {
        System.setProperty("armjit.jitParams", JitOptions.describe().stripTrailing().replace("%", "%%"));
    }

    /** The runner options; throws IllegalArgumentException with a user-facing message. */
    ProgramRunner.Options toRunnerOptions(java.io.PrintStream err) {
        return toRunnerOptions(err, err);
    }

    /** As above, with --jit-stats printed to {@code stats}. */
    ProgramRunner.Options toRunnerOptions(java.io.PrintStream err, java.io.PrintStream stats) {
        String backendName = backend == null ? "arm" : backend;
        if (!backendName.equals("ir") && !backendName.equals("arm")) {
            throw new IllegalArgumentException("--backend: unknown backend '" + backend + "' (known: arm, ir)");
        }
        if (target != null && backendName.equals("ir")) throw new IllegalArgumentException("--target applies to --backend arm only");
        if (engine != null && backendName.equals("ir")) throw new IllegalArgumentException("--engine applies to --backend arm only");
        ArmHost host = ArmHost.current();
        if (host.nativeCapable()) {
            // Compiled code calls the platform libm directly here: the interpreter must compute with it too.
            org.armjit.backend.arm.NativeLibm libm = org.armjit.backend.arm.NativeLibm.load();
            if (libm != null) org.armjit.lang.format.FloatMath.useLibrary(libm);
        }
        ArmBackend.Engine armEngine = chooseEngine(host, backendName);
        ArmTarget armTarget = target != null ? ArmTarget.byName(target)
                : armEngine == ArmBackend.Engine.NATIVE ? host.nativeTarget() : ArmTarget.ARMV7_HF;
        if (armEngine == ArmBackend.Engine.NATIVE) {
            String why = host.whyTargetUnfit(armTarget);
            if (why != null) throw new IllegalArgumentException("--target " + armTarget.name() + " cannot run natively here: " + why);
        }
        // Without --jit or --backend the JIT runs as DEFAULT_JIT says where code is simulated (see the README
        // for the measurement behind it), and on where it runs natively.
        String logPath = jitLogPath(err);
        String jitText = jit != null || backend != null || logPath != null ? jit : armEngine == ArmBackend.Engine.NATIVE ? "" : DEFAULT_JIT;
        JitOptions jitOptions = JitOptions.parse(jitText);
        org.armjit.cli.jitlog.JitLogWriter logWriter = null;
        if (logPath != null && jitOptions.enabled()) {
            try {
                logWriter = org.armjit.cli.jitlog.JitLogWriter.open(java.nio.file.Path.of(logPath));
            } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException("--jit-log: cannot write '" + logPath + "': " + e.getMessage());
            }
        }
        ProgramRunner.Options o = new ProgramRunner.Options();
        if (jitOptions.enabled()) {
            JitDriver[] driver = new JitDriver[1];
            Backend[] be = new Backend[1];
            if (backendName.equals("arm") && armEngine == ArmBackend.Engine.NATIVE) {
                // Compiled code addresses the heap directly: it must live at a machine address.
                o.heapMemory = NativeMemory::map;
                o.teardown = vm -> {
                    if (be[0] instanceof ArmBackend a) a.close();
                    NativeMemory.unmap(vm.mem);
                };
            } else if (Integer.getInteger("armjit.heapBase") != null) {
                // Testing: where a native heap may land (above 2 GiB, say), in simulated mode.
                int base = Integer.getInteger("armjit.heapBase");
                o.heapMemory = size -> org.armjit.runtime.mem.GuestMemory.allocate(base, size);
            }
            o.setup = vm -> {
                be[0] = backendName.equals("ir") ? new IRInterpreterBackend(vm.heap, vm.calls)
                        : new ArmBackend(vm.heap, vm.calls, ArmBackend.Options.of(armTarget).withEngine(armEngine));
                driver[0] = JitDriver.install(vm, jitOptions, be[0]);
                if (debug) driver[0].showInternalErrorsOn(err);
            };
            if (logWriter != null) attachLog(o, logWriter, driver, be, jitOptions, armTarget);
            if (jitStats) {
                java.util.function.Consumer<org.armjit.lang.vm.Vm> before = o.atExit;
                o.atExit = vm -> {
                    before.accept(vm);
                    stats.print(driver[0].stats.format());
                    if (be[0] instanceof ArmBackend a) {
                        stats.print("backend: arm\nengine: " + a.engineName() + "\ntarget: " + armTarget.name() + "\n");
                        if (a.engineName().equals("native")) {
                            stats.print("cpu_features: " + host.features() + "\nruntime_calls: " + a.runtimeCallPath() + "\n");
                        }
                    } else {
                        stats.print("backend: ir\n");
                    }
                    be[0].stats().forEach((k, v) -> stats.print(k + ": " + v + "\n"));
                };
            }
        } else if (jitStats) {
            o.atExit = vm -> stats.print(JitStats.withoutJit(vm).format());
        }
        o.heapBytes = parseSize(heap);
        o.gcStress = gcStress;
        o.gcStats = gcStats;
        o.gcVerify = gcVerify;
        o.debug = debug;
        return o;
    }

    /**
     * The JIT log's file: --jit-log, else ARMJIT_LOG, else null. --jit-log with --jit off is a
     * usage error; ARMJIT_LOG with --jit off is ignored with a warning (the environment may be
     * set for many runs).
     */
    private String jitLogPath(java.io.PrintStream err) {
        boolean off = jit != null && !JitOptions.parse(jit).enabled();
        if (jitLog != null) {
            if (off) throw new IllegalArgumentException("--jit-log needs the JIT: it cannot be combined with --jit off");
            if (jitLog.isEmpty()) throw new IllegalArgumentException("--jit-log: missing file name");
            return jitLog;
        }
        String e = logFromEnvironment ? env.apply("ARMJIT_LOG") : null;
        if (e == null || e.isEmpty()) return null;
        if (off) {
            err.println("armjit: ARMJIT_LOG ignored: the JIT is off (--jit off)");
            return null;
        }
        return e;
    }

    /** Writes the JIT log: header at setup, counts and statistics at exit, closed at teardown. */
    private void attachLog(ProgramRunner.Options o, org.armjit.cli.jitlog.JitLogWriter log, JitDriver[] driver, Backend[] be,
                           JitOptions jitOptions, ArmTarget armTarget) {
        java.util.function.Consumer<org.armjit.lang.vm.Vm> setup = o.setup;
        o.setup = vm -> {
            setup.accept(vm);
            java.util.Map<String, Object> header = new java.util.LinkedHashMap<>();
            if (programFile != null) header.put("program", programFile);
            header.put("argv", programArgv);
            if (be[0] instanceof ArmBackend a) {
                header.put("engine", a.engineName());
                header.put("target", armTarget.name());
            }
            java.util.Map<String, String> sources = programFile != null && programSource != null
                    ? java.util.Map.of(programFile, programSource) : java.util.Map.of();
            log.attach(vm, driver[0], jitOptions, sources, header);
        };
        o.atExit = vm -> log.finish(statsMap(driver[0], be[0]));
        java.util.function.Consumer<org.armjit.lang.vm.Vm> teardown = o.teardown;
        o.teardown = vm -> {
            try {
                log.close();
            } finally {
                teardown.accept(vm);
            }
        };
    }

    /** The --jit-stats figures as name -> number (or text), for the log's stats record. */
    static java.util.Map<String, Object> statsMap(JitDriver driver, Backend backend) {
        java.util.Map<String, Object> m = new java.util.LinkedHashMap<>();
        for (String line : driver.stats.format().split("\n")) {
            int colon = line.indexOf(": ");
            if (colon < 0) continue;
            String v = line.substring(colon + 2).trim();
            Object value;
            try {
                value = v.contains(".") ? (Object) Double.parseDouble(v) : (Object) Long.parseLong(v);
            } catch (NumberFormatException e) {
                value = v;
            }
            m.put(line.substring(0, colon), value);
        }
        m.putAll(backend.stats());
        return m;
    }

    /** --engine as given, else native where the host can run ARM code, else the simulator. */
    private ArmBackend.Engine chooseEngine(ArmHost host, String backendName) {
        if (engine == null) return backendName.equals("arm") && host.nativeCapable() ? ArmBackend.Engine.NATIVE : ArmBackend.Engine.SIM;
        return switch (engine) {
            case "sim" -> ArmBackend.Engine.SIM;
            case "native" -> {
                String why = host.whyNotNative();
                if (why != null) throw new IllegalArgumentException("--engine native: cannot run ARM code natively here: " + why);
                yield ArmBackend.Engine.NATIVE;
            }
            default -> throw new IllegalArgumentException("--engine: unknown engine '" + engine + "' (known: native, sim)");
        };
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
