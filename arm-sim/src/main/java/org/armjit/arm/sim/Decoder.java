package org.armjit.arm.sim;

import org.armjit.arm.sim.CpuModel.Arch;

/**
 * Decodes A32 and VFPv3-D16 words into {@link Insn}s for one {@link CpuModel} (ARM
 * Architecture Reference Manual ARMv7-A, chapter A5 and A7). Encodings the CPU lacks decode
 * as {@link Insn#UNDEF}; encodings with unpredictable operands as {@link Insn#UNPRED}. Both
 * fault only when executed.
 */
final class Decoder {
    private final CpuModel cpu;

    Decoder(CpuModel cpu) { this.cpu = cpu; }

    Insn decode(int w) {
        int cond = w >>> 28;
        if (cond == 15) return unconditional(w);
        switch ((w >>> 25) & 7) {
            case 0: case 1: return dataProcessingAndMisc(w, cond);
            case 2: return loadStore(w, cond, false);
            case 3: return (w & 0x10) == 0 ? loadStore(w, cond, true) : media(w, cond);
            case 4: return blockTransfer(w, cond);
            case 5: return branch(w, cond);
            default: return coprocessor(w, cond);
        }
    }

    private static Insn undef(int w, String why) {
        Insn i = new Insn(w, Insn.UNDEF, 14);
        i.message = why;
        return i;
    }

    private static Insn unpred(int w, String why) {
        Insn i = new Insn(w, Insn.UNPRED, 14);
        i.message = why;
        return i;
    }

    private Insn need(Arch level, Insn i) {
        if (!cpu.has(level)) return undef(i.word, "needs " + level + ", CPU is " + cpu);
        return i;
    }

    private static int bits(int w, int hi, int lo) { return (w >>> lo) & ((1 << (hi - lo + 1)) - 1); }

    private static boolean bit(int w, int b) { return ((w >>> b) & 1) != 0; }

    private Insn unconditional(int w) {
        // DMB/DSB/ISB (ARMv7): 1111 0101 0111 1111 1111 0000 0100..0110 option
        if ((w & 0xffffff00) == 0xf57ff000) {
            int op = bits(w, 7, 4);
            if (op == 4 || op == 5 || op == 6) return need(Arch.ARMV7, new Insn(w, Insn.NOP, 14));
        }
        // PLD [Rn, #imm]: a hint, no architectural effect.
        if ((w & 0xff70f000) == 0xf550f000) return need(Arch.ARMV5TE, new Insn(w, Insn.NOP, 14));
        return undef(w, "unconditional instruction space");
    }

    // ---- A5.2 data-processing and miscellaneous ----

    private Insn dataProcessingAndMisc(int w, int cond) {
        boolean immForm = bit(w, 25);
        int op1 = bits(w, 24, 20);
        int op2 = bits(w, 7, 4);
        if (!immForm) {
            if ((op1 & 0x19) == 0x10) {
                if ((op2 & 8) == 0) return misc(w, cond);
                if ((op2 & 9) == 8) return halfwordMultiply(w, cond);
            }
            if (op2 == 9) {
                if ((op1 & 0x10) == 0) return multiply(w, cond);
                return undef(w, "synchronization primitives not modelled");
            }
            if (op2 == 0xb || op2 == 0xd || op2 == 0xf) {
                if ((op1 & 0x12) == 0x02) return undef(w, "unprivileged extra load/store");
                return extraLoadStore(w, cond);
            }
            if ((op2 & 1) == 0) return dpRegister(w, cond);
            return dpRegisterShifted(w, cond);
        }
        if (op1 == 0x10 || op1 == 0x14) {
            Insn i = new Insn(w, op1 == 0x10 ? Insn.MOVW : Insn.MOVT, cond);
            i.rd = bits(w, 15, 12);
            i.imm = (bits(w, 19, 16) << 12) | bits(w, 11, 0);
            if (i.rd == 15) return unpred(w, "MOVW/MOVT to pc");
            return need(Arch.ARMV6T2, i);
        }
        if ((op1 & 0x1b) == 0x12) return msrImmediateOrHint(w, cond);
        return dpImmediate(w, cond);
    }

    private Insn dpCommon(Insn i, int w) {
        int opc = bits(w, 24, 21);
        i.sub = opc;
        i.setFlags = bit(w, 20);
        i.rd = bits(w, 15, 12);
        i.rn = bits(w, 19, 16);
        boolean test = opc >= 8 && opc <= 11;
        i.writeback = !test; // for data processing: "has a destination register"
        if (test && i.rd != 0) return unpred(w, "compare with nonzero Rd field");
        if ((opc == 13 || opc == 15) && i.rn != 0) return unpred(w, "MOV/MVN with nonzero Rn field");
        if (!test && i.rd == 15 && i.setFlags) return unpred(w, "flag-setting write to pc (exception return)");
        return i;
    }

