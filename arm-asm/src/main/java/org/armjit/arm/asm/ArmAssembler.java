package org.armjit.arm.asm;

/**
 * A32 + VFP encoder: one method per instruction form, each emitting exactly one word into a
 * {@link CodeBuffer} (PUSH/POP of one register emit the single STR/LDR GNU as emits). Encoding only:
 * no instruction selection (that is {@link MacroAssembler}'s job). Each form checks that the
 * configured {@link Cpu} has the {@link ArchFeature} it needs and throws
 * {@link UnsupportedFeatureException} otherwise; operand constraints are checked by
 * {@code assert verify...()} so they cost nothing with assertions off.
 */
public class ArmAssembler {
    protected final CodeBuffer buffer;
    protected final Cpu cpu;
    private final int cpuBits;

    public ArmAssembler(Cpu cpu) {
        this(cpu, new CodeBuffer());
    }

    public ArmAssembler(Cpu cpu, CodeBuffer buffer) {
        this.cpu = cpu;
        this.cpuBits = cpu.bits();
        this.buffer = buffer;
    }

    public CodeBuffer buffer() {
        return buffer;
    }

    public Cpu cpu() {
        return cpu;
    }

    /** Byte offset of the next instruction. */
    public int position() {
        return buffer.position();
    }

    public void bind(Label label) {
        buffer.bind(label);
    }

    private void require(ArchFeature f, String form) {
        if ((cpuBits & f.bit()) == 0) {
            throw new UnsupportedFeatureException(form, f, cpu);
        }
    }

    /** Emits a raw word ({@code .word}). */
    public void word(int value) {
        buffer.emit(value);
    }

    /** Emits a word holding the absolute address of {@code label} ({@code .word label}). */
    public void word(Label label) {
        buffer.emit(0);
        buffer.use(label, buffer.position() - 4, CodeBuffer.FIXUP_ABS32);
    }

    // ---------------------------------------------------------------- data processing

    /** {@code op{s}{cond} rd, rn, #imm}. MOV/MVN ignore rn, comparisons ignore rd and always set flags. */
    public void dataImm(Condition c, DataOp op, boolean s, Register rd, Register rn, ModifiedImmediate imm) {
        buffer.emit(c.bits() | 0x02000000 | dataBits(op, s, rd, rn) | imm.field());
    }

    /** {@code op{s}{cond} rd, rn, rm{, shift #amount}}. */
    public void dataReg(Condition c, DataOp op, boolean s, Register rd, Register rn, Register rm, Shift shift, int amount) {
        assert verifyShift(shift, amount);
        buffer.emit(c.bits() | dataBits(op, s, rd, rn) | shift.imm5(amount) << 7 | shift.type() << 5 | rm.code());
    }

    /** {@code op{s}{cond} rd, rn, rm, shift rs}. */
    public void dataRegShifted(Condition c, DataOp op, boolean s, Register rd, Register rn, Register rm, Shift shift, Register rs) {
        assert verifyNotPc("register-shifted register operands", rd, rn, rm, rs) && verify(shift != Shift.RRX, "rrx takes no register");
        buffer.emit(c.bits() | dataBits(op, s, rd, rn) | rs.code() << 8 | shift.type() << 5 | 0x10 | rm.code());
    }

    private static int dataBits(DataOp op, boolean s, Register rd, Register rn) {
        int b = op.code() << 21;
        if (op.isComparison()) {
            return b | 1 << 20 | rn.code() << 16;
        }
        b |= (s ? 1 << 20 : 0) | rd.code() << 12;
        return op.isMove() ? b : b | rn.code() << 16;
    }

    public void add(Register rd, Register rn, ModifiedImmediate imm) {
        dataImm(Condition.AL, DataOp.ADD, false, rd, rn, imm);
    }

    public void add(Register rd, Register rn, Register rm) {
        dataReg(Condition.AL, DataOp.ADD, false, rd, rn, rm, Shift.LSL, 0);
    }

    public void sub(Register rd, Register rn, ModifiedImmediate imm) {
        dataImm(Condition.AL, DataOp.SUB, false, rd, rn, imm);
    }

    public void sub(Register rd, Register rn, Register rm) {
        dataReg(Condition.AL, DataOp.SUB, false, rd, rn, rm, Shift.LSL, 0);
    }

