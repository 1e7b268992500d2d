package org.armjit.arm.asm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Constants and immediates: checked by evaluating the emitted words with a tiny model of the few instructions used. */
class MacroAssemblerTest {
    private static List<String> text(ArmAssembler a) {
        a.buffer().finish();
        int[] w = a.buffer().toArray();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            out.add(Disassembler.disassemble(w[i], 4 * i));
        }
        return out;
    }

    @Test
    void constantsUseFewestInstructionsOnArmv7() {
        MacroAssembler m = new MacroAssembler(Cpu.ARMV7_VFPV3);
        m.mov32(Condition.AL, Register.R0, 0xff000000);
        m.mov32(Condition.AL, Register.R1, -1);
        m.mov32(Condition.AL, Register.R2, 0x1234);
        m.mov32(Condition.AL, Register.R3, 0x12345678);
        assertEquals(List.of("mov r0, #-16777216", "mvn r1, #0", "movw r2, #4660", "movw r3, #22136", "movt r3, #4660"), text(m));
    }

    @Test
    void constantsUseTheLiteralPoolOnArmv5() {
        MacroAssembler m = new MacroAssembler(Cpu.ARMV5TE);
        m.mov32(Condition.AL, Register.R0, 0x12345678);
        m.mov32(Condition.AL, Register.R1, 0x12345678);
        m.bx(Condition.AL, Register.LR);
        assertEquals(List.of("ldr r0, [pc, #4]", "ldr r1, [pc]", "bx lr"), text(m).subList(0, 3));
        assertEquals(0x12345678, m.buffer().toArray()[3], "one shared pool entry after the code");
        assertEquals(4, m.buffer().toArray().length);
    }

    @Test
    void aLongBlockGetsItsPoolPlacedWithinLdrRange() {
        MacroAssembler m = new MacroAssembler(Cpu.ARMV5TE);
        m.mov32(Condition.AL, Register.R0, 0x12345678);
        for (int i = 0; i < 2000; i++) {
            m.mov(Register.R1, Register.R2);
        }
        m.buffer().finish();
        int[] w = m.buffer().toArray();
        int offset = w[0] & 0xfff;
        assertEquals(0x12345678, w[(8 + offset) / 4], "the load reaches its literal");
        assertEquals(true, 8 + offset < 4096);
        // the pool is jumped over
        String branch = Disassembler.disassemble(w[(8 + offset) / 4 - 1], 8 + offset - 4);
        assertEquals("b 0x" + Integer.toHexString(8 + offset + 4), branch);
    }

    @Test
    void largeImmediatesInAddAndCmp() {
        MacroAssembler m = new MacroAssembler(Cpu.ARMV7_VFPV3);
        m.addImmediate(Condition.AL, false, Register.R0, Register.R1, 0x10004);
        m.subImmediate(Condition.AL, false, Register.R0, Register.R0, 1);
        m.addImmediate(Condition.AL, false, Register.R0, Register.R0, 0x12345678);
        m.cmpImmediate(Condition.AL, Register.R0, -1);
        m.cmpImmediate(Condition.AL, Register.R0, 0x12345);
        assertEquals(List.of("add r0, r1, #4", "add r0, r0, #65536", "sub r0, r0, #1",
                "movw ip, #22136", "movt ip, #4660", "add r0, r0, ip", "cmn r0, #1",
                "movw ip, #9029", "movt ip, #1", "cmp r0, ip"), text(m));
    }

    @Property(tries = 300)
    void mov32LoadsEveryValue(@ForAll int value) {
        for (Cpu cpu : new Cpu[] {Cpu.ARMV5TE, Cpu.ARMV7_VFPV3}) {
            MacroAssembler m = new MacroAssembler(cpu);
            m.mov32(Condition.AL, Register.R0, value);
            m.buffer().finish();
            int[] w = m.buffer().toArray();
            assertEquals(value, evalR0(w), cpu + " " + Integer.toHexString(value));
        }
    }

    /** Evaluates mov/mvn imm, movw/movt and ldr [pc, #imm] into r0. */
    private static int evalR0(int[] w) {
        int r0 = 0;
        for (int i = 0; i < w.length; i++) {
            int x = w[i];
            if ((x & 0x0fe00000) == 0x03a00000) {
                r0 = ModifiedImmediate.decode(x & 0xfff);
            } else if ((x & 0x0fe00000) == 0x03e00000) {
                r0 = ~ModifiedImmediate.decode(x & 0xfff);
            } else if ((x & 0x0ff00000) == 0x03000000) {
                r0 = (x >>> 4) & 0xf000 | x & 0xfff;
            } else if ((x & 0x0ff00000) == 0x03400000) {
                r0 = (r0 & 0xffff) | ((x >>> 4) & 0xf000 | x & 0xfff) << 16;
            } else if ((x & 0x0f7f0000) == 0x051f0000) {
                int off = x & 0xfff;
                return w[(4 * i + 8 + ((x & 0x00800000) != 0 ? off : -off)) / 4];
            } else {
                return r0;
            }
        }
        return r0;
    }

    @Test
    void farBranchesGoThroughALiteral() {
        MacroAssembler m = new MacroAssembler(Cpu.ARMV7_VFPV3, new CodeBuffer(0x1000, ICacheFlusher.NONE));
        m.branchFar(Condition.AL, false, 0x2000);
        m.branchFar(Condition.NE, true, 0x7000_0000);
        int[] w = m.buffer().toArray();
        assertEquals("b 0x2000", Disassembler.disassemble(w[0], 0x1000));
        assertEquals("beq 0x1014", Disassembler.disassemble(w[1], 0x1004));
        assertEquals("add lr, pc, #4", Disassembler.disassemble(w[2], 0x1008));
        assertEquals("ldr pc, [pc, #-4]", Disassembler.disassemble(w[3], 0x100c));
        assertEquals(0x70000000, w[4]);
    }
}
