package org.armjit.cli.tune;

import org.armjit.jit.JitParameter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which JIT parameter values {@code armjit tune} tries: one parameter at a time around the
 * defaults (the others at their defaults), which shows each parameter's effect with few runs;
 * interactions are checked by running the combined recommendation afterwards.
 */
public final class TuneGrid {
    /** The parameters swept and their values, per grid. */
    final Map<JitParameter, int[]> values;

    private TuneGrid(Map<JitParameter, int[]> values) {
        this.values = values;
    }

    public static TuneGrid named(String name) {
        Map<JitParameter, int[]> v = new LinkedHashMap<>();
        switch (name) {
            case "tiny" -> {
                // CI: seconds. Two values of the two parameters that matter most for short programs.
                v.put(JitParameter.THRESHOLD, new int[] {100, JitParameter.THRESHOLD.defaultValue});
                v.put(JitParameter.TRACE_EAGERNESS, new int[] {20, JitParameter.TRACE_EAGERNESS.defaultValue});
            }
            case "full" -> {
                v.put(JitParameter.THRESHOLD, new int[] {50, 200, 500, 1039, 2000, 4000});
                v.put(JitParameter.FUNCTION_THRESHOLD, new int[] {100, 400, 800, 1619, 3200});
                v.put(JitParameter.TRACE_EAGERNESS, new int[] {10, 50, 100, 200, 400});
                v.put(JitParameter.TRACE_LIMIT, new int[] {500, 1500, 3000, 6000, 12000});
            }
            default -> throw new IllegalArgumentException("--grid: unknown grid '" + name + "' (known: tiny, full)");
        }
        return new TuneGrid(v);
    }

    /**
     * One configuration: the --jit text, and for a point of a sweep the parameter varied and
     * its value (null for the defaults and for a combination).
     */
    public record Config(String label, String jitOption, JitParameter param, int value) {
        public static final Config DEFAULTS = new Config("defaults", "", null, 0);

        static Config of(JitParameter p, int v) {
            return new Config(p.pypyName + "=" + v, p.pypyName + "=" + v, p, v);
        }

        /** Several parameters at once (the recommendation). */
        public static Config combined(Map<JitParameter, Integer> values) {
            StringBuilder s = new StringBuilder();
            values.forEach((p, v) -> s.append(s.length() == 0 ? "" : ",").append(p.pypyName).append('=').append(v));
            return new Config("recommended", s.toString(), null, 0);
        }
    }

    /** The defaults first, then each parameter's non-default values. */
    public List<Config> configs() {
        List<Config> c = new ArrayList<>();
        c.add(Config.DEFAULTS);
        values.forEach((p, vs) -> {
            for (int v : vs) if (v != p.defaultValue) c.add(Config.of(p, v));
        });
        return c;
    }
}
