package org.armjit.arm.asm;

/**
 * Disassembles A32/VFP words to the text GNU objdump prints for them
 * ({@code arm-linux-gnueabihf-objdump -D -b binary -marm}, binutils 2.40), normalised by one rule
 * that the tests and the CLI both apply to objdump's output:
 * <ol>
 *   <li>the tab between mnemonic and operands becomes one space;</li>
 *   <li>objdump's trailing comment (from the tab before {@code @} to the end of the line) is dropped,
 *       e.g. {@code ldr r0, [pc, #8]} (no {@code @ 0x14}), {@code nop} for {@code mov r0, r0};</li>
 *   <li>VMOV immediate, where objdump prints the raw 8-bit field ({@code #112}) and the value only in its
 *       comment, prints the value instead, as Java's {@link Double#toString(double)} writes it ({@code #1.0});</li>
 *   <li>a line that is only a comment ({@code <UNDEFINED> instruction: 0x...}) keeps the comment text.</li>
 * </ol>
 * Branch targets print as absolute addresses ({@code b 0x48}), so the result depends on the word's address.
 * Every form {@link ArmAssembler} emits is covered; words outside that set that this class does not
 * decode print as {@code .word 0x%08x}.
 */
public final class Disassembler {
    private static final String[] DP_NAMES = {
        "and", "eor", "sub", "rsb", "add", "adc", "sbc", "rsc", "tst", "teq", "cmp", "cmn", "orr", "mov", "bic", "mvn"};
    private static final String[] SHIFT_NAMES = {"lsl", "lsr", "asr", "ror"};

    private Disassembler() {
    }

    /** The normalised objdump text for {@code word} sitting at {@code address}. */
    public static String disassemble(int word, int address) {
        String s = decode(word, address);
        return s != null ? s : String.format(".word 0x%08x", word);
    }

    private static String decode(int w, int address) {
        int condCode = w >>> 28;
        if (condCode == 15) {
            return unconditional(w);
        }
        String c = Condition.of(condCode).suffix();
        switch ((w >>> 25) & 7) {
            case 0:
                if ((w & 0x90) == 0x90) {
                    return (w & 0x60) == 0 ? multiply(w, c) : extraLoadStore(w, c);
                }
                if ((w & 0x01900000) == 0x01000000) {
                    return miscellaneous(w, c);
                }
                return dataProcessing(w, c);
            case 1:
                if ((w & 0x01900000) == 0x01000000) {
                    return immediateMisc(w, c);
                }
                return dataProcessing(w, c);
            case 2:
                return loadStore(w, c);
            case 3:
                return (w & 0x10) != 0 ? media(w, c) : loadStore(w, c);
            case 4:
                return blockTransfer(w, c);
            case 5: {
                int target = address + 8 + ((w << 8) >> 6);
                return ((w & 0x01000000) != 0 ? "bl" : "b") + c + " 0x" + Integer.toHexString(target);
            }
            case 6:
                return coprocessorTransfer(w, c);
            default:
                if ((w & 0x01000000) != 0) {
                    return "svc" + c + String.format(" 0x%08x", w & 0xffffff);
                }
                return vfpOther(w, c);
        }
    }

    private static String reg(int w, int shift) {
        return Register.of(w >>> shift).gnuName();
    }

    // ---------------------------------------------------------------- data processing

    private static String dataProcessing(int w, String c) {
        int op = (w >>> 21) & 15;
        boolean s = (w & 0x00100000) != 0;
        String rd = reg(w, 12);
        String rn = reg(w, 16);
        boolean imm = (w & 0x02000000) != 0;
        DataOp dop = DataOp.of(op);
        if (dop.isComparison()) {
            return DP_NAMES[op] + c + " " + rn + ", " + operand2(w);
        }
        String sfx = (s ? "s" : "") + c;
        if (dop == DataOp.MOV && !imm) {
            // objdump prints register moves with a shift as the shift mnemonics
            int type = (w >>> 5) & 3;
            String rm = reg(w, 0);
            if ((w & 0x10) != 0) {
                return SHIFT_NAMES[type] + sfx + " " + rd + ", " + rm + ", " + reg(w, 8);
            }
            int amount = (w >>> 7) & 31;
            if (type == 0 && amount == 0) {
                if (w == 0xe1a00000) {
                    return "nop";
                }
                return "mov" + sfx + " " + rd + ", " + rm;
            }
            if (type == 3 && amount == 0) {
                return "rrx" + sfx + " " + rd + ", " + rm;
            }
            if (amount == 0) {
                amount = 32;
            }
            return SHIFT_NAMES[type] + sfx + " " + rd + ", " + rm + ", #" + amount;
        }
        if (dop.isMove()) {
            return DP_NAMES[op] + sfx + " " + rd + ", " + operand2(w);
        }
        return DP_NAMES[op] + sfx + " " + rd + ", " + rn + ", " + operand2(w);
    }