    public void mov(Register rd, Register rm) {
        dataReg(Condition.AL, DataOp.MOV, false, rd, Register.R0, rm, Shift.LSL, 0);
    }

    public void mov(Condition c, Register rd, ModifiedImmediate imm) {
        dataImm(c, DataOp.MOV, false, rd, Register.R0, imm);
    }

    public void mvn(Condition c, Register rd, ModifiedImmediate imm) {
        dataImm(c, DataOp.MVN, false, rd, Register.R0, imm);
    }

    public void cmp(Register rn, ModifiedImmediate imm) {
        dataImm(Condition.AL, DataOp.CMP, true, Register.R0, rn, imm);
    }

    public void cmp(Register rn, Register rm) {
        dataReg(Condition.AL, DataOp.CMP, true, Register.R0, rn, rm, Shift.LSL, 0);
    }

    /** {@code movw{cond} rd, #imm16} (ARMv6T2). */
    public void movw(Condition c, Register rd, int imm16) {
        require(ArchFeature.ARMV6T2, "movw");
        assert verifyNotPc("movw", rd) && verifyRange("movw immediate", imm16, 0, 0xffff);
        buffer.emit(c.bits() | 0x03000000 | (imm16 & 0xf000) << 4 | rd.code() << 12 | imm16 & 0xfff);
    }

    /** {@code movt{cond} rd, #imm16} (ARMv6T2). */
    public void movt(Condition c, Register rd, int imm16) {
        require(ArchFeature.ARMV6T2, "movt");
        assert verifyNotPc("movt", rd) && verifyRange("movt immediate", imm16, 0, 0xffff);
        buffer.emit(c.bits() | 0x03400000 | (imm16 & 0xf000) << 4 | rd.code() << 12 | imm16 & 0xfff);
    }

    // ---------------------------------------------------------------- multiply, divide, misc

    /** {@code mul{s}{cond} rd, rn, rm}. */
    public void mul(Condition c, boolean s, Register rd, Register rn, Register rm) {
        assert verifyNotPc("mul", rd, rn, rm);
        buffer.emit(c.bits() | (s ? 1 << 20 : 0) | rd.code() << 16 | rm.code() << 8 | 0x90 | rn.code());
    }

    /** {@code mla{s}{cond} rd, rn, rm, ra}: rd = rn * rm + ra. */
    public void mla(Condition c, boolean s, Register rd, Register rn, Register rm, Register ra) {
        assert verifyNotPc("mla", rd, rn, rm, ra);
        buffer.emit(c.bits() | 0x00200000 | (s ? 1 << 20 : 0) | rd.code() << 16 | ra.code() << 12 | rm.code() << 8 | 0x90 | rn.code());
    }

    /** {@code mls{cond} rd, rn, rm, ra}: rd = ra - rn * rm (ARMv6T2). */
    public void mls(Condition c, Register rd, Register rn, Register rm, Register ra) {
        require(ArchFeature.ARMV6T2, "mls");
        assert verifyNotPc("mls", rd, rn, rm, ra);
        buffer.emit(c.bits() | 0x00600000 | rd.code() << 16 | ra.code() << 12 | rm.code() << 8 | 0x90 | rn.code());
    }

    public void umull(Condition c, boolean s, Register rdLo, Register rdHi, Register rn, Register rm) {
        longMultiply(c, 0x00800090, s, rdLo, rdHi, rn, rm);
    }

    public void umlal(Condition c, boolean s, Register rdLo, Register rdHi, Register rn, Register rm) {
        longMultiply(c, 0x00a00090, s, rdLo, rdHi, rn, rm);
    }

    public void smull(Condition c, boolean s, Register rdLo, Register rdHi, Register rn, Register rm) {
        longMultiply(c, 0x00c00090, s, rdLo, rdHi, rn, rm);
    }

    public void smlal(Condition c, boolean s, Register rdLo, Register rdHi, Register rn, Register rm) {
        longMultiply(c, 0x00e00090, s, rdLo, rdHi, rn, rm);
    }

    private void longMultiply(Condition c, int pattern, boolean s, Register rdLo, Register rdHi, Register rn, Register rm) {
        assert verifyNotPc("long multiply", rdLo, rdHi, rn, rm) && verify(rdLo != rdHi, "RdLo and RdHi must differ");
        buffer.emit(c.bits() | pattern | (s ? 1 << 20 : 0) | rdHi.code() << 16 | rdLo.code() << 12 | rm.code() << 8 | rn.code());
    }