    private Insn dpImmediate(int w, int cond) {
        Insn i = new Insn(w, Insn.DP_IMM, cond);
        int rot = bits(w, 11, 8) * 2;
        int imm = Integer.rotateRight(w & 0xff, rot);
        i.imm = imm;
        i.immCarry = rot == 0 ? -1 : imm >>> 31;
        return dpCommon(i, w);
    }

    private Insn dpRegister(int w, int cond) {
        Insn i = new Insn(w, Insn.DP_REG, cond);
        i.rm = bits(w, 3, 0);
        i.shiftType = bits(w, 6, 5);
        i.shiftAmount = bits(w, 11, 7);
        if (i.shiftType == 3 && i.shiftAmount == 0) i.shiftType = 4; // RRX
        else if ((i.shiftType == 1 || i.shiftType == 2) && i.shiftAmount == 0) i.shiftAmount = 32;
        return dpCommon(i, w);
    }

    private Insn dpRegisterShifted(int w, int cond) {
        Insn i = new Insn(w, Insn.DP_RSR, cond);
        i.rm = bits(w, 3, 0);
        i.rs = bits(w, 11, 8);
        i.shiftType = bits(w, 6, 5);
        i = dpCommon(i, w);
        if (i.op == Insn.DP_RSR && (i.rd == 15 || i.rn == 15 || i.rm == 15 || i.rs == 15)) {
            return unpred(w, "register-shifted register operand uses pc");
        }
        return i;
    }

    private Insn msrImmediateOrHint(int w, int cond) {
        int mask = bits(w, 19, 18);
        if (bit(w, 22)) return undef(w, "MSR SPSR in user mode");
        if (bits(w, 19, 16) == 0) {
            int hint = bits(w, 7, 0);
            // NOP, YIELD, WFE, WFI, SEV: no architectural effect for a single user-mode thread.
            if (hint <= 4) return need(Arch.ARMV6, new Insn(w, Insn.NOP, cond));
            return undef(w, "hint");
        }
        if ((w & 0x0000f000) != 0x0000f000 || bits(w, 17, 16) != 0) return unpred(w, "MSR field bits");
        Insn i = new Insn(w, Insn.MSR, cond);
        i.imm = Integer.rotateRight(w & 0xff, bits(w, 11, 8) * 2);
        i.sub = mask;
        i.rn = -1;
        return i;
    }

    private Insn misc(int w, int cond) {
        int op2 = bits(w, 6, 4);
        int op = bits(w, 22, 21);
        switch (op2) {
            case 0: {
                if ((op & 1) == 0) {
                    if (op == 2) return undef(w, "MRS SPSR in user mode");
                    if ((w & 0x000f0fff) != 0x000f0000) return unpred(w, "MRS field bits");
                    Insn i = new Insn(w, Insn.MRS, cond);
                    i.rd = bits(w, 15, 12);
                    if (i.rd == 15) return unpred(w, "MRS to pc");
                    return i;
                }
                if (op == 3) return undef(w, "MSR SPSR in user mode");
                if ((w & 0x0003fff0) != 0x0000f000) return unpred(w, "MSR field bits");
                Insn i = new Insn(w, Insn.MSR, cond);
                i.sub = bits(w, 19, 18);
                i.rn = bits(w, 3, 0);
                if (i.sub == 0) return unpred(w, "MSR with empty mask");
                if (i.rn == 15) return unpred(w, "MSR from pc");
                return i;
            }
            case 1:
                if (op == 1) {
                    if ((w & 0x000fff00) != 0x000fff00) return unpred(w, "BX field bits");
                    Insn i = new Insn(w, Insn.BX, cond);
                    i.rm = bits(w, 3, 0);
                    return i;
                }
                if (op == 3) {
                    if ((w & 0x000f0f00) != 0x000f0f00) return unpred(w, "CLZ field bits");
                    Insn i = new Insn(w, Insn.CLZ, cond);
                    i.rd = bits(w, 15, 12);
                    i.rm = bits(w, 3, 0);
                    if (i.rd == 15 || i.rm == 15) return unpred(w, "CLZ with pc");
                    return i;
                }
                break;
            case 3:
                if (op == 1) {
                    if ((w & 0x000fff00) != 0x000fff00) return unpred(w, "BLX field bits");
                    Insn i = new Insn(w, Insn.BLX, cond);
                    i.rm = bits(w, 3, 0);
                    if (i.rm == 15) return unpred(w, "BLX pc");
                    return i;
                }
                break;
            case 5: {
                Insn i = new Insn(w, Insn.QARITH, cond);
                i.sub = op; // 0 QADD, 1 QSUB, 2 QDADD, 3 QDSUB
                i.rn = bits(w, 19, 16);
                i.rd = bits(w, 15, 12);
                i.rm = bits(w, 3, 0);
                if (bits(w, 11, 8) != 0) return unpred(w, "saturating arithmetic field bits");
                if (i.rn == 15 || i.rd == 15 || i.rm == 15) return unpred(w, "saturating arithmetic with pc");
                return need(Arch.ARMV5TE, i);
            }
            case 7:
                if (op == 1) {
                    if (cond != 14) return unpred(w, "conditional BKPT");
                    Insn i = new Insn(w, Insn.BKPT, 14);
                    i.imm = (bits(w, 19, 8) << 4) | bits(w, 3, 0);
                    return i;
                }
                break;
            default:
                break;
        }
        return undef(w, "miscellaneous instruction");
    }

