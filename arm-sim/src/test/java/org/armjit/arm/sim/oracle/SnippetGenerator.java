package org.armjit.arm.sim.oracle;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random self-initialising snippets (GNU syntax) covering every instruction family the
 * simulator models: data processing with every shifter form and condition, multiplies,
 * divides, saturation, SIMD-in-register, bit fields, status registers, loads/stores of every
 * size and addressing mode on stack memory, block transfers, forward branches, and VFP with
 * special values (NaN payloads, signed zeros, infinities, denormals) under every rounding mode.
 * Layout: {@link SnippetLayout}.
 */
public final class SnippetGenerator {
    private static final String[] CONDS = {"eq", "ne", "cs", "cc", "mi", "pl", "vs", "vc", "hi", "ls", "ge", "lt", "gt", "le"};
    private static final String[] DP = {"and", "eor", "sub", "rsb", "add", "adc", "sbc", "rsc", "tst", "teq", "cmp", "cmn", "orr", "mov", "bic", "mvn"};
    private static final String[] SHIFTS = {"lsl", "lsr", "asr", "ror"};
    private static final int[] CORE = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 14};

    private final Random rnd;
    private final List<String> body = new ArrayList<>();

    public SnippetGenerator(long seed) { rnd = new Random(seed); }

    /** One snippet: source text and the data seed the harness fills memory from. */
    public record Snippet(String source, int seed) {}

    public Snippet next(int bodyLength) {
        body.clear();
        while (body.size() < bodyLength) instruction();
        StringBuilder sb = new StringBuilder();
        sb.append("push {r4-r11, lr}\nvpush {d8-d15}\n");
        sb.append(String.format("movw r0, #0x%x\nmovt r0, #0x%x\nstr sp, [r0]\n",
                SnippetLayout.SAVED_SP & 0xffff, SnippetLayout.SAVED_SP >>> 16));
        sb.append(String.format("movw r0, #0x%x\nmovt r0, #0x%x\nmov sp, r0\n",
                SnippetLayout.STACK_TOP & 0xffff, SnippetLayout.STACK_TOP >>> 16));
        sb.append("adr r0, 9f\nvldmia r0!, {d0-d15}\nldr r1, [r0], #4\nvmsr fpscr, r1\n");
        sb.append("ldr r1, [r0], #4\nmsr APSR_nzcvqg, r1\nldm r0, {r0-r12, lr}\n");
        for (String s : body) sb.append(s).append('\n');
        sb.append("push {r0-r12, lr}\nmrs r0, APSR\nvmrs r1, fpscr\npush {r0, r1}\nvpush {d0-d15}\n");
        sb.append(String.format("movw r0, #0x%x\nmovt r0, #0x%x\nldr sp, [r0]\n",
                SnippetLayout.SAVED_SP & 0xffff, SnippetLayout.SAVED_SP >>> 16));
        sb.append("mov r1, #0\nvmsr fpscr, r1\nvpop {d8-d15}\npop {r4-r11, pc}\n");
        sb.append("9:\n");
        for (int i = 0; i < 16; i++) {
            long d = rnd.nextBoolean() ? specialDouble() : (specialSingle() & 0xffff_ffffL) | ((long) specialSingle() << 32);
            sb.append(String.format(".word 0x%08x, 0x%08x\n", (int) d, (int) (d >>> 32)));
        }
        int fpscr = rnd.nextBoolean() ? 0 : randomFpscr();
        sb.append(String.format(".word 0x%08x\n", fpscr));
        sb.append(String.format(".word 0x%08x\n", rnd.nextInt() & 0xf80f0000));
        for (int i = 0; i < 14; i++) sb.append(String.format(".word 0x%08x\n", specialInt()));
        return new Snippet(sb.toString(), rnd.nextInt() | 1);
    }

    private int randomFpscr() {
        int v = rnd.nextInt(4) << 22;
        if (rnd.nextInt(4) == 0) v |= 1 << 24; // FZ
        if (rnd.nextInt(4) == 0) v |= 1 << 25; // DN
        return v;
    }

    // ---------------- operand pools ----------------

    private int specialInt() {
        switch (rnd.nextInt(12)) {
            case 0: return 0;
            case 1: return 1;
            case 2: return -1;
            case 3: return Integer.MAX_VALUE;
            case 4: return Integer.MIN_VALUE;
            case 5: return rnd.nextInt(64);
            case 6: return 0x8000 + rnd.nextInt(3) - 1;
            case 7: return 0x7fff + rnd.nextInt(3) - 1 | (rnd.nextBoolean() ? 0xffff0000 : 0);
            case 8: return 0x80 - rnd.nextInt(2) | (rnd.nextBoolean() ? 0x80808000 : 0);
            default: return rnd.nextInt();
        }
    }

    private long specialDouble() {
        long sign = rnd.nextBoolean() ? Long.MIN_VALUE : 0;
        switch (rnd.nextInt(16)) {
            case 0: return sign;
            case 1: return sign | Double.doubleToRawLongBits(1.0);
            case 2: return sign | 0x7ff0_0000_0000_0000L;
            case 3: return sign | 0x7ff8_0000_0000_0000L | (rnd.nextLong() & 0x7_ffff_ffff_ffffL); // quiet NaN
            case 4: return sign | 0x7ff0_0000_0000_0000L | 1 + (rnd.nextLong() & 0x7_ffff_ffff_fffeL); // signalling NaN
            case 5: return sign | (rnd.nextLong() & 0xf_ffff_ffff_ffffL); // denormal
            case 6: return sign | 1;
            case 7: return sign | 0x7fef_ffff_ffff_ffffL;
            case 8: return sign | 0x0010_0000_0000_0000L;
            case 9: return Double.doubleToRawLongBits((rnd.nextInt(9) - 4) * 0.5 + (rnd.nextBoolean() ? 2147483648.0 : 0));
            case 10: return Double.doubleToRawLongBits(rnd.nextInt(2000) - 1000 + rnd.nextInt(4) * 0.25);
            case 11: return Double.doubleToRawLongBits(4294967296.0 - rnd.nextInt(3) * 0.5);
            case 12: return sign | (0x3ff0_0000_0000_0000L + (rnd.nextLong() & 0xf_ffff_ffff_ffffL)
                    + ((long) (rnd.nextInt(200) - 100) << 52));
            default: return rnd.nextLong();
        }
    }

    private int specialSingle() {
        int sign = rnd.nextBoolean() ? Integer.MIN_VALUE : 0;
        switch (rnd.nextInt(15)) {
            case 0: return sign;
            case 1: return sign | Float.floatToRawIntBits(1.0f);
            case 2: return sign | 0x7f80_0000;
            case 3: return sign | 0x7fc0_0000 | (rnd.nextInt() & 0x3f_ffff);
            case 4: return sign | 0x7f80_0000 | 1 + (rnd.nextInt() & 0x3f_fffe);
            case 5: return sign | (rnd.nextInt() & 0x7f_ffff);
            case 6: return sign | 1;
            case 7: return sign | 0x7f7f_ffff;
            case 8: return sign | 0x0080_0000;
            case 9: return Float.floatToRawIntBits((rnd.nextInt(9) - 4) * 0.5f + (rnd.nextBoolean() ? 2147483648.0f : 0));
            case 10: return Float.floatToRawIntBits(rnd.nextInt(2000) - 1000 + rnd.nextInt(4) * 0.25f);
            case 11: return sign | (0x3f80_0000 + (rnd.nextInt() & 0x7f_ffff) + ((rnd.nextInt(60) - 30) << 23));
            default: return rnd.nextInt();
        }
    }

    // ---------------- helpers ----------------

    private String r() { return reg(CORE[rnd.nextInt(CORE.length)]); }

    private int ri() { return CORE[rnd.nextInt(CORE.length)]; }

    private static String reg(int i) { return i == 14 ? "lr" : "r" + i; }

    private String cond() { return rnd.nextInt(4) == 0 ? CONDS[rnd.nextInt(CONDS.length)] : ""; }

    private String d() { return "d" + rnd.nextInt(16); }

    private String s() { return "s" + rnd.nextInt(32); }

    private int modImm() {
        int imm8 = rnd.nextInt(4) == 0 ? rnd.nextInt(4) : rnd.nextInt(256);
        return Integer.rotateRight(imm8, 2 * rnd.nextInt(16));
    }

    private String shiftImm() {
        String t = SHIFTS[rnd.nextInt(4)];
        int amount;
        switch (t) {
            case "lsl": amount = pick(0, 1, 31, rnd.nextInt(32)); break;
            case "ror": amount = pick(1, 31, 16, 1 + rnd.nextInt(31)); break;
            default: amount = pick(1, 31, 32, 1 + rnd.nextInt(32)); break;
        }
        if (rnd.nextInt(8) == 0) return ", rrx";
        return amount == 0 ? "" : ", " + t + " #" + amount;
    }

    private int pick(int... xs) { return xs[rnd.nextInt(xs.length)]; }

    private void emit(String s) { body.add(s); }

    private String list(int min, int max, int exclude) {
        List<Integer> regs = new ArrayList<>();
        for (int c : CORE) if (c != exclude) regs.add(c);
        java.util.Collections.shuffle(regs, rnd);
        int n = min + rnd.nextInt(max - min + 1);
        List<Integer> chosen = new ArrayList<>(regs.subList(0, n));
        java.util.Collections.sort(chosen);
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < chosen.size(); i++) sb.append(i > 0 ? ", " : "").append(reg(chosen.get(i)));
        return sb.append('}').toString();
    }

    // ---------------- instruction families ----------------

    private void instruction() {
        switch (rnd.nextInt(20)) {
            case 0: case 1: case 2: dataProcessing(); break;
            case 3: multiply(); break;
            case 4: misc(); break;
            case 5: simd(); break;
            case 6: status(); break;
            case 7: case 8: memory(); break;
            case 9: block(); break;
            case 10: branch(); break;
            case 11: case 12: vfpArith(); break;
            case 13: vfpCompare(); break;
            case 14: vfpConvert(); break;
            case 15: vfpMove(); break;
            case 16: vfpMemory(); break;
            case 17: vfpControl(); break;
            case 18: dataProcessing(); break;
            default: vfpArith(); break;
        }
    }

    private void dataProcessing() {
        int opc = rnd.nextInt(16);
        String op = DP[opc];
        boolean test = opc >= 8 && opc <= 11;
        String sflag = !test && rnd.nextBoolean() ? "s" : "";
        String operand2;
        switch (rnd.nextInt(3)) {
            case 0: operand2 = "#" + (modImm() & 0xffffffffL); break;
            case 1: operand2 = r() + shiftImm(); break;
            default: operand2 = r() + ", " + SHIFTS[rnd.nextInt(4)] + " " + r(); break;
        }
        String c = cond();
        if (test) emit(op + c + " " + r() + ", " + operand2);
        else if (opc == 13 || opc == 15) emit(op + sflag + c + " " + r() + ", " + operand2);
        else emit(op + sflag + c + " " + r() + ", " + r() + ", " + operand2);
    }

    private void multiply() {
        String c = cond();
        String sf = rnd.nextBoolean() ? "s" : "";
        int hi = ri(), lo;
        do lo = ri(); while (lo == hi);
        switch (rnd.nextInt(14)) {
            case 0: emit("mul" + sf + c + " " + r() + ", " + r() + ", " + r()); break;
            case 1: emit("mla" + sf + c + " " + r() + ", " + r() + ", " + r() + ", " + r()); break;
            case 2: emit("mls" + c + " " + r() + ", " + r() + ", " + r() + ", " + r()); break;
            case 3: emit("umull" + sf + c + " " + reg(lo) + ", " + reg(hi) + ", " + r() + ", " + r()); break;
            case 4: emit("smull" + sf + c + " " + reg(lo) + ", " + reg(hi) + ", " + r() + ", " + r()); break;
            case 5: emit("umlal" + sf + c + " " + reg(lo) + ", " + reg(hi) + ", " + r() + ", " + r()); break;
            case 6: emit("smlal" + sf + c + " " + reg(lo) + ", " + reg(hi) + ", " + r() + ", " + r()); break;
            case 7: emit("umaal" + c + " " + reg(lo) + ", " + reg(hi) + ", " + r() + ", " + r()); break;
            case 8: emit((rnd.nextBoolean() ? "sdiv" : "udiv") + c + " " + r() + ", " + r() + ", " + r()); break;
            case 9: emit("smul" + xy() + c + " " + r() + ", " + r() + ", " + r()); break;
            case 10: emit("smla" + xy() + c + " " + r() + ", " + r() + ", " + r() + ", " + r()); break;
            case 11: emit("smulw" + (rnd.nextBoolean() ? "b" : "t") + c + " " + r() + ", " + r() + ", " + r()); break;
            case 12: emit("smlaw" + (rnd.nextBoolean() ? "b" : "t") + c + " " + r() + ", " + r() + ", " + r() + ", " + r()); break;
            default: emit("smlal" + xy() + c + " " + reg(lo) + ", " + reg(hi) + ", " + r() + ", " + r()); break;
        }
    }

    private String xy() { return (rnd.nextBoolean() ? "b" : "t") + (rnd.nextBoolean() ? "b" : "t"); }

    private void misc() {
        String c = cond();
        switch (rnd.nextInt(12)) {
            case 0: emit("clz" + c + " " + r() + ", " + r()); break;
            case 1: {
                String[] ops = {"sxtb", "sxth", "uxtb", "uxth", "sxtb16", "uxtb16"};
                String rot = rnd.nextBoolean() ? "" : ", ror #" + 8 * (1 + rnd.nextInt(3));
                emit(ops[rnd.nextInt(ops.length)] + c + " " + r() + ", " + r() + rot);
                break;
            }
            case 2: {
                String[] ops = {"sxtab", "sxtah", "uxtab", "uxtah", "sxtab16", "uxtab16"};
                String rot = rnd.nextBoolean() ? "" : ", ror #" + 8 * (1 + rnd.nextInt(3));
                emit(ops[rnd.nextInt(ops.length)] + c + " " + r() + ", " + r() + ", " + r() + rot);
                break;
            }
            case 3: emit(new String[] {"rev", "rev16", "revsh", "rbit"}[rnd.nextInt(4)] + c + " " + r() + ", " + r()); break;
            case 4: {
                boolean asr = rnd.nextBoolean();
                String sh = asr ? ", asr #" + (1 + rnd.nextInt(32)) : rnd.nextBoolean() ? "" : ", lsl #" + rnd.nextInt(32);
                if (rnd.nextBoolean()) emit("ssat" + c + " " + r() + ", #" + (1 + rnd.nextInt(32)) + ", " + r() + sh);
                else emit("usat" + c + " " + r() + ", #" + rnd.nextInt(32) + ", " + r() + sh);
                break;
            }
            case 5:
                if (rnd.nextBoolean()) emit("ssat16" + c + " " + r() + ", #" + (1 + rnd.nextInt(16)) + ", " + r());
                else emit("usat16" + c + " " + r() + ", #" + rnd.nextInt(16) + ", " + r());
                break;
            case 6: emit(new String[] {"qadd", "qsub", "qdadd", "qdsub"}[rnd.nextInt(4)] + c + " " + r() + ", " + r() + ", " + r()); break;
            case 7: {
                int lsb = rnd.nextInt(32), width = 1 + rnd.nextInt(32 - lsb);
                switch (rnd.nextInt(4)) {
                    case 0: emit("bfi" + c + " " + r() + ", " + r() + ", #" + lsb + ", #" + width); break;
                    case 1: emit("bfc" + c + " " + r() + ", #" + lsb + ", #" + width); break;
                    case 2: emit("ubfx" + c + " " + r() + ", " + r() + ", #" + lsb + ", #" + width); break;
                    default: emit("sbfx" + c + " " + r() + ", " + r() + ", #" + lsb + ", #" + width); break;
                }
                break;
            }
            case 8:
                if (rnd.nextBoolean()) emit("pkhbt" + c + " " + r() + ", " + r() + ", " + r() + (rnd.nextBoolean() ? "" : ", lsl #" + (1 + rnd.nextInt(31))));
                else emit("pkhtb" + c + " " + r() + ", " + r() + ", " + r() + ", asr #" + (1 + rnd.nextInt(32)));
                break;
            case 9:
                if (rnd.nextBoolean()) emit("usad8" + c + " " + r() + ", " + r() + ", " + r());
                else emit("usada8" + c + " " + r() + ", " + r() + ", " + r() + ", " + r());
                break;
            case 10: emit("movw" + c + " " + r() + ", #" + rnd.nextInt(65536)); break;
            default: emit("movt" + c + " " + r() + ", #" + rnd.nextInt(65536)); break;
        }
    }

    private void simd() {
        String[] prefix = {"s", "q", "sh", "u", "uq", "uh"};
        String[] ops = {"add16", "asx", "sax", "sub16", "add8", "sub8"};
        String c = cond();
        if (rnd.nextInt(5) == 0) emit("sel" + c + " " + r() + ", " + r() + ", " + r());
        else emit(prefix[rnd.nextInt(6)] + ops[rnd.nextInt(6)] + c + " " + r() + ", " + r() + ", " + r());
    }

    private void status() {
        String c = cond();
        switch (rnd.nextInt(4)) {
            case 0: emit("mrs" + c + " " + r() + ", APSR"); break;
            case 1: emit("msr" + c + " APSR_nzcvq, " + r()); break;
            case 2: emit("msr" + c + " APSR_g, " + r()); break;
            default: emit("msr" + c + " APSR_nzcvqg, #0x" + Integer.toHexString(Integer.rotateRight(rnd.nextInt(256), 2 * rnd.nextInt(16)))); break;
        }
    }

    private void memory() {
        String c = cond();
        int t = ri();
        switch (rnd.nextInt(9)) {
            case 0: emit((rnd.nextBoolean() ? "ldr" : "str") + c + " " + reg(t) + ", [sp, #" + rnd.nextInt(253) + "]"); break;
            case 1: emit((rnd.nextBoolean() ? "ldrb" : "strb") + c + " " + reg(t) + ", [sp, #" + rnd.nextInt(256) + "]"); break;
            case 2: emit(new String[] {"ldrh", "strh", "ldrsh", "ldrsb"}[rnd.nextInt(4)] + c + " " + reg(t) + ", [sp, #" + rnd.nextInt(254) + "]"); break;
            case 3: {
                int rt = 2 * rnd.nextInt(6);
                emit((rnd.nextBoolean() ? "ldrd" : "strd") + c + " " + reg(rt) + ", " + reg(rt + 1) + ", [sp, #" + 4 * rnd.nextInt(63) + "]");
                break;
            }
            case 4: {
                int x = ri();
                boolean scaled = rnd.nextBoolean();
                emit("mov " + reg(x) + ", #" + (scaled ? rnd.nextInt(63) : rnd.nextInt(252)));
                String op = new String[] {"ldr", "str", "ldrb", "strb"}[rnd.nextInt(4)];
                emit(op + c + " " + reg(t) + ", [sp, " + reg(x) + (scaled ? ", lsl #2" : "") + "]");
                break;
            }
            case 5: {
                int x = ri();
                emit("mov " + reg(x) + ", #" + rnd.nextInt(200));
                emit(new String[] {"ldrh", "strh", "ldrsb", "ldrsh"}[rnd.nextInt(4)] + c + " " + reg(t) + ", [sp, " + reg(x) + "]");
                break;
            }
            default: {
                int b;
                do b = ri(); while (b == t);
                emit("add " + reg(b) + ", sp, #" + (64 + 4 * rnd.nextInt(16)));
                String op = new String[] {"ldr", "str", "ldrb", "strb", "ldrh", "strh", "ldrsb", "ldrsh"}[rnd.nextInt(8)];
                int off = op.length() == 3 ? rnd.nextInt(60) : rnd.nextInt(60);
                String sign = rnd.nextBoolean() ? "-" : "";
                if (rnd.nextBoolean()) emit(op + c + " " + reg(t) + ", [" + reg(b) + ", #" + sign + off + "]!");
                else emit(op + c + " " + reg(t) + ", [" + reg(b) + "], #" + sign + off);
                break;
            }
        }
    }

    private void block() {
        if (rnd.nextInt(3) == 0) {
            int n = 1 + rnd.nextInt(5);
            String push = list(n, n, -1), pop = list(n, n, -1);
            emit("push " + push);
            if (rnd.nextBoolean()) dataProcessing();
            emit("pop " + pop);
            return;
        }
        int b = ri();
        emit("add " + reg(b) + ", sp, #" + (64 + 4 * rnd.nextInt(16)));
        String[] modes = {"ia", "ib", "da", "db"};
        String op = (rnd.nextBoolean() ? "ldm" : "stm") + modes[rnd.nextInt(4)];
        emit(op + cond() + " " + reg(b) + (rnd.nextBoolean() ? "!" : "") + ", " + list(1, 6, b));
    }

    private void branch() {
        emit("b" + CONDS[rnd.nextInt(CONDS.length)] + " 1f");
        int n = 1 + rnd.nextInt(3);
        for (int i = 0; i < n; i++) {
            if (rnd.nextBoolean()) dataProcessing();
            else vfpArith();
        }
        emit("1:");
    }

    private void vfpArith() {
        boolean dbl = rnd.nextBoolean();
        String ty = dbl ? ".f64" : ".f32";
        String c = cond();
        String a = dbl ? d() : s(), b = dbl ? d() : s(), x = dbl ? d() : s();
        int k = rnd.nextInt(14);
        if (k < 9) {
            String op = new String[] {"vadd", "vsub", "vmul", "vdiv", "vnmul", "vmla", "vmls", "vnmla", "vnmls"}[k];
            emit(op + c + ty + " " + a + ", " + b + ", " + x);
        } else {
            String op = new String[] {"vabs", "vneg", "vsqrt", "vmov", "vsqrt"}[k - 9];
            emit(op + c + ty + " " + a + ", " + b);
        }
    }

    private void vfpCompare() {
        boolean dbl = rnd.nextBoolean();
        String ty = dbl ? ".f64" : ".f32";
        String op = rnd.nextBoolean() ? "vcmp" : "vcmpe";
        emit(op + ty + " " + (dbl ? d() : s()) + ", " + (rnd.nextInt(4) == 0 ? "#0" : dbl ? d() : s()));
        emit("vmrs APSR_nzcv, fpscr");
        if (rnd.nextBoolean()) dataProcessing();
    }

    private void vfpConvert() {
        String c = cond();
        switch (rnd.nextInt(6)) {
            case 0: emit("vcvt" + c + ".f64.f32 " + d() + ", " + s()); break;
            case 1: emit("vcvt" + c + ".f32.f64 " + s() + ", " + d()); break;
            case 2: {
                String ty = rnd.nextBoolean() ? ".s32" : ".u32";
                String op = rnd.nextBoolean() ? "vcvt" : "vcvtr";
                if (rnd.nextBoolean()) emit(op + c + ty + ".f64 " + s() + ", " + d());
                else emit(op + c + ty + ".f32 " + s() + ", " + s());
                break;
            }
            case 3: {
                String ty = rnd.nextBoolean() ? ".s32" : ".u32";
                if (rnd.nextBoolean()) emit("vcvt" + c + ".f64" + ty + " " + d() + ", " + s());
                else emit("vcvt" + c + ".f32" + ty + " " + s() + ", " + s());
                break;
            }
            case 4: {
                // integer source values worth converting
                emit("movw " + "r" + rnd.nextInt(4) + ", #" + rnd.nextInt(65536));
                emit("vmov " + s() + ", " + r());
                break;
            }
            default: {
                int imm8 = rnd.nextInt(256);
                // VFPExpandImm: (16 + imm8<3:0>) / 16 * 2^e, e = imm8<5:4> - 3 if imm8<6> else imm8<5:4> + 1
                int e = (((imm8 >> 4) & 7) ^ 4) - 3;
                double v = (16 + (imm8 & 15)) / 16.0 * Math.pow(2, e);
                if ((imm8 & 0x80) != 0) v = -v;
                emit((rnd.nextBoolean() ? "vmov" + c + ".f64 " + d() : "vmov" + c + ".f32 " + s()) + ", #" + v);
                break;
            }
        }
    }

    private void vfpMove() {
        String c = cond();
        int x = ri(), y;
        do y = ri(); while (y == x);
        switch (rnd.nextInt(6)) {
            case 0: emit("vmov" + c + " " + s() + ", " + reg(x)); break;
            case 1: emit("vmov" + c + " " + reg(x) + ", " + s()); break;
            case 2: emit("vmov" + c + " " + d() + ", " + reg(x) + ", " + reg(y)); break;
            case 3: emit("vmov" + c + " " + reg(x) + ", " + reg(y) + ", " + d()); break;
            case 4: emit("vmov" + c + ".32 " + d() + "[" + rnd.nextInt(2) + "], " + reg(x)); break;
            default: emit("vmov" + c + ".32 " + reg(x) + ", " + d() + "[" + rnd.nextInt(2) + "]"); break;
        }
    }

    private void vfpMemory() {
        String c = cond();
        switch (rnd.nextInt(3)) {
            case 0: emit((rnd.nextBoolean() ? "vldr" : "vstr") + c + " " + d() + ", [sp, #" + 4 * rnd.nextInt(63) + "]"); break;
            case 1: emit((rnd.nextBoolean() ? "vldr" : "vstr") + c + " " + s() + ", [sp, #" + 4 * rnd.nextInt(64) + "]"); break;
            default: {
                int first = rnd.nextInt(16), n = 1 + rnd.nextInt(Math.min(4, 16 - first));
                String l = n == 1 ? "{d" + first + "}" : "{d" + first + "-d" + (first + n - 1) + "}";
                int f2 = rnd.nextInt(16 - n + 1);
                String l2 = n == 1 ? "{d" + f2 + "}" : "{d" + f2 + "-d" + (f2 + n - 1) + "}";
                emit("vpush " + l);
                if (rnd.nextBoolean()) vfpArith();
                emit("vpop " + l2);
                break;
            }
        }
    }

    private void vfpControl() {
        int x = ri();
        int v = randomFpscr();
        emit("movw " + reg(x) + ", #0x" + Integer.toHexString(v & 0xffff));
        emit("movt " + reg(x) + ", #0x" + Integer.toHexString(v >>> 16));
        emit("vmsr fpscr, " + reg(x));
    }
}
