package org.armjit.arm.sim;

/** VFPv3-D16 instructions: arithmetic through {@link Vfp}, moves, loads/stores, FPSCR access. */
final class Vfpu {
    private Vfpu() {}

    static int exec(ArmSimulator s, Insn i, int pc) {
        int fpscr = s.fpscr;
        switch (i.op) {
            case Insn.VARITH:
                if (i.dbl) s.d[i.rd] = arithD(i.sub, s.d[i.rd], s.d[i.rn], s.d[i.rm], fpscr);
                else s.setSreg(i.rd, arithF(i.sub, s.sreg(i.rd), s.sreg(i.rn), s.sreg(i.rm), fpscr));
                return pc + 4;
            case Insn.VMOV_IMM:
                if (i.dbl) s.d[i.rd] = (long) i.imm << 32;
                else s.setSreg(i.rd, i.imm);
                return pc + 4;
            case Insn.VUNARY:
                if (i.dbl) {
                    long m = s.d[i.rm];
                    switch (i.sub) {
                        case 0: break;
                        case 1: m &= ~Vfp.D_SIGN; break;
                        case 2: m ^= Vfp.D_SIGN; break;
                        default: m = Vfp.sqrt(m, fpscr); break;
                    }
                    s.d[i.rd] = m;
                } else {
                    int m = s.sreg(i.rm);
                    switch (i.sub) {
                        case 0: break;
                        case 1: m &= ~Vfp.F_SIGN; break;
                        case 2: m ^= Vfp.F_SIGN; break;
                        default: m = Vfp.sqrtF(m, fpscr); break;
                    }
                    s.setSreg(i.rd, m);
                }
                return pc + 4;
            case Insn.VCMP: {
                int flags = i.dbl ? Vfp.compare(s.d[i.rd], i.sub == 1 ? 0 : s.d[i.rm], fpscr)
                        : Vfp.compareF(s.sreg(i.rd), i.sub == 1 ? 0 : s.sreg(i.rm), fpscr);
                s.fpscr = (fpscr & 0x0fff_ffff) | (flags << 28);
                return pc + 4;
            }
            case Insn.VCVT_DS:
                if (i.dbl) s.setSreg(i.rd, Vfp.doubleToSingle(s.d[i.rm], fpscr));
                else s.d[i.rd] = Vfp.singleToDouble(s.sreg(i.rm), fpscr);
                return pc + 4;
            case Insn.VCVT_IF: {
                int v = s.sreg(i.rm);
                if (i.dbl) s.d[i.rd] = Vfp.intToDouble(v, i.sub == 1);
                else s.setSreg(i.rd, Vfp.intToSingle(v, i.sub == 1, fpscr));
                return pc + 4;
            }
            case Insn.VCVT_FI: {
                double x = i.dbl ? Vfp.doubleValue(s.d[i.rm], fpscr) : Vfp.singleValue(s.sreg(i.rm), fpscr);
                s.setSreg(i.rd, Vfp.toInt(x, i.sub == 1, i.setFlags, fpscr));
                return pc + 4;
            }
            case Insn.VLS: {
                int base = i.rn == 15 ? (s.r[15] & ~3) : s.r[i.rn];
                int addr = base + i.imm;
                s.wordAligned(addr, pc, "VLDR/VSTR");
                MemoryMap mem = s.mem();
                if (i.setFlags) {
                    if (i.dbl) s.d[i.rd] = mem.load64(addr);
                    else s.setSreg(i.rd, mem.load32(addr));
                } else {
                    if (i.dbl) mem.store64(addr, s.d[i.rd]);
                    else mem.store32(addr, s.sreg(i.rd));
                }
                return pc + 4;
            }
            case Insn.VLSM: {
                int words = i.dbl ? 2 * i.imm : i.imm;
                int base = i.rn == 15 ? (s.r[15] & ~3) : s.r[i.rn];
                int addr = i.add ? base : base - 4 * words;
                s.wordAligned(addr, pc, "VLDM/VSTM");
                MemoryMap mem = s.mem();
                for (int k = 0; k < i.imm; k++) {
                    if (i.setFlags) {
                        if (i.dbl) s.d[i.rd + k] = mem.load64(addr);
                        else s.setSreg(i.rd + k, mem.load32(addr));
                    } else {
                        if (i.dbl) mem.store64(addr, s.d[i.rd + k]);
                        else mem.store32(addr, s.sreg(i.rd + k));
                    }
                    addr += i.dbl ? 8 : 4;
                }
                if (i.writeback) s.r[i.rn] = i.add ? base + 4 * words : base - 4 * words;
                return pc + 4;
            }
            case Insn.VMOV_CS:
                if (i.setFlags) s.r[i.rd] = s.sreg(i.rn);
                else s.setSreg(i.rn, s.r[i.rd]);
                return pc + 4;
            case Insn.VMOV_C2:
                if (i.dbl) {
                    if (i.setFlags) {
                        long x = s.d[i.rm];
                        s.r[i.rd] = (int) x;
                        s.r[i.ra] = (int) (x >>> 32);
                    } else {
                        s.d[i.rm] = (s.r[i.rd] & 0xffff_ffffL) | ((long) s.r[i.ra] << 32);
                    }
                } else {
                    if (i.setFlags) {
                        s.r[i.rd] = s.sreg(i.rm);
                        s.r[i.ra] = s.sreg(i.rm + 1);
                    } else {
                        s.setSreg(i.rm, s.r[i.rd]);
                        s.setSreg(i.rm + 1, s.r[i.ra]);
                    }
                }
                return pc + 4;
            case Insn.VMOV_SCALAR:
                if (i.setFlags) s.r[i.rd] = s.sreg(2 * i.rn + i.imm);
                else s.setSreg(2 * i.rn + i.imm, s.r[i.rd]);
                return pc + 4;
            case Insn.VMRS:
                if (i.rd == 15) {
                    s.n = fpscr < 0;
                    s.z = (fpscr & (1 << 30)) != 0;
                    s.c = (fpscr & (1 << 29)) != 0;
                    s.v = (fpscr & (1 << 28)) != 0;
                } else {
                    s.r[i.rd] = fpscr;
                }
                return pc + 4;
            case Insn.VMSR: {
                int val = s.r[i.rd];
                if ((val & 0x0037_0000) != 0) {
                    throw new Trap(FaultKind.UNDEFINED, String.format(
                            "VMSR 0x%08x sets FPSCR.Len/Stride: VFP short vectors are not modelled", val));
                }
                s.setFpscr(val);
                return pc + 4;
            }
            default:
                throw new AssertionError("no executor for op " + i.op);
        }
    }

