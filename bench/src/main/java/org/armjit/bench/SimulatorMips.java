package org.armjit.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.armjit.arm.abi.ArgType;
import org.armjit.arm.abi.Signature;
import org.armjit.arm.asm.TextAssembler;
import org.armjit.arm.sim.Access;
import org.armjit.arm.sim.ArmSimulator;
import org.armjit.arm.sim.CpuModel;
import org.armjit.arm.sim.MemoryMap;
import org.armjit.arm.sim.SimOptions;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Simulated MIPS of the ARM simulator on an integer loop and a VFP loop, printed beside qemu-arm
 * running the same loops (a freestanding program built with GNU as/ld, timed as the difference
 * between two iteration counts so process start-up cancels out).
 * Run: {@code java -cp bench/target/benchmarks.jar org.armjit.bench.SimulatorMips}
 */
public final class SimulatorMips {
    /** Loop bodies: r0 counts down; each iteration executes {@code insns} instructions. */
    record Loop(String name, String setup, String body, int insns) {}

    static final Loop INTEGER = new Loop("integer", "mov r1, #0\nmov r3, #7\n", """
            loop:
            add r1, r1, r0
            eor r3, r3, r1, lsl #3
            and r12, r3, #255
            ldr r2, [sp, #-8]
            str r12, [sp, #-8]
            subs r0, r0, #1
            bne loop
            """, 7);

    static final Loop VFP = new Loop("vfp", "vmov.f64 d0, #1.0\nvmov.f64 d1, #0.5\nvmov.f64 d3, #1.5\n", """
            loop:
            vadd.f64 d0, d0, d1
            vmul.f64 d2, d0, d3
            vsub.f64 d4, d2, d1
            vdiv.f64 d5, d4, d3
            subs r0, r0, #1
            bne loop
            """, 6);

    /** Arguments: [iterations] [--no-qemu] [integer|vfp] (default: 30M iterations, both loops, with qemu). */
    public static void main(String[] args) throws Exception {
        long iterations = 30_000_000L;
        boolean withQemu = true;
        List<Loop> loops = List.of(INTEGER, VFP);
        for (String a : args) {
            if (a.equals("--no-qemu")) withQemu = false;
            else if (a.equals(INTEGER.name)) loops = List.of(INTEGER);
            else if (a.equals(VFP.name)) loops = List.of(VFP);
            else iterations = Long.parseLong(a);
        }
        // Wall-clock MIPS, and MIPS per second of the simulating thread's CPU time (which a
        // machine shared with other work depresses much less); best of three runs each.
        System.out.printf("%-8s %16s %16s %14s%n", "loop", "sim MIPS wall/cpu", "unchecked", "qemu-arm MIPS");
        for (Loop loop : loops) {
            double[] checked = simMips(loop, iterations, SimOptions.defaults());
            double[] unchecked = simMips(loop, iterations, SimOptions.defaults().unchecked());
            String qemu = "  skipped";
            if (withQemu) {
                try {
                    qemu = String.format("%14.0f", qemuMips(loop, iterations));
                } catch (Exception e) {
                    qemu = "  unavailable (" + e.getMessage() + ")";
                }
            }
            System.out.printf("%-8s %16s %16s %s%n", loop.name, pair(checked), pair(unchecked), qemu);
        }
    }

    private static String pair(double[] wallCpu) {
        return String.format("%.0f/%.0f", wallCpu[0], wallCpu[1]);
    }

    /** Best wall-clock and best thread-CPU-time MIPS over three runs of the loop. */
    static double[] simMips(Loop loop, long iterations, SimOptions options) {
        int[] words = TextAssembler.assemble(loop.setup + loop.body + "bx lr\n").words();
        MemoryMap map = new MemoryMap();
        GuestMemory code = GuestMemory.allocate(0x10000, 0x1000);
        for (int i = 0; i < words.length; i++) code.storeWord(0x10000 + 4 * i, words[i]);
        map.map("code", code, Access.RX);
        ArmSimulator sim = ArmSimulator.withStack(CpuModel.ARMV7_VFPV3_IDIV, map, new RuntimeCallTable(),
                options.withBudget(Long.MAX_VALUE));
        Signature sig = Signature.of(ArgType.VOID, ArgType.INT);
        for (int warm = 0; warm < 5; warm++) sim.call(0x10000, sig, 2_000_000);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] best = new double[2];
        for (int rep = 0; rep < 3; rep++) {
            long before = sim.instructionsExecuted();
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            sim.call(0x10000, sig, iterations);
            long t1 = System.nanoTime();
            long c1 = threads.getCurrentThreadCpuTime();
            long insns = sim.instructionsExecuted() - before;
            best[0] = Math.max(best[0], insns / ((t1 - t0) / 1e3));
            best[1] = Math.max(best[1], insns / ((c1 - c0) / 1e3));
        }
        return best;
    }

    static double qemuMips(Loop loop, long iterations) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("armjit-mips");
        try {
            double t1 = qemuSeconds(dir, loop, iterations / 4);
            double t2 = qemuSeconds(dir, loop, iterations);
            double insns = (double) (iterations - iterations / 4) * loop.insns;
            return insns / ((t2 - t1) * 1e6);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) Files.deleteIfExists(p);
            }
            Files.deleteIfExists(dir);
        }
    }

    private static double qemuSeconds(Path dir, Loop loop, long iterations) throws IOException, InterruptedException {
        String src = ".syntax unified\n.arm\n.global _start\n_start:\n"
                + String.format("movw r0, #0x%x\nmovt r0, #0x%x\n", iterations & 0xffff, (iterations >>> 16) & 0xffff)
                + loop.setup + loop.body + "mov r0, #0\nmov r7, #1\nsvc #0\n";
        Path s = dir.resolve(loop.name + ".s"), o = dir.resolve(loop.name + ".o"), exe = dir.resolve(loop.name);
        Files.writeString(s, src);
        exec(dir, "arm-linux-gnueabihf-as", "-march=armv7-a", "-mfpu=vfpv3-d16", "-o", o.toString(), s.toString());
        exec(dir, "arm-linux-gnueabihf-ld", "-o", exe.toString(), o.toString());
        double best = Double.MAX_VALUE;
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            exec(dir, "qemu-arm", "-cpu", "cortex-a15", exe.toString());
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static void exec(Path dir, String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) throw new IOException(String.join(" ", cmd) + " failed");
    }
}
