package org.armjit.jit;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The value of {@code --jit}: "off", or comma-separated {@code name=value} pairs using
 * PyPy's parameter names ({@link JitParameter}) plus {@code enable_opts=opt:opt:...}.
 */
public final class JitOptions {
    /** PyPy's optimization names, all enabled by default. */
    public static final Set<String> ALL_OPTS = Set.of("intbounds", "rewrite", "virtualize", "string", "pure", "earlyforce", "heap", "unroll");

    private final boolean enabled;
    private final Map<JitParameter, Integer> values;
    private final Set<String> enabledOpts;

    private JitOptions(boolean enabled, Map<JitParameter, Integer> values, Set<String> enabledOpts) {
        this.enabled = enabled;
        this.values = values;
        this.enabledOpts = enabledOpts;
    }

    public static JitOptions defaults() {
        return new JitOptions(true, new EnumMap<>(JitParameter.class), new LinkedHashSet<>(ALL_OPTS));
    }

    /** Parses the text of {@code --jit}; throws IllegalArgumentException with a user-facing message. */
    public static JitOptions parse(String text) {
        if (text == null || text.isEmpty()) return defaults();
        if (text.equals("off")) return new JitOptions(false, new EnumMap<>(JitParameter.class), Set.of());
        Map<JitParameter, Integer> values = new EnumMap<>(JitParameter.class);
        Set<String> opts = new LinkedHashSet<>(ALL_OPTS);
        boolean enabled = true;
        for (String item : text.split(",")) {
            if (item.equals("off")) {
                enabled = false;
                continue;
            }
            int eq = item.indexOf('=');
            if (eq <= 0) throw new IllegalArgumentException("--jit: expected name=value or 'off', got '" + item + "'");
            String name = item.substring(0, eq), value = item.substring(eq + 1);
            if (name.equals("enable_opts")) {
                opts = new LinkedHashSet<>();
                if (!value.equals("all")) {
                    for (String o : value.split(":")) {
                        if (o.isEmpty()) continue;
                        if (!ALL_OPTS.contains(o)) throw new IllegalArgumentException("--jit: unknown optimization '" + o + "'");
                        opts.add(o);
                    }
                } else {
                    opts.addAll(ALL_OPTS);
                }
                continue;
            }
            JitParameter p = JitParameter.byName(name);
            if (p == null) throw new IllegalArgumentException("--jit: unknown parameter '" + name + "' (see armjit run --help)");
            try {
                int v = Integer.parseInt(value);
                if (v < 0) throw new NumberFormatException();
                values.put(p, v);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--jit: " + name + " needs a non-negative integer, got '" + value + "'");
            }
        }
        return new JitOptions(enabled, values, opts);
    }

    public boolean enabled() {
        return enabled;
    }

    public int get(JitParameter p) {
        return values.getOrDefault(p, p.defaultValue);
    }

    public Set<String> enabledOpts() {
        return Set.copyOf(enabledOpts);
    }

    /** One line per parameter for --help. */
    public static String describe() {
        StringBuilder sb = new StringBuilder();
        for (JitParameter p : JitParameter.values()) {
            sb.append(String.format("  %-22s %6d  %s%n", p.pypyName, p.defaultValue, p.help));
        }
        sb.append(String.format("  %-22s %6s  %s%n", "enable_opts", "all", "optimizations to enable, or 'all': " + String.join(":", ALL_OPTS)));
        return sb.toString();
    }
}
