package org.armjit.cli.tune;

import org.armjit.cli.Main;
import org.armjit.jit.JitParameter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the sweep: every configuration of the grid on every program at sizes S and 2S,
 * in this JVM (no start-up per run, so a run's figures are the VM's own), then the combined
 * recommendation once more to check it against the defaults.
 */
public final class Tuner {
    private static final Pattern DEFAULT_N = Pattern.compile("sys\\.argv\\[1\\]\\) if len\\(sys\\.argv\\) > 1 else (\\d+)");

    public record Settings(String grid, Integer size, String target, double bytecodeCost, double compileCost, Path csv, Path svg) {}

    private final Settings settings;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;

    public Tuner(Settings settings, PrintStream out, PrintStream err, boolean terminal) {
        this.settings = settings;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
    }

    /** Returns the exit status: 0, 1 when a program fails under some configuration, 2 for bad input. */
    public int run(List<Path> programs) {
        TuneGrid grid = TuneGrid.named(settings.grid());
        Map<String, Integer> sizes = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (Path p : programs) {
            int s = sizeOf(p);
            String name = p.getFileName().toString();
            if (sizes.put(name, s) != null) throw new IllegalArgumentException(name + " given twice");
            names.add(name);
        }
        List<TuneGrid.Config> configs = grid.configs();
        ProgressBar bar = new ProgressBar(err, (configs.size() + 1) * programs.size() * 2, terminal);
        List<Measurement> all = new ArrayList<>();
        try {
            // Warm the JVM first (discarded): otherwise the first configuration pays for compiling armjit's own
            // recorder, optimiser and assembler, and its compile times are not comparable with the others'.
            for (Path p : programs) measure(new TuneGrid.Config("warm-up", "", null, 0), p, sizes.get(p.getFileName().toString()), bar);
            for (TuneGrid.Config c : configs) {
                for (Path p : programs) all.add(measure(c, p, sizes.get(p.getFileName().toString()), bar));
            }
        } catch (RunFailed e) {
            err.println("armjit tune: " + e.getMessage());
            return 1;
        }
        TuneReport report = new TuneReport(all, names);
        Map<JitParameter, Integer> chosen = report.recommend(grid);
        List<TuneGrid.Config> shown = new ArrayList<>(configs);
        Map<JitParameter, Integer> changed = new java.util.LinkedHashMap<>();
        chosen.forEach((p, v) -> {
            if (v != p.defaultValue) changed.put(p, v);
        });
        if (changed.size() > 1) {
            // One parameter at a time ignores interactions: measure the combination too.
            TuneGrid.Config combined = TuneGrid.Config.combined(changed);
            ProgressBar bar2 = new ProgressBar(err, programs.size() * 2, terminal);
            try {
                for (Path p : programs) all.add(measure(combined, p, sizes.get(p.getFileName().toString()), bar2));
            } catch (RunFailed e) {
                err.println("armjit tune: " + e.getMessage());
                return 1;
            }
            shown.add(combined);
        }
        report.printTable(out, shown);
        out.println();
        StringBuilder rec = new StringBuilder();
        chosen.forEach((p, v) -> rec.append(rec.length() == 0 ? "" : ",").append(p.pypyName).append('=').append(v));
        out.println("recommended: --jit " + rec + (changed.isEmpty() ? "  (the defaults)" : ""));
        if (changed.size() > 1) {
            out.printf(java.util.Locale.ROOT, "  combined, relative to the defaults: %.3f%n", report.meanRelative(shown.get(shown.size() - 1)));
        }
        try {
            write(settings.csv(), report.csv());
            write(settings.svg(), TunePlot.svg(report.curves(grid), chosen, names,
                    "armjit tune (" + settings.grid() + " grid, " + settings.target() + ", simulator): score relative to the defaults"));
        } catch (IOException e) {
            err.println("armjit tune: cannot write: " + e.getMessage());
            return 1;
        }
        out.println("wrote " + settings.csv() + " and " + settings.svg());
        out.flush();
        return 0;
    }

    private static void write(Path file, String text) throws IOException {
        if (file.toAbsolutePath().getParent() != null) Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private int sizeOf(Path p) {
        String text;
        try {
            text = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + p + ": " + (e instanceof java.nio.file.NoSuchFileException ? "no such file" : e.getMessage()));
        }
        if (settings.size() != null) {
            if (settings.size() < 1) throw new IllegalArgumentException("--size must be at least 1");
            return settings.size();
        }
        Matcher m = DEFAULT_N.matcher(text);
        if (!m.find()) {
            throw new IllegalArgumentException(p + ": takes no size (expected 'N = int(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT'); "
                    + "tune runs each program at two sizes");
        }
        return Math.max(1, Integer.parseInt(m.group(1)) / 10);
    }

    private static final class RunFailed extends Exception {
        RunFailed(String m) {
            super(m);
        }
    }

    private Measurement measure(TuneGrid.Config c, Path program, int s, ProgressBar bar) throws RunFailed {
        Map<String, Double> a = stats(c, program, s);
        bar.step(c.label() + " " + program.getFileName() + " S=" + s);
        Map<String, Double> b = stats(c, program, 2 * s);
        bar.step(c.label() + " " + program.getFileName() + " 2S=" + 2 * s);
        return new Measurement(program.getFileName().toString(), c, s, a, b, settings.bytecodeCost(), settings.compileCost());
    }

    /** One run in this JVM with --jit-stats; the figures by name. */
    private Map<String, Double> stats(TuneGrid.Config c, Path program, int size) throws RunFailed {
        List<String> args = new ArrayList<>(List.of("run", "--backend", "arm", "--engine", "sim", "--target", settings.target(), "--jit-stats"));
        if (!c.jitOption().isEmpty()) args.addAll(List.of("--jit", c.jitOption()));
        args.add(program.toString());
        args.add(String.valueOf(size));
        ByteArrayOutputStream o = new ByteArrayOutputStream(), e = new ByteArrayOutputStream();
        int status = Main.run(args.toArray(new String[0]), new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        String stderr = e.toString(StandardCharsets.UTF_8);
        if (status != 0) {
            String[] lines = stderr.strip().split("\n");
            throw new RunFailed(program + " " + size + " failed under " + c.label() + " (exit " + status + "): " + lines[lines.length - 1]);
        }
        Map<String, Double> m = new HashMap<>();
        for (String line : stderr.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon < 0) continue;
            try {
                m.put(line.substring(0, colon), Double.parseDouble(line.substring(colon + 2).trim()));
            } catch (NumberFormatException ex) {
                // engine, target: not figures
            }
        }
        return m;
    }
}
