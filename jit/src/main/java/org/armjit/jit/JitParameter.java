package org.armjit.jit;

/**
 * The JIT's tunable parameters: PyPy's names and defaults, one table that drives
 * parsing, {@code --help} and the documentation.
 */
public enum JitParameter {
    THRESHOLD("threshold", 1039, "back-edges a loop header counts before its loop is traced"),
    FUNCTION_THRESHOLD("function_threshold", 1619, "calls a function counts before it is traced from its entry"),
    TRACE_EAGERNESS("trace_eagerness", 200, "failures of one guard before a bridge is traced from it"),
    DECAY("decay", 40, "thousandths of every other hot counter lost each time a place gets hot (0 = none, 1000 = all)"),
    TRACE_LIMIT("trace_limit", 6000, "IR operations a recording may reach before it aborts as too long"),
    LOOP_LONGEVITY("loop_longevity", 1000, "how long unused compiled loops are kept (accepted, not used yet)"),
    MAX_RETRACE_GUARDS("max_retrace_guards", 15, "extra guards a retrace may add (accepted, not used yet)"),
    MAX_UNROLL_RECURSION("max_unroll_recursion", 7, "recursive calls inlined into one trace before the rest become residual calls");

    public final String pypyName;
    public final int defaultValue;
    public final String help;

    JitParameter(String pypyName, int defaultValue, String help) {
        this.pypyName = pypyName;
        this.defaultValue = defaultValue;
        this.help = help;
    }

    public static JitParameter byName(String name) {
        for (JitParameter p : values()) {
            if (p.pypyName.equals(name)) return p;
        }
        return null;
    }
}
