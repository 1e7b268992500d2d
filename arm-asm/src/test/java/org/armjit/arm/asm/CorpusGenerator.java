package org.armjit.arm.asm;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Generates GNU-syntax A32/VFP instruction lines, one word each, covering every form ArmAssembler
 * encodes. Operands are drawn half from edge sets (0, max, -0, lsr #32, sp, lr, pc where legal ...) and
 * half uniformly; with {@code edgesOnly} only from the edge sets. Unpredictable combinations (which objdump
 * flags) are avoided. Lines may use any spelling GNU as accepts (aliases, hex, {@code ldmfd}, two-operand
 * forms); the tests compare words, not text.
 */
final class CorpusGenerator {
    private final Random rnd;
    private final boolean edgesOnly;
    private final List<Supplier<String>> forms = new ArrayList<>();
    private int address;

    CorpusGenerator(long seed, boolean edgesOnly) {
        this.rnd = new Random(seed);
        this.edgesOnly = edgesOnly;
        forms.add(this::dpImmediate);
        forms.add(this::dpImmediate);
        forms.add(this::dpRegister);
        forms.add(this::dpRegister);
        forms.add(this::dpRegisterShifted);
        forms.add(this::shiftAlias);
        forms.add(this::movwMovt);
        forms.add(this::multiply);
        forms.add(this::longMultiply);
        forms.add(this::divideClzExtend);
        forms.add(this::psr);
        forms.add(this::loadStoreImmediate);
        forms.add(this::loadStoreImmediate);
        forms.add(this::loadStoreRegister);
        forms.add(this::extraImmediate);
        forms.add(this::extraRegister);
        forms.add(this::dual);
        forms.add(this::block);
        forms.add(this::pushPop);
        forms.add(this::branch);
        forms.add(this::system);
        forms.add(this::vfp3);
        forms.add(this::vfp3);
        forms.add(this::vfp2);
        forms.add(this::vcmp);
        forms.add(this::vmovImmediate);
        forms.add(this::vmovCore);
        forms.add(this::vmrsVmsr);
        forms.add(this::vldrVstr);
        forms.add(this::vpushVpop);
        forms.add(this::vcvt);
        forms.add(this::vcvt);
    }

    int formCount() {
        return forms.size();
    }

    /** {@code n} lines; line i will sit at address 4*i. */
    List<String> lines(int n) {
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            address = 4 * i;
            // round-robin first so every form appears, then random
            out.add(forms.get(i < forms.size() * 8 ? i % forms.size() : rnd.nextInt(forms.size())).get());
        }
        return out;
    }

    // ---------------------------------------------------------------- operand helpers

    private boolean edge() {
        return edgesOnly || rnd.nextBoolean();
    }

    private int pick(int... values) {
        return values[rnd.nextInt(values.length)];
    }

    private String pick(String... values) {
        return values[rnd.nextInt(values.length)];
    }

    private static final String[] COND = {"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"};

    private String cond() {
        if (rnd.nextInt(3) != 0) {
            return "";
        }
        int i = rnd.nextInt(COND.length + 3);
        return i < COND.length ? COND[i] : pick("hs", "lo", "al");
    }

    private String s() {
        return rnd.nextBoolean() ? "s" : "";
    }

    /** r0-r12, sp, lr in some spelling. */
    private String reg() {
        return name(edge() ? pick(0, 12, 13, 14, 7, 10, 11) : rnd.nextInt(15));
    }

    private String regOrPc() {
        return rnd.nextInt(8) == 0 ? "pc" : reg();
    }

    /** r0-r12 and lr: no sp, no pc. */
    private int lowReg() {
        int r = edge() ? pick(0, 1, 7, 12, 14) : rnd.nextInt(14);
        return r == 13 ? 14 : r;
    }

    private String name(int r) {
        switch (r) {
            case 9: return pick("r9", "sb");
            case 10: return pick("r10", "sl");
            case 11: return pick("r11", "fp");
            case 12: return pick("r12", "ip");
            case 13: return pick("sp", "r13");
            case 14: return pick("lr", "r14");
            case 15: return "pc";
            default: return "r" + r;
        }
    }

    private String num(long v) {
        if (v < 0) {
            return Long.toString(v);
        }
        return rnd.nextBoolean() ? Long.toString(v) : "0x" + Long.toHexString(v);
    }

    private int modifiedImmediate() {
        if (edge()) {
            return pick(0, 1, 255, 256, 0x3fc, 0xff000000, 0xf000000f, 0x80000000, 0x0ff00000, 0xc0000003, 0x104, 4);
        }
        return Integer.rotateRight(rnd.nextInt(256), 2 * rnd.nextInt(16));
    }

    private String shiftImm() {
        String[] kinds = {"lsl", "lsr", "asr", "ror", "rrx"};
        String k = kinds[rnd.nextInt(kinds.length)];
        if (k.equals("rrx")) {
            return "rrx";
        }
        int lo = k.equals("lsl") ? 0 : 1;
        int hi = k.equals("lsl") || k.equals("ror") ? 31 : 32;
        int a = edge() ? pick(lo, hi) : lo + rnd.nextInt(hi - lo + 1);
        return k + " #" + a;
    }

    private String shiftAny() {
        return pick("lsl", "lsr", "asr", "ror");
    }

    // ---------------------------------------------------------------- forms

    private static final String[] DP = {"and", "eor", "sub", "rsb", "add", "adc", "sbc", "rsc", "tst", "teq", "cmp", "cmn", "orr", "mov", "bic", "mvn"};

    private String dpHead(String op) {
        boolean cmp = op.equals("tst") || op.equals("teq") || op.equals("cmp") || op.equals("cmn");
        return op + (cmp ? "" : s()) + cond();
    }

    private String dpDest(String op, boolean allowPc) {
        boolean cmp = op.equals("tst") || op.equals("teq") || op.equals("cmp") || op.equals("cmn");
        boolean move = op.equals("mov") || op.equals("mvn");
        String rd = allowPc ? regOrPc() : reg();
        String rn = allowPc ? regOrPc() : reg();
        if (cmp) {
            return rn;
        }
        return move ? rd : rd + ", " + rn;
    }

    private String dpImmediate() {
        String op = DP[rnd.nextInt(DP.length)];
        int v = modifiedImmediate();
        // sometimes a value that only encodes with the complementary opcode (GNU as swaps)
        if (rnd.nextInt(6) == 0) {
            switch (op) {
                case "mov": case "mvn": case "and": case "bic": case "adc": case "sbc": v = ~v; break;
                case "add": case "sub": case "cmp": case "cmn": if (v != 0) { v = -v; } break;
                default: break;
            }
        }
        String imm = rnd.nextBoolean() ? Integer.toString(v) : "0x" + Integer.toHexString(v);
        // GNU as turns add/sub with pc into an ADR-style fixup that rejects some constants: keep pc out there
        boolean pcOk = !op.equals("add") && !op.equals("sub") && rnd.nextInt(4) == 0;
        return dpHead(op) + " " + dpDest(op, pcOk) + ", #" + imm;
    }

    private String dpRegister() {
        String op = DP[rnd.nextInt(DP.length)];
        String rm = regOrPc();
        String shift = rnd.nextInt(3) == 0 ? "" : ", " + shiftImm();
        return dpHead(op) + " " + dpDest(op, true) + ", " + rm + shift;
    }

    private String dpRegisterShifted() {
        String op = DP[rnd.nextInt(DP.length)];
        return dpHead(op) + " " + dpDest(op, false) + ", " + reg() + ", " + shiftAny() + " " + reg();
    }

    private String shiftAlias() {
        String k = pick("lsl", "lsr", "asr", "ror", "rrx");
        String head = k + s() + cond() + " " + reg() + ", " + reg();
        if (k.equals("rrx")) {
            return head;
        }
        if (rnd.nextBoolean()) {
            return head + ", " + reg();
        }
        int lo = k.equals("lsl") ? 0 : 1;
        int hi = k.equals("lsl") || k.equals("ror") ? 31 : 32;
        if (k.equals("lsl") && rnd.nextInt(4) != 0) {
            lo = 1;
        }
        return head + ", #" + (edge() ? pick(lo, hi) : lo + rnd.nextInt(hi - lo + 1));
    }

    private String movwMovt() {
        int v = edge() ? pick(0, 1, 0xfff, 0x1000, 0xffff, 0x8000) : rnd.nextInt(0x10000);
        return pick("movw", "movt") + cond() + " " + name(lowReg()) + ", #" + num(v);
    }

    private String multiply() {
        String rd = name(lowReg());
        String rn = name(lowReg());
        String rm = name(lowReg());
        String ra = name(lowReg());
        switch (rnd.nextInt(3)) {
            case 0: return "mul" + s() + cond() + " " + rd + ", " + rn + ", " + rm;
            case 1: return "mla" + s() + cond() + " " + rd + ", " + rn + ", " + rm + ", " + ra;
            default: return "mls" + cond() + " " + rd + ", " + rn + ", " + rm + ", " + ra;
        }
    }

    private String longMultiply() {
        int lo = lowReg();
        int hi;
        do {
            hi = lowReg();
        } while (hi == lo);
        return pick("umull", "umlal", "smull", "smlal") + s() + cond() + " " + name(lo) + ", " + name(hi) + ", "
                + name(lowReg()) + ", " + name(lowReg());
    }

    private String divideClzExtend() {
        switch (rnd.nextInt(3)) {
            case 0: return pick("sdiv", "udiv") + cond() + " " + name(lowReg()) + ", " + name(lowReg()) + ", " + name(lowReg());
            case 1: return "clz" + cond() + " " + name(lowReg()) + ", " + name(lowReg());
            default: {
                int rot = pick(0, 0, 8, 16, 24);
                return pick("sxtb", "sxth", "uxtb", "uxth") + cond() + " " + name(lowReg()) + ", " + name(lowReg())
                        + (rot == 0 ? "" : ", ror #" + rot);
            }
        }
    }

    private String psr() {
        switch (rnd.nextInt(3)) {
            case 0: return "mrs" + cond() + " " + name(lowReg()) + ", " + pick("APSR", "CPSR", "apsr");
            case 1: return "msr" + cond() + " " + pick("APSR_nzcvq", "APSR_g", "APSR_nzcvqg", "CPSR_f", "CPSR_s", "CPSR_fs")
                    + ", " + name(lowReg());
            default: return "msr" + cond() + " " + pick("APSR_nzcvq", "APSR_g", "APSR_nzcvqg") + ", #" + num(modifiedImmediate() & 0xffffffffL);
        }
    }

    private String signedOffset(int max) {
        int v = edge() ? pick(0, 1, max, max - 1, 4) : rnd.nextInt(max + 1);
        boolean neg = rnd.nextBoolean();
        return "#" + (neg ? "-" : "") + v;
    }

    private String loadStoreImmediate() {
        String op = pick("ldr", "str", "ldrb", "strb");
        boolean byteOp = op.endsWith("b");
        int mode = rnd.nextInt(3);
        int rt = lowReg();
        if (op.equals("ldr") && rnd.nextInt(8) == 0) {
            rt = 15;
        }
        int rn;
        if (mode == 0 && rt != 15 && rnd.nextInt(6) == 0) {
            rn = 15;
        } else {
            do {
                rn = edge() ? pick(13, 0, 12, 14) : rnd.nextInt(15);
            } while (mode != 0 && rn == rt);
        }
        String off = signedOffset(4095);
        String head = op + cond() + " " + name(rt) + ", ";
        switch (mode) {
            case 0: return head + (rnd.nextInt(5) == 0 ? "[" + name(rn) + "]" : "[" + name(rn) + ", " + off + "]");
            case 1: return head + "[" + name(rn) + ", " + off + "]!";
            default: return head + "[" + name(rn) + "], " + off;
        }
    }

    private String loadStoreRegister() {
        String op = pick("ldr", "str", "ldrb", "strb");
        int mode = rnd.nextInt(3);
        int rt = lowReg();
        int rn;
        int rm;
        do {
            rn = rnd.nextInt(15);
            rm = lowReg();
        } while (mode != 0 && (rn == rt || rn == rm));
        String sign = pick("", "-", "+");
        String shift = rnd.nextBoolean() ? "" : ", " + shiftImm();
        String off = sign + name(rm) + shift;
        String head = op + cond() + " " + name(rt) + ", ";
        switch (mode) {
            case 0: return head + "[" + name(rn) + ", " + off + "]";
            case 1: return head + "[" + name(rn) + ", " + off + "]!";
            default: return head + "[" + name(rn) + "], " + off;
        }
    }

    private String extraImmediate() {
        String op = pick("ldrh", "strh", "ldrsb", "ldrsh");
        int mode = rnd.nextInt(3);
        int rt = lowReg();
        int rn;
        do {
            rn = rnd.nextInt(15);
        } while (mode != 0 && rn == rt);
        String off = signedOffset(255);
        String head = op + cond() + " " + name(rt) + ", ";
        switch (mode) {
            case 0: return head + (rnd.nextInt(5) == 0 ? "[" + name(rn) + "]" : "[" + name(rn) + ", " + off + "]");
            case 1: return head + "[" + name(rn) + ", " + off + "]!";
            default: return head + "[" + name(rn) + "], " + off;
        }
    }

    private String extraRegister() {
        String op = pick("ldrh", "strh", "ldrsb", "ldrsh");
        int mode = rnd.nextInt(3);
        int rt = lowReg();
        int rn;
        int rm;
        do {
            rn = rnd.nextInt(15);
            rm = lowReg();
        } while (mode != 0 && (rn == rt || rn == rm));
        String off = pick("", "-", "+") + name(rm);
        String head = op + cond() + " " + name(rt) + ", ";
        switch (mode) {
            case 0: return head + "[" + name(rn) + ", " + off + "]";
            case 1: return head + "[" + name(rn) + ", " + off + "]!";
            default: return head + "[" + name(rn) + "], " + off;
        }
    }

    private String dual() {
        String op = pick("ldrd", "strd");
        int rt = 2 * rnd.nextInt(6);
        int mode = rnd.nextInt(3);
        boolean imm = rnd.nextBoolean();
        int rn;
        int rm;
        do {
            rn = rnd.nextInt(15);
            rm = lowReg();
        } while ((mode != 0 && (rn == rt || rn == rt + 1 || (!imm && rn == rm)))
                || (!imm && op.equals("ldrd") && (rm == rt || rm == rt + 1)));
        String off = imm ? signedOffset(255) : pick("", "-") + name(rm);
        String regs = rnd.nextBoolean() ? name(rt) + ", " + name(rt + 1) : name(rt);
        String head = op + cond() + " " + regs + ", ";
        switch (mode) {
            case 0: return head + "[" + name(rn) + ", " + off + "]";
            case 1: return head + "[" + name(rn) + ", " + off + "]!";
            default: return head + "[" + name(rn) + "], " + off;
        }
    }

    private int registerMask(boolean allowPc, int exclude) {
        int mask;
        do {
            mask = edge() ? pick(0x1, 0x4ff0, 0x0ff0, 0x5fff, 0x8000 | 0x10, 0x1000, 0x4000, 0x000f) : rnd.nextInt(0x10000);
            mask &= ~(1 << 13);
            if (!allowPc) {
                mask &= ~(1 << 15);
            }
            mask &= ~exclude;
        } while (mask == 0);
        return mask;
    }

    private String list(int mask) {
        StringBuilder sb = new StringBuilder("{");
        int r = 0;
        while (r < 16) {
            if ((mask & (1 << r)) == 0) {
                r++;
                continue;
            }
            int end = r;
            while (end + 1 < 16 && (mask & (1 << (end + 1))) != 0) {
                end++;
            }
            if (sb.length() > 1) {
                sb.append(", ");
            }
            if (end > r + 1 && rnd.nextBoolean()) {
                sb.append(name(r)).append('-').append(name(end));
                r = end + 1;
            } else {
                sb.append(name(r));
                r++;
            }
        }
        return sb.append('}').toString();
    }

    private String block() {
        boolean load = rnd.nextBoolean();
        String mode = load ? pick("", "ia", "ib", "da", "db", "fd", "fa", "ea", "ed") : pick("", "ia", "ib", "da", "db", "fd", "fa", "ea", "ed");
        int rn = rnd.nextInt(4) == 0 ? 13 : lowReg();
        boolean wb = rnd.nextBoolean();
        int mask = registerMask(load, wb ? 1 << rn : 0);
        return (load ? "ldm" : "stm") + mode + cond() + " " + name(rn) + (wb ? "!" : "") + ", " + list(mask);
    }

    private String pushPop() {
        boolean push = rnd.nextBoolean();
        int mask = rnd.nextInt(3) == 0 ? 1 << lowReg() : registerMask(!push, 0);
        return (push ? "push" : "pop") + cond() + " " + list(mask);
    }

    private String branch() {
        if (rnd.nextInt(3) == 0) {
            return pick("bx", "blx") + cond() + " " + name(lowReg());
        }
        int delta;
        if (edge()) {
            delta = pick(0, 4, 8, -4, -8, 0x1fffffc, 1024);
        } else {
            delta = 4 * (rnd.nextInt(1 << 20) - (1 << 19));
        }
        if (address + delta < 0) {
            delta = -delta;
        }
        String target = delta == 0 ? "." : delta > 0 ? ".+" + delta : ".-" + (-delta);
        return pick("b", "bl") + cond() + " " + target;
    }

    private String system() {
        switch (rnd.nextInt(6)) {
            case 0: return "svc" + cond() + " " + pick("", "#") + num(edge() ? pick(0, 1, 0xffffff, 0x123456) : rnd.nextInt(1 << 24));
            case 1: return "bkpt " + pick("", "#") + num(edge() ? pick(0, 1, 0xffff, 0x1234) : rnd.nextInt(1 << 16));
            case 2: return "nop" + cond();
            case 3: return pick("dmb", "dsb") + " " + pick("sy", "st", "ish", "ishst", "nsh", "nshst", "osh", "oshst", "un", "unst");
            case 4: return pick("dmb", "dsb", "isb");
            default: return "isb sy";
        }
    }

    // ---------------------------------------------------------------- VFP

    private String sreg() {
        return "s" + (edge() ? pick(0, 1, 30, 31, 16) : rnd.nextInt(32));
    }

    private String dreg() {
        return "d" + (edge() ? pick(0, 1, 15, 8, 7) : rnd.nextInt(16));
    }

    private String vreg(boolean dbl) {
        return dbl ? dreg() : sreg();
    }

    private String vfp3() {
        boolean dbl = rnd.nextBoolean();
        String op = pick("vadd", "vsub", "vmul", "vdiv", "vnmul", "vmla", "vmls");
        return op + cond() + (dbl ? ".f64 " : ".f32 ") + vreg(dbl) + ", " + vreg(dbl) + ", " + vreg(dbl);
    }

    private String vfp2() {
        boolean dbl = rnd.nextBoolean();
        String op = pick("vmov", "vabs", "vneg", "vsqrt");
        return op + cond() + (dbl ? ".f64 " : ".f32 ") + vreg(dbl) + ", " + vreg(dbl);
    }

    private String vcmp() {
        boolean dbl = rnd.nextBoolean();
        String op = pick("vcmp", "vcmpe");
        String src = rnd.nextInt(3) == 0 ? pick("#0", "#0.0") : vreg(dbl);
        return op + cond() + (dbl ? ".f64 " : ".f32 ") + vreg(dbl) + ", " + src;
    }

    private String vmovImmediate() {
        boolean dbl = rnd.nextBoolean();
        int imm8 = edge() ? pick(0, 0x70, 0x7f, 0x80, 0xff, 0x40, 0x3f) : rnd.nextInt(256);
        double v = VfpImmediate.decode(imm8);
        String text = v == Math.rint(v) && rnd.nextBoolean() ? Long.toString((long) v) : Double.toString(v);
        return "vmov" + cond() + (dbl ? ".f64 " : ".f32 ") + vreg(dbl) + ", #" + text;
    }

    private String vmovCore() {
        int rt = lowReg();
        int rt2;
        do {
            rt2 = lowReg();
        } while (rt2 == rt);
        switch (rnd.nextInt(4)) {
            case 0: return "vmov" + cond() + " " + sreg() + ", " + name(rt);
            case 1: return "vmov" + cond() + " " + name(rt) + ", " + sreg();
            case 2: return "vmov" + cond() + " " + dreg() + ", " + name(rt) + ", " + name(rt2);
            default: return "vmov" + cond() + " " + name(rt) + ", " + name(rt2) + ", " + dreg();
        }
    }

    private String vmrsVmsr() {
        switch (rnd.nextInt(3)) {
            case 0: return "vmrs" + cond() + " " + name(lowReg()) + ", fpscr";
            case 1: return "vmrs" + cond() + " APSR_nzcv, fpscr";
            default: return "vmsr" + cond() + " fpscr, " + name(lowReg());
        }
    }

    private String vldrVstr() {
        boolean load = rnd.nextBoolean();
        boolean dbl = rnd.nextBoolean();
        int off = 4 * (edge() ? pick(0, 1, 255, 254, 2) : rnd.nextInt(256));
        int rn = load && rnd.nextInt(8) == 0 ? 15 : rnd.nextInt(15);
        String addr = off == 0 && rnd.nextBoolean() ? "[" + name(rn) + "]" : "[" + name(rn) + ", #" + pick("", "-") + off + "]";
        return (load ? "vldr" : "vstr") + cond() + " " + vreg(dbl) + ", " + addr;
    }

    private String vpushVpop() {
        boolean dbl = rnd.nextBoolean();
        int limit = dbl ? 16 : 32;
        int first = edge() ? pick(0, 8, limit - 1, dbl ? 0 : 16) : rnd.nextInt(limit);
        int count = 1 + (edge() ? pick(0, limit - 1 - first, 1) : rnd.nextInt(limit - first));
        count = Math.max(1, Math.min(count, limit - first));
        String p = dbl ? "d" : "s";
        String list = count == 1 ? "{" + p + first + "}" : "{" + p + first + "-" + p + (first + count - 1) + "}";
        return pick("vpush", "vpop") + cond() + " " + list;
    }

    private String vcvt() {
        String c = cond();
        switch (rnd.nextInt(5)) {
            case 0: return "vcvt" + c + ".f64.f32 " + dreg() + ", " + sreg();
            case 1: return "vcvt" + c + ".f32.f64 " + sreg() + ", " + dreg();
            case 2: {
                boolean dbl = rnd.nextBoolean();
                return "vcvt" + c + (dbl ? ".f64" : ".f32") + pick(".s32", ".u32") + " " + vreg(dbl) + ", " + sreg();
            }
            default: {
                boolean dbl = rnd.nextBoolean();
                return pick("vcvt", "vcvtr") + c + pick(".s32", ".u32") + (dbl ? ".f64" : ".f32") + " " + sreg() + ", " + vreg(dbl);
            }
        }
    }
}
