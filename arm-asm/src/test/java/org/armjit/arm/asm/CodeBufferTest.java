package org.armjit.arm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CodeBufferTest {
    @Test
    void forwardAndBackwardBranchesResolve() {
        ArmAssembler a = new ArmAssembler(Cpu.ARMV7_VFPV3);
        Label top = new Label();
        Label end = new Label();
        a.bind(top);
        a.b(Condition.EQ, end);
        a.add(Register.R0, Register.R0, ModifiedImmediate.tryEncode(1));
        a.b(Condition.AL, top);
        a.bind(end);
        int[] w = a.buffer().toArray();
        assertEquals("beq 0xc", Disassembler.disassemble(w[0], 0));
        assertEquals("b 0x0", Disassembler.disassemble(w[2], 8));
    }

    @Test
    void patchingABranchRetargetsItAndFlushesTheICache() {
        List<String> flushes = new ArrayList<>();
        CodeBuffer buf = new CodeBuffer(0x8000, (off, len) -> flushes.add(off + "+" + len));
        ArmAssembler a = new ArmAssembler(Cpu.ARMV7_VFPV3, buf);
        Label exit = new Label();
        a.b(Condition.NE, exit);
        a.nop(Condition.AL);
        a.bind(exit);
        a.bx(Condition.AL, Register.LR);
        buf.patchBranch(0, 4);
        assertEquals("bne 0x8004", Disassembler.disassemble(buf.word(0), 0x8000));
        assertEquals(List.of("0+4"), flushes);
        buf.patchBranchToAddress(0, 0x9000);
        assertEquals("bne 0x9000", Disassembler.disassemble(buf.word(0), 0x8000));
        buf.finish();
        assertEquals("0+12", flushes.get(2));
        assertThrows(IllegalArgumentException.class, () -> buf.patchBranch(4, 0));
    }

    @Test
    void wordLabelsHoldAbsoluteAddresses() {
        ArmAssembler a = new ArmAssembler(Cpu.ARMV7_VFPV3, new CodeBuffer(0x4000, ICacheFlusher.NONE));
        Label l = new Label();
        a.word(l);
        a.bind(l);
        assertEquals(0x4004, a.buffer().toArray()[0]);
    }

    @Test
    void formsAnOlderCpuLacksAreRefused() {
        ArmAssembler v5 = new ArmAssembler(Cpu.ARMV5TE);
        assertThrows(UnsupportedFeatureException.class, () -> v5.movw(Condition.AL, Register.R0, 1));
        assertThrows(UnsupportedFeatureException.class, () -> v5.vfp3(Condition.AL, VfpOp3.VADD, VfpRegister.d(0), VfpRegister.d(1), VfpRegister.d(2)));
        assertThrows(UnsupportedFeatureException.class, () -> v5.extend(Condition.AL, ExtendOp.UXTB, Register.R0, Register.R1, 0));
        ArmAssembler v6vfp2 = new ArmAssembler(Cpu.ARMV6_VFPV2);
        v6vfp2.extend(Condition.AL, ExtendOp.UXTB, Register.R0, Register.R1, 0);
        v6vfp2.vfp3(Condition.AL, VfpOp3.VADD, VfpRegister.d(0), VfpRegister.d(1), VfpRegister.d(2));
        assertThrows(UnsupportedFeatureException.class, () -> v6vfp2.vmovImm(Condition.AL, VfpRegister.d(0), VfpImmediate.tryEncode(1.0)));
        assertThrows(UnsupportedFeatureException.class, () -> v6vfp2.dmb(BarrierOption.SY));
        ArmAssembler v7 = new ArmAssembler(Cpu.ARMV7_VFPV3);
        assertThrows(UnsupportedFeatureException.class, () -> v7.sdiv(Condition.AL, Register.R0, Register.R1, Register.R2));
        new ArmAssembler(Cpu.ARMV7VE_VFPV3).sdiv(Condition.AL, Register.R0, Register.R1, Register.R2);
    }

    @Test
    void badOperandsFailTheirAssertions() {
        ArmAssembler a = new ArmAssembler(Cpu.ARMV7VE_VFPV3);
        assertThrows(AssertionError.class, () -> a.memImm(Condition.AL, MemOp.LDR, Register.R0, Register.R0, true, 4, IndexMode.PRE_INDEX));
        assertThrows(AssertionError.class, () -> a.memImm(Condition.AL, MemOp.LDR, Register.R0, Register.R1, true, 4096, IndexMode.OFFSET));
        assertThrows(AssertionError.class, () -> a.vfp3(Condition.AL, VfpOp3.VADD, VfpRegister.d(0), VfpRegister.s(1), VfpRegister.d(2)));
        assertThrows(AssertionError.class, () -> a.extraImm(Condition.AL, ExtraMemOp.LDRD, Register.R1, Register.R4, true, 0, IndexMode.OFFSET));
    }

    @Test
    void immediatesExistOnlyIfTheyEncode() {
        assertEquals(0x4ff, ModifiedImmediate.encode(0xff000000));
        assertEquals(true, ModifiedImmediate.of(0x101).isEmpty());
        assertEquals(0xc01, ModifiedImmediate.encode(0x100));
        assertEquals(0x70, VfpImmediate.tryEncode(1.0).imm8());
        assertEquals(null, VfpImmediate.tryEncode(0.0));
        assertEquals(null, VfpImmediate.tryEncode(0.1));
        assertEquals(31.0, VfpImmediate.decode(0x3f));
    }
}
