package org.armjit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The VM configurations every corpus program runs under: one option set each. A new mode
 * (--gc-stress, --backend ir, low JIT thresholds, ...) is one more entry in {@link #DEFAULT}.
 * {@code -Darmjit.corpus.modes="--jit off;--jit threshold=2"} overrides the list for a local run.
 */
final class ProgramCorpusModes {
    /** Collect at every safepoint and check the heap around every collection. */
    static final List<String> GC_STRESS = List.of("--jit", "off", "--gc-stress", "--gc-verify");

    /** Every loop and function traced as early as possible, every failing guard bridged at once. */
    static final String EAGER_JIT = "threshold=1,function_threshold=1,trace_eagerness=1";

    static final List<List<String>> DEFAULT = List.of(
            List.of("--jit", "off"),
            GC_STRESS,
            List.of("--backend", "ir"),
            List.of("--backend", "ir", "--jit", EAGER_JIT),
            List.of("--backend", "ir", "--jit", EAGER_JIT, "--gc-stress", "--gc-verify"),
            // every call the recorder would inline recursively becomes a residual call instead
            List.of("--backend", "ir", "--jit", "threshold=2,function_threshold=2,trace_eagerness=1,max_unroll_recursion=0"),
            // ARM code in the simulator, every contract check on: all three float modes, eager, and under GC stress
            List.of("--backend", "arm"),
            List.of("--backend", "arm", "--target", "armv7-softfp", "--jit", EAGER_JIT),
            List.of("--backend", "arm", "--target", "armv7ve-hf", "--jit", EAGER_JIT),
            // no FPU: float ops through the run-time ABI's routines, ARMv6 and ARMv5TE simulator models
            List.of("--backend", "arm", "--target", "armv6-soft"),
            List.of("--backend", "arm", "--target", "armv5te-soft", "--jit", EAGER_JIT),
            List.of("--backend", "arm", "--jit", EAGER_JIT, "--gc-stress", "--gc-verify"));

    /**
     * With -Darmjit.full=true also (./run-tests --full): the rest of the ARM grid, so that both
     * float ABIs of ARMv7 run at default parameters, eager, and eager under GC stress.
     */
    static final List<List<String>> FULL_ONLY = List.of(
            List.of("--backend", "arm", "--target", "armv7-hf", "--jit", EAGER_JIT),
            List.of("--backend", "arm", "--target", "armv7-softfp"),
            List.of("--backend", "arm", "--target", "armv7-softfp", "--jit", EAGER_JIT, "--gc-stress", "--gc-verify"));

    /**
     * The programs {@link #GC_STRESS} runs in a CI-size run (a full run, -Darmjit.full=true, or
     * an explicit -Darmjit.corpus.modes runs every program in every mode): every object kind,
     * every place where Java code calls back into Python code (special methods, key
     * functions, __init__), closures, exceptions and MemoryError, a few realistic programs.
     * Collecting at every back-edge makes the hot-loop programs slow, so they stay out.
     */
    static final Set<String> GC_STRESS_SUBSET = Set.of(
            "class_basics", "class_composition", "class_eq_lt", "class_gc_callbacks", "class_inheritance",
            "class_len_getitem", "class_polymorphism", "class_str_repr", "class_super", "class_user_exceptions",
            "func_closures", "func_nonlocal", "func_keyword_args", "func_first_class", "func_lambda", "func_defaults",
            "dict_basics", "dict_comprehensions", "dict_iteration", "dict_nested", "dict_order_del", "dict_methods",
            "list_comprehensions", "list_methods_insert_extend", "list_methods_remove_index_count", "list_slice_assign",
            "list_sort_key", "str_format_method", "str_fstring_specs", "str_join_split", "str_percent_float", "str_unicode",
            "float_accumulate", "float_exponent_repr", "float_repr_values", "int_bigint_arith", "int_bigint_factorial",
            "loop_bigint_growth", "tuple_compare_hash", "tuple_unpacking", "repr_nested_containers", "repr_exceptions",
            "exc_finally", "exc_hierarchy", "exc_in_functions", "exc_memory_error", "exc_recursion_caught",
            "exc_stopiteration", "builtin_sorted_reversed", "builtin_enumerate_zip", "builtin_len_abs_minmax",
            "builtin_constructors", "real_graph_bfs", "real_inventory_report", "real_matrix", "real_word_frequency",
            "real_bank_simulation", "real_rpn_calculator", "real_string_builder",
            "errors/memory_error", "errors/recursion_error", "errors/user_exception_class_raised",
            "gc_tagged_int_roots", "jit_class_instantiation", "jit_try_in_loops",
            // generators (frames saved in guest memory), sets, user operator methods, calls with * and **,
            // descriptors, with, and the library modules written in Python
            "gen_basics", "gen_expressions", "gen_iterator_protocol", "set_basics", "set_operators",
            "class_operators", "func_star_args", "func_decorators", "stmt_with", "mod_itertools_functools",
            "mod_collections_bisect", "mod_random", "mod_misc",
            // list/dict subclasses (instances holding builtin storage), enums, ** displays, big ints
            "class_subclass_list_dict", "class_init_subclass_new", "mod_enum", "dict_display_unpack",
            "int_bigint_linear");

    private ProgramCorpusModes() {}

    /** Whether {@code program} (a corpus name such as tests/programs/x.py) runs under {@code mode}. */
    static boolean runs(List<String> mode, String program) {
        if (Boolean.getBoolean("armjit.full") || System.getProperty("armjit.corpus.modes") != null) return true;
        if (!mode.contains("--gc-stress")) return true;
        String prefix = "tests/programs/";
        return program.startsWith(prefix) && program.endsWith(".py")
                && GC_STRESS_SUBSET.contains(program.substring(prefix.length(), program.length() - 3));
    }

    static List<List<String>> selected() {
        String prop = System.getProperty("armjit.corpus.modes");
        if (prop != null && !prop.isBlank()) return parse(prop);
        if (!Boolean.getBoolean("armjit.full")) return DEFAULT;
        List<List<String>> all = new ArrayList<>(DEFAULT);
        all.addAll(FULL_ONLY);
        return all;
    }

    /** Modes separated by ';', options within a mode by blanks. */
    static List<List<String>> parse(String text) {
        List<List<String>> modes = new ArrayList<>();
        for (String m : text.split(";")) {
            String t = m.strip();
            modes.add(t.isEmpty() ? List.of() : Arrays.asList(t.split("\\s+")));
        }
        return modes;
    }

    static String label(List<String> mode) {
        return mode.isEmpty() ? "[default]" : "[" + String.join(" ", mode) + "]";
    }
}
