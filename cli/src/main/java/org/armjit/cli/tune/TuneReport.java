package org.armjit.cli.tune;

import org.armjit.jit.JitParameter;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What tune found: per configuration the figures averaged over the programs (geometric means,
 * so no program dominates), each program's score relative to the defaults, and per parameter
 * the value with the lowest mean relative score.
 */
final class TuneReport {
    static final String MEAN = "(geomean)";

    private final List<Measurement> all;
    private final List<String> programs;

    TuneReport(List<Measurement> all, List<String> programs) {
        this.all = all;
        this.programs = programs;
    }

    private Measurement find(TuneGrid.Config c, String program) {
        for (Measurement m : all) if (m.config().equals(c) && m.program().equals(program)) return m;
        return null;
    }

    /** A program's score under {@code c} over its score with the defaults. */
    double relative(TuneGrid.Config c, String program) {
        Measurement m = find(c, program), d = find(TuneGrid.Config.DEFAULTS, program);
        if (m == null || d == null) return Double.NaN;
        return Math.max(1e-9, m.score()) / Math.max(1e-9, d.score());
    }

    double meanRelative(TuneGrid.Config c) {
        double logSum = 0;
        for (String p : programs) logSum += Math.log(relative(c, p));
        return Math.exp(logSum / programs.size());
    }

    private double geomean(TuneGrid.Config c, java.util.function.ToDoubleFunction<Measurement> f) {
        double logSum = 0;
        for (String p : programs) logSum += Math.log(Math.max(1e-9, f.applyAsDouble(find(c, p))));
        return Math.exp(logSum / programs.size());
    }

    /** Per swept parameter: per value (the default included), per program and mean, the relative score. */
    Map<JitParameter, Map<Integer, Map<String, Double>>> curves(TuneGrid grid) {
        Map<JitParameter, Map<Integer, Map<String, Double>>> out = new LinkedHashMap<>();
        for (JitParameter p : grid.values.keySet()) {
            Map<Integer, Map<String, Double>> byValue = new TreeMap<>();
            List<TuneGrid.Config> cs = new ArrayList<>();
            cs.add(TuneGrid.Config.DEFAULTS);
            for (int v : grid.values.get(p)) if (v != p.defaultValue) cs.add(TuneGrid.Config.of(p, v));
            for (TuneGrid.Config c : cs) {
                Map<String, Double> m = new LinkedHashMap<>();
                for (String prog : programs) m.put(prog, relative(c, prog));
                m.put(MEAN, meanRelative(c));
                byValue.put(c.param() == null ? p.defaultValue : c.value(), m);
            }
            out.put(p, byValue);
        }
        return out;
    }

    /** Per parameter the value whose mean relative score is lowest (the default unless another beats it by 1 %). */
    Map<JitParameter, Integer> recommend(TuneGrid grid) {
        Map<JitParameter, Integer> best = new LinkedHashMap<>();
        curves(grid).forEach((p, byValue) -> {
            int chosen = p.defaultValue;
            double score = byValue.get(p.defaultValue).get(MEAN) * 0.99;
            for (Map.Entry<Integer, Map<String, Double>> e : byValue.entrySet()) {
                if (e.getValue().get(MEAN) < score) {
                    score = e.getValue().get(MEAN);
                    chosen = e.getKey();
                }
            }
            best.put(p, chosen);
        });
        return best;
    }

    /**
     * The median, for the warm-up: it is negative for programs whose work grows faster than
     * linearly with N (the difference of two sizes then overstates the steady state), which a
     * mean would let dominate and a geometric mean cannot take.
     */
    private double median(TuneGrid.Config c, java.util.function.ToDoubleFunction<Measurement> f) {
        double[] v = programs.stream().mapToDouble(p -> f.applyAsDouble(find(c, p))).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    void printTable(PrintStream out, List<TuneGrid.Config> configs) {
        out.printf(Locale.ROOT, "%-26s %14s %12s %13s %13s %13s %11s %10s %10s%n", "configuration", "steady ARM/N", "interp bc/N",
                "steady cost/N", "warm-up cost", "compile cost", "compile ms", "code bytes", "vs default");
        for (TuneGrid.Config c : configs) {
            out.printf(Locale.ROOT, "%-26s %14.1f %12.2f %13.1f %13.0f %13.0f %11.1f %10.0f %10.3f%n", c.label(),
                    geomean(c, Measurement::steadyArmPerN), geomean(c, Measurement::steadyInterpPerN), geomean(c, Measurement::steadyPerN),
                    median(c, Measurement::warmup), geomean(c, Measurement::compileCostTotal), geomean(c, Measurement::compileMs),
                    geomean(c, Measurement::codeBytes), meanRelative(c));
        }
        out.println("(geometric means over " + programs.size() + " program(s), warm-up a median; costs in ARM-instruction "
                + "equivalents, see armjit tune --help)");
    }

    String csv() {
        StringBuilder s = new StringBuilder("config,parameter,value,program,size,steady_arm_per_n,steady_interp_per_n,steady_cost_per_n,"
                + "warmup_cost,compile_cost,trace_time_ms,code_bytes,loops,functions,bridges,aborts,score,relative_to_default\n");
        for (Measurement m : all) {
            TuneGrid.Config c = m.config();
            s.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%d,%.3f,%.4f,%.3f,%.0f,%.0f,%.3f,%.0f,%.0f,%.0f,%.0f,%.0f,%.0f,%.5f%n",
                    c.label(), c.param() == null ? "" : c.param().pypyName, c.param() == null ? "" : String.valueOf(c.value()),
                    m.program(), m.size(), m.steadyArmPerN(), m.steadyInterpPerN(), m.steadyPerN(), m.warmup(), m.compileCostTotal(), m.compileMs(),
                    m.codeBytes(), m.stat("loops"), m.stat("functions"), m.stat("bridges"), m.stat("aborts"), m.score(),
                    relative(c, m.program())));
        }
        return s.toString();
    }
}
