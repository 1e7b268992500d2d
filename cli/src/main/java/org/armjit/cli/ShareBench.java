package org.armjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code armjit bench --share}: how much of each program's steady-state work the JIT leaves
 * to the interpreter. Each program runs at sizes S and 2S (S = a tenth of its default N) with
 * the JIT on (IR backend) and off, all with {@code --jit-stats}; the differences of
 * {@code interp_bytecodes} between the two sizes are the bytecodes one more S of work costs
 * once warm-up is over, and their ratio (JIT on over JIT off) is the interpreter's share.
 * {@code compiled_ops} per unit of N (IR ops run in compiled code) and the JIT-on run's most
 * frequent abort reasons go beside it. Figures only, no timing.
 */
final class ShareBench {
    private final PrintStream out;
    private final List<String> jvm;

    ShareBench(PrintStream out, List<String> jvm) {
        this.out = out;
        this.jvm = jvm;
    }

    boolean run(List<Path> files) throws IOException, InterruptedException {
        out.printf("%-18s %5s %12s %12s %8s %12s %6s %7s  %s%n", "program", "S", "interp off", "interp on",
                "share", "ops/unit N", "loops", "bridges", "aborts (2S run, most frequent)");
        for (Path file : files) {
            int n = ArmBench.defaultN(file);
            int s = Math.max(1, n / 10);
            Map<String, Long> off1 = stats(file, s, "--jit", "off"), off2 = stats(file, 2 * s, "--jit", "off");
            Map<String, Long> on1 = stats(file, s, "--backend", "ir"), on2 = stats(file, 2 * s, "--backend", "ir");
            long off = delta(off2, off1, "interp_bytecodes"), on = delta(on2, on1, "interp_bytecodes");
            double share = off > 0 ? 100.0 * on / off : Double.NaN;
            double ops = (double) delta(on2, on1, "compiled_ops") / s;
            out.printf("%-18s %5d %12d %12d %7.2f%% %12.0f %6d %7d  %s%n", file.getFileName(), s, off, on, share, ops,
                    on2.getOrDefault("loops", 0L) + on2.getOrDefault("functions", 0L), on2.getOrDefault("bridges", 0L),
                    topAborts(on2));
            out.flush();
        }
        return true;
    }

    private static long delta(Map<String, Long> big, Map<String, Long> small, String key) {
        return big.getOrDefault(key, 0L) - small.getOrDefault(key, 0L);
    }

    /** The three most frequent abort reasons, "reason=count" (stats print them as aborts_REASON). */
    private static String topAborts(Map<String, Long> m) {
        List<Map.Entry<String, Long>> reasons = new ArrayList<>();
        for (Map.Entry<String, Long> e : m.entrySet()) if (e.getKey().startsWith("aborts_")) reasons.add(e);
        reasons.sort((a, b) -> Long.compare(b.getValue(), a.getValue()));
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < Math.min(3, reasons.size()); i++) {
            if (i > 0) sb.append(' ');
            sb.append(reasons.get(i).getKey().substring("aborts_".length())).append('=').append(reasons.get(i).getValue());
        }
        return sb.length() == 0 ? "-" : sb.toString();
    }

    private Map<String, Long> stats(Path file, int size, String... options) throws IOException, InterruptedException {
        Path err = Files.createTempFile("armjit-share", ".err");
        try {
            List<String> c = new ArrayList<>(jvm);
            c.add("run");
            c.add("--jit-stats");
            c.addAll(List.of(options));
            c.add(file.toString());
            c.add(Integer.toString(size));
            BenchCommand.measure(c, err);
            Map<String, Long> m = new HashMap<>();
            for (String line : Files.readAllLines(err)) {
                int colon = line.indexOf(": ");
                if (colon < 0) continue;
                try {
                    m.put(line.substring(0, colon), Long.parseLong(line.substring(colon + 2).trim()));
                } catch (NumberFormatException e) {
                    // not a counter (backend, times)
                }
            }
            return m;
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
