package org.armjit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code armjit} command. Subcommands register here, one class each. */
@Command(name = "armjit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A Python 3 subset VM whose tracing JIT compiles hot loops to ARM code.",
        subcommands = {
                AsmCommand.class,
                DisasmCommand.class,
                SimCommand.class,
        })
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command");
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line on the process's streams and returns the exit status. */
    public static int execute(String... args) {
        return run(args, System.out, System.err);
    }

    /**
     * Runs the command line with the given streams and returns the exit status; tests call
     * this in-process. Program output goes to {@code out}, errors and tracebacks to {@code err}.
     */
    public static int run(String[] args, java.io.PrintStream out, java.io.PrintStream err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(new java.io.PrintWriter(out, true));
        cl.setErr(new java.io.PrintWriter(err, true));
        int status = cl.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"armjit " + (v == null ? "0.1.0" : v)};
        }
    }
}
