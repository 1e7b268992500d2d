package org.armjit.cli;

import org.armjit.lang.vm.ProgramRunner;

import java.io.PrintStream;
import java.util.List;

/** Runs Python source for the run command and for {@code armjit -c}. */
final class Launch {
    private Launch() {}

    static int runSource(PrintStream out, PrintStream err, VmOptions vm, String source, String filename, List<String> argv) {
        ProgramRunner.Options options;
        vm.programFile = filename;
        vm.programSource = source;
        vm.programArgv = argv;
        try {
            options = vm.toRunnerOptions(err);
        } catch (IllegalArgumentException e) {
            err.println("armjit: " + e.getMessage());
            return 2;
        }
        int status = ProgramRunner.run(source, filename, argv.toArray(new String[0]), options, out, err);
        out.flush();
        err.flush();
        return status;
    }
}
