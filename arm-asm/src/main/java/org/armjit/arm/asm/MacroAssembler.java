package org.armjit.arm.asm;

/**
 * Instruction selection above {@link ArmAssembler}: any 32-bit constant in the fewest instructions the
 * target allows, add/sub/cmp with any immediate, branches of any range. Uses {@link #scratch()}
 * (ip by default) when a constant must go through a register.
 */
public class MacroAssembler extends ArmAssembler {
    private Register scratch = Register.IP;

    public MacroAssembler(Cpu cpu) {
        super(cpu);
    }

    public MacroAssembler(Cpu cpu, CodeBuffer buffer) {
        super(cpu, buffer);
    }

    public Register scratch() {
        return scratch;
    }

    public void setScratch(Register r) {
        scratch = r;
    }

    /**
     * rd = value: MOV or MVN immediate (1 instruction), else MOVW (+ MOVT) on ARMv6T2 and later
     * (1-2), else a literal-pool load on ARMv5/v6 (1 instruction + a pool word).
     */
    public void mov32(Condition c, Register rd, int value) {
        ModifiedImmediate imm = ModifiedImmediate.tryEncode(value);
        if (imm != null) {
            mov(c, rd, imm);
            return;
        }
        imm = ModifiedImmediate.tryEncode(~value);
        if (imm != null) {
            mvn(c, rd, imm);
            return;
        }
        if (cpu.has(ArchFeature.ARMV6T2)) {
            movw(c, rd, value & 0xffff);
            if ((value >>> 16) != 0) {
                movt(c, rd, value >>> 16);
            }
            return;
        }
        ldrLiteral(c, rd, value);
    }

    /** How many instructions {@link #mov32} emits for {@code value} on this CPU (pool words not counted). */
    public int mov32Length(int value) {
        if (ModifiedImmediate.isEncodable(value) || ModifiedImmediate.isEncodable(~value)) {
            return 1;
        }
        if (cpu.has(ArchFeature.ARMV6T2)) {
            return (value >>> 16) != 0 ? 2 : 1;
        }
        return 1;
    }

    /** rd = rn + value (flags set with {@code s}) for any value. */
    public void addImmediate(Condition c, boolean s, Register rd, Register rn, int value) {
        arithmetic(c, s, DataOp.ADD, DataOp.SUB, rd, rn, value);
    }

    /** rd = rn - value for any value. */
    public void subImmediate(Condition c, boolean s, Register rd, Register rn, int value) {
        arithmetic(c, s, DataOp.SUB, DataOp.ADD, rd, rn, value);
    }

    private void arithmetic(Condition c, boolean s, DataOp op, DataOp negOp, Register rd, Register rn, int value) {
        ModifiedImmediate imm = ModifiedImmediate.tryEncode(value);
        if (imm != null) {
            dataImm(c, op, s, rd, rn, imm);
            return;
        }
        imm = ModifiedImmediate.tryEncode(-value);
        if (imm != null) {
            dataImm(c, negOp, s, rd, rn, imm);
            return;
        }
        // two chunks of one sign (flags only make sense from the last instruction, so not with s)
        if (!s && (twoChunks(c, op, rd, rn, value) || twoChunks(c, negOp, rd, rn, -value))) {
            return;
        }
        Register tmp = rd != rn && rd != Register.PC ? rd : scratch;
        if (tmp == rn) {
            throw new IllegalStateException("no free register for the constant: rd = rn = scratch");
        }
        mov32(c, tmp, value);
        dataReg(c, op, s, rd, rn, tmp, Shift.LSL, 0);
    }

    /** Splits value into two modified immediates (low chunk at an even bit position, then the rest). */
    private boolean twoChunks(Condition c, DataOp op, Register rd, Register rn, int value) {
        if (value == 0) {
            return false;
        }
        int low = Integer.numberOfTrailingZeros(value) & ~1;
        int first = value & (0xff << low);
        int rest = value - first;
        ModifiedImmediate a = ModifiedImmediate.tryEncode(first);
        ModifiedImmediate b = ModifiedImmediate.tryEncode(rest);
        if (a == null || b == null) {
            return false;
        }
        dataImm(c, op, false, rd, rn, a);
        dataImm(c, op, false, rd, rd, b);
        return true;
    }

    /** Compares rn with any value: CMP or CMN immediate, else through the scratch register. */
    public void cmpImmediate(Condition c, Register rn, int value) {
        ModifiedImmediate imm = ModifiedImmediate.tryEncode(value);
        if (imm != null) {
            dataImm(c, DataOp.CMP, true, Register.R0, rn, imm);
            return;
        }
        imm = ModifiedImmediate.tryEncode(-value);
        if (imm != null) {
            dataImm(c, DataOp.CMN, true, Register.R0, rn, imm);
            return;
        }
        if (rn == scratch) {
            throw new IllegalStateException("cannot compare the scratch register with a large constant");
        }
        mov32(c, scratch, value);
        dataReg(c, DataOp.CMP, true, Register.R0, rn, scratch, Shift.LSL, 0);
    }

    /**
     * Branch (with link if {@code link}) to any absolute address: B/BL when in the +-32 MB range, else
     * {@code ldr pc, [pc, #-4]; .word target} (after {@code add lr, pc, #4} for a call, and behind an
     * inverted-condition branch when conditional). Returns the offset of the first instruction.
     */
    public int branchFar(Condition c, boolean link, int targetAddress) {
        int start = position();
        if (canBranchTo(targetAddress)) {
            if (link) {
                blToAddress(c, targetAddress);
            } else {
                bToAddress(c, targetAddress);
            }
            return start;
        }
        buffer.blockPool();
        try {
            Label skip = null;
            if (c != Condition.AL) {
                skip = new Label();
                b(c.invert(), skip);
            }
            if (link) {
                // lr = address after the literal word (pc reads 8 ahead: add lr, pc, #4 -> after ldr + word)
                dataImm(Condition.AL, DataOp.ADD, false, Register.LR, Register.PC, ModifiedImmediate.tryEncode(4));
            }
            memImm(Condition.AL, MemOp.LDR, Register.PC, Register.PC, false, 4, IndexMode.OFFSET);
            word(targetAddress);
            if (skip != null) {
                bind(skip);
            }
        } finally {
            buffer.unblockPool();
        }
        return start;
    }

    /** {@code nop} for any CPU: the hint on ARMv6T2+, {@code mov r0, r0} before. */
    public void nopAny() {
        if (cpu.has(ArchFeature.ARMV6T2)) {
            nop(Condition.AL);
        } else {
            mov(Register.R0, Register.R0);
        }
    }
}
