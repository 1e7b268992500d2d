package org.armjit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Runs one armjit command line and captures its outcome; tests substitute a fake. */
@FunctionalInterface
interface ProgramCorpusRunner {

    ProgramCorpusOutcome run(List<String> args) throws Exception;

    /** The real VM, in-process, through {@link Main#run}. */
    static ProgramCorpusRunner inProcess() {
        return args -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status;
            try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                 PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
                status = Main.run(args.toArray(new String[0]), o, e);
            }
            return new ProgramCorpusOutcome(status, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        };
    }
}