    private static long neg(long x) { return x ^ Vfp.D_SIGN; }

    private static int neg(int x) { return x ^ Vfp.F_SIGN; }

    /** sub: 0 VMLA 1 VMLS 2 VNMLS 3 VNMLA 4 VMUL 5 VNMUL 6 VADD 7 VSUB 8 VDIV (ARM pseudocode order). */
    static long arithD(int sub, long d, long n, long m, int fpscr) {
        switch (sub) {
            case 0: return Vfp.add(d, Vfp.mul(n, m, fpscr), false, fpscr);
            case 1: return Vfp.add(d, neg(Vfp.mul(n, m, fpscr)), false, fpscr);
            case 2: return Vfp.add(neg(d), Vfp.mul(n, m, fpscr), false, fpscr);
            case 3: return Vfp.add(neg(d), neg(Vfp.mul(n, m, fpscr)), false, fpscr);
            case 4: return Vfp.mul(n, m, fpscr);
            case 5: return neg(Vfp.mul(n, m, fpscr));
            case 6: return Vfp.add(n, m, false, fpscr);
            case 7: return Vfp.add(n, m, true, fpscr);
            default: return Vfp.div(n, m, fpscr);
        }
    }

    static int arithF(int sub, int d, int n, int m, int fpscr) {
        switch (sub) {
            case 0: return Vfp.addF(d, Vfp.mulF(n, m, fpscr), false, fpscr);
            case 1: return Vfp.addF(d, neg(Vfp.mulF(n, m, fpscr)), false, fpscr);
            case 2: return Vfp.addF(neg(d), Vfp.mulF(n, m, fpscr), false, fpscr);
            case 3: return Vfp.addF(neg(d), neg(Vfp.mulF(n, m, fpscr)), false, fpscr);
            case 4: return Vfp.mulF(n, m, fpscr);
            case 5: return neg(Vfp.mulF(n, m, fpscr));
            case 6: return Vfp.addF(n, m, false, fpscr);
            case 7: return Vfp.addF(n, m, true, fpscr);
            default: return Vfp.divF(n, m, fpscr);
        }
    }
}
