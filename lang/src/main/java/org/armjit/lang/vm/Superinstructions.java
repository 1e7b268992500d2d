package org.armjit.lang.vm;

/**
 * Superinstructions: the interpreter runs a copy of each code array in which the first
 * instruction of a common sequence (LOAD_FAST LOAD_CONST BINARY_OP, COMPARE_OP
 * POP_JUMP_IF_FALSE, ...) is replaced by one fused instruction that does the whole
 * sequence in one dispatch. Only the first word changes: the fused instruction keeps the
 * first instruction's arg and reads the others' args from the words after it, which stay
 * the original instructions (sequences never overlap), so a jump into the middle of a
 * sequence, an exit from compiled code there, or a fused instruction that declines (its
 * fast path does not apply) and runs the plain instruction instead all see ordinary code.
 * Program counters, jump targets and line numbers are those of the plain code; the JIT's
 * recorder always sees the plain code.
 */
final class Superinstructions {
    private Superinstructions() {}

    /** Fused opcodes, above every {@link Op}. Names list the fused instructions. */
    static final int LOAD_FAST_LOAD_CONST_BINARY_OP = 100;
    static final int LOAD_FAST_LOAD_FAST_BINARY_OP = 101;
    static final int LOAD_FAST_LOAD_CONST_BINARY_SUBSCR = 102;
    static final int COMPARE_OP_POP_JUMP_IF_FALSE = 103;
    static final int LOAD_FAST_LOAD_FAST = 104;
    static final int LOAD_FAST_LOAD_CONST = 105;
    static final int BINARY_OP_STORE_FAST = 106;
    static final int LOAD_FAST_LOAD_ATTR = 107;
    static final int FOR_ITER_STORE_FAST = 108;
    static final int STORE_FAST_LOAD_FAST = 109;
    static final int LOAD_CONST_BINARY_OP = 110;

    /** Patterns, longest first: the fused opcode, then the plain opcodes it stands for. */
    private static final int[][] PATTERNS = {
        {LOAD_FAST_LOAD_CONST_BINARY_OP, Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY_OP},
        {LOAD_FAST_LOAD_FAST_BINARY_OP, Op.LOAD_FAST, Op.LOAD_FAST, Op.BINARY_OP},
        {LOAD_FAST_LOAD_CONST_BINARY_SUBSCR, Op.LOAD_FAST, Op.LOAD_CONST, Op.BINARY_SUBSCR},
        {COMPARE_OP_POP_JUMP_IF_FALSE, Op.COMPARE_OP, Op.POP_JUMP_IF_FALSE},
        {LOAD_FAST_LOAD_FAST, Op.LOAD_FAST, Op.LOAD_FAST},
        {LOAD_FAST_LOAD_CONST, Op.LOAD_FAST, Op.LOAD_CONST},
        {BINARY_OP_STORE_FAST, Op.BINARY_OP, Op.STORE_FAST},
        {LOAD_FAST_LOAD_ATTR, Op.LOAD_FAST, Op.LOAD_ATTR},
        {FOR_ITER_STORE_FAST, Op.FOR_ITER, Op.STORE_FAST},
        {STORE_FAST_LOAD_FAST, Op.STORE_FAST, Op.LOAD_FAST},
        {LOAD_CONST_BINARY_OP, Op.LOAD_CONST, Op.BINARY_OP},
    };

    /** The code to run: {@code code} with the first word of each matched sequence fused (greedily, left to right). */
    static int[] fuse(int[] code) {
        int[] quick = code.clone();
        int pc = 0;
        outer:
        while (pc < code.length) {
            for (int[] p : PATTERNS) {
                if (matches(code, pc, p)) {
                    quick[pc] = (code[pc] & ~0xff) | p[0];
                    pc += p.length - 1;
                    continue outer;
                }
            }
            pc++;
        }
        return quick;
    }

    private static boolean matches(int[] code, int pc, int[] pattern) {
        if (pc + pattern.length - 1 > code.length) return false;
        for (int i = 1; i < pattern.length; i++) {
            if ((code[pc + i - 1] & 0xff) != pattern[i]) return false;
        }
        return true;
    }
}
