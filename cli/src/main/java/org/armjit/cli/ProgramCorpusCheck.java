package org.armjit.cli;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Compares what armjit did with what CPython did: stdout byte for byte, the exit status, the
 * last line of stderr, and that stderr never shows a Java stack trace.
 */
final class ProgramCorpusCheck {
    /** Lines that only a leaked Java exception prints. */
    static final List<String> JAVA_TRACE_MARKERS = List.of("\tat ", "Exception in thread", "java.lang.");
    static final int STDERR_LINES_SHOWN = 12;

    private ProgramCorpusCheck() {}

    /** Every way the outcome differs from the expectation; empty when it matches. */
    static List<String> problems(ProgramCorpusExpectation expected, ProgramCorpusOutcome actual) {
        List<String> problems = new ArrayList<>();
        List<String> javaLines = javaTraceLines(actual.stderr());
        if (!javaLines.isEmpty()) {
            problems.add("stderr contains a Java stack trace:\n" + indent(String.join("\n", javaLines.subList(0, Math.min(6, javaLines.size())))));
        }
        if (actual.exitStatus() != expected.exitStatus()) {
            problems.add("exit status: expected " + expected.exitStatus() + ", got " + actual.exitStatus());
        }
        if (!actual.stderrLastLine().equals(expected.stderrLastLine())) {
            problems.add("last line of stderr:\n  expected: " + quote(expected.stderrLastLine())
                    + "\n  got:      " + quote(actual.stderrLastLine()));
        }
        if (!Arrays.equals(expected.stdout(), actual.stdout())) {
            String diff = ProgramCorpusDiff.of(utf8(expected.stdout()), utf8(actual.stdout()));
            if (diff.isEmpty()) diff = "the bytes differ where they are not valid UTF-8\n";
            problems.add("stdout differs, " + diff.stripTrailing());
        }
        return problems;
    }

    /** The failure message for a run, or "" when it passed. */
    static String failureMessage(String name, ProgramCorpusExpectation expected, ProgramCorpusOutcome actual) {
        List<String> problems = problems(expected, actual);
        if (problems.isEmpty()) return "";
        StringBuilder sb = new StringBuilder(name).append(": ");
        sb.append(problems.size() == 1 ? "1 problem" : problems.size() + " problems").append('\n');
        for (String p : problems) sb.append("* ").append(p).append('\n');
        if (!actual.stderr().isEmpty() && !actual.stderrLastLine().equals(actual.stderr().strip())) {
            sb.append("stderr (last lines):\n").append(indent(tail(actual.stderr(), STDERR_LINES_SHOWN))).append('\n');
        }
        return sb.toString();
    }

    static List<String> javaTraceLines(String stderr) {
        List<String> found = new ArrayList<>();
        for (String line : stderr.split("\n")) {
            for (String marker : JAVA_TRACE_MARKERS) {
                if (line.startsWith(marker)) {
                    found.add(line);
                    break;
                }
            }
        }
        return found;
    }

    private static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }

    private static String quote(String s) {
        return "\"" + ProgramCorpusDiff.show(s) + "\"";
    }

    private static String tail(String text, int n) {
        List<String> lines = ProgramCorpusDiff.lines(text);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
    }

    private static String indent(String s) {
        return "    " + s.replace("\n", "\n    ");
    }
}
