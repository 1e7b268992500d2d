package org.armjit.cli;

import org.armjit.cli.tune.Tuner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code armjit tune PROGRAM...}: sweeps JIT parameters over programs with the ARM backend in the simulator. */
@Command(name = "tune", mixinStandardHelpOptions = true,
        description = {"Sweep JIT parameters (threshold, function_threshold, trace_eagerness, trace_limit), one at a time around the "
                + "defaults, over programs that take their size as sys.argv[1], with the ARM backend in armjit's simulator. Each "
                + "program runs at sizes S and 2S: steady state = (cost(2S) - cost(S)) / S, warm-up = cost(S) - S x steady state, "
                + "where cost = ARM instructions + interpreted bytecodes x --bytecode-cost. The score of a configuration is the "
                + "cost of a run at N = 10 S plus compile cost (recorded bytecodes x --compile-cost); tune prints a table, writes a CSV and an SVG plot, "
                + "and recommends the value of each parameter with the lowest geometric-mean score relative to the defaults."})
final class TuneCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PROGRAM", arity = "1..*", description = "programs whose sys.argv[1] is their size N")
    List<Path> programs = new ArrayList<>();

    @Option(names = "--grid", paramLabel = "tiny|full", description = "the values tried: tiny (CI: seconds) or full (default)")
    String grid = "full";

    @Option(names = "--size", paramLabel = "S", description = "the size S of every program (default: a tenth of its default N)")
    Integer size;

    @Option(names = "--csv", paramLabel = "FILE", description = "where the CSV goes (default: target/tune.csv)")
    Path csv = Path.of("target", "tune.csv");

    @Option(names = "--svg", paramLabel = "FILE", description = "where the plot goes (default: target/tune.svg)")
    Path svg = Path.of("target", "tune.svg");

    @Option(names = "--target", paramLabel = "NAME", description = "the ARM target (default armv7-hf)")
    String target = "armv7-hf";

    @Option(names = "--bytecode-cost", paramLabel = "INSNS",
            description = "ARM instructions an interpreted bytecode is counted as (default 40: an estimate for a switch interpreter on ARM)")
    double bytecodeCost = 40;

    @Option(names = "--compile-cost", paramLabel = "INSNS",
            description = "ARM instructions recording and compiling one bytecode is counted as (default 20000: about 20 us on a 1 GHz core)")
    double compileCost = 20_000;

    @picocli.CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        try {
            Tuner.Settings s = new Tuner.Settings(grid, size, target, bytecodeCost, compileCost, csv, svg);
            return new Tuner(s, main.out, main.err, System.console() != null).run(programs);
        } catch (IllegalArgumentException e) {
            main.err.println("armjit tune: " + e.getMessage());
            return 2;
        }
    }
}
