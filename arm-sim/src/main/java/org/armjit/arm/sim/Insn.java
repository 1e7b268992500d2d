package org.armjit.arm.sim;

/**
 * One decoded instruction, cached per address. {@code op} selects the executor case; the
 * other fields are operands whose meaning depends on {@code op} (see {@link Decoder}).
 */
final class Insn {
    // Executor cases.
    static final int UNDEF = 0, UNPRED = 1,
            DP_IMM = 2, DP_REG = 3, DP_RSR = 4, MOVW = 5, MOVT = 6,
            MUL = 7, MULL = 8, MULXY = 9, DIV = 10, CLZ = 11, EXTEND = 12, REV = 13,
            SAT = 14, QARITH = 15, PARALLEL = 16, SEL = 17, PKH = 18, BFI = 19, BFX = 20,
            MRS = 21, MSR = 22, LS_IMM = 23, LS_REG = 24, LSX = 25, BLOCK = 26,
            B = 27, BL = 28, BX = 29, BLX = 30, SVC = 31, BKPT = 32, NOP = 33,
            VARITH = 34, VMOV_IMM = 35, VUNARY = 36, VCMP = 37, VCVT_DS = 38, VCVT_IF = 39,
            VCVT_FI = 40, VLS = 41, VLSM = 42, VMOV_CS = 43, VMOV_C2 = 44, VMOV_SCALAR = 45,
            VMRS = 46, VMSR = 47, SAT16 = 48, USAD8 = 49;

    // Memory operation kinds for LS_IMM / LS_REG / LSX (field sub).
    static final int STR = 0, LDR = 1, STRB = 2, LDRB = 3, STRH = 4, LDRH = 5, LDRSB = 6,
            LDRSH = 7, LDRD = 8, STRD = 9;

    final int word;
    final int op;
    final int cond;
    int sub;
    int rd, rn, rm, rs, ra;
    int imm;
    /** Shift type (0 LSL, 1 LSR, 2 ASR, 3 ROR; 4 RRX) and amount for shifted register operands. */
    int shiftType, shiftAmount;
    /** Shifter carry-out of a modified immediate: -1 = unchanged, else 0/1. */
    int immCarry;
    boolean setFlags, index, add, writeback, dbl;
    String message;

    Insn(int word, int op, int cond) {
        this.word = word;
        this.op = op;
        this.cond = cond;
    }
}