    private Insn halfwordMultiply(int w, int cond) {
        Insn i = new Insn(w, Insn.MULXY, cond);
        int op = bits(w, 22, 21);
        i.rd = bits(w, 19, 16);
        i.ra = bits(w, 15, 12);
        i.rs = bits(w, 11, 8);  // Rm in the manual: the "y" operand
        i.rm = bits(w, 3, 0);   // Rn in the manual: the "x" operand
        boolean x = bit(w, 5), y = bit(w, 6);
        // sub: 0 SMLAxy, 1 SMLAWy, 2 SMULWy, 3 SMLALxy, 4 SMULxy; imm bit0 = x (top of rm), bit1 = y
        if (op == 0) i.sub = 0;
        else if (op == 1) i.sub = x ? 2 : 1;
        else if (op == 2) i.sub = 3;
        else i.sub = 4;
        i.imm = (x ? 1 : 0) | (y ? 2 : 0);
        if (i.sub == 1 || i.sub == 2) i.imm = y ? 2 : 0;
        if (i.rd == 15 || i.rm == 15 || i.rs == 15 || (i.ra == 15 && i.sub != 2 && i.sub != 4)) {
            return unpred(w, "halfword multiply with pc");
        }
        if ((i.sub == 2 || i.sub == 4) && i.ra != 0) return unpred(w, "halfword multiply field bits");
        if (i.sub == 3 && i.ra == i.rd) return unpred(w, "SMLALxy with RdHi == RdLo");
        return need(Arch.ARMV5TE, i);
    }

    private Insn multiply(int w, int cond) {
        int op = bits(w, 23, 21);
        boolean s = bit(w, 20);
        if (op < 4) {
            Insn i = new Insn(w, Insn.MUL, cond);
            i.rd = bits(w, 19, 16);
            i.ra = bits(w, 15, 12);
            i.rs = bits(w, 11, 8);
            i.rm = bits(w, 3, 0);
            i.setFlags = s;
            switch (op) {
                case 0: i.sub = 0; if (i.ra != 0) return unpred(w, "MUL field bits"); break;
                case 1: i.sub = 1; break;
                case 2:
                    if (s) return undef(w, "UMAAL with S");
                    i = longMultiply(w, cond, 4, false);
                    return need(Arch.ARMV6, i);
                default:
                    if (s) return undef(w, "MLS with S");
                    i.sub = 2;
                    if (i.rd == 15 || i.rm == 15 || i.rs == 15 || i.ra == 15) return unpred(w, "multiply with pc");
                    return need(Arch.ARMV6T2, i);
            }
            if (i.rd == 15 || i.rm == 15 || i.rs == 15 || (i.sub == 1 && i.ra == 15)) return unpred(w, "multiply with pc");
            if (!cpu.has(Arch.ARMV6) && i.rd == i.rm) return unpred(w, "MUL Rd == Rn before ARMv6");
            return i;
        }
        return longMultiply(w, cond, op - 4, s);
    }

    /** sub: 0 UMULL, 1 UMLAL, 2 SMULL, 3 SMLAL, 4 UMAAL. */
    private Insn longMultiply(int w, int cond, int sub, boolean s) {
        Insn i = new Insn(w, Insn.MULL, cond);
        i.sub = sub;
        i.setFlags = s;
        i.rd = bits(w, 19, 16); // RdHi
        i.ra = bits(w, 15, 12); // RdLo
        i.rs = bits(w, 11, 8);
        i.rm = bits(w, 3, 0);
        if (i.rd == 15 || i.ra == 15 || i.rs == 15 || i.rm == 15) return unpred(w, "long multiply with pc");
        if (i.rd == i.ra) return unpred(w, "long multiply with RdHi == RdLo");
        if (!cpu.has(Arch.ARMV6) && (i.rd == i.rm || i.ra == i.rm)) return unpred(w, "long multiply Rd == Rn before ARMv6");
        return i;
    }

