package org.armjit.cli;

import org.armjit.cli.jitlog.JitLog;
import org.armjit.cli.jitlog.JitLogReader;
import org.armjit.cli.viewer.ViewerPage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code armjit view LOG [-o PAGE.html] [--open]}: a JIT log as one self-contained HTML page. */
@Command(name = "view", mixinStandardHelpOptions = true,
        description = "Turn a JIT log (armjit run --jit-log) into one self-contained HTML page: source with the cost of each line, "
                + "loops and bridges by cost, and per trace its source, bytecode, IR and ARM code side by side.")
final class ViewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "LOG", description = "the JIT log")
    Path log;

    @Option(names = {"-o", "--output"}, paramLabel = "PAGE.html", description = "where to write the page (default: LOG with .html)")
    Path output;

    @Option(names = "--open", description = "open the page in the default browser, where there is one")
    boolean open;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        JitLog jitLog;
        try {
            jitLog = JitLogReader.read(log);
        } catch (JitLogReader.BadLog e) {
            err.println("armjit view: " + e.getMessage());
            return 1;
        }
        Path page = output != null ? output : defaultPage(log);
        try {
            Files.writeString(page, ViewerPage.render(jitLog), StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("armjit view: cannot write " + page + ": " + e.getMessage());
            return 1;
        }
        out.println("wrote " + page);
        if (!jitLog.complete) err.println("armjit view: note: " + log + " has no end record (the run stopped early): counts may be missing");
        if (open) openInBrowser(page, err);
        return 0;
    }

    static Path defaultPage(Path log) {
        String name = log.getFileName().toString();
        String base = name.replaceFirst("\\.(log|jsonl|json)$", "");
        return log.resolveSibling(base + ".html");
    }

    /** The desktop's browser if Java can reach it, else xdg-open / open; says so when there is none. */
    private static void openInBrowser(Path page, PrintWriter err) {
        try {
            if (java.awt.Desktop.isDesktopSupported() && java.awt.Desktop.getDesktop().isSupported(java.awt.Desktop.Action.BROWSE)) {
                java.awt.Desktop.getDesktop().browse(page.toAbsolutePath().toUri());
                return;
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // headless JVM or no desktop: try the platform's opener below
        }
        for (String opener : new String[] {"xdg-open", "open"}) {
            try {
                new ProcessBuilder(opener, page.toAbsolutePath().toString()).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                return;
            } catch (IOException e) {
                // not installed: try the next
            }
        }
        err.println("armjit view: --open: no browser found here; open " + page.toAbsolutePath() + " yourself");
    }
}