    /** {@code sdiv{cond} rd, rn, rm} (IDIV). */
    public void sdiv(Condition c, Register rd, Register rn, Register rm) {
        require(ArchFeature.IDIV, "sdiv");
        assert verifyNotPc("sdiv", rd, rn, rm);
        buffer.emit(c.bits() | 0x0710f010 | rd.code() << 16 | rm.code() << 8 | rn.code());
    }

    /** {@code udiv{cond} rd, rn, rm} (IDIV). */
    public void udiv(Condition c, Register rd, Register rn, Register rm) {
        require(ArchFeature.IDIV, "udiv");
        assert verifyNotPc("udiv", rd, rn, rm);
        buffer.emit(c.bits() | 0x0730f010 | rd.code() << 16 | rm.code() << 8 | rn.code());
    }

    /** {@code clz{cond} rd, rm}. */
    public void clz(Condition c, Register rd, Register rm) {
        assert verifyNotPc("clz", rd, rm);
        buffer.emit(c.bits() | 0x016f0f10 | rd.code() << 12 | rm.code());
    }

    /** {@code sxtb/sxth/uxtb/uxth{cond} rd, rm{, ror #rotation}} with rotation 0, 8, 16 or 24 (ARMv6). */
    public void extend(Condition c, ExtendOp op, Register rd, Register rm, int rotation) {
        require(ArchFeature.ARMV6, op.name().toLowerCase(java.util.Locale.ROOT));
        assert verifyNotPc("extend", rd, rm) && verify((rotation & ~24) == 0, "rotation must be 0, 8, 16 or 24");
        buffer.emit(c.bits() | op.pattern | rd.code() << 12 | (rotation >>> 3) << 10 | rm.code());
    }

    /** {@code mrs{cond} rd, APSR}. */
    public void mrs(Condition c, Register rd) {
        assert verifyNotPc("mrs", rd);
        buffer.emit(c.bits() | 0x010f0000 | rd.code() << 12);
    }

    /** APSR field masks for MSR: NZCVQ flags and the GE bits. */
    public static final int APSR_NZCVQ = 8;
    public static final int APSR_G = 4;

    /** {@code msr{cond} APSR_<mask>, rn} with mask a combination of {@link #APSR_NZCVQ} and {@link #APSR_G}. */
    public void msr(Condition c, int mask, Register rn) {
        assert verify(mask != 0 && (mask & ~12) == 0, "APSR mask must be nzcvq and/or g") && verifyNotPc("msr", rn);
        buffer.emit(c.bits() | 0x0120f000 | mask << 16 | rn.code());
    }

    /** {@code msr{cond} APSR_<mask>, #imm}. */
    public void msr(Condition c, int mask, ModifiedImmediate imm) {
        assert verify(mask != 0 && (mask & ~12) == 0, "APSR mask must be nzcvq and/or g");
        buffer.emit(c.bits() | 0x0320f000 | mask << 16 | imm.field());
    }

    // ---------------------------------------------------------------- loads and stores

    /** {@code ldr/str/ldrb/strb{cond} rt, [rn, #+-offset]} in any {@link IndexMode}; offset 0-4095. */
    public void memImm(Condition c, MemOp op, Register rt, Register rn, boolean add, int offset, IndexMode mode) {
        assert verifyRange("offset", offset, 0, 4095) && verifyWriteback(mode, rt, rn)
                && verify(!(mode.writesBack() && rn == Register.PC), "pc cannot be written back");
        buffer.emit(c.bits() | 0x04000000 | mode.bits() | (add ? 1 << 23 : 0) | op.bits() | rn.code() << 16 | rt.code() << 12 | offset);
    }

    /** {@code ldr/str/ldrb/strb{cond} rt, [rn, +-rm{, shift #amount}]} in any {@link IndexMode}. */
    public void memReg(Condition c, MemOp op, Register rt, Register rn, boolean add, Register rm, Shift shift, int amount, IndexMode mode) {
        assert verifyShift(shift, amount) && verifyWriteback(mode, rt, rn) && verify(rm != Register.PC, "rm cannot be pc")
                && verify(!(mode.writesBack() && rn == Register.PC), "pc cannot be written back");
        buffer.emit(c.bits() | 0x06000000 | mode.bits() | (add ? 1 << 23 : 0) | op.bits() | rn.code() << 16 | rt.code() << 12
                | shift.imm5(amount) << 7 | shift.type() << 5 | rm.code());
    }