    private static String operand2(int w) {
        if ((w & 0x02000000) != 0) {
            return "#" + ModifiedImmediate.decode(w & 0xfff);
        }
        return shiftedRegister(w);
    }

    /** rm with its shift, as in data processing and register offsets: "rm", "rm, lsl #2", "rm, rrx", "rm, lsl rs". */
    private static String shiftedRegister(int w) {
        String rm = reg(w, 0);
        int type = (w >>> 5) & 3;
        if ((w & 0x10) != 0 && (w & 0x0e000000) == 0) {
            return rm + ", " + SHIFT_NAMES[type] + " " + reg(w, 8);
        }
        int amount = (w >>> 7) & 31;
        if (amount == 0) {
            if (type == 0) {
                return rm;
            }
            if (type == 3) {
                return rm + ", rrx";
            }
            amount = 32;
        }
        return rm + ", " + SHIFT_NAMES[type] + " #" + amount;
    }

    // ---------------------------------------------------------------- multiply and misc

    private static String multiply(int w, String c) {
        int op = (w >>> 21) & 15;
        String s = (w & 0x00100000) != 0 ? "s" : "";
        String rdHi = reg(w, 16);
        String rdLo = reg(w, 12);
        String rm = reg(w, 8);
        String rn = reg(w, 0);
        switch (op) {
            case 0: return "mul" + s + c + " " + rdHi + ", " + rn + ", " + rm;
            case 1: return "mla" + s + c + " " + rdHi + ", " + rn + ", " + rm + ", " + rdLo;
            case 3: return s.isEmpty() ? "mls" + c + " " + rdHi + ", " + rn + ", " + rm + ", " + rdLo : null;
            case 4: return "umull" + s + c + " " + rdLo + ", " + rdHi + ", " + rn + ", " + rm;
            case 5: return "umlal" + s + c + " " + rdLo + ", " + rdHi + ", " + rn + ", " + rm;
            case 6: return "smull" + s + c + " " + rdLo + ", " + rdHi + ", " + rn + ", " + rm;
            case 7: return "smlal" + s + c + " " + rdLo + ", " + rdHi + ", " + rn + ", " + rm;
            default: return null;
        }
    }

    private static String miscellaneous(int w, String c) {
        if ((w & 0x0fff0fff) == 0x010f0000) {
            return "mrs" + c + " " + reg(w, 12) + ", CPSR";
        }
        if ((w & 0x0ff0fff0) == 0x0120f000 && (w & 0x000f0000) != 0) {
            return "msr" + c + " " + psrFields(w) + ", " + reg(w, 0);
        }
        if ((w & 0x0ffffff0) == 0x012fff10) {
            return "bx" + c + " " + reg(w, 0);
        }
        if ((w & 0x0ffffff0) == 0x012fff30) {
            return "blx" + c + " " + reg(w, 0);
        }
        if ((w & 0x0fff0ff0) == 0x016f0f10) {
            return "clz" + c + " " + reg(w, 12) + ", " + reg(w, 0);
        }
        if ((w & 0xfff000f0) == 0xe1200070) {
            return String.format("bkpt 0x%04x", (w >>> 4) & 0xfff0 | w & 0xf);
        }
        return null;
    }

    private static String psrFields(int w) {
        StringBuilder sb = new StringBuilder("CPSR_");
        if ((w & 0x00080000) != 0) {
            sb.append('f');
        }
        if ((w & 0x00040000) != 0) {
            sb.append('s');
        }
        if ((w & 0x00020000) != 0) {
            sb.append('x');
        }
        if ((w & 0x00010000) != 0) {
            sb.append('c');
        }
        return sb.toString();
    }