    // ---- loads and stores ----

    private Insn addressing(Insn i, int w) {
        i.index = bit(w, 24);
        i.add = bit(w, 23);
        i.writeback = !i.index || bit(w, 21);
        i.rn = bits(w, 19, 16);
        i.rd = bits(w, 15, 12);
        return i;
    }

    private Insn loadStore(int w, int cond, boolean reg) {
        Insn i = addressing(new Insn(w, reg ? Insn.LS_REG : Insn.LS_IMM, cond), w);
        boolean load = bit(w, 20), byteSize = bit(w, 22);
        if (!i.index && bit(w, 21)) return undef(w, "unprivileged load/store (LDRT/STRT)");
        i.sub = (byteSize ? 2 : 0) + (load ? 1 : 0);
        if (reg) {
            i.rm = bits(w, 3, 0);
            i.shiftType = bits(w, 6, 5);
            i.shiftAmount = bits(w, 11, 7);
            if (i.shiftType == 3 && i.shiftAmount == 0) i.shiftType = 4;
            else if ((i.shiftType == 1 || i.shiftType == 2) && i.shiftAmount == 0) i.shiftAmount = 32;
            if (i.rm == 15) return unpred(w, "register offset is pc");
            if (i.writeback && i.rm == i.rn && !cpu.has(Arch.ARMV6)) return unpred(w, "Rm == Rn with writeback");
        } else {
            i.imm = w & 0xfff;
        }
        if (i.writeback && (i.rn == 15 || i.rn == i.rd)) return unpred(w, "writeback with Rn == pc or Rn == Rt");
        if (byteSize && i.rd == 15) return unpred(w, "byte load/store of pc");
        return i;
    }

    private Insn extraLoadStore(int w, int cond) {
        Insn i = addressing(new Insn(w, Insn.LSX, cond), w);
        boolean load = bit(w, 20);
        int op2 = bits(w, 6, 5);
        boolean immForm = bit(w, 22);
        if (immForm) {
            i.imm = (bits(w, 11, 8) << 4) | bits(w, 3, 0);
            i.rm = -1;
        } else {
            if (bits(w, 11, 8) != 0) return unpred(w, "extra load/store field bits");
            i.rm = bits(w, 3, 0);
            if (i.rm == 15) return unpred(w, "register offset is pc");
        }
        switch (op2) {
            case 1: i.sub = load ? Insn.LDRH : Insn.STRH; break;
            case 2: i.sub = load ? Insn.LDRSB : Insn.LDRD; break;
            default: i.sub = load ? Insn.LDRSH : Insn.STRD; break;
        }
        if (i.sub == Insn.LDRD || i.sub == Insn.STRD) {
            if ((i.rd & 1) != 0 || i.rd == 14) return unpred(w, "LDRD/STRD with odd register or lr");
            if (i.writeback && (i.rn == 15 || i.rn == i.rd || i.rn == i.rd + 1)) {
                return unpred(w, "LDRD/STRD writeback to a transferred register or pc");
            }
            if (i.sub == Insn.LDRD && i.rm >= 0 && (i.rm == i.rd || i.rm == i.rd + 1)) {
                return unpred(w, "LDRD offset register is loaded");
            }
            return need(Arch.ARMV5TE, i);
        }
        if (i.rd == 15) return unpred(w, "halfword/signed byte transfer of pc");
        if (i.writeback && (i.rn == 15 || i.rn == i.rd)) return unpred(w, "writeback with Rn == pc or Rn == Rt");
        return i;
    }

    private Insn blockTransfer(int w, int cond) {
        Insn i = new Insn(w, Insn.BLOCK, cond);
        if (bit(w, 22)) return undef(w, "LDM/STM of user or exception registers");
        i.setFlags = bit(w, 20); // load
        i.index = bit(w, 24);    // before
        i.add = bit(w, 23);      // increment
        i.writeback = bit(w, 21);
        i.rn = bits(w, 19, 16);
        i.imm = w & 0xffff;
        if (i.rn == 15 || i.imm == 0) return unpred(w, "LDM/STM with pc base or empty list");
        if (i.writeback && ((i.imm >>> i.rn) & 1) != 0) {
            // Loading the base with writeback is unpredictable; storing it is only defined if it
            // is the lowest register (the original value is stored).
            if (i.setFlags || (i.imm & ((1 << i.rn) - 1)) != 0) return unpred(w, "LDM/STM writeback with base in list");
        }
        if (i.setFlags && (i.imm & 0x2000) != 0 && i.rn == 13 && i.writeback) {
            return unpred(w, "LDM of sp with sp writeback");
        }
        return i;
    }

