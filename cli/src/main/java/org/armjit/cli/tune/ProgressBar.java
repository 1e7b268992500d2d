package org.armjit.cli.tune;

import java.io.PrintStream;

/**
 * A progress bar on stderr: redrawn in place on a terminal, one line per step elsewhere
 * (logs and CI keep a readable record).
 */
final class ProgressBar {
    private static final int WIDTH = 30;
    private final PrintStream err;
    private final int total;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private int done;

    ProgressBar(PrintStream err, int total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    void step(String what) {
        done++;
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        double secs = (System.nanoTime() - start) / 1e9;
        String eta = done == 0 ? "" : String.format(" eta %ds", Math.round(secs / done * (total - done)));
        String line = String.format("[%s%s] %d/%d %.0fs%s  %s", "#".repeat(filled), " ".repeat(WIDTH - filled), done, total, secs, eta, what);
        if (terminal) {
            err.print("\r" + line + "\033[K");
            if (done == total) err.println();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
