package org.armjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code armjit bench --gc}: the allocation-heavy programs of bench/gc/ under armjit and
 * python3, each at size N and at 10N. Prints time, time ratio and peak RSS side by side for
 * both sizes, the collector's own figures (collections, total pause, old-space bytes after
 * the last collection, from --gc-stats), and
 * for each interpreter the peak RSS of the long run over that of the short run: a collector
 * that recycles garbage keeps that near 1.
 */
final class GcBench {
    private static final Pattern STAT = Pattern.compile("(?m)^(gc_\\w+): ([0-9.]+)$");

    private final PrintStream out;
    private final List<String> java;
    private final List<String> armjitArgs;
    private final String python;
    private final int size;
    private final int repeat;

    /** @param java the command that starts armjit: {@code java <jvm options> -jar <jar>} */
    GcBench(PrintStream out, List<String> java, List<String> armjitArgs, String python, int size, int repeat) {
        this.out = out;
        this.java = java;
        this.armjitArgs = armjitArgs;
        this.python = python;
        this.size = size;
        this.repeat = repeat;
    }

    /** Runs every program; returns false if any output differed from python3's. */
    boolean run(List<Path> programs) throws IOException, InterruptedException {
        out.printf("%-18s %5s %9s %9s %6s %10s %11s %6s %9s %9s%n",
                "program", "N", "armjit s", "python3 s", "ratio", "armjit MiB", "python3 MiB", "GCs", "pause s", "old KiB");
        boolean ok = true;
        List<String> growth = new ArrayList<>();
        for (Path file : programs) {
            BenchCommand.Result[] a = new BenchCommand.Result[2];
            BenchCommand.Result[] p = new BenchCommand.Result[2];
            for (int k = 0; k < 2; k++) {
                int n = k == 0 ? size : 10 * size;
                Path err = Files.createTempFile("armjit-gcbench", ".err");
                try {
                    List<String> armjit = new ArrayList<>(java);
                    armjit.add("run");
                    armjit.addAll(armjitArgs);
                    armjit.add("--gc-stats");
                    armjit.add(file.toString());
                    armjit.add(Integer.toString(n));
                    a[k] = best(armjit, err);
                    p[k] = best(List.of(python, file.toString(), Integer.toString(n)), null);
                    String stats = Files.readString(err);
                    boolean same = a[k].status() == p[k].status() && a[k].stdout().equals(p[k].stdout());
                    ok &= same;
                    out.printf("%-18s %5d %9.2f %9.2f %6.2f %10.1f %11.1f %6d %9.3f %9.0f%s%n", file.getFileName(), n,
                            a[k].seconds(), p[k].seconds(), a[k].seconds() / p[k].seconds(),
                            a[k].peakKb() / 1024.0, p[k].peakKb() / 1024.0,
                            (long) (stat(stats, "gc_minor_collections") + stat(stats, "gc_major_collections")),
                            stat(stats, "gc_pause_ms_total") / 1000, stat(stats, "gc_old_live_bytes") / 1024,
                            same ? "" : "  OUTPUT DIFFERS");
                } finally {
                    Files.deleteIfExists(err);
                }
            }
            growth.add(String.format("%-18s armjit %.2f  python3 %.2f", file.getFileName(),
                    (double) a[1].peakKb() / a[0].peakKb(), (double) p[1].peakKb() / p[0].peakKb()));
        }
        out.println("peak RSS of the 10N run / the N run:");
        for (String g : growth) out.println("  " + g);
        out.flush();
        return ok;
    }

    private BenchCommand.Result best(List<String> command, Path err) throws IOException, InterruptedException {
        BenchCommand.Result best = null;
        for (int i = 0; i < Math.max(1, repeat); i++) {
            BenchCommand.Result r = BenchCommand.measure(command, err);
            if (best == null || r.seconds() < best.seconds()) best = r;
        }
        return best;
    }

    private static double stat(String stats, String key) {
        Matcher m = STAT.matcher(stats);
        while (m.find()) {
            if (m.group(1).equals(key)) return Double.parseDouble(m.group(2));
        }
        return 0;
    }
}
