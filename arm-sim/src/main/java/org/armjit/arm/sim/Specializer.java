package org.armjit.arm.sim;

/**
 * Chooses the run loop's pre-specialised case ({@link Insn#kind}) for the frequent forms of a
 * decoded instruction, so that they execute with one dispatch and no operand-form tests.
 * Everything else, and every form that reads or writes pc, stays {@link Insn#K_GENERIC} and
 * goes through the generic executor, which remains the reference for all semantics.
 */
final class Specializer {
    private Specializer() {}

    private static final int PC = 15;
    // Data-processing opcodes (ARM ARM A5.2.1).
    private static final int AND = 0, EOR = 1, SUB = 2, RSB = 3, ADD = 4, TST = 8, CMP = 10, CMN = 11,
            ORR = 12, MOV = 13, BIC = 14, MVN = 15;

    /**
     * @param armv6 whether the CPU has ARMv6 unaligned access: before it, word and halfword
     *              transfers rotate or fault on unaligned addresses, which only the generic
     *              executor models, so their specialised kinds are not used
     */
    static void specialize(Insn i, boolean armv6) {
        int kind = kindOf(i);
        if (!armv6 && isWordOrHalfTransfer(kind)) kind = Insn.K_GENERIC;
        i.kind = kind;
    }

    private static boolean isWordOrHalfTransfer(int kind) {
        switch (kind) {
            case Insn.K_LDR_I: case Insn.K_STR_I: case Insn.K_LDR_PRE: case Insn.K_STR_PRE:
            case Insn.K_LDR_POST: case Insn.K_STR_POST: case Insn.K_LDR_R: case Insn.K_STR_R:
            case Insn.K_LDRH_I: case Insn.K_STRH_I:
                return true;
            default:
                return false;
        }
    }

    private static int kindOf(Insn i) {
        switch (i.op) {
            case Insn.DP_IMM: return i.setFlags ? dpImmFlags(i) : dpImm(i);
            case Insn.DP_REG: return i.setFlags ? dpRegFlags(i) : dpReg(i);
            case Insn.MOVW:
                i.val = i.imm;
                return Insn.K_MOV_I;
            case Insn.MOVT: return Insn.K_MOVT;
            case Insn.MUL: return i.sub == 0 && !i.setFlags ? Insn.K_MUL : Insn.K_GENERIC;
            case Insn.LS_IMM: return loadStoreImm(i);
            case Insn.LS_REG: return loadStoreReg(i);
            case Insn.LSX: return extraLoadStore(i);
            case Insn.B: return Insn.K_B;
            case Insn.BL: return Insn.K_BL;
            case Insn.BX: return i.rm == PC ? Insn.K_GENERIC : Insn.K_BX;
            case Insn.NOP: return Insn.K_NOP;
            case Insn.VARITH: return vfpArith(i);
            case Insn.VLS:
                if (!i.dbl || i.rn == PC) return Insn.K_GENERIC;
                return i.setFlags ? Insn.K_VLDR_D : Insn.K_VSTR_D;
            default: return Insn.K_GENERIC;
        }
    }

    private static int dpImm(Insn i) {
        if (i.rd == PC || i.rn == PC) return Insn.K_GENERIC;
        int imm = i.imm;
        switch (i.sub) {
            case AND: i.val = imm; return Insn.K_AND_I;
            case BIC: i.val = ~imm; return Insn.K_AND_I;
            case EOR: i.val = imm; return Insn.K_EOR_I;
            case ORR: i.val = imm; return Insn.K_ORR_I;
            case ADD: i.val = imm; return Insn.K_ADD_I;
            case SUB: i.val = -imm; return Insn.K_ADD_I;
            case RSB: i.val = imm; return Insn.K_RSB_I;
            case MOV: i.val = imm; return Insn.K_MOV_I;
            case MVN: i.val = ~imm; return Insn.K_MOV_I;
            default: return Insn.K_GENERIC; // ADC, SBC, RSC read the carry
        }
    }