    private Insn branch(int w, int cond) {
        Insn i = new Insn(w, bit(w, 24) ? Insn.BL : Insn.B, cond);
        i.imm = (w << 8) >> 6; // sign-extended imm24 * 4
        return i;
    }

    // ---- media instructions (A5.4) ----

    private Insn media(int w, int cond) {
        int op1 = bits(w, 24, 20);
        int op2 = bits(w, 7, 5);
        int rd = bits(w, 15, 12), rn = bits(w, 19, 16), rm = bits(w, 3, 0);
        if ((op1 & 0x18) == 0) { // parallel add/subtract
            Insn i = new Insn(w, Insn.PARALLEL, cond);
            i.sub = ((op1 & 3) << 3) | op2;  // prefix in bits 4:3 with U in bit 5 below
            i.sub |= (op1 & 4) << 3;
            i.rd = rd; i.rn = rn; i.rm = rm;
            if ((op1 & 3) == 0 || op2 == 5 || op2 == 6) return undef(w, "parallel add/subtract");
            if (bits(w, 11, 8) != 0xf) return unpred(w, "parallel add/subtract field bits");
            if (rd == 15 || rn == 15 || rm == 15) return unpred(w, "parallel add/subtract with pc");
            return need(Arch.ARMV6, i);
        }
        if ((op1 & 0x18) == 0x08) return packingSaturationReversal(w, cond, op1, op2, rd, rn, rm);
        if ((op1 & 0x18) == 0x10) {
            if ((op1 == 0x11 || op1 == 0x13) && op2 == 0) {
                Insn i = new Insn(w, Insn.DIV, cond);
                i.sub = op1 == 0x11 ? 0 : 1;
                i.rd = rn; i.rn = rm; i.rm = bits(w, 11, 8);
                if (rd != 15) return unpred(w, "divide field bits");
                if (i.rd == 15 || i.rn == 15 || i.rm == 15) return unpred(w, "divide with pc");
                if (!cpu.idiv()) return undef(w, "SDIV/UDIV: CPU " + cpu + " has no divide");
                return i;
            }
            return undef(w, "signed multiply (dual) not modelled");
        }
        if (op1 == 0x18 && op2 == 0) {
            Insn i = new Insn(w, Insn.USAD8, cond);
            i.rd = rn; i.ra = rd; i.rn = rm; i.rm = bits(w, 11, 8);
            if (i.rd == 15 || i.rn == 15 || i.rm == 15) return unpred(w, "USAD8 with pc");
            return need(Arch.ARMV6, i);
        }
        if ((op1 & 0x1e) == 0x1a && (op2 & 3) == 2 || (op1 & 0x1e) == 0x1e && (op2 & 3) == 2) {
            Insn i = new Insn(w, Insn.BFX, cond);
            i.sub = (op1 & 4) != 0 ? 1 : 0; // 1 = unsigned
            i.rd = rd; i.rn = rm;
            i.imm = bits(w, 11, 7);           // lsb
            i.ra = bits(w, 20, 16) + 1;       // width
            if (rd == 15 || rm == 15) return unpred(w, "bit field extract with pc");
            if (i.imm + i.ra > 32) return unpred(w, "bit field beyond bit 31");
            return need(Arch.ARMV6T2, i);
        }
        if ((op1 & 0x1e) == 0x1c && (op2 & 3) == 0) {
            Insn i = new Insn(w, Insn.BFI, cond);
            i.rd = rd; i.rn = rm; // rn == 15: BFC
            i.imm = bits(w, 11, 7);         // lsb
            i.ra = bits(w, 20, 16);         // msb
            if (rd == 15) return unpred(w, "bit field insert to pc");
            if (i.ra < i.imm) return unpred(w, "bit field msb < lsb");
            return need(Arch.ARMV6T2, i);
        }
        return undef(w, "media instruction");
    }