    private static String immediateMisc(int w, String c) {
        int top = w & 0x0ff00000;
        if (top == 0x03000000 || top == 0x03400000) {
            int imm = (w >>> 4) & 0xf000 | w & 0xfff;
            return (top == 0x03000000 ? "movw" : "movt") + c + " " + reg(w, 12) + ", #" + imm;
        }
        if ((w & 0x0ffffff) == 0x020f000 && top == 0x03200000) {
            return "nop" + c + " {0}";
        }
        if (top == 0x03200000 && (w & 0x000f0000) != 0 && (w & 0xf000) == 0xf000) {
            return "msr" + c + " " + psrFields(w) + ", #" + ModifiedImmediate.decode(w & 0xfff);
        }
        return null;
    }

    private static String unconditional(int w) {
        if ((w & 0xffffff00) == 0xf57ff000) {
            int op = (w >>> 4) & 15;
            String name = op == 4 ? "dsb" : op == 5 ? "dmb" : op == 6 ? "isb" : null;
            if (name == null) {
                return null;
            }
            int option = w & 15;
            BarrierOption o = BarrierOption.of(option);
            if (o != null && (op != 6 || o == BarrierOption.SY)) {
                return name + " " + o.gnuName();
            }
            return name + " #" + option;
        }
        return null;
    }

    private static String media(int w, String c) {
        if ((w & 0x0f8003f0) == 0x06800070 && ((w >>> 16) & 15) == 15) {
            String name;
            switch ((w >>> 20) & 7) {
                case 2: name = "sxtb"; break;
                case 3: name = "sxth"; break;
                case 6: name = "uxtb"; break;
                case 7: name = "uxth"; break;
                default: return null;
            }
            int rot = ((w >>> 10) & 3) * 8;
            return name + c + " " + reg(w, 12) + ", " + reg(w, 0) + (rot == 0 ? "" : ", ror #" + rot);
        }
        if ((w & 0x0fd0f0f0) == 0x0710f010) {
            return ((w & 0x00200000) != 0 ? "udiv" : "sdiv") + c + " " + reg(w, 16) + ", " + reg(w, 0) + ", " + reg(w, 8);
        }
        return null;
    }

    // ---------------------------------------------------------------- loads and stores

    private static String loadStore(int w, String c) {
        boolean p = (w & 0x01000000) != 0;
        boolean u = (w & 0x00800000) != 0;
        boolean b = (w & 0x00400000) != 0;
        boolean wb = (w & 0x00200000) != 0;
        boolean l = (w & 0x00100000) != 0;
        boolean reg = (w & 0x02000000) != 0;
        String rn = reg(w, 16);
        String rt = reg(w, 12);
        // objdump: a single-register push/pop
        if (!reg && !b && ((w >>> 16) & 15) == 13) {
            if (!l && p && !u && wb && (w & 0xfff) == 4) {
                return "push" + c + " {" + rt + "}";
            }
            if (l && !p && u && !wb && (w & 0xfff) == 4) {
                return "pop" + c + " {" + rt + "}";
            }
        }
        String name = (l ? "ldr" : "str") + (b ? "b" : "") + (!p && wb ? "t" : "") + c;
        String offset;
        if (reg) {
            offset = (u ? "" : "-") + shiftedRegister(w);
        } else {
            int imm = w & 0xfff;
            offset = "#" + (u ? "" : "-") + imm;
            if (p && !wb && u && imm == 0) {
                return name + " " + rt + ", [" + rn + "]";
            }
        }
        return name + " " + rt + ", " + address(rn, offset, p, wb);
    }

    private static String address(String rn, String offset, boolean p, boolean wb) {
        if (p) {
            return "[" + rn + ", " + offset + "]" + (wb ? "!" : "");
        }
        return "[" + rn + "], " + offset;
    }

    private static String extraLoadStore(int w, String c) {
        boolean p = (w & 0x01000000) != 0;
        boolean u = (w & 0x00800000) != 0;
        boolean imm = (w & 0x00400000) != 0;
        boolean wb = (w & 0x00200000) != 0;
        boolean l = (w & 0x00100000) != 0;
        int sh = (w >>> 5) & 3;
        String name;
        if (l) {
            name = sh == 1 ? "ldrh" : sh == 2 ? "ldrsb" : "ldrsh";
        } else {
            name = sh == 1 ? "strh" : sh == 2 ? "ldrd" : "strd";
        }
        if (!p && wb) {
            return null;
        }
        if (!imm && (w & 0xf00) != 0) {
            return null;
        }
        String rn = reg(w, 16);
        String rt = reg(w, 12);
        name += c;
        if (imm) {
            int off = (w >>> 4) & 0xf0 | w & 0xf;
            if (p && !wb && u && off == 0) {
                return name + " " + rt + ", [" + rn + "]";
            }
            return name + " " + rt + ", " + address(rn, "#" + (u ? "" : "-") + off, p, wb);
        }
        return name + " " + rt + ", " + address(rn, (u ? "" : "-") + reg(w, 0), p, wb);
    }

