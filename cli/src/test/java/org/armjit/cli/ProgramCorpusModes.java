package org.armjit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The VM configurations every corpus program runs under: one option set each. A new mode
 * (--gc-stress, --backend ir, low JIT thresholds, ...) is one more entry in {@link #DEFAULT}.
 * {@code -Darmjit.corpus.modes="--jit off;--jit threshold=2"} overrides the list for a local run.
 */
final class ProgramCorpusModes {
    static final List<List<String>> DEFAULT = List.of(
            List.of("--jit", "off"));

    private ProgramCorpusModes() {}

    static List<List<String>> selected() {
        String prop = System.getProperty("armjit.corpus.modes");
        return prop == null || prop.isBlank() ? DEFAULT : parse(prop);
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
