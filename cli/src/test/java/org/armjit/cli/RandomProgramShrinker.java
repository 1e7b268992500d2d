package org.armjit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Shrinks a program that shows a divergence to a small one that still shows it: greedy
 * delta debugging over statements. Each step removes a line together with the block it opens
 * (or, when the block must not be empty, replaces it with {@code pass}), or unwraps a compound
 * statement's header, and keeps the change when the divergence remains. Whole functions and
 * loops go first (they come first in the text), single statements after.
 */
final class RandomProgramShrinker {
    /** Whether a candidate program still diverges (false for candidates that are not interesting). */
    @FunctionalInterface
    interface Divergence {
        boolean test(String program) throws Exception;
    }

    private final Divergence divergence;
    private final int maxTests;
    private int tests;

    RandomProgramShrinker(Divergence divergence, int maxTests) {
        this.divergence = divergence;
        this.maxTests = maxTests;
    }

    /** How many candidates were tried. */
    int tests() {
        return tests;
    }

    String shrink(String program) throws Exception {
        List<String> lines = new ArrayList<>(Arrays.asList(program.split("\n", -1)));
        if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) lines.remove(lines.size() - 1);
        boolean changed = true;
        while (changed && tests < maxTests) {
            changed = false;
            for (int i = 0; i < lines.size() && tests < maxTests; i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.strip().startsWith("#")) continue;
                int end = blockEnd(lines, i);
                List<String> removed = splice(lines, i, end, List.of());
                if (accept(removed)) {
                    lines = removed;
                    changed = true;
                    i--;
                    continue;
                }
                if (!line.strip().equals("pass") && end - i > 1) {
                    List<String> passed = splice(lines, i, end, List.of(indentOf(line) + "pass"));
                    if (accept(passed)) {
                        lines = passed;
                        changed = true;
                        continue;
                    }
                }
                if (line.strip().endsWith(":") && end - i > 1) {
                    List<String> body = new ArrayList<>();
                    for (String b : lines.subList(i + 1, end)) body.add(dedent(b, indentOf(lines.get(i + 1)).length() - indentOf(line).length()));
                    List<String> unwrapped = splice(lines, i, end, body);
                    if (accept(unwrapped)) {
                        lines = unwrapped;
                        changed = true;
                        i--;
                    }
                }
            }
        }
        return String.join("\n", lines) + "\n";
    }

    private boolean accept(List<String> candidate) throws Exception {
        tests++;
        return divergence.test(String.join("\n", candidate) + "\n");
    }

    /** The index after the block that line {@code i} opens (i + 1 for a simple statement). */
    static int blockEnd(List<String> lines, int i) {
        int base = indentOf(lines.get(i)).length();
        int j = i + 1;
        while (j < lines.size() && (lines.get(j).isBlank() || indentOf(lines.get(j)).length() > base)) j++;
        return j;
    }

    private static List<String> splice(List<String> lines, int from, int to, List<String> replacement) {
        List<String> r = new ArrayList<>(lines.subList(0, from));
        r.addAll(replacement);
        r.addAll(lines.subList(to, lines.size()));
        return r;
    }

    static String indentOf(String line) {
        int k = 0;
        while (k < line.length() && line.charAt(k) == ' ') k++;
        return line.substring(0, k);
    }

    private static String dedent(String line, int n) {
        int k = Math.min(n, indentOf(line).length());
        return line.substring(k);
    }
}