    private static String blockTransfer(int w, String c) {
        boolean load = (w & 0x00100000) != 0;
        boolean wb = (w & 0x00200000) != 0;
        if ((w & 0x00400000) != 0) {
            return null;
        }
        int mode = (w >>> 23) & 3;
        int rn = (w >>> 16) & 15;
        int list = w & 0xffff;
        String regs = registerList(list);
        if (rn == 13 && wb) {
            boolean many = Integer.bitCount(list) > 1;
            if (load && mode == 1) {
                return many ? "pop" + c + " " + regs : "ldmfd" + c + " sp!, " + regs;
            }
            if (!load && mode == 2) {
                return many ? "push" + c + " " + regs : "stmfd" + c + " sp!, " + regs;
            }
        }
        String name;
        switch (mode) {
            case 0: name = "da"; break;
            case 1: name = load || !wb ? "" : "ia"; break;
            case 2: name = "db"; break;
            default: name = "ib"; break;
        }
        return (load ? "ldm" : "stm") + name + c + " " + Register.of(rn).gnuName() + (wb ? "!" : "") + ", " + regs;
    }

    private static String registerList(int list) {
        StringBuilder sb = new StringBuilder("{");
        for (int r = 0; r < 16; r++) {
            if ((list & (1 << r)) != 0) {
                if (sb.length() > 1) {
                    sb.append(", ");
                }
                sb.append(Register.of(r).gnuName());
            }
        }
        return sb.append('}').toString();
    }

    // ---------------------------------------------------------------- VFP

    private static String sreg(int field, int extra) {
        return "s" + (field << 1 | extra);
    }

    private static String dreg(int field, int extra) {
        return "d" + (extra << 4 | field);
    }

    private static String vd(int w, boolean dbl) {
        int f = (w >>> 12) & 15;
        int x = (w >>> 22) & 1;
        return dbl ? dreg(f, x) : sreg(f, x);
    }

    private static String vn(int w, boolean dbl) {
        int f = (w >>> 16) & 15;
        int x = (w >>> 7) & 1;
        return dbl ? dreg(f, x) : sreg(f, x);
    }

    private static String vm(int w, boolean dbl) {
        int f = w & 15;
        int x = (w >>> 5) & 1;
        return dbl ? dreg(f, x) : sreg(f, x);
    }

    private static String coprocessorTransfer(int w, String c) {
        int cp = (w >>> 8) & 15;
        if (cp != 10 && cp != 11) {
            return null;
        }
        boolean dbl = cp == 11;
        if ((w & 0x0fe00000) == 0x0c400000) {
            // 64-bit transfers between core registers and a double (or two singles)
            if (!dbl || (w & 0xd0) != 0x10) {
                return null;
            }
            String rt = reg(w, 12);
            String rt2 = reg(w, 16);
            String dm = vm(w, true);
            return (w & 0x00100000) != 0 ? "vmov" + c + " " + rt + ", " + rt2 + ", " + dm
                    : "vmov" + c + " " + dm + ", " + rt + ", " + rt2;
        }
        int pu = (w >>> 23) & 3;
        boolean wb = (w & 0x00200000) != 0;
        boolean load = (w & 0x00100000) != 0;
        int rn = (w >>> 16) & 15;
        int imm8 = w & 0xff;
        if ((pu == 2 || pu == 3) && !wb) {
            // VLDR/VSTR
            int off = imm8 * 4;
            String base = Register.of(rn).gnuName();
            String addr = (pu == 3 && off == 0) ? "[" + base + "]" : "[" + base + ", #" + (pu == 3 ? "" : "-") + off + "]";
            return (load ? "vldr" : "vstr") + c + " " + vd(w, dbl) + ", " + addr;
        }
        if (rn == 13 && wb && ((pu == 2 && !load) || (pu == 1 && load))) {
            if (imm8 == 0 || (dbl && (imm8 & 1) != 0)) {
                return null;
            }
            int count = dbl ? imm8 / 2 : imm8;
            String first = vd(w, dbl);
            int firstIndex = Integer.parseInt(first.substring(1));
            String list = count == 1 ? "{" + first + "}" : "{" + first + "-" + first.charAt(0) + (firstIndex + count - 1) + "}";
            return (load ? "vpop" : "vpush") + c + " " + list;
        }
        return null;
    }

