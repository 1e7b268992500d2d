package org.armjit.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A unified-style diff of expected and actual text, limited to the first differing region so a
 * failure message stays readable at a glance: a few lines of context, then {@code -expected}
 * and {@code +actual} lines.
 */
final class ProgramCorpusDiff {
    static final int CONTEXT = 3;
    /** The longest stretch of lines compared line-by-line after the first difference. */
    static final int WINDOW = 60;
    /** The most diff lines shown. */
    static final int MAX_SHOWN = 30;

    private ProgramCorpusDiff() {}

    /** Returns "" when the texts are equal, else a diff headed by where they first differ. */
    static String of(String expected, String actual) {
        if (expected.equals(actual)) return "";
        List<String> a = lines(expected), b = lines(actual);
        if (a.equals(b)) {
            return "texts differ only in the final newline: expected "
                    + (expected.endsWith("\n") ? "one" : "none") + ", got "
                    + (actual.endsWith("\n") ? "one" : "none") + "\n";
        }
        int first = 0;
        while (first < a.size() && first < b.size() && a.get(first).equals(b.get(first))) first++;
        int suffix = 0;
        while (suffix < a.size() - first && suffix < b.size() - first
                && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) suffix++;
        int aEnd = Math.min(a.size() - suffix, first + WINDOW), bEnd = Math.min(b.size() - suffix, first + WINDOW);
        int start = Math.max(0, first - CONTEXT);

        List<String> body = new ArrayList<>();
        for (int i = start; i < first; i++) body.add("  " + show(a.get(i)));
        body.addAll(lcsDiff(a.subList(first, aEnd), b.subList(first, bEnd)));
        int aAfter = aEnd, bAfter = bEnd;
        for (int k = 0; k < CONTEXT && aAfter < a.size() && bAfter < b.size()
                && a.get(aAfter).equals(b.get(bAfter)); k++, aAfter++, bAfter++) {
            body.add("  " + show(a.get(aAfter)));
        }

        StringBuilder sb = new StringBuilder();
        sb.append("first difference at line ").append(first + 1).append(" (expected ")
                .append(a.size()).append(" lines, got ").append(b.size()).append(")\n");
        sb.append("@@ -").append(start + 1).append(',').append(aAfter - start)
                .append(" +").append(start + 1).append(',').append(bAfter - start).append(" @@\n");
        int shown = Math.min(body.size(), MAX_SHOWN);
        for (int i = 0; i < shown; i++) sb.append(body.get(i)).append('\n');
        if (body.size() > shown) sb.append("... ").append(body.size() - shown).append(" more diff lines\n");
        if (aEnd < a.size() - suffix || bEnd < b.size() - suffix) sb.append("... (later differences not shown)\n");
        return sb.toString();
    }

    /** Text split at '\n'; a final newline does not start another line. */
    static List<String> lines(String s) {
        if (s.isEmpty()) return List.of();
        String t = s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
        return Arrays.asList(t.split("\n", -1));
    }

    /** Longest-common-subsequence diff of two short line lists, as ' ', '-', '+' lines. */
    private static List<String> lcsDiff(List<String> a, List<String> b) {
        int n = a.size(), m = b.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> out = new ArrayList<>();
        int i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(i).equals(b.get(j))) {
                out.add("  " + show(a.get(i++)));
                j++;
            } else if (j == m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                out.add("- " + show(a.get(i++)));
            } else {
                out.add("+ " + show(b.get(j++)));
            }
        }
        return out;
    }

    /** Makes control characters visible, so lines differing only in them read differently. */
    static String show(String line) {
        StringBuilder sb = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else if (c < 0x20 || c == 0x7f) sb.append(String.format("\\x%02x", (int) c));
            else sb.append(c);
        }
        if (!line.isEmpty() && line.charAt(line.length() - 1) == ' ') sb.append("\u23ce"); // shows trailing blanks end
        return sb.toString();
    }
}
