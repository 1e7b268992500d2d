package org.armjit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.armjit.arm.asm.AsmSyntaxException;
import org.armjit.arm.asm.Cpu;
import org.armjit.arm.asm.TextAssembler;
import org.armjit.arm.sim.Access;
import org.armjit.arm.sim.ArmSimulator;
import org.armjit.arm.sim.CpuModel;
import org.armjit.arm.sim.MemoryMap;
import org.armjit.arm.sim.SimFault;
import org.armjit.arm.sim.SimOptions;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.mem.GuestMemory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code armjit sim FILE.s...}: assembles each file and runs it in the ARM simulator from its
 * first instruction (all registers, APSR and FPSCR 0, sp at the top of a 1 MiB stack, lr a
 * return sentinel) until it returns to lr, then prints the registers. A fault prints its report
 * and exits 1.
 */
@Command(name = "sim", description = "Assemble ARM source files and run each in the ARM simulator, printing the final registers.")
public final class SimCommand implements Callable<Integer> {
    /** Where the code is loaded. */
    static final int CODE = 0x0001_0000;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE.s", description = "assembly sources (GNU syntax)")
    List<Path> files;

    @Option(names = "--cpu", defaultValue = "armv7", description = "armv7 (VFPv3-D16 + divide), armv7-nodiv, armv6 or armv5te (no FPU); default ${DEFAULT-VALUE}")
    String cpuName;

    @Option(names = "--budget", defaultValue = "100000000", description = "instruction budget per file; default ${DEFAULT-VALUE}")
    long budget;

    @Option(names = "--trace", description = "print every executed instruction")
    boolean trace;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        CpuModel cpu;
        Cpu asmCpu;
        switch (cpuName) {
            case "armv7": cpu = CpuModel.ARMV7_VFPV3_IDIV; asmCpu = Cpu.ARMV7VE_VFPV3; break;
            case "armv7-nodiv": cpu = CpuModel.ARMV7_VFPV3; asmCpu = Cpu.ARMV7_VFPV3; break;
            case "armv6": cpu = CpuModel.ARMV6_SOFT; asmCpu = Cpu.ARMV6; break;
            case "armv5te": cpu = CpuModel.ARMV5TE_SOFT; asmCpu = Cpu.ARMV5TE; break;
            default:
                err.println("armjit sim: unknown --cpu " + cpuName + " (armv7, armv7-nodiv, armv6, armv5te)");
                return 2;
        }
        for (Path file : files) {
            int status = runOne(file, cpu, asmCpu, out, err);
            if (status != 0) return status;
        }
        return 0;
    }

    private int runOne(Path file, CpuModel cpu, Cpu asmCpu, PrintWriter out, PrintWriter err) {
        int[] words;
        try {
            words = TextAssembler.assemble(AsmCommand.readSource(file), asmCpu, CODE).words();
        } catch (NoSuchFileException e) {
            err.println("armjit sim: " + file + ": no such file");
            return 1;
        } catch (IOException e) {
            err.println("armjit sim: " + file + ": " + e.getMessage());
            return 1;
        } catch (AsmSyntaxException e) {
            err.println(file + ":" + e.getMessage().replaceFirst("^line ", ""));
            return 1;
        } catch (RuntimeException e) {
            err.println("armjit sim: " + file + ": internal error in the assembler: " + e.getMessage());
            return 1;
        }
        MemoryMap map = new MemoryMap();
        GuestMemory code = GuestMemory.allocate(CODE, Math.max(4096, (words.length * 4 + 4095) & ~4095));
        for (int i = 0; i < words.length; i++) code.storeWord(CODE + 4 * i, words[i]);
        map.map("code", code, Access.RX);
        ArmSimulator sim = ArmSimulator.withStack(cpu, map, new RuntimeCallTable(), SimOptions.defaults().withBudget(budget));
        out.println("== " + file);
        if (trace) {
            out.flush();
            sim.setTrace(new PrintStream(new WriterOutputStream(out), true, StandardCharsets.UTF_8));
        }
        sim.setReg(14, ArmSimulator.RETURN_SENTINEL);
        try {
            sim.run(CODE, ArmSimulator.RETURN_SENTINEL, budget);
        } catch (SimFault f) {
            out.flush();
            err.print(f.report());
            err.flush();
            return 1;
        }
        for (int i = 0; i <= 12; i++) out.printf("r%d 0x%08x%n", i, sim.reg(i));
        out.printf("nzcv 0x%x%n", sim.nzcv());
        out.printf("fpscr 0x%08x%n", sim.fpscr());
        for (int i = 0; i < 16; i++) out.printf("d%d 0x%016x%n", i, sim.dreg(i));
        out.printf("insns %d%n", sim.instructionsExecuted());
        out.flush();
        return 0;
    }

    /** Bytes to the command's writer (trace lines are ASCII). */
    private static final class WriterOutputStream extends java.io.OutputStream {
        private final PrintWriter w;

        WriterOutputStream(PrintWriter w) { this.w = w; }

        @Override
        public void write(int b) { w.write(b & 0xff); }

        @Override
        public void flush() { w.flush(); }
    }
}
