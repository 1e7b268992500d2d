package org.armjit.bench;

import org.armjit.jit.JitOptions;
import org.armjit.jit.backend.IRInterpreterBackend;
import org.armjit.jit.driver.JitDriver;
import org.armjit.jit.driver.JitStats;
import org.armjit.lang.vm.ProgramRunner;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * What tracing costs. JMH: the corpus' loop programs run whole with the JIT off, with the
 * JIT at its default parameters and with every loop traced at once (threshold=1), all on
 * the IR backend; the difference between the last two and the first is the warm-up cost.
 * {@link #main} prints, per program and side by side, the wall time JIT off and on and the
 * recorder's own cost per recorded instruction (record + verify + optimise + compile, timed
 * inside the driver).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class TracingBench {
    static final List<String> PROGRAMS = List.of("loop_int_sum", "loop_collatz", "loop_float_kernel",
            "loop_function_calls", "loop_list_ops", "loop_object_attrs", "loop_dict_counting", "loop_string_building");

    @Param({"loop_int_sum", "loop_float_kernel", "loop_function_calls", "loop_object_attrs"})
    public String program;

    String source;

    @Setup
    public void load() throws IOException {
        source = read(program);
    }

    @Benchmark
    public int jitOff() {
        return run(source, "off", null);
    }

    @Benchmark
    public int jitDefault() {
        return run(source, "", null);
    }

    @Benchmark
    public int jitEager() {
        return run(source, "threshold=1,function_threshold=1,trace_eagerness=1", null);
    }

    static String read(String program) throws IOException {
        Path p = Path.of("tests/programs", program + ".py");
        if (!Files.exists(p)) throw new IOException(p + " not found: run from the repository root");
        return Files.readString(p);
    }

    /** Runs a program with output discarded; {@code stats[0]} receives the JIT's statistics. */
    static int run(String source, String jit, JitStats[] stats) {
        ProgramRunner.Options o = new ProgramRunner.Options();
        o.heapBytes = 32 << 20;
        JitOptions options = JitOptions.parse(jit);
        if (options.enabled()) {
            o.setup = vm -> {
                JitDriver d = JitDriver.install(vm, options, new IRInterpreterBackend(vm.heap, vm.calls));
                if (stats != null) stats[0] = d.stats;
            };
        }
        PrintStream sink = new PrintStream(OutputStream.nullOutputStream());
        return ProgramRunner.run(source, "bench.py", new String[] {"bench.py"}, o, sink, sink);
    }

    /** The side-by-side table (best of 3 runs each, after one warm-up run of every configuration). */
    public static void main(String[] args) throws IOException {
        List<String> programs = args.length > 0 ? List.of(args) : PROGRAMS;
        System.out.printf("%-22s %9s %9s %7s %6s %7s %9s %11s %9s%n", "program", "off ms", "jit ms", "ratio",
                "loops", "bridges", "rec ops", "trace ms", "us/op");
        for (String program : programs) {
            String src = read(program);
            run(src, "off", null);
            run(src, "", null);
            long off = Long.MAX_VALUE, on = Long.MAX_VALUE;
            JitStats best = null;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                run(src, "off", null);
                off = Math.min(off, System.nanoTime() - t0);
                JitStats[] s = new JitStats[1];
                t0 = System.nanoTime();
                run(src, "", s);
                long t = System.nanoTime() - t0;
                if (t < on) {
                    on = t;
                    best = s[0];
                }
            }
            double perOp = best.recordedOps == 0 ? 0 : best.traceNanos / 1e3 / best.recordedOps;
            System.out.printf("%-22s %9.1f %9.1f %7.2f %6d %7d %9d %11.2f %9.1f%n", program, off / 1e6, on / 1e6,
                    (double) on / off, best.loops, best.bridges, best.recordedOps, best.traceNanos / 1e6, perOp);
        }
    }
}