    public void ldr(Register rt, Register rn, int offset) {
        memImm(Condition.AL, MemOp.LDR, rt, rn, offset >= 0, Math.abs(offset), IndexMode.OFFSET);
    }

    public void str(Register rt, Register rn, int offset) {
        memImm(Condition.AL, MemOp.STR, rt, rn, offset >= 0, Math.abs(offset), IndexMode.OFFSET);
    }

    /** {@code ldrh/strh/ldrsb/ldrsh/ldrd/strd{cond} rt, [rn, #+-offset]}; offset 0-255. LDRD/STRD use rt, rt+1. */
    public void extraImm(Condition c, ExtraMemOp op, Register rt, Register rn, boolean add, int offset, IndexMode mode) {
        assert verifyRange("offset", offset, 0, 255) && verifyExtra(op, rt, rn, mode);
        buffer.emit(c.bits() | mode.bits() | (add ? 1 << 23 : 0) | 1 << 22 | op.bits() | rn.code() << 16 | rt.code() << 12
                | (offset & 0xf0) << 4 | offset & 0xf);
    }

    /** {@code ldrh/strh/ldrsb/ldrsh/ldrd/strd{cond} rt, [rn, +-rm]}. */
    public void extraReg(Condition c, ExtraMemOp op, Register rt, Register rn, boolean add, Register rm, IndexMode mode) {
        assert verifyExtra(op, rt, rn, mode) && verify(rm != Register.PC, "rm cannot be pc")
                && verify(!(op.isDual() && op.isLoad() && (rm == rt || rm.code() == rt.code() + 1)), "ldrd rm overlaps rt");
        buffer.emit(c.bits() | mode.bits() | (add ? 1 << 23 : 0) | op.bits() | rn.code() << 16 | rt.code() << 12 | rm.code());
    }

    /** {@code ldm/stm{mode}{cond} rn{!}, {registers}} with registers a bit mask (bit n = rn). */
    public void blockTransfer(Condition c, boolean load, BlockMode mode, Register rn, boolean writeback, int registers) {
        assert verify(registers != 0 && (registers & ~0xffff) == 0, "register list must be a non-empty 16-bit mask")
                && verify(rn != Register.PC, "base cannot be pc")
                && verify(!(writeback && load && (registers & rn.bit()) != 0), "ldm with writeback cannot load its base");
        buffer.emit(c.bits() | 0x08000000 | mode.bits() | (writeback ? 1 << 21 : 0) | (load ? 1 << 20 : 0) | rn.code() << 16 | registers);
    }

    /** {@code push{cond} {registers}}: STMDB sp!, or for one register {@code str rt, [sp, #-4]!} as GNU as emits. */
    public void push(Condition c, int registers) {
        if (Integer.bitCount(registers) == 1) {
            Register rt = Register.of(Integer.numberOfTrailingZeros(registers));
            memImm(c, MemOp.STR, rt, Register.SP, false, 4, IndexMode.PRE_INDEX);
        } else {
            blockTransfer(c, false, BlockMode.DB, Register.SP, true, registers);
        }
    }

    /** {@code pop{cond} {registers}}: LDMIA sp!, or for one register {@code ldr rt, [sp], #4} as GNU as emits. */
    public void pop(Condition c, int registers) {
        if (Integer.bitCount(registers) == 1) {
            Register rt = Register.of(Integer.numberOfTrailingZeros(registers));
            memImm(c, MemOp.LDR, rt, Register.SP, true, 4, IndexMode.POST_INDEX);
        } else {
            blockTransfer(c, true, BlockMode.IA, Register.SP, true, registers);
        }
    }

    /** {@code ldr{cond} rt, [pc, #...]} loading {@code value} from the buffer's literal pool. */
    public void ldrLiteral(Condition c, Register rt, int value) {
        buffer.emitLiteralLoad(c.bits() | 0x05100000 | 1 << 23 | Register.PC.code() << 16 | rt.code() << 12, value);
    }

    // ---------------------------------------------------------------- branches and system

    /** {@code b{cond} label}. */
    public void b(Condition c, Label target) {
        branch(c, 0x0a000000, target);
    }

