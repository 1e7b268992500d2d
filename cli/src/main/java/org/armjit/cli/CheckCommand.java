package org.armjit.cli;

import org.armjit.lang.vm.ProgramRunner;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code armjit check [OPTIONS] FILE...}: runs each program in this one VM process and checks
 * it against the CPython recording beside it ({@code P.out}, {@code P.expect}), the way the
 * corpus tests do. One JVM for many programs: what makes the corpus affordable on a slow board
 * or under qemu, where starting the JVM costs seconds.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Run programs and compare each with its recorded CPython output (P.py beside P.out"
                + " and optionally P.expect). Prints one line per program and exits 1 if any differs.")
final class CheckCommand implements Callable<Integer> {
    @Mixin
    VmOptions vm;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the programs (.py), each with its .out beside it")
    List<Path> files = new ArrayList<>();

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        // One log per run: a check of many programs would overwrite it with each (ARMJIT_LOG is ignored here).
        if (vm.jitLog != null) {
            main.err.println("armjit check: --jit-log applies to armjit run (one program per log)");
            return 2;
        }
        vm.logFromEnvironment = false;
        int failed = 0;
        for (Path file : files) {
            String result = check(file);
            if (!result.startsWith("ok ")) failed++;
            main.out.println(result);
            main.out.flush();
        }
        main.out.println((files.size() - failed) + " of " + files.size() + " programs match CPython");
        return failed == 0 ? 0 : 1;
    }

    /** "ok NAME (...)" or "FAIL NAME: problems". */
    private String check(Path file) {
        ProgramCorpusExpectation expected;
        String source;
        try {
            expected = ProgramCorpusExpectation.load(file);
            source = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | IllegalArgumentException e) {
            return "FAIL " + file + ": " + e.getMessage();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ByteArrayOutputStream stats = new ByteArrayOutputStream();
        PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
        boolean wantedStats = vm.jitStats;
        vm.jitStats = true;
        ProgramRunner.Options options;
        try {
            options = vm.toRunnerOptions(errStream, new PrintStream(stats, true, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return "FAIL " + file + ": " + e.getMessage();
        } finally {
            vm.jitStats = wantedStats;
        }
        PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = ProgramRunner.run(source, file.toString(), new String[] {file.toString()}, options, outStream, errStream);
        outStream.flush();
        ProgramCorpusOutcome outcome = new ProgramCorpusOutcome(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        String failure = ProgramCorpusCheck.failureMessage(file.toString(), expected, outcome);
        if (!failure.isEmpty()) return "FAIL " + failure.stripTrailing();
        String summary = summary(stats.toString(StandardCharsets.UTF_8));
        if (wantedStats) main.err.print(stats.toString(StandardCharsets.UTF_8));
        return "ok " + file + (summary.isEmpty() ? "" : " (" + summary + ")");
    }

    /** The figures that show compiled code ran: "loops 2, bridges 1, trace_enters 40, engine native". */
    static String summary(String stats) {
        List<String> parts = new ArrayList<>();
        for (String line : stats.split("\n")) {
            int colon = line.indexOf(": ");
            if (colon < 0) continue;
            String key = line.substring(0, colon);
            if (List.of("loops", "functions", "bridges", "trace_enters", "engine", "target", "runtime_calls", "arm_helper_calls").contains(key)) {
                parts.add(key + " " + line.substring(colon + 2));
            }
        }
        return String.join(", ", parts);
    }
}
