package org.armjit.arm.sim;

/**
 * One decoded instruction, cached per address. {@code op} selects the generic executor case;
 * the other fields are operands whose meaning depends on {@code op} (see {@link Decoder}).
 * {@code kind} selects the run loop's pre-specialised case for frequent forms (see
 * {@link Specializer}), {@code K_GENERIC} for the rest.
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

    // Run-loop cases (field kind), chosen by Specializer. Suffix _I: immediate operand or
    // offset (in val, already negated/inverted as the case needs); _R: register operand
    // shifted left by shiftAmount. None of them reads or writes pc.
    static final int K_GENERIC = 0,
            K_MOV_I = 1, K_MOV_R = 2, K_MVN_R = 3, K_ADD_I = 4, K_ADD_R = 5, K_SUB_R = 6, K_RSB_I = 7,
            K_RSB_R = 8, K_AND_I = 9, K_AND_R = 10, K_BIC_R = 11, K_ORR_I = 12, K_ORR_R = 13,
            K_EOR_I = 14, K_EOR_R = 15, K_DP_SHIFTED = 16, K_MOVT = 17,
            K_CMP_I = 18, K_CMP_R = 19, K_CMN_I = 20, K_TST_I = 21, K_TST_R = 22,
            K_SUBS_I = 23, K_SUBS_R = 24, K_ADDS_I = 25, K_ADDS_R = 26, K_ANDS_I = 27,
            K_LDR_I = 28, K_STR_I = 29, K_LDRB_I = 30, K_STRB_I = 31, K_LDR_PRE = 32, K_STR_PRE = 33,
            K_LDR_POST = 34, K_STR_POST = 35, K_LDR_R = 36, K_STR_R = 37, K_LDRB_R = 38, K_STRB_R = 39,
            K_LDRH_I = 40, K_STRH_I = 41, K_LDRD_I = 42, K_STRD_I = 43,
            K_B = 44, K_BL = 45, K_BX = 46, K_NOP = 47,
            K_VADD_D = 48, K_VSUB_D = 49, K_VMUL_D = 50, K_VDIV_D = 51, K_VLDR_D = 52, K_VSTR_D = 53,
            K_VADD_F = 54, K_VSUB_F = 55, K_VMUL_F = 56, K_VDIV_F = 57, K_MUL = 58;

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
    /** Run-loop case and its pre-computed operand (see the K_ constants). */
    int kind, val;

    Insn(int word, int op, int cond) {
        this.word = word;
        this.op = op;
        this.cond = cond;
    }
}