    /** {@code bl{cond} label}. */
    public void bl(Condition c, Label target) {
        branch(c, 0x0b000000, target);
    }

    private void branch(Condition c, int pattern, Label target) {
        buffer.emit(c.bits() | pattern);
        buffer.use(target, buffer.position() - 4, CodeBuffer.FIXUP_BRANCH24);
    }

    /** {@code b{cond} address}: an absolute target, relative to where this buffer will run. */
    public void bToAddress(Condition c, int targetAddress) {
        buffer.emit(CodeBuffer.withBranchOffset(c.bits() | 0x0a000000, targetAddress - (buffer.address() + 8)));
    }

    /** {@code bl{cond} address}: an absolute target, relative to where this buffer will run. */
    public void blToAddress(Condition c, int targetAddress) {
        buffer.emit(CodeBuffer.withBranchOffset(c.bits() | 0x0b000000, targetAddress - (buffer.address() + 8)));
    }

    /** Whether a B/BL at the next position can reach {@code targetAddress}. */
    public boolean canBranchTo(int targetAddress) {
        return CodeBuffer.isBranchOffsetInRange(targetAddress - (buffer.address() + 8));
    }

    /** {@code bx{cond} rm}. */
    public void bx(Condition c, Register rm) {
        buffer.emit(c.bits() | 0x012fff10 | rm.code());
    }

    /** {@code blx{cond} rm}. */
    public void blx(Condition c, Register rm) {
        assert verify(rm != Register.PC, "blx pc is unpredictable");
        buffer.emit(c.bits() | 0x012fff30 | rm.code());
    }

    /** {@code svc{cond} #imm24}. */
    public void svc(Condition c, int imm24) {
        assert verifyRange("svc number", imm24, 0, 0xffffff);
        buffer.emit(c.bits() | 0x0f000000 | imm24);
    }

    /** {@code bkpt #imm16} (unconditional). */
    public void bkpt(int imm16) {
        assert verifyRange("bkpt number", imm16, 0, 0xffff);
        buffer.emit(0xe1200070 | (imm16 & 0xfff0) << 4 | imm16 & 0xf);
    }

    /** {@code nop{cond}}: the architectural hint NOP (ARMv6T2; older CPUs use {@code mov r0, r0}). */
    public void nop(Condition c) {
        require(ArchFeature.ARMV6T2, "nop");
        buffer.emit(c.bits() | 0x0320f000);
    }

    public void dmb(BarrierOption option) {
        require(ArchFeature.ARMV7, "dmb");
        buffer.emit(0xf57ff050 | option.code());
    }

    public void dsb(BarrierOption option) {
        require(ArchFeature.ARMV7, "dsb");
        buffer.emit(0xf57ff040 | option.code());
    }

    public void isb(BarrierOption option) {
        require(ArchFeature.ARMV7, "isb");
        buffer.emit(0xf57ff060 | option.code());
    }

    // ---------------------------------------------------------------- VFP

    private static int vd(VfpRegister r) {
        return r.field() << 12 | r.extraBit() << 22;
    }

    private static int vn(VfpRegister r) {
        return r.field() << 16 | r.extraBit() << 7;
    }

    private static int vm(VfpRegister r) {
        return r.field() | r.extraBit() << 5;
    }

    private static int sz(VfpRegister r) {
        return r.isDouble() ? 1 << 8 : 0;
    }

    /** {@code vadd/vsub/vmul/vdiv/vnmul/vmla/vmls{cond}.f32|.f64 d, n, m}; all three of one precision. */
    public void vfp3(Condition c, VfpOp3 op, VfpRegister d, VfpRegister n, VfpRegister m) {
        require(ArchFeature.VFPV2, op.name().toLowerCase(java.util.Locale.ROOT));
        assert verifySamePrecision(d, n, m);
        buffer.emit(c.bits() | op.pattern | sz(d) | vd(d) | vn(n) | vm(m));
    }

    /** {@code vmov/vabs/vneg/vsqrt/vcmp/vcmpe{cond}.f32|.f64 d, m}. */
    public void vfp2(Condition c, VfpOp2 op, VfpRegister d, VfpRegister m) {
        require(ArchFeature.VFPV2, op.name().toLowerCase(java.util.Locale.ROOT));
        assert verifySamePrecision(d, m, m);
        buffer.emit(c.bits() | op.pattern | sz(d) | vd(d) | vm(m));
    }