    private Insn packingSaturationReversal(int w, int cond, int op1, int op2, int rd, int rn, int rm) {
        int op = op1 & 7;
        if (op == 0 && (op2 & 1) == 0) { // PKH
            Insn i = new Insn(w, Insn.PKH, cond);
            i.rd = rd; i.rn = rn; i.rm = rm;
            i.sub = bit(w, 6) ? 1 : 0; // 1 = PKHTB (ASR)
            i.shiftAmount = bits(w, 11, 7);
            if (i.sub == 1 && i.shiftAmount == 0) i.shiftAmount = 32;
            if (rd == 15 || rn == 15 || rm == 15) return unpred(w, "PKH with pc");
            return need(Arch.ARMV6, i);
        }
        if (op2 == 3) { // extend (and add)
            Insn i = new Insn(w, Insn.EXTEND, cond);
            i.sub = op; // 0 SXTB16 1 - 2 SXTB 3 SXTH 4 UXTB16 5 - 6 UXTB 7 UXTH
            i.rd = rd; i.rn = rn; i.rm = rm;
            i.shiftAmount = bits(w, 11, 10) * 8;
            if (op == 1 || op == 5) return undef(w, "extend");
            if (bits(w, 9, 8) != 0) return unpred(w, "extend field bits");
            if (rd == 15 || rm == 15) return unpred(w, "extend with pc");
            return need(Arch.ARMV6, i);
        }
        if (op == 0 && op2 == 5) {
            Insn i = new Insn(w, Insn.SEL, cond);
            i.rd = rd; i.rn = rn; i.rm = rm;
            if (bits(w, 11, 8) != 0xf) return unpred(w, "SEL field bits");
            if (rd == 15 || rn == 15 || rm == 15) return unpred(w, "SEL with pc");
            return need(Arch.ARMV6, i);
        }
        if ((op & 2) != 0 && (op2 & 1) == 0) { // SSAT / USAT
            Insn i = new Insn(w, Insn.SAT, cond);
            i.sub = (op & 4) != 0 ? 1 : 0; // 1 = unsigned
            i.rd = rd; i.rm = rm;
            i.imm = bits(w, 20, 16) + (i.sub == 0 ? 1 : 0);
            i.shiftType = bit(w, 6) ? 2 : 0;
            i.shiftAmount = bits(w, 11, 7);
            if (i.shiftType == 2 && i.shiftAmount == 0) i.shiftAmount = 32;
            if (rd == 15 || rm == 15) return unpred(w, "saturate with pc");
            return need(Arch.ARMV6, i);
        }
        if ((op == 2 || op == 6) && op2 == 1) { // SSAT16 / USAT16
            Insn i = new Insn(w, Insn.SAT16, cond);
            i.sub = op == 6 ? 1 : 0;
            i.rd = rd; i.rm = rm;
            i.imm = bits(w, 19, 16) + (i.sub == 0 ? 1 : 0);
            if (bits(w, 11, 8) != 0xf) return unpred(w, "SAT16 field bits");
            if (rd == 15 || rm == 15) return unpred(w, "saturate with pc");
            return need(Arch.ARMV6, i);
        }
        int rev = -1;
        if (op == 3 && op2 == 1) rev = 0;      // REV
        else if (op == 3 && op2 == 5) rev = 1; // REV16
        else if (op == 7 && op2 == 5) rev = 2; // REVSH
        else if (op == 7 && op2 == 1) rev = 3; // RBIT
        if (rev >= 0) {
            Insn i = new Insn(w, Insn.REV, cond);
            i.sub = rev;
            i.rd = rd; i.rm = rm;
            if (rn != 15 || bits(w, 11, 8) != 0xf) return unpred(w, "reverse field bits");
            if (rd == 15 || rm == 15) return unpred(w, "reverse with pc");
            return need(rev == 3 ? Arch.ARMV6T2 : Arch.ARMV6, i);
        }
        return undef(w, "packing/saturation/reversal");
    }

    // ---- coprocessor space: SVC and VFP ----

    private Insn coprocessor(int w, int cond) {
        if (bits(w, 27, 24) == 0xf) {
            Insn i = new Insn(w, Insn.SVC, cond);
            i.imm = w & 0xffffff;
            return i;
        }
        int coproc = bits(w, 11, 8);
        if (coproc != 10 && coproc != 11) return undef(w, "coprocessor " + coproc);
        if (!cpu.vfp()) return undef(w, "VFP instruction on CPU without FPU (" + cpu + ")");
        boolean dbl = coproc == 11;
        if (bits(w, 27, 24) == 0xe) {
            if (!bit(w, 4)) return vfpDataProcessing(w, cond, dbl);
            return vfpCoreTransfer(w, cond);
        }
        if (bits(w, 27, 21) == 0x62) return vfpTwoCoreTransfer(w, cond, dbl);
        if (bits(w, 27, 25) == 6) return vfpLoadStore(w, cond, dbl);
        return undef(w, "coprocessor instruction");
    }

    /** VFP register number: single s(V:X) or double d(X:V); -1 if beyond D16. */
    private static int vreg(int w, int hi, int lo, int extraBit, boolean dbl) {
        int v = bits(w, hi, lo);
        int x = (w >>> extraBit) & 1;
        if (dbl) return x != 0 ? -1 : v;
        return (v << 1) | x;
    }

