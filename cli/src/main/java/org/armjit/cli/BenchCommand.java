package org.armjit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * {@code armjit bench [PROGRAMS...]}: runs each benchmark program with armjit and with
 * python3 on this machine, as child processes, and prints wall time, the time ratio and
 * peak RSS side by side, then the geometric mean of the ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run benchmark programs under armjit and python3 and compare time and peak memory.")
final class BenchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PROGRAM", description = "programs to run (default: bench/programs/*.py)")
    List<String> programs = new ArrayList<>();

    @Option(names = "--armjit-args", paramLabel = "ARGS", description = "options for armjit run (default: --jit off)")
    String armjitArgs = "--jit off";

    @Option(names = "--jvm", paramLabel = "ARGS", description = "JVM options for armjit (default: -XX:+UseSerialGC)")
    String jvmArgs = "-XX:+UseSerialGC";

    @Option(names = "--python", paramLabel = "EXE", description = "the reference interpreter (default: python3)")
    String python = "python3";

    @Option(names = "--repeat", description = "runs per program and interpreter; the fastest counts (default: 1)")
    int repeat = 1;

    @Option(names = "--gc", description = "the collector benchmark: bench/gc/*.py at size N and 10N, "
            + "time, peak RSS and collector figures side by side (see GcBench)")
    boolean gc;

    @Option(names = "--size", paramLabel = "N", description = "with --gc: the short run's size argument (default: 20)")
    int size = 20;

    @Option(names = "--arm", description = "steady-state ARM instructions per unit of N under qemu-arm (runs at N and "
            + "2N, counted by a QEMU plugin): armjit on Debian's armhf JVM (native engine) beside PyPy's ARM JIT, PyPy "
            + "with --jit off and CPython 3.11 for armhf; table, and a CSV (--csv); bench/programs and bench/arm")
    boolean arm;

    @Option(names = "--csv", paramLabel = "FILE", description = "with --arm: where the CSV goes (default: target/bench-arm.csv)")
    Path csv = Path.of("target/bench-arm.csv");

    @Option(names = "--arm-sim", description = "the ARM backend in the simulator: per program, wall time with the JIT "
            + "off, with ARM code in the simulator and under python3, and the steady-state cost of compiled code (ARM "
            + "instructions and helper calls per unit of N, from runs at N/10 and 2N/10); bench/programs and bench/arm")
    boolean armSim;

    @Option(names = "--float-modes", description = "the ARM backend in the simulator (implies --arm-sim): ARM instructions and helper calls per unit of N under "
            + "each float mode (armv7-hf, armv7-softfp, armv6-soft, armv5te-soft); default programs nbody, spectral_norm, raytrace")
    boolean floatModes;

    @Option(names = "--isel", description = "the instruction-selection report: per IR op kind, the ARM instructions its ops became "
            + "(from JIT logs of the programs run with the ARM backend in the simulator), the largest expansions with their code, "
            + "and for kernels with a C twin (bench/arm/NAME.c) instructions per iteration beside gcc -O2's under qemu-arm")
    boolean isel;

    @Option(names = "--share", description = "the JIT's coverage: per program, the interpreter's share of the steady-state "
            + "bytecodes (interp_bytecodes at S and 2S, S = N/10, JIT on over JIT off), compiled_ops per unit of N (IR "
            + "backend), traces and the most frequent abort reasons")
    boolean share;

    @CommandLine.ParentCommand
    Main main;

    record Result(double seconds, long peakKb, int status, String stdout) {}

    @Override
    public Integer call() throws Exception {
        List<Path> files = new ArrayList<>();
        // a missing program or default directory is the user's error, said in one line, not a timing of a failed run
        for (String p : programs) {
            if (!Files.isRegularFile(Path.of(p))) {
                main.err.println("armjit bench: " + p + ": no such file");
                return 1;
            }
        }
        if (programs.isEmpty()) {
            for (String dir : List.of(gc ? "bench/gc" : "bench/programs", "bench/arm")) {
                if ((dir.equals("bench/arm") ? arm || armSim || isel : true) && !Files.isDirectory(Path.of(dir))) {
                    main.err.println("armjit bench: " + dir + ": no such directory (run it from the repository root, or name the programs)");
                    return 1;
                }
            }
            try (Stream<Path> s = Files.list(Path.of("bench", gc ? "gc" : "programs"))) {
                files = s.filter(p -> p.toString().endsWith(".py")).sorted().collect(Collectors.toList());
            }
        } else {
            for (String p : programs) files.add(Path.of(p));
        }
        String jar = new File(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getPath();
        if (share) return new ShareBench(main.out, jvm(jar)).run(files) ? 0 : 1;
        if (floatModes) {
            if (programs.isEmpty()) {
                files = new ArrayList<>();
                for (String p : ArmBench.FLOAT_PROGRAMS) files.add(Path.of("bench", "programs", p));
            }
            return new ArmBench(main.out, jvm(jar), python, repeat).runFloatModes(files) ? 0 : 1;
        }
        if ((arm || armSim) && programs.isEmpty()) {
            try (Stream<Path> s = Files.list(Path.of("bench", "arm"))) {
                files.addAll(s.filter(p -> p.toString().endsWith(".py")).sorted().toList());
            }
        }
        if (isel) {
            if (programs.isEmpty()) {
                try (Stream<Path> s = Files.list(Path.of("bench", "arm"))) {
                    files.addAll(s.filter(p -> p.toString().endsWith(".py")).sorted().toList());
                }
            }
            return new IselBench(main.out, 8).run(files) ? 0 : 1;
        }
        if (arm) return new QemuBench(main.out, main.err, jar, csv).run(files) ? 0 : 1;
        if (armSim) return new ArmBench(main.out, jvm(jar), python, repeat).run(files) ? 0 : 1;
        if (gc) {
            List<String> opts = List.of(armjitArgs.trim().split("\\s+"));
            return new GcBench(main.out, jvm(jar), opts, python, size, repeat).run(files) ? 0 : 1;
        }
        main.out.printf("%-24s %10s %10s %7s %12s %12s%n", "program", "armjit s", "python3 s", "ratio", "armjit MiB", "python3 MiB");
        double logSum = 0;
        int n = 0;
        boolean ok = true;
        for (Path file : files) {
            List<String> armjit = new ArrayList<>(jvm(jar));
            armjit.add("run");
            armjit.addAll(List.of(armjitArgs.trim().split("\\s+")));
            armjit.add(file.toString());
            Result a = best(armjit);
            Result p = best(List.of(python, file.toString()));
            boolean same = a.status == p.status && a.stdout.equals(p.stdout);
            double ratio = a.seconds / p.seconds;
            main.out.printf("%-24s %10.2f %10.2f %7.2f %12.1f %12.1f%s%n", file.getFileName(), a.seconds, p.seconds, ratio,
                    a.peakKb / 1024.0, p.peakKb / 1024.0, same ? "" : "  OUTPUT DIFFERS");
            ok &= same;
            logSum += Math.log(ratio);
            n++;
        }
        if (n > 0) main.out.printf("%-24s %10s %10s %7.2f%n", "geometric mean", "", "", Math.exp(logSum / n));
        main.out.flush();
        return ok ? 0 : 1;
    }

    /** {@code java <jvm options> -jar <jar>}. */
    private List<String> jvm(String jar) {
        List<String> command = new ArrayList<>(List.of("java"));
        if (!jvmArgs.isBlank()) command.addAll(List.of(jvmArgs.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar));
        return command;
    }

    private Result best(List<String> command) throws IOException, InterruptedException {
        Result best = null;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            Result r = measure(command);
            if (best == null || r.seconds < best.seconds) best = r;
        }
        return best;
    }

    /** Runs a command, polling /proc for its peak resident set size (VmHWM). */
    static Result measure(List<String> command) throws IOException, InterruptedException {
        return measure(command, null);
    }

    /** As {@link #measure(List)}, with stderr written to {@code err} (discarded if null). */
    static Result measure(List<String> command, Path err) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(false);
        pb.environment().put("PYTHONHASHSEED", "0"); // str hashes (set order) as armjit's, which follows CPython's seed 0
        pb.redirectError(err == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(err.toFile()));
        long t0 = System.nanoTime();
        Process proc = pb.start();
        Path status = Path.of("/proc", Long.toString(proc.pid()), "status");
        long peak = 0;
        StringBuilder out = new StringBuilder();
        Thread reader = new Thread(() -> {
            try {
                out.append(new String(proc.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException ignored) {
                // the process went away; what was read is kept
            }
        });
        reader.start();
        while (proc.isAlive()) {
            peak = Math.max(peak, readHwm(status));
            Thread.sleep(20);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        reader.join();
        return new Result(seconds, peak, proc.exitValue(), out.toString());
    }

    private static long readHwm(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        } catch (IOException | NumberFormatException e) {
            // process exited between the check and the read
        }
        return 0;
    }
}