    /** {@code vcmp{e}{cond}.f32|.f64 d, #0.0}. */
    public void vcmpZero(Condition c, boolean signalling, VfpRegister d) {
        require(ArchFeature.VFPV2, "vcmp");
        buffer.emit(c.bits() | 0x0eb50a40 | (signalling ? 0x80 : 0) | sz(d) | vd(d));
    }

    /** {@code vmov{cond}.f32|.f64 d, #imm} (VFPv3). */
    public void vmovImm(Condition c, VfpRegister d, VfpImmediate imm) {
        require(ArchFeature.VFPV3, "vmov immediate");
        int i = imm.imm8();
        buffer.emit(c.bits() | 0x0eb00a00 | sz(d) | vd(d) | (i >>> 4) << 16 | i & 15);
    }

    /** {@code vmov{cond} sn, rt}. */
    public void vmovToSingle(Condition c, VfpRegister sn, Register rt) {
        require(ArchFeature.VFPV2, "vmov");
        assert verify(sn.isSingle(), "needs a single register") && verifyNotPc("vmov", rt);
        buffer.emit(c.bits() | 0x0e000a10 | vn(sn) | rt.code() << 12);
    }

    /** {@code vmov{cond} rt, sn}. */
    public void vmovFromSingle(Condition c, Register rt, VfpRegister sn) {
        require(ArchFeature.VFPV2, "vmov");
        assert verify(sn.isSingle(), "needs a single register") && verifyNotPc("vmov", rt);
        buffer.emit(c.bits() | 0x0e100a10 | vn(sn) | rt.code() << 12);
    }

    /** {@code vmov{cond} dm, rt, rt2}. */
    public void vmovToDouble(Condition c, VfpRegister dm, Register rt, Register rt2) {
        require(ArchFeature.VFPV2, "vmov");
        assert verify(dm.isDouble(), "needs a double register") && verifyNotPc("vmov", rt, rt2);
        buffer.emit(c.bits() | 0x0c400b10 | rt2.code() << 16 | rt.code() << 12 | vm(dm));
    }

    /** {@code vmov{cond} rt, rt2, dm}. */
    public void vmovFromDouble(Condition c, Register rt, Register rt2, VfpRegister dm) {
        require(ArchFeature.VFPV2, "vmov");
        assert verify(dm.isDouble(), "needs a double register") && verifyNotPc("vmov", rt, rt2) && verify(rt != rt2, "rt and rt2 must differ");
        buffer.emit(c.bits() | 0x0c500b10 | rt2.code() << 16 | rt.code() << 12 | vm(dm));
    }

    /** {@code vmrs{cond} rt, fpscr}; rt = pc means {@code APSR_nzcv} (copy the flags). */
    public void vmrs(Condition c, Register rt) {
        require(ArchFeature.VFPV2, "vmrs");
        buffer.emit(c.bits() | 0x0ef10a10 | rt.code() << 12);
    }

    /** {@code vmsr{cond} fpscr, rt}. */
    public void vmsr(Condition c, Register rt) {
        require(ArchFeature.VFPV2, "vmsr");
        assert verifyNotPc("vmsr", rt);
        buffer.emit(c.bits() | 0x0ee10a10 | rt.code() << 12);
    }

    /** {@code vldr{cond} d, [rn, #+-offset]}; offset a multiple of 4 up to 1020. */
    public void vldr(Condition c, VfpRegister d, Register rn, boolean add, int offset) {
        vtransfer(c, 0x0d100a00, d, rn, add, offset);
    }

    /** {@code vstr{cond} d, [rn, #+-offset]}; offset a multiple of 4 up to 1020. */
    public void vstr(Condition c, VfpRegister d, Register rn, boolean add, int offset) {
        vtransfer(c, 0x0d000a00, d, rn, add, offset);
    }

    private void vtransfer(Condition c, int pattern, VfpRegister d, Register rn, boolean add, int offset) {
        require(ArchFeature.VFPV2, "vldr/vstr");
        assert verifyRange("offset", offset, 0, 1020) && verify((offset & 3) == 0, "offset must be a multiple of 4");
        buffer.emit(c.bits() | pattern | (add ? 1 << 23 : 0) | sz(d) | vd(d) | rn.code() << 16 | offset >>> 2);
    }

