package org.armjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code armjit bench --arm}: steady-state guest instructions on 32-bit ARM, counted under
 * qemu-arm by the project's TCG plugin (bench/arm/insn_count_plugin.c, built here with gcc),
 * for armjit on Debian's armhf JVM (native engine), PyPy 3 for armhf with its JIT and with
 * {@code --jit off}, and CPython 3.11 for armhf, all from Debian's packages (tools/arm-sysroot).
 *
 * <p>Each program runs at sizes S and 2S (S = its default N: a JVM's start is a few billion
 * instructions whose last digits vary, so the steady-state part must be large); the difference
 * divided by S is the cost of one unit of N once start-up and warm-up are over. For armjit the figure is
 * the thread that runs the program (the JVM's compiler threads run with -Xbatch, so their work
 * happens at the same points in every run, but it is the JVM's, not the program's); the
 * all-threads figure is printed beside it.
 */
final class QemuBench {
    static final String CPU = "cortex-a15";
    static final List<String> JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xbatch",
            "-XX:CICompilerCount=1", "-Xss16m");

    private final PrintStream out;
    private final PrintStream progress;
    private final String jar;
    private final Path csv;
    private Path plugin;
    private Path jvmRoot;
    private Path pyRoot;

    QemuBench(PrintStream out, PrintStream progress, String jar, Path csv) {
        this.out = out;
        this.progress = progress;
        this.jar = jar;
        this.csv = csv;
    }

    /** A plugin report: all threads, and each thread by vCPU index. */
    record Count(long total, Map<Integer, Long> perThread) {}

    boolean run(List<Path> files) throws IOException, InterruptedException {
        prepare();
        String header = String.format("%-18s %8s %12s %12s %12s %12s %12s %8s", "program", "S", "armjit/N", "armjit all/N",
                "pypy/N", "pypy-nojit/N", "cpython/N", "a/pypy");
        out.println(header);
        List<String> csvLines = new ArrayList<>(List.of("program,S,armjit_per_n,armjit_all_threads_per_n,pypy_per_n,pypy_nojit_per_n,cpython_per_n,armjit_over_pypy"));
        boolean ok = true;
        double logSum = 0;
        int counted = 0;
        for (Path file : files) {
            int n = ArmBench.defaultN(file);
            if (n <= 0) {
                progress.println("bench --arm: " + file + " takes no size argument (sys.argv[1]): skipped");
                continue;
            }
            int s = n;
            Map<String, double[]> perN = new LinkedHashMap<>();
            String expected = null;
            boolean same = true;
            for (String who : List.of("armjit", "pypy", "pypy-nojit", "cpython")) {
                Count[] c = new Count[2];
                for (int k = 0; k < 2; k++) {
                    int size = s * (k + 1);
                    progress.printf("bench --arm: %s %s %d%n", file.getFileName(), who, size);
                    progress.flush();
                    String[] stdout = new String[1];
                    c[k] = count(command(who, file, size), stdout);
                    if (k == 0) {
                        if (expected == null) expected = stdout[0];
                        else same &= expected.equals(stdout[0]);
                    }
                }
                double all = (c[1].total - c[0].total) / (double) s;
                double thread = all;
                if (who.equals("armjit")) thread = programThread(c[0], c[1]) / (double) s;
                perN.put(who, new double[] {thread, all});
            }
            double a = perN.get("armjit")[0], p = perN.get("pypy")[0];
            double ratio = a / p;
            logSum += Math.log(ratio);
            counted++;
            ok &= same;
            out.printf(Locale.ROOT, "%-18s %8d %12.1f %12.1f %12.1f %12.1f %12.1f %8.2f%s%n", file.getFileName(), s, a,
                    perN.get("armjit")[1], p, perN.get("pypy-nojit")[0], perN.get("cpython")[0], ratio, same ? "" : "  OUTPUT DIFFERS");
            out.flush();
            csvLines.add(String.format(Locale.ROOT, "%s,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.3f", file.getFileName(), s, a, perN.get("armjit")[1], p,
                    perN.get("pypy-nojit")[0], perN.get("cpython")[0], ratio));
        }
        if (counted > 0) out.printf(Locale.ROOT, "%-18s %8s %12s %12s %12s %12s %12s %8.2f%n", "geometric mean", "", "", "", "", "", "",
                Math.exp(logSum / counted));
        Files.createDirectories(csv.toAbsolutePath().getParent());
        Files.write(csv, csvLines, StandardCharsets.UTF_8);
        progress.println("bench --arm: CSV written to " + csv);
        return ok;
    }

    /**
     * The program's own thread: the one whose count grew most from the S run to the 2S run
     * (threads are created in the same order in both runs, so a vCPU index names the same thread).
     */
    static long programThread(Count small, Count large) {
        long best = Long.MIN_VALUE;
        for (Map.Entry<Integer, Long> e : large.perThread.entrySet()) {
            long d = e.getValue() - small.perThread.getOrDefault(e.getKey(), 0L);
            if (d > best) best = d;
        }
        return best == Long.MIN_VALUE ? large.total - small.total : best;
    }

    private List<String> command(String who, Path file, int size) {
        List<String> c = new ArrayList<>(List.of("qemu-arm", "-cpu", CPU));
        Path root = who.equals("armjit") ? jvmRoot : pyRoot;
        c.addAll(List.of("-L", root.toString()));
        switch (who) {
            case "armjit" -> {
                c.add(root.resolve("usr/lib/jvm/java-17-openjdk-armhf/bin/java").toString());
                c.addAll(JVM_OPTIONS);
                c.addAll(List.of("-jar", jar, "run"));
            }
            case "pypy" -> c.add(root.resolve("usr/bin/pypy3").toString());
            case "pypy-nojit" -> c.addAll(List.of(root.resolve("usr/bin/pypy3").toString(), "--jit", "off"));
            case "cpython" -> c.add(root.resolve("usr/bin/python3.11").toString());
            default -> throw new IllegalArgumentException(who);
        }
        c.add(file.toString());
        c.add(String.valueOf(size));
        return c;
    }

    /** Runs {@code command} under the counting plugin; its count, its stdout in {@code stdout[0]}. */
    private Count count(List<String> command, String[] stdout) throws IOException, InterruptedException {
        Path report = Files.createTempFile("armjit-insns", ".txt");
        Path err = Files.createTempFile("armjit-insns", ".err");
        try {
            List<String> c = new ArrayList<>(command);
            c.addAll(3, List.of("-plugin", plugin + ",out=" + report));
            ProcessBuilder pb = new ProcessBuilder(c).redirectError(err.toFile());
            pb.environment().put("PYTHONHASHSEED", "0");
            Process p = pb.start();
            stdout[0] = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(2, TimeUnit.HOURS)) {
                p.destroyForcibly();
                throw new IOException("timed out: " + String.join(" ", c));
            }
            if (p.exitValue() != 0) throw new IOException("exit " + p.exitValue() + ": " + String.join(" ", c) + "\n" + Files.readString(err));
            return parse(Files.readAllLines(report));
        } finally {
            Files.deleteIfExists(report);
            Files.deleteIfExists(err);
        }
    }

    static Count parse(List<String> lines) throws IOException {
        long total = -1;
        Map<Integer, Long> per = new HashMap<>();
        for (String line : lines) {
            String[] f = line.trim().split("\\s+");
            if (f.length == 2 && f[0].equals("total")) total = Long.parseLong(f[1]);
            else if (f.length == 3 && f[0].equals("vcpu")) per.put(Integer.parseInt(f[1]), Long.parseLong(f[2]));
        }
        if (total < 0) throw new IOException("the counting plugin wrote no total: " + lines);
        return new Count(total, per);
    }

    /** Builds the plugin and the two sysroots (cached) before the first run. */
    private void prepare() throws IOException, InterruptedException {
        Path src = Path.of("bench/arm/insn_count_plugin.c");
        if (!Files.exists(src)) throw new IOException(src + " not found: run bench --arm from the repository's root");
        plugin = Path.of("target/bench-arm/insn_count_plugin.so").toAbsolutePath();
        Files.createDirectories(plugin.getParent());
        exec(List.of("gcc", "-O2", "-shared", "-fPIC", "-o", plugin.toString(), src.toString()));
        jvmRoot = Path.of(exec(List.of("tools/arm-sysroot", "armhf", "jvm")).strip());
        pyRoot = Path.of(exec(List.of("tools/arm-sysroot", "armhf", "python")).strip());
    }

    private String exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException("failed: " + String.join(" ", command));
        return text;
    }
}
