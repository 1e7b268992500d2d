package org.armjit.arm.asm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Assembles GNU-syntax A32/VFP source ({@code .syntax unified}, {@code .arm}) through {@link ArmAssembler}.
 * Accepts labels ({@code name:}), comments ({@code @ ...}, {@code // ...}), {@code ;} between statements,
 * the directives {@code .syntax unified .arm .text .global .globl .word .inst .ltorg}, every instruction form
 * {@link ArmAssembler} encodes, and what objdump prints for them (so disassembly reassembles):
 * {@code ldrd rt, [..]} without rt2, {@code CPSR_f}, {@code un}/{@code unst} barriers, branch targets written
 * as absolute addresses ({@code b 0x48}), {@code .}-relative targets ({@code b .+8}). Like GNU as it picks
 * the other opcode for an immediate that only encodes inverted or negated ({@code cmp r0, #-1} is
 * {@code cmn r0, #1}) and turns {@code ldr rX, =value} into MOV/MVN when possible, otherwise a literal in the
 * next pool ({@code .ltorg} or the end).
 */
public final class TextAssembler {
    private final Cpu cpu;
    private final int baseAddress;
    private ArmAssembler asm;
    private final Map<String, Label> labels = new HashMap<>();
    private final Map<String, Integer> labelLines = new LinkedHashMap<>();
    private int line;

    private TextAssembler(Cpu cpu, int baseAddress) {
        this.cpu = cpu;
        this.baseAddress = baseAddress;
    }

    /** Assembles for ARMv7VE + VFPv3-D16 (what {@code as -march=armv7ve -mfpu=vfpv3-d16} accepts) at address 0. */
    public static Assembly assemble(String source) {
        return assemble(source, Cpu.ARMV7VE_VFPV3, 0);
    }

    /** Assembles for {@code cpu} with the first word at {@code baseAddress}. */
    public static Assembly assemble(String source, Cpu cpu, int baseAddress) {
        return new TextAssembler(cpu, baseAddress).run(source);
    }

    private Assembly run(String source) {
        CodeBuffer buffer = new CodeBuffer(baseAddress, ICacheFlusher.NONE);
        asm = new ArmAssembler(cpu, buffer);
        List<String> texts = new ArrayList<>();
        String[] lines = source.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            line = i + 1;
            for (String stmt : stripComment(lines[i]).split(";")) {
                String s = stmt.trim();
                while (true) {
                    int colon = labelEnd(s);
                    if (colon < 0) {
                        break;
                    }
                    defineLabel(s.substring(0, colon).trim());
                    s = s.substring(colon + 1).trim();
                }
                if (s.isEmpty()) {
                    continue;
                }
                int before = buffer.position() >>> 2;
                try {
                    statement(s);
                } catch (AsmSyntaxException e) {
                    throw e;
                } catch (UnsupportedFeatureException | IllegalArgumentException | IllegalStateException | AssertionError e) {
                    throw error(e.getMessage() + ": " + s);
                }
                String text = s.replaceAll("\\s+", " ");
                while (texts.size() < (buffer.position() >>> 2)) {
                    texts.add(texts.size() == before ? text : null);
                }
                while (wordLines.size() < (buffer.position() >>> 2)) {
                    wordLines.add(line);
                }
            }
        }
        line = lines.length;
        for (Map.Entry<String, Label> e : labels.entrySet()) {
            if (!e.getValue().isBound()) {
                line = labelLines.get(e.getKey());
                throw error("undefined label '" + e.getKey() + "'");
            }
        }
        try {
            buffer.finish();
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw outOfRange(e);
        }
        int[] words = buffer.toArray();
        String[] textArray = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            String t = i < texts.size() ? texts.get(i) : null;
            textArray[i] = t != null ? t : String.format(".word 0x%08x", words[i]);
        }
        Map<String, Integer> addresses = new LinkedHashMap<>();
        for (String name : labelLines.keySet()) {
            addresses.put(name, baseAddress + labels.get(name).position());
        }
        return new Assembly(baseAddress, words, textArray, addresses);
    }

    private static String stripComment(String l) {
        int at = l.indexOf('@');
        int slashes = l.indexOf("//");
        int cut = l.length();
        if (at >= 0) {
            cut = at;
        }
        if (slashes >= 0 && slashes < cut) {
            cut = slashes;
        }
        return l.substring(0, cut);
    }

    /** Index of the colon ending a leading label, or -1. */
    private static int labelEnd(String s) {
        int i = 0;
        while (i < s.length() && isSymbolChar(s.charAt(i))) {
            i++;
        }
        return i > 0 && i < s.length() && s.charAt(i) == ':' && !Character.isDigit(s.charAt(0)) ? i : -1;
    }

    private static boolean isSymbolChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '.' || ch == '$';
    }

    private void defineLabel(String name) {
        Label l = label(name);
        if (l.isBound()) {
            throw error("label '" + name + "' defined twice");
        }
        int firstUse = l.useCount > 0 ? l.uses[0] >>> 2 : -1;
        try {
            asm.bind(l);
        } catch (IllegalStateException | IllegalArgumentException e) {
            // a forward reference too far back: the earliest use is the farthest, and the one that failed
            if (firstUse >= 0 && (firstUse >>> 2) < wordLines.size()) line = wordLines.get(firstUse >>> 2);
            throw error("label '" + name + "' is out of range: " + e.getMessage());
        }
    }

    /** A reference the code buffer could not resolve: reported at the line of the word it names ("... at OFFSET ..."). */
    private AsmSyntaxException outOfRange(RuntimeException e) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(" at (\\d+) ").matcher(String.valueOf(e.getMessage()));
        if (m.find()) {
            int word = Integer.parseInt(m.group(1)) >>> 2;
            if (word < wordLines.size()) line = wordLines.get(word);
        }
        return error(e.getMessage());
    }

    /** The source line of each emitted word. */
    private final List<Integer> wordLines = new ArrayList<>();

    private Label label(String name) {
        Label l = labels.get(name);
        if (l == null) {
            l = new Label(name);
            labels.put(name, l);
            labelLines.put(name, line);
        }
        return l;
    }

    private AsmSyntaxException error(String what) {
        return new AsmSyntaxException(line, what);
    }

    // ---------------------------------------------------------------- statements

    private void statement(String s) {
        int sp = 0;
        while (sp < s.length() && !Character.isWhitespace(s.charAt(sp))) {
            sp++;
        }
        String mnemonic = s.substring(0, sp).toLowerCase(Locale.ROOT);
        String rest = s.substring(sp).trim();
        if (mnemonic.startsWith(".")) {
            directive(mnemonic, rest);
            return;
        }
        List<String> ops = splitOperands(rest);
        int dot = mnemonic.indexOf('.');
        String head = dot < 0 ? mnemonic : mnemonic.substring(0, dot);
        String types = dot < 0 ? "" : mnemonic.substring(dot);
        Parsed p = parseMnemonic(head);
        if (p == null) {
            throw error("unknown instruction '" + mnemonic + "'");
        }
        if (!types.isEmpty() && !p.base.startsWith("v")) {
            throw error("unexpected type suffix '" + types + "'");
        }
        instruction(p, types, ops);
    }

    private void directive(String d, String rest) {
        switch (d) {
            case ".syntax":
                if (!rest.equalsIgnoreCase("unified")) {
                    throw error("only .syntax unified is supported");
                }
                return;
            case ".arm": case ".text": case ".global": case ".globl": case ".code":
                if (d.equals(".code") && !rest.equals("32")) {
                    throw error("only .code 32 is supported");
                }
                return;
            case ".ltorg":
                asm.buffer().flushPool(false);
                return;
            case ".word": case ".inst": case ".long": case ".4byte":
                for (String v : splitOperands(rest)) {
                    String t = v.trim();
                    if (!d.equals(".inst") && isSymbolName(t) && !isNumber(t)) {
                        asm.word(label(t));
                    } else {
                        asm.word((int) number(t));
                    }
                }
                return;
            default:
                throw error("unknown directive '" + d + "'");
        }
    }

    private static boolean isSymbolName(String t) {
        if (t.isEmpty() || Character.isDigit(t.charAt(0))) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!isSymbolChar(t.charAt(i))) {
                return false;
            }
        }
        return !t.equals(".");
    }

    private static boolean isNumber(String t) {
        return !t.isEmpty() && (Character.isDigit(t.charAt(0)) || t.charAt(0) == '-' || t.charAt(0) == '+');
    }

    private static List<String> splitOperands(String s) {
        List<String> out = new ArrayList<>();
        if (s.isBlank()) {
            return out;
        }
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '[' || ch == '{') {
                depth++;
            } else if (ch == ']' || ch == '}') {
                depth--;
            } else if (ch == ',' && depth == 0) {
                out.add(s.substring(start, i).trim());
                start = i + 1;
            }
        }
        out.add(s.substring(start).trim());
        return out;
    }

    // ---------------------------------------------------------------- mnemonics

    private enum Kind { DP, SHIFT, MOVW, MOVT, MUL, MLA, MLS, LONGMUL, DIV, CLZ, EXTEND, MRS, MSR, MEM, EXTRA, BLOCK,
        PUSH, POP, B, BL, BX, BLX, SVC, BKPT, NOP, BARRIER, V3, V2, VCMP, VMRS, VMSR, VLDST, VPUSHPOP, VCVT, VCVTR }

    private static final class Base {
        final String name;
        final Kind kind;
        final boolean allowS;

        Base(String name, Kind kind, boolean allowS) {
            this.name = name;
            this.kind = kind;
            this.allowS = allowS;
        }
    }

    private static final class Parsed {
        final String base;
        final Kind kind;
        final boolean s;
        final Condition cond;

        Parsed(String base, Kind kind, boolean s, Condition cond) {
            this.base = base;
            this.kind = kind;
            this.s = s;
            this.cond = cond;
        }
    }

    private static final List<Base> BASES = new ArrayList<>();

    private static void base(Kind kind, boolean allowS, String... names) {
        for (String n : names) {
            BASES.add(new Base(n, kind, allowS));
        }
    }

    static {
        base(Kind.DP, true, "and", "eor", "sub", "rsb", "add", "adc", "sbc", "rsc", "orr", "mov", "bic", "mvn");
        base(Kind.DP, false, "tst", "teq", "cmp", "cmn");
        base(Kind.SHIFT, true, "lsl", "lsr", "asr", "ror", "rrx");
        base(Kind.MOVW, false, "movw");
        base(Kind.MOVT, false, "movt");
        base(Kind.MUL, true, "mul");
        base(Kind.MLA, true, "mla");
        base(Kind.MLS, false, "mls");
        base(Kind.LONGMUL, true, "umull", "umlal", "smull", "smlal");
        base(Kind.DIV, false, "sdiv", "udiv");
        base(Kind.CLZ, false, "clz");
        base(Kind.EXTEND, false, "sxtb", "sxth", "uxtb", "uxth");
        base(Kind.MRS, false, "mrs");
        base(Kind.MSR, false, "msr");
        base(Kind.MEM, false, "ldr", "str", "ldrb", "strb");
        base(Kind.EXTRA, false, "ldrh", "strh", "ldrsb", "ldrsh", "ldrd", "strd");
        base(Kind.BLOCK, false, "ldm", "ldmia", "ldmib", "ldmda", "ldmdb", "ldmfd", "ldmfa", "ldmea", "ldmed",
                "stm", "stmia", "stmib", "stmda", "stmdb", "stmfd", "stmfa", "stmea", "stmed");
        base(Kind.PUSH, false, "push");
        base(Kind.POP, false, "pop");
        base(Kind.B, false, "b");
        base(Kind.BL, false, "bl");
        base(Kind.BX, false, "bx");
        base(Kind.BLX, false, "blx");
        base(Kind.SVC, false, "svc", "swi");
        base(Kind.BKPT, false, "bkpt");
        base(Kind.NOP, false, "nop");
        base(Kind.BARRIER, false, "dmb", "dsb", "isb");
        base(Kind.V3, false, "vadd", "vsub", "vmul", "vdiv", "vnmul", "vmla", "vmls");
        base(Kind.V2, false, "vmov", "vabs", "vneg", "vsqrt");
        base(Kind.VCMP, false, "vcmp", "vcmpe");
        base(Kind.VMRS, false, "vmrs");
        base(Kind.VMSR, false, "vmsr");
        base(Kind.VLDST, false, "vldr", "vstr");
        base(Kind.VPUSHPOP, false, "vpush", "vpop");
        base(Kind.VCVT, false, "vcvt");
        base(Kind.VCVTR, false, "vcvtr");
    }

    /** Splits e.g. "addseq" into base "add", S, EQ; null if no reading is valid. Prefers the longest base. */
    private static Parsed parseMnemonic(String head) {
        Parsed best = null;
        for (Base b : BASES) {
            if (!head.startsWith(b.name) || (best != null && best.base.length() >= b.name.length())) {
                continue;
            }
            String rest = head.substring(b.name.length());
            Condition c = rest.isEmpty() ? Condition.AL : Condition.parse(rest);
            if (c != null && (rest.length() == 2 || rest.isEmpty())) {
                best = new Parsed(b.name, b.kind, false, c);
                continue;
            }
            if (b.allowS && rest.startsWith("s")) {
                String r2 = rest.substring(1);
                Condition c2 = r2.isEmpty() ? Condition.AL : Condition.parse(r2);
                if (c2 != null && (r2.length() == 2 || r2.isEmpty())) {
                    best = new Parsed(b.name, b.kind, true, c2);
                }
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- instructions

    private void need(List<String> ops, int min, int max) {
        if (ops.size() < min || ops.size() > max) {
            throw error(min == max ? "expected " + min + " operands" : "expected " + min + " to " + max + " operands");
        }
    }

    private void instruction(Parsed p, String types, List<String> ops) {
        Condition c = p.cond;
        switch (p.kind) {
            case DP: dataProcessing(p, ops); return;
            case SHIFT: shiftAlias(p, ops); return;
            case MOVW: case MOVT: {
                need(ops, 2, 2);
                int v = (int) immediate(ops.get(1));
                checkRange("immediate", v, 0, 0xffff);
                if (p.kind == Kind.MOVW) {
                    asm.movw(c, reg(ops.get(0)), v);
                } else {
                    asm.movt(c, reg(ops.get(0)), v);
                }
                return;
            }
            case MUL:
                need(ops, 3, 3);
                asm.mul(c, p.s, reg(ops.get(0)), reg(ops.get(1)), reg(ops.get(2)));
                return;
            case MLA:
                need(ops, 4, 4);
                asm.mla(c, p.s, reg(ops.get(0)), reg(ops.get(1)), reg(ops.get(2)), reg(ops.get(3)));
                return;
            case MLS:
                need(ops, 4, 4);
                asm.mls(c, reg(ops.get(0)), reg(ops.get(1)), reg(ops.get(2)), reg(ops.get(3)));
                return;
            case LONGMUL: {
                need(ops, 4, 4);
                Register lo = reg(ops.get(0));
                Register hi = reg(ops.get(1));
                Register n = reg(ops.get(2));
                Register m = reg(ops.get(3));
                switch (p.base) {
                    case "umull": asm.umull(c, p.s, lo, hi, n, m); break;
                    case "umlal": asm.umlal(c, p.s, lo, hi, n, m); break;
                    case "smull": asm.smull(c, p.s, lo, hi, n, m); break;
                    default: asm.smlal(c, p.s, lo, hi, n, m); break;
                }
                return;
            }
            case DIV:
                need(ops, 3, 3);
                if (p.base.equals("sdiv")) {
                    asm.sdiv(c, reg(ops.get(0)), reg(ops.get(1)), reg(ops.get(2)));
                } else {
                    asm.udiv(c, reg(ops.get(0)), reg(ops.get(1)), reg(ops.get(2)));
                }
                return;
            case CLZ:
                need(ops, 2, 2);
                asm.clz(c, reg(ops.get(0)), reg(ops.get(1)));
                return;
            case EXTEND: {
                need(ops, 2, 3);
                int rot = 0;
                if (ops.size() == 3) {
                    String[] sh = ops.get(2).trim().split("\\s+", 2);
                    if (sh.length != 2 || !sh[0].equalsIgnoreCase("ror")) {
                        throw error("expected ror #8, #16 or #24");
                    }
                    rot = (int) immediate(sh[1]);
                    if (rot != 0 && rot != 8 && rot != 16 && rot != 24) {
                        throw error("rotation must be 0, 8, 16 or 24");
                    }
                }
                asm.extend(c, ExtendOp.valueOf(p.base.toUpperCase(Locale.ROOT)), reg(ops.get(0)), reg(ops.get(1)), rot);
                return;
            }
            case MRS: {
                need(ops, 2, 2);
                String psr = ops.get(1).toLowerCase(Locale.ROOT);
                if (!psr.equals("apsr") && !psr.equals("cpsr")) {
                    throw error("expected APSR");
                }
                asm.mrs(c, reg(ops.get(0)));
                return;
            }
            case MSR: {
                need(ops, 2, 2);
                int mask = psrMask(ops.get(0));
                String src = ops.get(1);
                if (src.startsWith("#")) {
                    asm.msr(c, mask, modImm((int) immediate(src)));
                } else {
                    asm.msr(c, mask, reg(src));
                }
                return;
            }
            case MEM: memory(p, ops); return;
            case EXTRA: extraMemory(p, ops); return;
            case BLOCK: block(p, ops); return;
            case PUSH: case POP: {
                need(ops, 1, 1);
                int list = registerList(ops.get(0));
                if (p.kind == Kind.PUSH) {
                    asm.push(c, list);
                } else {
                    asm.pop(c, list);
                }
                return;
            }
            case B: case BL: branch(p, ops); return;
            case BX: case BLX:
                need(ops, 1, 1);
                if (p.kind == Kind.BX) {
                    asm.bx(c, reg(ops.get(0)));
                } else {
                    asm.blx(c, reg(ops.get(0)));
                }
                return;
            case SVC: {
                need(ops, 1, 1);
                long v = immediate(ops.get(0));
                checkRange("svc number", v, 0, 0xffffff);
                asm.svc(c, (int) v);
                return;
            }
            case BKPT: {
                need(ops, 0, 1);
                long v = ops.isEmpty() ? 0 : immediate(ops.get(0));
                checkRange("bkpt number", v, 0, 0xffff);
                if (c != Condition.AL) {
                    throw error("bkpt cannot be conditional");
                }
                asm.bkpt((int) v);
                return;
            }
            case NOP:
                if (!ops.isEmpty() && !(ops.size() == 1 && ops.get(0).equals("{0}"))) {
                    throw error("nop takes no operands");
                }
                asm.nop(c);
                return;
            case BARRIER: {
                need(ops, 0, 1);
                if (c != Condition.AL) {
                    throw error(p.base + " cannot be conditional");
                }
                BarrierOption o = ops.isEmpty() ? BarrierOption.SY : barrier(ops.get(0));
                if (p.base.equals("isb") && o != BarrierOption.SY) {
                    throw error("isb takes only sy");
                }
                switch (p.base) {
                    case "dmb": asm.dmb(o); break;
                    case "dsb": asm.dsb(o); break;
                    default: asm.isb(o); break;
                }
                return;
            }
            default:
                vfp(p, types, ops);
        }
    }

    private BarrierOption barrier(String s) {
        BarrierOption o = BarrierOption.parse(s.trim());
        if (o == null) {
            throw error("unknown barrier option '" + s + "'");
        }
        return o;
    }

    private int psrMask(String s) {
        String t = s.toLowerCase(Locale.ROOT);
        int mask = 0;
        if (t.startsWith("apsr_")) {
            String f = t.substring(5);
            if (f.equals("nzcvq")) {
                mask = ArmAssembler.APSR_NZCVQ;
            } else if (f.equals("g")) {
                mask = ArmAssembler.APSR_G;
            } else if (f.equals("nzcvqg")) {
                mask = ArmAssembler.APSR_NZCVQ | ArmAssembler.APSR_G;
            }
        } else if (t.startsWith("cpsr_")) {
            for (char ch : t.substring(5).toCharArray()) {
                mask |= ch == 'f' ? 8 : ch == 's' ? 4 : 0x100;
            }
        }
        if (mask == 0 || (mask & ~12) != 0) {
            throw error("expected APSR_nzcvq, APSR_g, APSR_nzcvqg, CPSR_f, CPSR_s or CPSR_fs, got '" + s + "'");
        }
        return mask;
    }

    // ---- data processing

    private void dataProcessing(Parsed p, List<String> ops) {
        DataOp op = DataOp.valueOf(p.base.toUpperCase(Locale.ROOT));
        boolean noDest = op.isComparison();
        boolean noFirst = op.isMove();
        List<String> o = new ArrayList<>(ops);
        if (!noDest && !noFirst && o.size() >= 2 && (o.size() == 2 || isShiftSpec(o.get(2)))) {
            o.add(1, o.get(0)); // "add r0, r1" means "add r0, r0, r1"
        }
        int regs = noDest || noFirst ? 1 : 2;
        if (o.size() < regs + 1 || o.size() > regs + 2) {
            throw error("wrong number of operands");
        }
        Register rd = noDest ? Register.R0 : reg(o.get(0));
        Register rn = noFirst ? Register.R0 : reg(o.get(noDest ? 0 : 1));
        String src = o.get(regs);
        if (src.startsWith("#") || src.startsWith("$")) {
            if (o.size() != regs + 1) {
                throw error("an immediate takes no shift");
            }
            dataImmediate(p, op, rd, rn, (int) immediate(src));
            return;
        }
        Register rm = reg(src);
        if (o.size() == regs + 1) {
            asm.dataReg(p.cond, op, p.s, rd, rn, rm, Shift.LSL, 0);
            return;
        }
        shifted(p.cond, op, p.s, rd, rn, rm, o.get(regs + 1));
    }

    private void shifted(Condition c, DataOp op, boolean s, Register rd, Register rn, Register rm, String spec) {
        String[] parts = spec.trim().split("\\s+", 2);
        Shift sh = Shift.parse(parts[0]);
        if (sh == null) {
            throw error("expected a shift, got '" + spec + "'");
        }
        if (sh == Shift.RRX) {
            if (parts.length != 1) {
                throw error("rrx takes no amount");
            }
            asm.dataReg(c, op, s, rd, rn, rm, Shift.RRX, 0);
            return;
        }
        if (parts.length != 2) {
            throw error("missing shift amount");
        }
        Register rs = Register.parse(parts[1].trim());
        if (rs != null) {
            asm.dataRegShifted(c, op, s, rd, rn, rm, sh, rs);
            return;
        }
        int amount = shiftAmount(sh, parts[1]);
        asm.dataReg(c, op, s, rd, rn, rm, amount == 0 ? Shift.LSL : sh, amount);
    }

    private int shiftAmount(Shift sh, String text) {
        long amount = immediate(text);
        if (amount == 0 && sh != Shift.RRX) {
            return 0; // "lsl #0" etc. is a plain register
        }
        if (!sh.isValidAmount((int) amount) || amount > 32) {
            throw error("shift amount " + amount + " out of range for " + sh.gnuName());
        }
        return (int) amount;
    }

    private static boolean isShiftSpec(String s) {
        String w = s.trim().split("\\s+", 2)[0];
        return Shift.parse(w) != null;
    }

    private void dataImmediate(Parsed p, DataOp op, Register rd, Register rn, int v) {
        ModifiedImmediate imm = ModifiedImmediate.tryEncode(v);
        if (imm != null) {
            asm.dataImm(p.cond, op, p.s, rd, rn, imm);
            return;
        }
        // GNU as: use the complementary opcode with the inverted or negated immediate
        DataOp alt = null;
        int altValue = 0;
        switch (op) {
            case MOV: alt = DataOp.MVN; altValue = ~v; break;
            case MVN: alt = DataOp.MOV; altValue = ~v; break;
            case AND: alt = DataOp.BIC; altValue = ~v; break;
            case BIC: alt = DataOp.AND; altValue = ~v; break;
            case ADD: alt = DataOp.SUB; altValue = -v; break;
            case SUB: alt = DataOp.ADD; altValue = -v; break;
            case ADC: alt = DataOp.SBC; altValue = ~v; break;
            case SBC: alt = DataOp.ADC; altValue = ~v; break;
            case CMP: alt = DataOp.CMN; altValue = -v; break;
            case CMN: alt = DataOp.CMP; altValue = -v; break;
            default: break;
        }
        ModifiedImmediate altImm = alt == null ? null : ModifiedImmediate.tryEncode(altValue);
        if (altImm == null) {
            throw error(String.format("immediate 0x%x cannot be encoded", v));
        }
        asm.dataImm(p.cond, alt, p.s, rd, rn, altImm);
    }

    private ModifiedImmediate modImm(int v) {
        ModifiedImmediate imm = ModifiedImmediate.tryEncode(v);
        if (imm == null) {
            throw error(String.format("immediate 0x%x cannot be encoded", v));
        }
        return imm;
    }

    private void shiftAlias(Parsed p, List<String> ops) {
        Shift sh = Shift.parse(p.base);
        Register rd = reg(ops.get(0));
        if (sh == Shift.RRX) {
            need(ops, 2, 2);
            asm.dataReg(p.cond, DataOp.MOV, p.s, rd, Register.R0, reg(ops.get(1)), Shift.RRX, 0);
            return;
        }
        need(ops, 3, 3);
        Register rm = reg(ops.get(1));
        Register rs = Register.parse(ops.get(2));
        if (rs != null) {
            asm.dataRegShifted(p.cond, DataOp.MOV, p.s, rd, Register.R0, rm, sh, rs);
            return;
        }
        int amount = shiftAmount(sh, ops.get(2));
        asm.dataReg(p.cond, DataOp.MOV, p.s, rd, Register.R0, rm, amount == 0 ? Shift.LSL : sh, amount);
    }

    // ---- loads and stores

    /** A parsed address: base, offset (immediate or register with shift), sign and index mode. */
    private static final class Address {
        Register rn;
        boolean add = true;
        boolean hasImm = true;
        int imm;
        Register rm;
        Shift shift = Shift.LSL;
        int amount;
        IndexMode mode = IndexMode.OFFSET;
    }

    private Address address(List<String> ops, int from) {
        String first = ops.get(from).trim();
        Address a = new Address();
        boolean bang = first.endsWith("!");
        if (bang) {
            first = first.substring(0, first.length() - 1).trim();
        }
        if (!first.startsWith("[") || !first.endsWith("]")) {
            throw error("expected an address [rn, ...], got '" + ops.get(from) + "'");
        }
        List<String> inner = splitOperands(first.substring(1, first.length() - 1));
        a.rn = reg(inner.get(0));
        List<String> offset;
        if (from + 1 < ops.size()) {
            if (inner.size() != 1 || bang) {
                throw error("bad post-indexed address");
            }
            a.mode = IndexMode.POST_INDEX;
            offset = ops.subList(from + 1, ops.size());
        } else {
            a.mode = bang ? IndexMode.PRE_INDEX : IndexMode.OFFSET;
            offset = inner.subList(1, inner.size());
        }
        if (offset.isEmpty()) {
            return a;
        }
        String o = offset.get(0).trim();
        if (o.startsWith("#") || o.startsWith("$")) {
            if (offset.size() != 1) {
                throw error("an immediate offset takes no shift");
            }
            String body = o.substring(1).trim();
            a.add = !body.startsWith("-");
            long v = immediate(o);
            a.imm = (int) Math.abs(v);
            if (v < -0xffffffL || v > 0xffffffL) {
                throw error("offset out of range");
            }
            return a;
        }
        a.hasImm = false;
        if (o.startsWith("-") || o.startsWith("+")) {
            a.add = o.startsWith("+");
            o = o.substring(1).trim();
        }
        a.rm = reg(o);
        if (offset.size() == 2) {
            String[] parts = offset.get(1).trim().split("\\s+", 2);
            Shift sh = Shift.parse(parts[0]);
            if (sh == null) {
                throw error("expected a shift, got '" + offset.get(1) + "'");
            }
            if (sh == Shift.RRX) {
                a.shift = Shift.RRX;
            } else {
                if (parts.length != 2 || Register.parse(parts[1].trim()) != null) {
                    throw error("register offsets shift by an immediate");
                }
                a.amount = shiftAmount(sh, parts[1]);
                a.shift = a.amount == 0 ? Shift.LSL : sh;
            }
        } else if (offset.size() > 2) {
            throw error("bad offset");
        }
        return a;
    }

    private void memory(Parsed p, List<String> ops) {
        MemOp op = MemOp.valueOf(p.base.toUpperCase(Locale.ROOT));
        if (ops.size() < 2) {
            throw error("expected rt, address");
        }
        Register rt = reg(ops.get(0));
        String second = ops.get(1).trim();
        if (second.startsWith("=")) {
            need(ops, 2, 2);
            if (op != MemOp.LDR) {
                throw error("=value needs ldr");
            }
            loadConstant(p.cond, rt, second.substring(1).trim());
            return;
        }
        if (!second.startsWith("[")) {
            need(ops, 2, 2);
            asm.memImm(p.cond, op, rt, Register.PC, true, 0, IndexMode.OFFSET);
            asm.buffer().use(label(second), asm.position() - 4, CodeBuffer.FIXUP_LDR12);
            return;
        }
        Address a = address(ops, 1);
        checkWriteback(a, rt);
        if (a.hasImm) {
            checkRange("offset", a.imm, 0, 4095);
            if (rt == Register.PC && a.rn == Register.PC && (a.imm & 3) != 0) {
                throw error("ldr to pc from a pc-relative address must be 4-byte aligned");
            }
            asm.memImm(p.cond, op, rt, a.rn, a.add, a.imm, a.mode);
        } else {
            asm.memReg(p.cond, op, rt, a.rn, a.add, a.rm, a.shift, a.amount, a.mode);
        }
    }

    private void checkWriteback(Address a, Register rt) {
        if (a.mode.writesBack() && (a.rn == rt || a.rn == Register.PC)) {
            throw error("writeback to " + a.rn.gnuName() + " is unpredictable here");
        }
    }

    private void loadConstant(Condition c, Register rt, String expr) {
        if (isSymbolName(expr)) {
            throw error("ldr =label is not supported; use a .word and ldr rX, label");
        }
        int v = (int) number(expr);
        ModifiedImmediate imm = ModifiedImmediate.tryEncode(v);
        if (imm != null) {
            asm.mov(c, rt, imm);
            return;
        }
        imm = ModifiedImmediate.tryEncode(~v);
        if (imm != null) {
            asm.mvn(c, rt, imm);
            return;
        }
        asm.ldrLiteral(c, rt, v);
    }

    private void extraMemory(Parsed p, List<String> ops) {
        ExtraMemOp op = ExtraMemOp.valueOf(p.base.toUpperCase(Locale.ROOT));
        if (ops.size() < 2) {
            throw error("expected rt, address");
        }
        Register rt = reg(ops.get(0));
        int addrAt = 1;
        if (op.isDual()) {
            if ((rt.code() & 1) != 0 || rt.code() >= 14) {
                throw error(p.base + " needs an even first register below r14");
            }
            if (!ops.get(1).trim().startsWith("[")) {
                Register rt2 = reg(ops.get(1));
                if (rt2.code() != rt.code() + 1) {
                    throw error(p.base + " needs consecutive registers");
                }
                addrAt = 2;
            }
        }
        if (addrAt >= ops.size()) {
            throw error("missing address");
        }
        Address a = address(ops, addrAt);
        checkWriteback(a, rt);
        if (a.hasImm) {
            checkRange("offset", a.imm, 0, 255);
            asm.extraImm(p.cond, op, rt, a.rn, a.add, a.imm, a.mode);
        } else {
            if (a.shift != Shift.LSL || a.amount != 0) {
                throw error(p.base + " takes no shifted register offset");
            }
            asm.extraReg(p.cond, op, rt, a.rn, a.add, a.rm, a.mode);
        }
    }

    private void block(Parsed p, List<String> ops) {
        need(ops, 2, 2);
        boolean load = p.base.startsWith("ldm");
        String m = p.base.substring(3);
        BlockMode mode;
        switch (m) {
            case "": case "ia": mode = BlockMode.IA; break;
            case "ib": mode = BlockMode.IB; break;
            case "da": mode = BlockMode.DA; break;
            case "db": mode = BlockMode.DB; break;
            case "fd": mode = load ? BlockMode.IA : BlockMode.DB; break;
            case "fa": mode = load ? BlockMode.DA : BlockMode.IB; break;
            case "ea": mode = load ? BlockMode.DB : BlockMode.IA; break;
            default: mode = load ? BlockMode.IB : BlockMode.DA; break;
        }
        String base = ops.get(0).trim();
        boolean wb = base.endsWith("!");
        Register rn = reg(wb ? base.substring(0, base.length() - 1).trim() : base);
        int list = registerList(ops.get(1));
        if (wb && load && (list & rn.bit()) != 0) {
            throw error("ldm with writeback cannot load its base register");
        }
        asm.blockTransfer(p.cond, load, mode, rn, wb, list);
    }

    private int registerList(String s) {
        String t = s.trim();
        if (!t.startsWith("{") || !t.endsWith("}")) {
            throw error("expected a register list {...}, got '" + s + "'");
        }
        int mask = 0;
        for (String item : splitOperands(t.substring(1, t.length() - 1))) {
            int dash = item.indexOf('-');
            if (dash >= 0) {
                Register a = reg(item.substring(0, dash));
                Register b = reg(item.substring(dash + 1));
                if (b.code() < a.code()) {
                    throw error("bad register range '" + item + "'");
                }
                for (int r = a.code(); r <= b.code(); r++) {
                    mask |= 1 << r;
                }
            } else {
                mask |= reg(item).bit();
            }
        }
        if (mask == 0) {
            throw error("empty register list");
        }
        return mask;
    }

    // ---- branches

    private void branch(Parsed p, List<String> ops) {
        need(ops, 1, 1);
        String t = ops.get(0).trim();
        boolean link = p.kind == Kind.BL;
        if (isSymbolName(t)) {
            Label l = label(t);
            if (link) {
                asm.bl(p.cond, l);
            } else {
                asm.b(p.cond, l);
            }
            return;
        }
        long target;
        if (t.startsWith(".")) {
            target = asm.buffer().address() + (t.length() == 1 ? 0 : number(t.substring(1)));
        } else {
            target = number(t);
        }
        int targetAddress = (int) target;
        if ((targetAddress & 3) != 0 || !asm.canBranchTo(targetAddress)) {
            throw error("branch target " + t + " out of range or misaligned");
        }
        if (link) {
            asm.blToAddress(p.cond, targetAddress);
        } else {
            asm.bToAddress(p.cond, targetAddress);
        }
    }

    // ---- VFP

    private void vfp(Parsed p, String types, List<String> ops) {
        Condition c = p.cond;
        switch (p.kind) {
            case V3: {
                need(ops, 3, 3);
                boolean dbl = precision(types);
                asm.vfp3(c, VfpOp3.valueOf(p.base.toUpperCase(Locale.ROOT)), vreg(ops.get(0), dbl), vreg(ops.get(1), dbl), vreg(ops.get(2), dbl));
                return;
            }
            case V2:
                if (p.base.equals("vmov")) {
                    vmov(c, types, ops);
                    return;
                }
                need(ops, 2, 2);
                boolean dbl = precision(types);
                asm.vfp2(c, VfpOp2.valueOf(p.base.toUpperCase(Locale.ROOT)), vreg(ops.get(0), dbl), vreg(ops.get(1), dbl));
                return;
            case VCMP: {
                need(ops, 2, 2);
                boolean d = precision(types);
                boolean e = p.base.equals("vcmpe");
                String src = ops.get(1).trim();
                if (src.startsWith("#")) {
                    if (floatImmediate(src) != 0.0) {
                        throw error("vcmp compares with #0.0 only");
                    }
                    asm.vcmpZero(c, e, vreg(ops.get(0), d));
                } else {
                    asm.vfp2(c, e ? VfpOp2.VCMPE : VfpOp2.VCMP, vreg(ops.get(0), d), vreg(src, d));
                }
                return;
            }
            case VMRS: {
                need(ops, 2, 2);
                noTypes(types);
                if (!ops.get(1).equalsIgnoreCase("fpscr")) {
                    throw error("expected fpscr");
                }
                String dst = ops.get(0);
                asm.vmrs(c, dst.equalsIgnoreCase("APSR_nzcv") ? Register.PC : coreNotPc(dst));
                return;
            }
            case VMSR:
                need(ops, 2, 2);
                noTypes(types);
                if (!ops.get(0).equalsIgnoreCase("fpscr")) {
                    throw error("expected fpscr");
                }
                asm.vmsr(c, coreNotPc(ops.get(1)));
                return;
            case VLDST: {
                need(ops, 2, 2);
                VfpRegister d = anyVreg(ops.get(0));
                checkTransferType(types, d);
                Address a = address(ops, 1);
                if (!a.hasImm || a.mode != IndexMode.OFFSET) {
                    throw error(p.base + " takes [rn, #offset]");
                }
                checkRange("offset", a.imm, 0, 1020);
                if ((a.imm & 3) != 0) {
                    throw error("offset must be a multiple of 4");
                }
                if (p.base.equals("vldr")) {
                    asm.vldr(c, d, a.rn, a.add, a.imm);
                } else {
                    asm.vstr(c, d, a.rn, a.add, a.imm);
                }
                return;
            }
            case VPUSHPOP: {
                need(ops, 1, 1);
                String t = ops.get(0).trim();
                if (!t.startsWith("{") || !t.endsWith("}")) {
                    throw error("expected a register list {...}");
                }
                VfpRegister first = null;
                int count = 0;
                for (String item : splitOperands(t.substring(1, t.length() - 1))) {
                    int dash = item.indexOf('-');
                    VfpRegister a = anyVreg(dash >= 0 ? item.substring(0, dash) : item);
                    VfpRegister b = dash >= 0 ? anyVreg(item.substring(dash + 1)) : a;
                    if (first == null) {
                        first = a;
                    } else if (a.isDouble() != first.isDouble() || a.index() != first.index() + count) {
                        throw error("registers must be consecutive and of one kind");
                    }
                    if (b.isDouble() != a.isDouble() || b.index() < a.index()) {
                        throw error("bad register range '" + item + "'");
                    }
                    count += b.index() - a.index() + 1;
                }
                if (first == null) {
                    throw error("empty register list");
                }
                checkTransferType(types, first);
                if (first.isDouble() && count > 16) {
                    throw error("at most 16 double registers");
                }
                if (p.base.equals("vpush")) {
                    asm.vpush(c, first, count);
                } else {
                    asm.vpop(c, first, count);
                }
                return;
            }
            default:
                vcvt(p, types, ops);
        }
    }

    private void vmov(Condition c, String types, List<String> ops) {
        if (ops.size() == 3) {
            noTypes(types);
            VfpRegister d0 = VfpRegister.parse(ops.get(0));
            if (d0 != null) {
                if (!d0.isDouble()) {
                    throw error("vmov to two singles is not supported");
                }
                asm.vmovToDouble(c, d0, coreNotPc(ops.get(1)), coreNotPc(ops.get(2)));
            } else {
                VfpRegister d = vreg(ops.get(2), true);
                asm.vmovFromDouble(c, coreNotPc(ops.get(0)), coreNotPc(ops.get(1)), d);
            }
            return;
        }
        need(ops, 2, 2);
        VfpRegister a = VfpRegister.parse(ops.get(0));
        VfpRegister b = VfpRegister.parse(ops.get(1));
        if (types.isEmpty() || ((a == null || b == null) && !ops.get(1).trim().startsWith("#"))) {
            if (a != null && a.isSingle() && b == null) {
                asm.vmovToSingle(c, a, coreNotPc(ops.get(1)));
                return;
            }
            if (a == null && b != null && b.isSingle()) {
                asm.vmovFromSingle(c, coreNotPc(ops.get(0)), b);
                return;
            }
            if (types.isEmpty()) {
                throw error("vmov between VFP registers needs .f32 or .f64");
            }
        }
        boolean dbl = precision(types);
        VfpRegister d = vreg(ops.get(0), dbl);
        String src = ops.get(1).trim();
        if (src.startsWith("#")) {
            double v = floatImmediate(src);
            VfpImmediate imm = VfpImmediate.tryEncode(v);
            if (imm == null) {
                throw error("floating-point immediate " + src + " cannot be encoded");
            }
            asm.vmovImm(c, d, imm);
            return;
        }
        asm.vfp2(c, VfpOp2.VMOV, d, vreg(src, dbl));
    }

    private void vcvt(Parsed p, String types, List<String> ops) {
        need(ops, 2, 2);
        String t = types.toLowerCase(Locale.ROOT);
        boolean toZero = p.kind == Kind.VCVT;
        switch (t) {
            case ".f64.f32":
            case ".f32.f64":
                if (!toZero) {
                    break;
                }
                boolean toDouble = t.equals(".f64.f32");
                asm.vcvtFloat(p.cond, vreg(ops.get(0), toDouble), vreg(ops.get(1), !toDouble));
                return;
            case ".f64.s32": case ".f64.u32": case ".f32.s32": case ".f32.u32":
                if (!toZero) {
                    break;
                }
                asm.vcvtFromInt(p.cond, vreg(ops.get(0), t.startsWith(".f64")), vreg(ops.get(1), false), t.endsWith("s32"));
                return;
            case ".s32.f64": case ".u32.f64": case ".s32.f32": case ".u32.f32":
                asm.vcvtToInt(p.cond, vreg(ops.get(0), false), vreg(ops.get(1), t.endsWith("f64")), t.startsWith(".s32"), toZero);
                return;
            default:
                break;
        }
        throw error("unsupported conversion '" + p.base + types + "'");
    }

    private boolean precision(String types) {
        String t = types.toLowerCase(Locale.ROOT);
        if (t.equals(".f64")) {
            return true;
        }
        if (t.equals(".f32")) {
            return false;
        }
        throw error("expected .f32 or .f64, got '" + types + "'");
    }

    private void noTypes(String types) {
        if (!types.isEmpty()) {
            throw error("unexpected type suffix '" + types + "'");
        }
    }

    private void checkTransferType(String types, VfpRegister r) {
        String t = types.toLowerCase(Locale.ROOT);
        if (!t.isEmpty() && !(r.isDouble() ? t.equals(".64") || t.equals(".f64") : t.equals(".32") || t.equals(".f32"))) {
            throw error("type suffix '" + types + "' does not match " + r);
        }
    }

    // ---------------------------------------------------------------- operands

    private Register reg(String s) {
        Register r = Register.parse(s.trim());
        if (r == null) {
            throw error("expected a core register, got '" + s.trim() + "'");
        }
        return r;
    }

    private Register coreNotPc(String s) {
        Register r = reg(s);
        if (r == Register.PC) {
            throw error("pc is not allowed here");
        }
        return r;
    }

    private VfpRegister anyVreg(String s) {
        VfpRegister r = VfpRegister.parse(s.trim());
        if (r == null) {
            throw error("expected a VFP register, got '" + s.trim() + "'");
        }
        return r;
    }

    private VfpRegister vreg(String s, boolean dbl) {
        VfpRegister r = anyVreg(s);
        if (r.isDouble() != dbl) {
            throw error("expected a " + (dbl ? "double (d0-d15)" : "single (s0-s31)") + " register, got '" + s.trim() + "'");
        }
        return r;
    }

    private void checkRange(String what, long v, long lo, long hi) {
        if (v < lo || v > hi) {
            throw error(what + " " + v + " out of range " + lo + ".." + hi);
        }
    }

    /** "#imm" or "imm" (GNU as allows the # to be left out). */
    private long immediate(String s) {
        String t = s.trim();
        if (t.startsWith("#") || t.startsWith("$")) {
            t = t.substring(1).trim();
        }
        return number(t);
    }

    /** A sum/difference of integer literals (decimal, 0x hex, 0b binary, 'c'); range-checked to 32 bits. */
    private long number(String s) {
        String t = s.replace(" ", "");
        if (t.isEmpty()) {
            throw error("missing number");
        }
        long total = 0;
        int i = 0;
        while (i < t.length()) {
            int sign = 1;
            while (i < t.length() && (t.charAt(i) == '+' || t.charAt(i) == '-')) {
                if (t.charAt(i) == '-') {
                    sign = -sign;
                }
                i++;
            }
            int j = i;
            while (j < t.length() && t.charAt(j) != '+' && t.charAt(j) != '-') {
                j++;
            }
            total += sign * literal(t.substring(i, j), s);
            i = j;
        }
        if (total < Integer.MIN_VALUE || total > 0xffffffffL) {
            throw error("number " + s + " does not fit in 32 bits");
        }
        return total;
    }

    private long literal(String t, String whole) {
        try {
            String l = t.toLowerCase(Locale.ROOT);
            if (l.length() == 3 && l.charAt(0) == '\'' && l.charAt(2) == '\'') {
                return l.charAt(1);
            }
            if (l.startsWith("0x")) {
                return Long.parseLong(l.substring(2), 16);
            }
            if (l.startsWith("0b")) {
                return Long.parseLong(l.substring(2), 2);
            }
            return Long.parseLong(l);
        } catch (NumberFormatException e) {
            throw error("bad number '" + whole.trim() + "'");
        }
    }

    private double floatImmediate(String s) {
        String t = s.trim();
        if (t.startsWith("#")) {
            t = t.substring(1).trim();
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw error("bad floating-point number '" + s.trim() + "'");
        }
    }
}
