package org.armjit.lang.vm;

import org.armjit.lang.bytecode.Opcode;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Fusing replaces only the first word of each sequence, keeps its arg, and never overlaps sequences. */
class SuperinstructionsTest {
    private static int op(Opcode o, int arg) {
        return o.encode(arg);
    }

    @Test
    void theFirstWordOfASequenceBecomesTheFusedInstructionWithItsArg() {
        int[] code = {op(Opcode.LOAD_FAST, 3), op(Opcode.LOAD_CONST, 1), op(Opcode.BINARY_OP, 0), op(Opcode.RETURN_VALUE, 0)};
        int[] quick = Superinstructions.fuse(code);
        assertEquals(Superinstructions.LOAD_FAST_LOAD_CONST_BINARY_OP | 3 << 8, quick[0]);
        assertEquals(code[1], quick[1]);
        assertEquals(code[2], quick[2]);
        assertEquals(code[3], quick[3]);
    }

    @Test
    void longerPatternsWinAndSequencesDoNotOverlap() {
        int[] code = {op(Opcode.LOAD_FAST, 0), op(Opcode.LOAD_FAST, 1), op(Opcode.LOAD_FAST, 2), op(Opcode.LOAD_FAST, 3),
                op(Opcode.BINARY_OP, 0), op(Opcode.STORE_FAST, 4)};
        int[] quick = Superinstructions.fuse(code);
        assertEquals(Superinstructions.LOAD_FAST_LOAD_FAST, quick[0] & 0xff);
        assertEquals(code[1], quick[1]);
        assertEquals(Superinstructions.LOAD_FAST_LOAD_FAST_BINARY_OP | 2 << 8, quick[2]);
        assertEquals(code[3], quick[3]);
        assertEquals(code[4], quick[4]);
        assertEquals(Opcode.STORE_FAST.ordinal(), quick[5] & 0xff, "a lone STORE_FAST stays plain");
    }

    @Test
    void aSequenceCutByTheEndOfTheCodeIsNotFused() {
        int[] code = {op(Opcode.RETURN_VALUE, 0), op(Opcode.COMPARE_OP, 2)};
        assertArrayEquals(code, Superinstructions.fuse(code));
    }

    @Test
    void theOriginalCodeIsLeftAlone() {
        int[] code = {op(Opcode.COMPARE_OP, 0), op(Opcode.POP_JUMP_IF_FALSE, 9)};
        int[] copy = code.clone();
        int[] quick = Superinstructions.fuse(code);
        assertArrayEquals(copy, code);
        assertEquals(Superinstructions.COMPARE_OP_POP_JUMP_IF_FALSE, quick[0] & 0xff);
    }

    @Test
    void fusedOpcodesAreAboveEveryPlainOne() {
        assertEquals(true, Superinstructions.LOAD_FAST_LOAD_CONST_BINARY_OP > Opcode.values().length);
    }
}
