package org.armjit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code armjit} command. Subcommands register here, one class each. */
@Command(name = "armjit", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "A Python 3 subset VM whose tracing JIT compiles hot loops to ARM code.",
        subcommands = {
                RunCommand.class,
                CheckCommand.class,
                BenchCommand.class,
                AsmCommand.class,
                DisasmCommand.class,
                SimCommand.class,
                ViewCommand.class,
                TuneCommand.class,
        })
public final class Main implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "-c", paramLabel = "CODE", description = "run the program passed as a string")
    String code;

    @CommandLine.Mixin
    VmOptions vm;

    @CommandLine.Parameters(paramLabel = "ARGS", description = "with -c: the program's arguments (sys.argv[1:])")
    java.util.List<String> args = new java.util.ArrayList<>();

    /** The byte streams that programs write to (set by {@link #run(String[], java.io.PrintStream, java.io.PrintStream)}). */
    java.io.PrintStream out = System.out;
    java.io.PrintStream err = System.err;

    @Override
    public Integer call() {
        if (code == null) throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try armjit --help)");
        java.util.List<String> argv = new java.util.ArrayList<>();
        argv.add("-c");
        argv.addAll(args);
        return Launch.runSource(out, err, vm, code, "<string>", argv);
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
        Main main = new Main();
        main.out = out;
        main.err = err;
        CommandLine cl = new CommandLine(main);
        cl.setStopAtPositional(true);
        // Tools take options after their file arguments ("view LOG -o PAGE"): only run and -c stop at the program.
        for (String tool : new String[] {"view", "tune"}) cl.getSubcommands().get(tool).setStopAtPositional(false);
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