    private static String vfpOther(int w, String c) {
        int cp = (w >>> 8) & 15;
        if (cp != 10 && cp != 11) {
            return null;
        }
        boolean dbl = cp == 11;
        if ((w & 0x10) != 0) {
            return vfpCoreTransfer(w, c, dbl);
        }
        String t = dbl ? ".f64" : ".f32";
        int opc1 = (w >>> 20) & 0xb;
        boolean op6 = (w & 0x40) != 0;
        switch (opc1) {
            case 0: return (op6 ? "vmls" : "vmla") + c + t + " " + vd(w, dbl) + ", " + vn(w, dbl) + ", " + vm(w, dbl);
            case 2: return (op6 ? "vnmul" : "vmul") + c + t + " " + vd(w, dbl) + ", " + vn(w, dbl) + ", " + vm(w, dbl);
            case 3: return (op6 ? "vsub" : "vadd") + c + t + " " + vd(w, dbl) + ", " + vn(w, dbl) + ", " + vm(w, dbl);
            case 8: return op6 ? null : "vdiv" + c + t + " " + vd(w, dbl) + ", " + vn(w, dbl) + ", " + vm(w, dbl);
            case 0xb: return vfpUnary(w, c, dbl, t);
            default: return null;
        }
    }

    private static String vfpUnary(int w, String c, boolean dbl, String t) {
        if (!((w & 0x40) != 0)) {
            // VMOV immediate
            int imm8 = ((w >>> 16) & 15) << 4 | w & 15;
            if ((w & 0xa0) != 0) {
                return null;
            }
            return "vmov" + c + t + " " + vd(w, dbl) + ", #" + VfpImmediate.decode(imm8);
        }
        int opc2 = (w >>> 16) & 15;
        boolean op7 = (w & 0x80) != 0;
        switch (opc2) {
            case 0: return (op7 ? "vabs" : "vmov") + c + t + " " + vd(w, dbl) + ", " + vm(w, dbl);
            case 1: return (op7 ? "vsqrt" : "vneg") + c + t + " " + vd(w, dbl) + ", " + vm(w, dbl);
            case 4: return (op7 ? "vcmpe" : "vcmp") + c + t + " " + vd(w, dbl) + ", " + vm(w, dbl);
            case 5: return (w & 0x2f) != 0 ? null : (op7 ? "vcmpe" : "vcmp") + c + t + " " + vd(w, dbl) + ", #0.0";
            case 7:
                if (!op7) {
                    return null;
                }
                return "vcvt" + c + (dbl ? ".f32.f64 " : ".f64.f32 ") + vd(w, !dbl) + ", " + vm(w, dbl);
            case 8:
                return "vcvt" + c + t + (op7 ? ".s32 " : ".u32 ") + vd(w, dbl) + ", " + vm(w, false);
            case 12: case 13:
                return "vcvt" + (op7 ? "" : "r") + c + (opc2 == 13 ? ".s32" : ".u32") + t + " " + vd(w, false) + ", " + vm(w, dbl);
            default: return null;
        }
    }

    private static String vfpCoreTransfer(int w, String c, boolean dbl) {
        if (dbl) {
            return null;
        }
        int top = (w >>> 21) & 7;
        boolean toCore = (w & 0x00100000) != 0;
        if (top == 0 && (w & 0x6f) == 0) {
            String sn = vn(w, false);
            String rt = reg(w, 12);
            return toCore ? "vmov" + c + " " + rt + ", " + sn : "vmov" + c + " " + sn + ", " + rt;
        }
        if (top == 7 && (w & 0xef) == 0 && ((w >>> 16) & 15) == 1) {
            int rt = (w >>> 12) & 15;
            if (toCore) {
                return "vmrs" + c + " " + (rt == 15 ? "APSR_nzcv" : Register.of(rt).gnuName()) + ", fpscr";
            }
            return "vmsr" + c + " fpscr, " + Register.of(rt).gnuName();
        }
        return null;
    }
}