    private static int dpImmFlags(Insn i) {
        if (i.rn == PC) return Insn.K_GENERIC; // rd == pc with S is unpredictable (decoder)
        i.val = i.imm;
        switch (i.sub) {
            case CMP: return Insn.K_CMP_I;
            case CMN: return Insn.K_CMN_I;
            case TST: return Insn.K_TST_I;
            case SUB: return Insn.K_SUBS_I;
            case ADD: return Insn.K_ADDS_I;
            case AND: return Insn.K_ANDS_I;
            default: return Insn.K_GENERIC;
        }
    }

    private static int dpReg(Insn i) {
        if (i.rd == PC || i.rn == PC || i.rm == PC) return Insn.K_GENERIC;
        if (i.shiftType != 0) return Insn.K_DP_SHIFTED;
        switch (i.sub) {
            case AND: return Insn.K_AND_R;
            case BIC: return Insn.K_BIC_R;
            case EOR: return Insn.K_EOR_R;
            case ORR: return Insn.K_ORR_R;
            case ADD: return Insn.K_ADD_R;
            case SUB: return Insn.K_SUB_R;
            case RSB: return Insn.K_RSB_R;
            case MOV: return Insn.K_MOV_R;
            case MVN: return Insn.K_MVN_R;
            default: return Insn.K_DP_SHIFTED;
        }
    }

    private static int dpRegFlags(Insn i) {
        if (i.rn == PC || i.rm == PC || i.shiftType != 0) return Insn.K_GENERIC;
        switch (i.sub) {
            case CMP: return Insn.K_CMP_R;
            case SUB: return Insn.K_SUBS_R;
            case ADD: return Insn.K_ADDS_R;
            // A logical op's C flag is the shifter carry-out, unchanged only for LSL #0.
            case TST: return i.shiftAmount == 0 ? Insn.K_TST_R : Insn.K_GENERIC;
            default: return Insn.K_GENERIC;
        }
    }

    private static int loadStoreImm(Insn i) {
        if (i.rd == PC || i.rn == PC) return Insn.K_GENERIC;
        i.val = i.add ? i.imm : -i.imm;
        boolean word = i.sub == Insn.LDR || i.sub == Insn.STR;
        boolean load = i.sub == Insn.LDR || i.sub == Insn.LDRB;
        if (!i.writeback) {
            if (word) return load ? Insn.K_LDR_I : Insn.K_STR_I;
            return load ? Insn.K_LDRB_I : Insn.K_STRB_I;
        }
        if (!word) return Insn.K_GENERIC;
        if (i.index) return load ? Insn.K_LDR_PRE : Insn.K_STR_PRE;
        return load ? Insn.K_LDR_POST : Insn.K_STR_POST;
    }

    private static int loadStoreReg(Insn i) {
        if (i.rd == PC || i.rn == PC || i.writeback || i.shiftType != 0) return Insn.K_GENERIC;
        switch (i.sub) {
            case Insn.LDR: return Insn.K_LDR_R;
            case Insn.STR: return Insn.K_STR_R;
            case Insn.LDRB: return Insn.K_LDRB_R;
            default: return Insn.K_STRB_R;
        }
    }

    private static int extraLoadStore(Insn i) {
        if (i.rm >= 0 || i.writeback || i.rn == PC || i.rd == PC) return Insn.K_GENERIC;
        i.val = i.add ? i.imm : -i.imm;
        switch (i.sub) {
            case Insn.LDRH: return Insn.K_LDRH_I;
            case Insn.STRH: return Insn.K_STRH_I;
            case Insn.LDRD: return Insn.K_LDRD_I;
            case Insn.STRD: return Insn.K_STRD_I;
            default: return Insn.K_GENERIC;
        }
    }

    /** VARITH sub: 4 VMUL, 6 VADD, 7 VSUB, 8 VDIV (see {@link Vfpu#arithD}). */
    private static int vfpArith(Insn i) {
        switch (i.sub) {
            case 4: return i.dbl ? Insn.K_VMUL_D : Insn.K_VMUL_F;
            case 6: return i.dbl ? Insn.K_VADD_D : Insn.K_VADD_F;
            case 7: return i.dbl ? Insn.K_VSUB_D : Insn.K_VSUB_F;
            case 8: return i.dbl ? Insn.K_VDIV_D : Insn.K_VDIV_F;
            default: return Insn.K_GENERIC;
        }
    }
}
