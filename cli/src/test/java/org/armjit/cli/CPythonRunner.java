package org.armjit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program under CPython 3.11 the way tests/record.py does ({@code python3 -S NAME.py} in
 * the program's directory, PYTHONHASHSEED=0, UTF-8 streams), for the random-program oracle.
 */
final class CPythonRunner {
    static final String REQUIRED_VERSION = "Python 3.11";
    private static Boolean available;

    private CPythonRunner() {}

    /** Whether {@code python3} here is CPython 3.11 (asked once per JVM). */
    static synchronized boolean available() {
        if (available == null) {
            try {
                Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
                String v = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
                available = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && v.startsWith(REQUIRED_VERSION);
            } catch (IOException e) {
                available = false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                available = false;
            }
        }
        return available;
    }

    /** The outcome of {@code program}, or null when CPython did not finish within {@code timeoutSeconds}. */
    static ProgramCorpusOutcome run(Path program, long timeoutSeconds) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(List.of("python3", "-S", program.getFileName().toString()));
        pb.directory(program.toAbsolutePath().getParent().toFile());
        Map<String, String> env = pb.environment();
        env.put("PYTHONHASHSEED", "0");
        env.put("PYTHONIOENCODING", "utf-8");
        env.put("PYTHONDONTWRITEBYTECODE", "1");
        env.remove("PYTHONPATH");
        env.remove("PYTHONSTARTUP");
        // both streams to files, so that a program that hangs cannot block us on a full pipe
        Path out = Files.createTempFile("cpython", ".out");
        Path err = Files.createTempFile("cpython", ".err");
        try {
            pb.redirectOutput(out.toFile());
            pb.redirectError(err.toFile());
            pb.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
            Process p = pb.start();
            if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                p.waitFor();
                return null;
            }
            return new ProgramCorpusOutcome(p.exitValue(), Files.readAllBytes(out),
                    new String(Files.readAllBytes(err), StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
