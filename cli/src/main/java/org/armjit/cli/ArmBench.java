package org.armjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code armjit bench --arm}: for each program, wall time with the JIT off, with the ARM
 * backend (simulated on this host) and under python3, then the steady-state cost of the
 * compiled code: the program runs at sizes S and 2S (S = a tenth of its default N) with
 * {@code --jit-stats}, and the differences of {@code arm_instructions} and
 * {@code arm_helper_calls} divided by S are the cost of one unit of N once warm-up is over.
 */
final class ArmBench {
    private static final Pattern DEFAULT_N = Pattern.compile("sys\\.argv\\[1\\]\\) if len\\(sys\\.argv\\) > 1 else (\\d+)");

    private final PrintStream out;
    private final List<String> jvm;
    private final String python;
    private final int repeat;

    ArmBench(PrintStream out, List<String> jvm, String python, int repeat) {
        this.out = out;
        this.jvm = jvm;
        this.python = python;
        this.repeat = repeat;
    }

    boolean run(List<Path> files) throws IOException, InterruptedException {
        out.printf("%-18s %8s %8s %8s %7s %8s %11s %9s %6s %6s %6s%n", "program", "off s", "arm s", "py3 s", "arm/off",
                "S", "insn/N", "calls/N", "loops", "bridg", "abort");
        boolean ok = true;
        for (Path file : files) {
            int n = defaultN(file);
            BenchCommand.Result off = best(armjit(file, List.of("--jit", "off"), null));
            BenchCommand.Result arm = best(armjit(file, List.of("--backend", "arm"), null));
            BenchCommand.Result py = best(List.of(python, file.toString()));
            boolean same = off.stdout().equals(py.stdout()) && arm.stdout().equals(py.stdout());
            ok &= same;
            String perN = "-", callsPerN = "-", loops = "-", bridges = "-", aborts = "-";
            int s = Math.max(1, n / 10);
            if (n > 0) {
                Map<String, Long> a = stats(file, s, List.of()), b = stats(file, 2 * s, List.of());
                double d = 2 * s - s;
                perN = String.format("%.1f", (b.getOrDefault("arm_instructions", 0L) - a.getOrDefault("arm_instructions", 0L)) / d);
                callsPerN = String.format("%.2f", (b.getOrDefault("arm_helper_calls", 0L) - a.getOrDefault("arm_helper_calls", 0L)) / d);
                loops = String.valueOf(b.getOrDefault("loops", 0L) + b.getOrDefault("functions", 0L));
                bridges = String.valueOf(b.getOrDefault("bridges", 0L));
                aborts = String.valueOf(b.getOrDefault("aborts", 0L));
            }
            out.printf("%-18s %8.2f %8.2f %8.2f %7.2f %8s %11s %9s %6s %6s %6s%s%n", file.getFileName(), off.seconds(), arm.seconds(),
                    py.seconds(), arm.seconds() / off.seconds(), n > 0 ? String.valueOf(s) : "-", perN, callsPerN, loops, bridges, aborts,
                    same ? "" : "  OUTPUT DIFFERS");
        }
        out.flush();
        return ok;
    }

    /** The float modes compared by {@link #runFloatModes}: hard-float, softfp and the two targets without an FPU. */
    static final List<String> FLOAT_MODE_TARGETS = List.of("armv7-hf", "armv7-softfp", "armv6-soft", "armv5te-soft");

    /** The float-heavy programs {@code --float-modes} measures when none are named. */
    static final List<String> FLOAT_PROGRAMS = List.of("nbody.py", "spectral_norm.py", "raytrace.py");

    /**
     * {@code armjit bench --arm --float-modes}: the steady-state cost of each program's
     * compiled code (ARM instructions and helper calls per unit of N, as in {@link #run}) under
     * each float mode, side by side. Without an FPU every float add, multiply, compare and
     * conversion is a call to a run-time ABI routine, which the helper-call column counts (the
     * routine's own instructions are Java here, libgcc's on an armel system).
     */
    boolean runFloatModes(List<Path> files) throws IOException, InterruptedException {
        out.printf("%-18s %8s", "program", "S");
        for (String t : FLOAT_MODE_TARGETS) out.printf(" %14s %14s", t + " insn/N", "calls/N");
        out.printf("%n");
        for (Path file : files) {
            int n = defaultN(file);
            if (n == 0) continue;
            int s = Math.max(1, n / 10);
            out.printf("%-18s %8d", file.getFileName(), s);
            for (String t : FLOAT_MODE_TARGETS) {
                List<String> target = List.of("--target", t);
                Map<String, Long> a = stats(file, s, target), b = stats(file, 2 * s, target);
                out.printf(" %14.1f %14.2f",
                        (b.getOrDefault("arm_instructions", 0L) - a.getOrDefault("arm_instructions", 0L)) / (double) s,
                        (b.getOrDefault("arm_helper_calls", 0L) - a.getOrDefault("arm_helper_calls", 0L)) / (double) s);
            }
            out.printf("%n");
            out.flush();
        }
        return true;
    }

    /** The program's default size (its {@code sys.argv[1]} fallback), or 0 when it takes none. */
    static int defaultN(Path file) throws IOException {
        Matcher m = DEFAULT_N.matcher(Files.readString(file));
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    private List<String> armjit(Path file, List<String> options, Integer size) {
        List<String> c = new ArrayList<>(jvm);
        c.add("run");
        c.addAll(options);
        c.add(file.toString());
        if (size != null) c.add(size.toString());
        return c;
    }

    private BenchCommand.Result best(List<String> command) throws IOException, InterruptedException {
        BenchCommand.Result best = null;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            BenchCommand.Result r = BenchCommand.measure(command);
            if (best == null || r.seconds() < best.seconds()) best = r;
        }
        return best;
    }

    private Map<String, Long> stats(Path file, int size, List<String> extra) throws IOException, InterruptedException {
        Path err = Files.createTempFile("armjit-bench", ".err");
        try {
            List<String> options = new ArrayList<>(List.of("--backend", "arm", "--jit-stats"));
            options.addAll(extra);
            BenchCommand.measure(armjit(file, options, size), err);
            Map<String, Long> m = new HashMap<>();
            for (String line : Files.readAllLines(err)) {
                int colon = line.indexOf(": ");
                if (colon < 0) continue;
                try {
                    m.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 2).trim()));
                } catch (NumberFormatException e) {
                    // not a counter (engine, target, times)
                }
            }
            return m;
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
