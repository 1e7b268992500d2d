package org.armjit.jit;

/**
 * The JIT's tunable parameters: PyPy's names and defaults, one table that drives
 * parsing, {@code --help} and the documentation.
 */
public enum JitParameter {
    THRESHOLD("threshold", 1039, "number of times a loop has to run for it to become hot"),
    FUNCTION_THRESHOLD("function_threshold", 1619, "number of times a function must run for it to become traced from start"),
    TRACE_EAGERNESS("trace_eagerness", 200, "number of times a guard has to fail before we start compiling a bridge"),
    DECAY("decay", 40, "amount to regularly decay counters by (0=none, 1000=max)"),
    TRACE_LIMIT("trace_limit", 6000, "number of recorded operations before we abort tracing with ABORT_TOO_LONG"),
    LOOP_LONGEVITY("loop_longevity", 1000, "a parameter controlling how long loops will be kept before being freed, an estimate"),
    MAX_RETRACE_GUARDS("max_retrace_guards", 15, "number of extra guards a retrace can cause"),
    MAX_UNROLL_RECURSION("max_unroll_recursion", 7, "how many levels deep to unroll a recursive function");

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