    private Insn vfpDataProcessing(int w, int cond, boolean dbl) {
        int opc1 = bits(w, 23, 20) & 0xb;
        boolean op6 = bit(w, 6);
        Insn i = new Insn(w, Insn.VARITH, cond);
        i.dbl = dbl;
        i.rd = vreg(w, 15, 12, 22, dbl);
        i.rn = vreg(w, 19, 16, 7, dbl);
        i.rm = vreg(w, 3, 0, 5, dbl);
        // VARITH sub: 0 VMLA 1 VMLS 2 VNMLS 3 VNMLA 4 VMUL 5 VNMUL 6 VADD 7 VSUB 8 VDIV
        switch (opc1) {
            case 0: i.sub = op6 ? 1 : 0; break;
            case 1: i.sub = op6 ? 3 : 2; break;
            case 2: i.sub = op6 ? 5 : 4; break;
            case 3: i.sub = op6 ? 7 : 6; break;
            case 8:
                if (op6) return undef(w, "VFP data processing");
                i.sub = 8;
                break;
            case 0xb: return vfpOther(w, cond, dbl);
            default: return undef(w, "fused multiply-add needs VFPv4");
        }
        if (i.rd < 0 || i.rn < 0 || i.rm < 0) return undef(w, "VFP register beyond d15 (D16 register file)");
        return i;
    }

    private Insn vfpOther(int w, int cond, boolean dbl) {
        int opc2 = bits(w, 19, 16);
        int opc3 = bits(w, 7, 6);
        int rd = vreg(w, 15, 12, 22, dbl), rm = vreg(w, 3, 0, 5, dbl);
        if ((opc3 & 1) == 0) {
            Insn i = new Insn(w, Insn.VMOV_IMM, cond);
            i.dbl = dbl;
            i.rd = rd;
            if (bits(w, 7, 4) != 0) return undef(w, "VMOV immediate field bits");
            if (rd < 0) return undef(w, "VFP register beyond d15");
            int imm8 = (opc2 << 4) | (w & 0xf);
            int b6 = (imm8 >>> 6) & 1;
            long sign = imm8 >>> 7;
            if (dbl) {
                long exp = ((b6 ^ 1L) << 10) | ((b6 != 0 ? 0xffL : 0) << 2) | ((imm8 >>> 4) & 3);
                i.imm = (int) ((sign << 31) | (exp << 20) | ((imm8 & 0xfL) << 16)); // high word
            } else {
                long exp = ((b6 ^ 1L) << 7) | ((b6 != 0 ? 0x1fL : 0) << 2) | ((imm8 >>> 4) & 3);
                i.imm = (int) ((sign << 31) | (exp << 23) | ((imm8 & 0xfL) << 19));
            }
            return need(Arch.ARMV7, i); // VFPv3
        }
        Insn i;
        switch (opc2) {
            case 0: case 1:
                i = new Insn(w, Insn.VUNARY, cond);
                i.sub = (opc2 << 1) | (opc3 >> 1); // 0 VMOV 1 VABS 2 VNEG 3 VSQRT
                break;
            case 4: case 5:
                i = new Insn(w, Insn.VCMP, cond);
                i.setFlags = (opc3 & 2) != 0; // E: quiet NaNs signal too (flags only matter for exceptions)
                i.sub = opc2 == 5 ? 1 : 0;    // compare with zero
                if (opc2 == 5 && (w & 0x2f) != 0) return undef(w, "VCMP #0 field bits");
                break;
            case 7:
                if (opc3 != 3) return undef(w, "VFP");
                i = new Insn(w, Insn.VCVT_DS, cond);
                i.rd = vreg(w, 15, 12, 22, !dbl); // destination has the other size
                i.rm = rm;
                i.dbl = dbl;
                if (i.rd < 0 || i.rm < 0) return undef(w, "VFP register beyond d15");
                return i;
            case 8:
                i = new Insn(w, Insn.VCVT_IF, cond);
                i.sub = (opc3 & 2) != 0 ? 1 : 0; // 1 = signed source
                i.rd = rd;
                i.rm = vreg(w, 3, 0, 5, false);
                i.dbl = dbl;
                if (i.rd < 0) return undef(w, "VFP register beyond d15");
                return i;
            case 12: case 13:
                i = new Insn(w, Insn.VCVT_FI, cond);
                i.sub = opc2 == 13 ? 1 : 0;          // 1 = signed result
                i.setFlags = (opc3 & 2) != 0;        // round toward zero (else FPSCR mode)
                i.rd = vreg(w, 15, 12, 22, false);
                i.rm = rm;
                i.dbl = dbl;
                if (i.rm < 0) return undef(w, "VFP register beyond d15");
                return i;
            default:
                return undef(w, "VFP conversion not modelled (half precision or fixed point)");
        }
        i.dbl = dbl;
        i.rd = rd;
        i.rm = rm;
        if (rd < 0 || rm < 0) return undef(w, "VFP register beyond d15");
        return i;
    }

