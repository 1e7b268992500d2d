package org.armjit.arm.asm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextAssemblerTest {
    @Test
    void labelsWordsAndComments() {
        Assembly a = TextAssembler.assemble(String.join("\n",
                ".syntax unified", ".arm", "start: mov r0, #0   @ counter", "loop:", "  add r0, r0, #1 // step",
                "  cmp r0, #10; bne loop", "  bx lr", "table: .word start, 0x12345678, table"));
        assertArrayEquals(new int[] {0xe3a00000, 0xe2800001, 0xe350000a, 0x1afffffc, 0xe12fff1e, 0, 0x12345678, 0x14}, a.words());
        assertEquals(4, a.address("loop"));
        assertEquals(0x14, a.address("table"));
        assertEquals("cmp r0, #10", a.text(2));
    }

    @Test
    void ldrEqualsUsesMovOrAPool() {
        Assembly a = TextAssembler.assemble("ldr r0, =1\nldr r1, =0xffffffff\nldr r2, =0x12345678\nldr r3, value\nbx lr\nvalue: .word 7\n");
        assertArrayEquals(new int[] {0xe3a00001, 0xe3e01000, 0xe59f2008, 0xe59f3000, 0xe12fff1e, 7, 0x12345678}, a.words());
        assertEquals(".word 0x12345678", a.text(6));
    }

    @Test
    void errorsNameTheLine() {
        AsmSyntaxException e = assertThrows(AsmSyntaxException.class, () -> TextAssembler.assemble("nop\n  frob r0, r1\n"));
        assertEquals("line 2: unknown instruction 'frob'", e.getMessage());
        assertEquals("line 1: immediate 0x101 cannot be encoded",
                assertThrows(AsmSyntaxException.class, () -> TextAssembler.assemble("orr r0, r0, #0x101")).getMessage());
        assertEquals("line 3: undefined label 'nowhere'",
                assertThrows(AsmSyntaxException.class, () -> TextAssembler.assemble("nop\nnop\nb nowhere\n")).getMessage());
        assertEquals(1, assertThrows(AsmSyntaxException.class, () -> TextAssembler.assemble("ldr r0, [r1, #4096]")).line());
        assertEquals(1, assertThrows(AsmSyntaxException.class, () -> TextAssembler.assemble("vadd.f64 d0, s1, d2")).line());
    }

    @Test
    void olderCpusRefuseNewerForms() {
        AsmSyntaxException e = assertThrows(AsmSyntaxException.class,
                () -> TextAssembler.assemble("movw r0, #1", Cpu.ARMV5TE, 0));
        assertEquals(1, e.line());
    }
}
