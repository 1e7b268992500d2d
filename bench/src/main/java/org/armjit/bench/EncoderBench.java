package org.armjit.bench;

import java.util.concurrent.TimeUnit;
import org.armjit.arm.asm.ArmAssembler;
import org.armjit.arm.asm.Condition;
import org.armjit.arm.asm.Cpu;
import org.armjit.arm.asm.DataOp;
import org.armjit.arm.asm.ExtraMemOp;
import org.armjit.arm.asm.IndexMode;
import org.armjit.arm.asm.MemOp;
import org.armjit.arm.asm.ModifiedImmediate;
import org.armjit.arm.asm.Register;
import org.armjit.arm.asm.Shift;
import org.armjit.arm.asm.VfpOp3;
import org.armjit.arm.asm.VfpRegister;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Encoder throughput: instructions encoded per second (a mix of the forms a trace backend emits). */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EncoderBench {
    static final int ROUNDS = 128;
    static final int PER_ROUND = 8;

    ArmAssembler asm;
    ModifiedImmediate one;
    ModifiedImmediate big;

    @Setup
    public void setup() {
        asm = new ArmAssembler(Cpu.ARMV7VE_VFPV3);
        one = ModifiedImmediate.tryEncode(1);
        big = ModifiedImmediate.tryEncode(0xff000000);
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS * PER_ROUND)
    public int encodeMix() {
        ArmAssembler a = asm;
        a.buffer().reset();
        for (int i = 0; i < ROUNDS; i++) {
            a.dataImm(Condition.AL, DataOp.ADD, true, Register.R0, Register.R1, one);
            a.dataReg(Condition.NE, DataOp.SUB, false, Register.R2, Register.R3, Register.R4, Shift.LSL, 2);
            a.memImm(Condition.AL, MemOp.LDR, Register.R5, Register.R6, true, 8, IndexMode.OFFSET);
            a.extraImm(Condition.AL, ExtraMemOp.STRH, Register.R7, Register.R8, false, 2, IndexMode.PRE_INDEX);
            a.movw(Condition.AL, Register.R9, 0x1234);
            a.dataImm(Condition.AL, DataOp.CMP, true, Register.R0, Register.R1, big);
            a.vfp3(Condition.AL, VfpOp3.VADD, VfpRegister.d(0), VfpRegister.d(1), VfpRegister.d(2));
            a.mul(Condition.AL, false, Register.R0, Register.R1, Register.R2);
        }
        return a.position();
    }
}