    private Insn vfpCoreTransfer(int w, int cond) {
        boolean load = bit(w, 20);
        boolean c = bit(w, 8);
        int a = bits(w, 23, 21);
        int rt = bits(w, 15, 12);
        if (!c && a == 0) {
            if ((w & 0x6f) != 0x00 && (w & 0x6f) != 0) return undef(w, "VMOV field bits");
            Insn i = new Insn(w, Insn.VMOV_CS, cond);
            i.setFlags = load; // to core
            i.rd = rt;
            i.rn = vreg(w, 19, 16, 7, false);
            if (rt == 15) return unpred(w, "VMOV with pc");
            return i;
        }
        if (!c && a == 7) {
            int reg = bits(w, 19, 16);
            if (reg != 1) return undef(w, "VMRS/VMSR of a system register other than FPSCR");
            Insn i = new Insn(w, load ? Insn.VMRS : Insn.VMSR, cond);
            i.rd = rt;
            if (!load && rt == 15) return unpred(w, "VMSR from pc");
            return i;
        }
        if (c && (a & 4) == 0 && bits(w, 6, 5) == 0) {
            Insn i = new Insn(w, Insn.VMOV_SCALAR, cond);
            i.setFlags = load;
            i.rd = rt;
            if (bit(w, 7)) return undef(w, "VFP register beyond d15");
            i.rn = bits(w, 19, 16);
            i.imm = (w >>> 21) & 1; // which half
            if (rt == 15) return unpred(w, "VMOV with pc");
            return i;
        }
        return undef(w, "Advanced SIMD transfer not modelled");
    }

    private Insn vfpTwoCoreTransfer(int w, int cond, boolean dbl) {
        Insn i = new Insn(w, Insn.VMOV_C2, cond);
        i.setFlags = bit(w, 20); // to core
        i.rd = bits(w, 15, 12);
        i.ra = bits(w, 19, 16);
        i.dbl = dbl;
        if (bits(w, 7, 6) != 0) return undef(w, "VMOV field bits");
        i.rm = vreg(w, 3, 0, 5, dbl);
        if (i.rm < 0) return undef(w, "VFP register beyond d15");
        if (!dbl && i.rm == 31) return unpred(w, "VMOV of s31 and s32");
        if (i.rd == 15 || i.ra == 15 || (i.setFlags && i.rd == i.ra)) return unpred(w, "VMOV core pair with pc or same registers");
        return i;
    }

    private Insn vfpLoadStore(int w, int cond, boolean dbl) {
        int opcode = bits(w, 24, 20);
        boolean p = bit(w, 24), u = bit(w, 23), wb = bit(w, 21), load = bit(w, 20);
        int rn = bits(w, 19, 16);
        if (p && !wb) { // VLDR / VSTR
            Insn i = new Insn(w, Insn.VLS, cond);
            i.setFlags = load;
            i.dbl = dbl;
            i.rn = rn;
            i.rd = vreg(w, 15, 12, 22, dbl);
            i.imm = (u ? 1 : -1) * ((w & 0xff) << 2);
            if (i.rd < 0) return undef(w, "VFP register beyond d15");
            return i;
        }
        if ((opcode & 0x1a) == 0) return undef(w, "VFP load/store");
        if (p == u) return undef(w, "VLDM/VSTM addressing");
        Insn i = new Insn(w, Insn.VLSM, cond);
        i.setFlags = load;
        i.dbl = dbl;
        i.rn = rn;
        i.add = u;
        i.writeback = wb;
        int imm8 = w & 0xff;
        i.rd = vreg(w, 15, 12, 22, dbl);
        if (dbl) {
            if ((imm8 & 1) != 0) return undef(w, "FLDMX/FSTMX not modelled");
            i.imm = imm8 / 2;
            if (i.rd < 0 || i.imm == 0 || i.imm > 16 || i.rd + i.imm > 16) return unpred(w, "VLDM/VSTM register list");
        } else {
            i.imm = imm8;
            if (i.imm == 0 || i.rd + i.imm > 32) return unpred(w, "VLDM/VSTM register list");
        }
        if (rn == 15 && (wb || !cpu.has(Arch.ARMV7))) return unpred(w, "VLDM/VSTM with pc base");
        return i;
    }
}
