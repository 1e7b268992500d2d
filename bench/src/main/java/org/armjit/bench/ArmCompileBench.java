package org.armjit.bench;

import org.armjit.backend.arm.ArmBackend;
import org.armjit.backend.arm.ArmTarget;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TraceParser;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.mem.GuestMemory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Compile time of the ARM backend alone (register allocation, selection, encoding, install)
 * for a 500-op trace of integer and float arithmetic, guards with snapshots and memory ops.
 * Target: at most 1 ms per trace. {@code main} prints the figure without JMH.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ArmCompileBench {
    static final int OPS = 500;

    private final RuntimeCallTable calls = new RuntimeCallTable();
    private Heap heap;
    private ArmBackend backend;
    private Trace trace;
    private int compiled;

    /** A straight trace ending in finish: ~60% int ops, float ops, loads, and a guard every eighth op. */
    static String traceText(int ops) {
        StringBuilder sb = new StringBuilder("[i0, i1, f2, p3]\n");
        int n = 4;
        String lastI = "i1", lastF = "f2";
        int emitted = 0;
        while (emitted < ops) {
            int k = emitted % 8;
            if (k == 7) {
                sb.append("i").append(n).append(" = int_lt(").append(lastI).append(", 1000000)\n");
                sb.append("guard_true(i").append(n).append(", descr=<Guard0x").append(Integer.toHexString(n)).append(">) [1@")
                        .append(n).append(": i0, ").append(lastI).append(", ").append(lastF).append(", p3]\n");
                n++;
                emitted += 2;
            } else if (k == 3 || k == 5) {
                sb.append("f").append(n).append(" = float_mul(").append(lastF).append(", 1.5)\n");
                lastF = "f" + n++;
                emitted++;
            } else if (k == 2) {
                sb.append("i").append(n).append(" = getfield_gc_i(p3, descr=<field 4>)\n");
                sb.append("i").append(n + 1).append(" = int_add(").append(lastI).append(", i").append(n).append(")\n");
                lastI = "i" + (n + 1);
                n += 2;
                emitted += 2;
            } else {
                sb.append("i").append(n).append(" = int_add_ovf(").append(lastI).append(", i0)\n");
                sb.append("guard_no_overflow(descr=<Guard0x").append(Integer.toHexString(n)).append(">) [1@").append(n)
                        .append(": i0, ").append(lastI).append("]\n");
                lastI = "i" + n++;
                emitted += 2;
            }
        }
        return sb.append("finish(").append(lastI).append(", ").append(lastF).append(")\n").toString();
    }

    @Setup
    public void setup() {
        trace = TraceParser.parse(traceText(OPS), calls);
        fresh();
    }

    private void fresh() {
        heap = new Heap(GuestMemory.allocate(0x1000_0000, 8 << 20), 256 << 10);
        backend = new ArmBackend(heap, calls, ArmBackend.Options.of(ArmTarget.ARMV7_HF));
        compiled = 0;
    }

    @Benchmark
    public Object compile500() {
        if (++compiled > 300) fresh(); // the code area holds a few hundred of these
        return backend.compileLoop(trace);
    }

    public static void main(String[] args) {
        ArmCompileBench b = new ArmCompileBench();
        b.setup();
        for (int round = 0; round < 8; round++) {
            long t0 = System.nanoTime();
            int n = 200;
            for (int i = 0; i < n; i++) b.compile500();
            double all = (System.nanoTime() - t0) / 1e6 / n;
            long t1 = System.nanoTime();
            for (int i = 0; i < n; i++) org.armjit.jit.ir.Verifier.verify(b.trace, b.calls, java.util.Map.of());
            double verify = (System.nanoTime() - t1) / 1e6 / n;
            System.out.printf("round %d: %.3f ms per %d-op trace (of which the IR verifier %.3f ms)%n", round, all, b.trace.size(), verify);
        }
    }
}