    /** {@code vpush{cond} {first-...}}: {@code count} consecutive registers of first's precision. */
    public void vpush(Condition c, VfpRegister first, int count) {
        vmultiple(c, 0x0d2d0a00, first, count);
    }

    /** {@code vpop{cond} {first-...}}. */
    public void vpop(Condition c, VfpRegister first, int count) {
        vmultiple(c, 0x0cbd0a00, first, count);
    }

    private void vmultiple(Condition c, int pattern, VfpRegister first, int count) {
        require(ArchFeature.VFPV2, "vpush/vpop");
        int limit = first.isDouble() ? VfpRegister.DOUBLE_COUNT : VfpRegister.SINGLE_COUNT;
        assert verify(count >= 1 && first.index() + count <= limit, "register list out of range")
                && verify(!first.isDouble() || count <= 16, "at most 16 double registers");
        buffer.emit(c.bits() | pattern | sz(first) | vd(first) | (first.isDouble() ? 2 * count : count));
    }

    /** {@code vcvt{cond}.f64.f32 dd, sm} or {@code vcvt{cond}.f32.f64 sd, dm}, by the registers' precisions. */
    public void vcvtFloat(Condition c, VfpRegister d, VfpRegister m) {
        require(ArchFeature.VFPV2, "vcvt");
        assert verify(d.isDouble() != m.isDouble(), "vcvt between precisions needs one single and one double");
        buffer.emit(c.bits() | 0x0eb70ac0 | sz(m) | vd(d) | vm(m));
    }

    /** {@code vcvt{cond}.f32|.f64.s32|.u32 d, sm}: integer in a single register to floating point. */
    public void vcvtFromInt(Condition c, VfpRegister d, VfpRegister sm, boolean signed) {
        require(ArchFeature.VFPV2, "vcvt");
        assert verify(sm.isSingle(), "integer source is a single register");
        buffer.emit(c.bits() | 0x0eb80a40 | (signed ? 0x80 : 0) | sz(d) | vd(d) | vm(sm));
    }

    /**
     * {@code vcvt{cond}.s32|.u32.f32|.f64 sd, m} (round toward zero) or, with {@code roundTowardZero}
     * false, {@code vcvtr} (rounding mode from FPSCR).
     */
    public void vcvtToInt(Condition c, VfpRegister sd, VfpRegister m, boolean signed, boolean roundTowardZero) {
        require(ArchFeature.VFPV2, "vcvt");
        assert verify(sd.isSingle(), "integer destination is a single register");
        buffer.emit(c.bits() | 0x0eb80a40 | (signed ? 0x50000 : 0x40000) | (roundTowardZero ? 0x80 : 0) | sz(m) | vd(sd) | vm(m));
    }

    // ---------------------------------------------------------------- argument checks (used in asserts)

    static boolean verify(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError(what);
        }
        return true;
    }

    static boolean verifyRange(String what, int v, int lo, int hi) {
        return verify(v >= lo && v <= hi, what + " " + v + " not in " + lo + ".." + hi);
    }

    static boolean verifyNotPc(String form, Register... regs) {
        for (Register r : regs) {
            verify(r != Register.PC, form + ": pc is not allowed here");
        }
        return true;
    }

    static boolean verifyShift(Shift shift, int amount) {
        return verify(shift.isValidAmount(amount), "bad " + shift.gnuName() + " amount " + amount);
    }

    static boolean verifyWriteback(IndexMode mode, Register rt, Register rn) {
        return verify(!mode.writesBack() || rt != rn, "writeback with rn == rt is unpredictable");
    }

    static boolean verifyExtra(ExtraMemOp op, Register rt, Register rn, IndexMode mode) {
        verifyWriteback(mode, rt, rn);
        if (op.isDual()) {
            verify((rt.code() & 1) == 0 && rt.code() < 14, "ldrd/strd need an even rt below r14");
            verify(!mode.writesBack() || rn.code() != rt.code() + 1, "writeback base overlaps rt2");
        }
        return verify(!(mode.writesBack() && rn == Register.PC), "pc cannot be written back");
    }

    static boolean verifySamePrecision(VfpRegister a, VfpRegister b, VfpRegister c) {
        return verify(a.isDouble() == b.isDouble() && b.isDouble() == c.isDouble(), "registers must be of one precision");
    }
}
