package org.armjit.arm.sim;

import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import org.armjit.arm.abi.ArgType;
import org.armjit.arm.abi.CallingConvention;
import org.armjit.arm.abi.Location;
import org.armjit.arm.abi.Placement;
import org.armjit.arm.abi.Signature;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.mem.GuestMemory;

/**
 * An A32 + VFPv3-D16 simulator (user mode, little-endian) over a {@link MemoryMap}.
 *
 * <p>Instructions are decoded once per address and cached in their executable region, and
 * executed in straight-line {@link CodeBlock}s (looked up, checked against memory and budgeted
 * once per block; the frequent forms pre-specialised by {@link Specializer}); the caches are
 * dropped by {@link MemoryMap#flushICache} and by simulated stores into code. Calls into simulated code go through
 * {@link #call}; calls out reach Java through {@code svc} stubs of the {@link RuntimeCallTable} (runtime module).
 * Every abnormal stop is a {@link SimFault} carrying a report.
 */
public final class ArmSimulator {
    /** Return address given to simulated code by {@link #call}: returning there ends the call. */
    public static final int RETURN_SENTINEL = 0xfffe_0000;
    /** Default stack: 1 MiB ending at this address (exclusive). */
    public static final int STACK_TOP = 0xc000_0000;
    public static final int DEFAULT_STACK_SIZE = 1 << 20;

    private static final int LR = 14, PC = 15, AL = 14;
    private static final int TRASH_CORE = 0xdead_0000;
    private static final long TRASH_VFP = 0x7ff4_dead_0000_0000L;
    private static final int FPSCR_WRITABLE = 0xf7f7_009f;
    private static final int HISTORY = 16;

    private final CpuModel cpu;
    private final MemoryMap memory;
    private final RuntimeCallTable calls;
    private final SimOptions options;
    private final Decoder decoder;
    private final CallingConvention convention;
    private final Map<Integer, Placement> placements = new HashMap<>();

    final int[] r = new int[16];
    final long[] d = new long[16];
    boolean n, z, c, v, q;
    int ge;
    int fpscr;

    private long executed;
    /**
     * Where each of the last {@link #HISTORY} block entries of the current or last run started
     * (pc) and how many instructions the run had counted then: a block runs sequentially, so
     * these give the pcs of the last instructions for a fault report.
     */
    private final int[] entryPc = new int[HISTORY];
    private final long[] entryCount = new long[HISTORY];
    private int entries;
    private PrintStream trace;
    private int callDepth;
    private CallOutHook callOutHook = CallOutHook.NONE;

    /**
     * Runs around every call out to Java: state that simulated code keeps in guest memory
     * (a JIT's inline allocation pointer, say) is handed to Java before and taken back after.
     */
    public interface CallOutHook {
        CallOutHook NONE = new CallOutHook() {
            @Override public void beforeCallOut(RuntimeCall call) { }
            @Override public void afterCallOut() { }
        };

        void beforeCallOut(RuntimeCall call);

        void afterCallOut();
    }

    public void setCallOutHook(CallOutHook hook) { callOutHook = hook == null ? CallOutHook.NONE : hook; }

    public ArmSimulator(CpuModel cpu, MemoryMap memory, RuntimeCallTable calls, SimOptions options) {
        this.cpu = cpu;
        this.memory = memory;
        this.calls = calls;
        this.options = options;
        this.decoder = new Decoder(cpu);
        this.convention = CallingConvention.of(options.floatAbi());
        this.armv6 = cpu.has(CpuModel.Arch.ARMV6);
        this.armv7 = cpu.has(CpuModel.Arch.ARMV7);
    }

    /** Architecture levels the hot paths test, decided once. */
    private final boolean armv6, armv7;

    /**
     * A simulator with its own stack region ({@link #DEFAULT_STACK_SIZE} bytes below
     * {@link #STACK_TOP}, sp pointing at its top).
     */
    public static ArmSimulator withStack(CpuModel cpu, MemoryMap memory, RuntimeCallTable calls, SimOptions options) {
        memory.map("stack", GuestMemory.allocate(STACK_TOP - DEFAULT_STACK_SIZE, DEFAULT_STACK_SIZE), Access.RW);
        ArmSimulator sim = new ArmSimulator(cpu, memory, calls, options);
        sim.r[13] = STACK_TOP;
        return sim;
    }

    public CpuModel cpu() { return cpu; }

    public MemoryMap memory() { return memory; }

    public SimOptions options() { return options; }

    public CallingConvention callingConvention() { return convention; }

    // ---------------- state access ----------------

    public int reg(int i) { return r[i]; }

    public void setReg(int i, int value) {
        if (i == PC) throw new IllegalArgumentException("set pc by running");
        r[i] = value;
    }

    /** APSR as MRS reads it in user mode: NZCVQ, GE and the user-mode bits. */
    public int apsr() {
        return (n ? 1 << 31 : 0) | (z ? 1 << 30 : 0) | (c ? 1 << 29 : 0) | (v ? 1 << 28 : 0)
                | (q ? 1 << 27 : 0) | (ge << 16) | 0x10;
    }

    public int nzcv() { return apsr() >>> 28; }

    public void setApsr(int value) {
        n = value < 0;
        z = (value & (1 << 30)) != 0;
        c = (value & (1 << 29)) != 0;
        v = (value & (1 << 28)) != 0;
        q = (value & (1 << 27)) != 0;
        ge = (value >>> 16) & 0xf;
    }

    public int fpscr() { return fpscr; }

    public void setFpscr(int value) { fpscr = value & FPSCR_WRITABLE; }

    public long dreg(int i) { return d[i]; }

    public void setDreg(int i, long bits) { d[i] = bits; }

    public int sreg(int i) {
        long x = d[i >> 1];
        return (i & 1) == 0 ? (int) x : (int) (x >>> 32);
    }

    public void setSreg(int i, int bits) {
        long x = d[i >> 1];
        d[i >> 1] = (i & 1) == 0 ? (x & 0xffff_ffff_0000_0000L) | (bits & 0xffff_ffffL)
                : (x & 0xffff_ffffL) | ((long) bits << 32);
    }

    /** Instructions executed so far (conditional instructions that did not pass count too). */
    public long instructionsExecuted() { return executed; }

    /** Prints one line per executed instruction to {@code out}; null turns tracing off. */
    public void setTrace(PrintStream out) { trace = out; }

    /** With a profile: instructions executed per block, by the word of the block's first instruction. */
    private long[] profile;
    private int profileBase;

    /**
     * Counts executed instructions per straight-line block from now on, for the code in
     * [base, base + size): each block's instructions go to the word where it starts (a block
     * never spans two pieces of code that end in a branch). Costs one test per block when off.
     */
    public void profileBlocks(int base, int size) {
        profile = new long[size >>> 2];
        profileBase = base;
    }

    /** Instructions counted by {@link #profileBlocks} for blocks starting in [from, to); -1 without a profile. */
    public long profiledInstructions(int from, int to) {
        if (profile == null) return -1;
        long n = 0;
        for (int a = Math.max(from, profileBase); Integer.compareUnsigned(a, to) < 0 && ((a - profileBase) >>> 2) < profile.length; a += 4) {
            n += profile[(a - profileBase) >>> 2];
        }
        return n;
    }

    // ---------------- calls ----------------

    /**
     * Calls simulated code at {@code entry} with arguments (raw bits: ints sign-extended, doubles as {@link Double#doubleToRawLongBits})
     * placed by this simulator's calling convention, and returns the raw result. Checks the
     * callee-saved contract and the instruction budget.
     */
    public long call(int entry, Signature sig, long... args) {
        if (args.length != sig.params().size()) throw new IllegalArgumentException("argument count");
        Placement pl = convention.place(sig);
        int sp = r[13];
        if ((sp & 7) != 0) throw new IllegalStateException("sp not 8-byte aligned before a call: " + hex(sp));
        sp -= pl.stackBytes();
        r[13] = sp;
        for (int i = 0; i < args.length; i++) write(pl.arg(i), args[i], sp);
        int[] savedCore = r.clone();
        long[] savedVfp = d.clone();
        int savedFpscrControl = fpscr & 0x07ff_ffff;
        // A call made from Java code that simulated code called out to (re-entry) must leave
        // that code's return address alone: its svc stub returns through lr afterwards.
        int outerLr = r[LR];
        r[LR] = RETURN_SENTINEL;
        callDepth++;
        try {
            run(entry, RETURN_SENTINEL, options.budget());
        } finally {
            callDepth--;
        }
        if (options.checkCalleeSaved()) {
            for (int i = 4; i <= 11; i++) {
                if (r[i] != savedCore[i]) {
                    throw contractFault(String.format("callee-saved r%d not preserved: was 0x%08x, now 0x%08x",
                            i, savedCore[i], r[i]));
                }
            }
            if (r[13] != savedCore[13]) {
                throw contractFault(String.format("sp not restored: was 0x%08x, now 0x%08x", savedCore[13], r[13]));
            }
            for (int i = 8; i <= 15; i++) {
                if (d[i] != savedVfp[i]) {
                    throw contractFault(String.format("callee-saved d%d not preserved: was 0x%016x, now 0x%016x",
                            i, savedVfp[i], d[i]));
                }
            }
            if ((fpscr & 0x07ff_ffff) != savedFpscrControl) {
                throw contractFault(String.format("FPSCR control bits not preserved: was 0x%08x, now 0x%08x",
                        savedFpscrControl, fpscr & 0x07ff_ffff));
            }
        }
        long result = read(pl.result(), r[13]);
        r[13] = sp + pl.stackBytes();
        r[LR] = outerLr;
        return result;
    }

    private SimFault contractFault(String message) {
        return newFault(FaultKind.CONTRACT, message, RETURN_SENTINEL, null);
    }

    /** Writes a raw value to a location (sp = value at the call). */
    void write(Location loc, long value, int sp) {
        if (loc instanceof Location.CoreReg cr) {
            r[cr.reg()] = (int) value;
        } else if (loc instanceof Location.CorePair cp) {
            r[cp.lo()] = (int) value;
            r[cp.hi()] = (int) (value >>> 32);
        } else if (loc instanceof Location.VfpSingle s) {
            setSreg(s.reg(), (int) value);
        } else if (loc instanceof Location.VfpDouble dd) {
            d[dd.reg()] = value;
        } else if (loc instanceof Location.Stack st) {
            if (st.size() == 8) memory.store64(sp + st.offset(), value);
            else memory.store32(sp + st.offset(), (int) value);
        }
    }

    /** Reads a raw value from a location (ints sign-extended). */
    long read(Location loc, int sp) {
        if (loc instanceof Location.CoreReg cr) return r[cr.reg()];
        if (loc instanceof Location.CorePair cp) return (r[cp.lo()] & 0xffff_ffffL) | ((long) r[cp.hi()] << 32);
        if (loc instanceof Location.VfpSingle s) return sreg(s.reg());
        if (loc instanceof Location.VfpDouble dd) return d[dd.reg()];
        if (loc instanceof Location.Stack st) {
            return st.size() == 8 ? memory.load64(sp + st.offset()) : memory.load32(sp + st.offset());
        }
        return 0;
    }

    /** Handles {@code svc #imm} at pc: a call out to a runtime function. */
    private void callOut(int imm, int pc) {
        int id = imm - SvcStubs.SVC_BASE;
        RuntimeCall f = id >= 0 && id < calls.all().size() ? calls.get(id) : null;
        if (f == null) throw fault(FaultKind.TRAP, String.format("svc #0x%x: no runtime call", imm), pc);
        int sp = r[13];
        if (options.checkStackAlignment() && (sp & 7) != 0) {
            throw fault(FaultKind.CONTRACT, String.format("sp 0x%08x not 8-byte aligned at call out to %s", sp, f.name()), pc);
        }
        Placement pl = placements.computeIfAbsent(imm, k -> convention.place(Signature.of(f)));
        long[] args = new long[pl.args().size()];
        try {
            for (int i = 0; i < args.length; i++) args[i] = read(pl.arg(i), sp);
        } catch (Trap e) {
            throw fault(e.kind, "reading stacked arguments of " + f.name() + ": " + e.getMessage(), pc);
        }
        long result;
        try {
            callOutHook.beforeCallOut(f);
            result = f.impl().invoke(args);
            callOutHook.afterCallOut();
        } catch (SimFault nested) {
            throw nested;
        } catch (RuntimeException e) {
            throw fault(FaultKind.TRAP, "runtime call " + f.name() + " threw " + e, pc, e);
        }
        memory.newEpoch(); // the runtime function may have written code
        if (options.trashCallerSaved()) trashCallerSaved(pl.result());
        write(pl.result(), result, sp);
    }

    private void trashCallerSaved(Location keep) {
        for (int i = 0; i < 4; i++) r[i] = TRASH_CORE | i;
        r[12] = TRASH_CORE | 12;
        for (int i = 0; i < 8; i++) d[i] = TRASH_VFP | i;
        // The flags are undefined after a call.
        n = !n; z = !z; c = !c; v = !v;
        fpscr ^= 0xf000_0000;
    }

    // ---------------- running ----------------

    /**
     * Runs from {@code entry} until pc reaches {@code stop}, at most {@code budget} instructions.
     * The registers are whatever the caller set.
     */
    public void run(int entry, int stop, long budget) {
        final int[] r = this.r;
        final long[] d = this.d;
        final int[] entryPc = this.entryPc;
        final long[] entryCount = this.entryCount;
        int entries = 0;
        final MemoryMap memory = this.memory;
        final boolean checkStale = options.checkStaleCode();
        int epoch = memory.newEpoch();
        PrintStream trace = this.trace;
        int pc = entry;
        long count = 0;
        MappedRegion region = null;
        CodeBlock[] blocks = null;
        int cbase = 0, csize = 0;
        long regionStart = 0;
        final long[] profile = this.profile;
        int profiled = -1;
        long profiledStart = 0;
        try {
            outer:
            for (;;) {
                int off = pc - cbase;
                if (Integer.compareUnsigned(off, csize) >= 0) {
                    if (pc == stop) break;
                    if (region != null) region.executed += count - regionStart;
                    region = memory.regionAt(pc);
                    if (region == null || (region.rights & Access.EXECUTE) == 0) {
                        region = null;
                        blocks = null;
                        cbase = csize = 0;
                        throw fault(FaultKind.BAD_ADDRESS, String.format("execute at 0x%08x: %s", pc,
                                memory.regionAt(pc) == null ? "unmapped" : "not executable"), pc);
                    }
                    blocks = region.blocks;
                    cbase = region.base;
                    csize = region.size & ~3;
                    regionStart = count;
                    off = pc - cbase;
                }
                CodeBlock block = blocks[off >>> 2];
                if (block == null || block.epoch != epoch) block = block(region, off >>> 2, pc, epoch, checkStale);
                long left = budget - count;
                if (left <= 0) {
                    throw fault(FaultKind.BUDGET_EXHAUSTED, "instruction budget of " + budget + " exhausted", pc);
                }
                if (profile != null) {
                    if (profiled >= 0) profile[profiled] += count - profiledStart;
                    int w = (pc - profileBase) >>> 2;
                    profiled = w < profile.length ? w : -1;
                    profiledStart = count;
                }
                entryPc[entries & (HISTORY - 1)] = pc;
                entryCount[entries & (HISTORY - 1)] = count;
                entries++;
                final Insn[] insns = block.insns;
                final int n = left < insns.length ? (int) left : insns.length;
                final int codeWrites = memory.codeWrites;
                for (int k = 0; k < n; k++) {
                    Insn i = insns[k];
                    count++;
                    if (trace != null) traceLine(pc, i);
                    if (i.cond != AL && !passes(i.cond)) {
                        pc += 4;
                        continue;
                    }
                    // The frequent forms, pre-specialised by Specializer: break continues with the next
                    // instruction of the block, continue outer leaves it (a branch, or a store that hit code).
                    switch (i.kind) {
                        case Insn.K_MOV_I: r[i.rd] = i.val; pc += 4; break;
                        case Insn.K_MOV_R: r[i.rd] = r[i.rm] << i.shiftAmount; pc += 4; break;
                        case Insn.K_MVN_R: r[i.rd] = ~(r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_ADD_I: r[i.rd] = r[i.rn] + i.val; pc += 4; break;
                        case Insn.K_ADD_R: r[i.rd] = r[i.rn] + (r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_SUB_R: r[i.rd] = r[i.rn] - (r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_RSB_I: r[i.rd] = i.val - r[i.rn]; pc += 4; break;
                        case Insn.K_RSB_R: r[i.rd] = (r[i.rm] << i.shiftAmount) - r[i.rn]; pc += 4; break;
                        case Insn.K_AND_I: r[i.rd] = r[i.rn] & i.val; pc += 4; break;
                        case Insn.K_AND_R: r[i.rd] = r[i.rn] & (r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_BIC_R: r[i.rd] = r[i.rn] & ~(r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_ORR_I: r[i.rd] = r[i.rn] | i.val; pc += 4; break;
                        case Insn.K_ORR_R: r[i.rd] = r[i.rn] | (r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_EOR_I: r[i.rd] = r[i.rn] ^ i.val; pc += 4; break;
                        case Insn.K_EOR_R: r[i.rd] = r[i.rn] ^ (r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_DP_SHIFTED:
                            r[i.rd] = alu(i.sub, r[i.rn], shift(i.shiftType, r[i.rm], i.shiftAmount));
                            pc += 4;
                            break;
                        case Insn.K_MOVT: r[i.rd] = (r[i.rd] & 0xffff) | (i.imm << 16); pc += 4; break;
                        case Insn.K_MUL: r[i.rd] = r[i.rm] * r[i.rs]; pc += 4; break;
                        case Insn.K_CMP_I: subFlags(r[i.rn], i.val); pc += 4; break;
                        case Insn.K_CMP_R: subFlags(r[i.rn], r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_CMN_I: addFlags(r[i.rn], i.val); pc += 4; break;
                        case Insn.K_TST_I: logicalFlags(r[i.rn] & i.val, i.immCarry); pc += 4; break;
                        case Insn.K_TST_R: logicalFlags(r[i.rn] & r[i.rm], -1); pc += 4; break;
                        case Insn.K_SUBS_I: r[i.rd] = subFlags(r[i.rn], i.val); pc += 4; break;
                        case Insn.K_SUBS_R: r[i.rd] = subFlags(r[i.rn], r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_ADDS_I: r[i.rd] = addFlags(r[i.rn], i.val); pc += 4; break;
                        case Insn.K_ADDS_R: r[i.rd] = addFlags(r[i.rn], r[i.rm] << i.shiftAmount); pc += 4; break;
                        case Insn.K_ANDS_I: {
                            int res = r[i.rn] & i.val;
                            logicalFlags(res, i.immCarry);
                            r[i.rd] = res;
                            pc += 4;
                            break;
                        }
                        case Insn.K_LDR_I: r[i.rd] = memory.load32(r[i.rn] + i.val); pc += 4; break;
                        case Insn.K_STR_I: memory.store32(r[i.rn] + i.val, r[i.rd]); pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer; // the store hit code
                            break;
                        case Insn.K_LDRB_I: r[i.rd] = memory.load8(r[i.rn] + i.val); pc += 4; break;
                        case Insn.K_STRB_I: memory.store8(r[i.rn] + i.val, r[i.rd]); pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer; // the store hit code
                            break;
                        case Insn.K_LDR_PRE: {
                            int addr = r[i.rn] + i.val;
                            int val = memory.load32(addr);
                            r[i.rn] = addr;
                            r[i.rd] = val;
                            pc += 4;
                            break;
                        }
                        case Insn.K_STR_PRE: {
                            int addr = r[i.rn] + i.val;
                            memory.store32(addr, r[i.rd]);
                            r[i.rn] = addr;
                            pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer;
                            break;
                        }
                        case Insn.K_LDR_POST: {
                            int addr = r[i.rn];
                            int val = memory.load32(addr);
                            r[i.rn] = addr + i.val;
                            r[i.rd] = val;
                            pc += 4;
                            break;
                        }
                        case Insn.K_STR_POST: {
                            int addr = r[i.rn];
                            memory.store32(addr, r[i.rd]);
                            r[i.rn] = addr + i.val;
                            pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer;
                            break;
                        }
                        case Insn.K_LDR_R: r[i.rd] = memory.load32(r[i.rn] + registerOffset(i)); pc += 4; break;
                        case Insn.K_STR_R: memory.store32(r[i.rn] + registerOffset(i), r[i.rd]); pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer; // the store hit code
                            break;
                        case Insn.K_LDRB_R: r[i.rd] = memory.load8(r[i.rn] + registerOffset(i)); pc += 4; break;
                        case Insn.K_STRB_R: memory.store8(r[i.rn] + registerOffset(i), r[i.rd]); pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer; // the store hit code
                            break;
                        case Insn.K_LDRH_I: {
                            int addr = r[i.rn] + i.val;
                            r[i.rd] = memory.load16(addr);
                            pc += 4;
                            break;
                        }
                        case Insn.K_STRH_I: {
                            int addr = r[i.rn] + i.val;
                            memory.store16(addr, r[i.rd]);
                            pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer;
                            break;
                        }
                        case Insn.K_LDRD_I: {
                            int addr = r[i.rn] + i.val;
                            doubleAligned(addr, pc);
                            long x = memory.load64(addr);
                            r[i.rd] = (int) x;
                            r[i.rd + 1] = (int) (x >>> 32);
                            pc += 4;
                            break;
                        }
                        case Insn.K_STRD_I: {
                            int addr = r[i.rn] + i.val;
                            doubleAligned(addr, pc);
                            memory.store64(addr, (r[i.rd] & 0xffff_ffffL) | ((long) r[i.rd + 1] << 32));
                            pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer;
                            break;
                        }
                        case Insn.K_B: pc += 8 + i.imm; continue outer;
                        case Insn.K_BL: r[LR] = pc + 4; pc += 8 + i.imm; continue outer;
                        case Insn.K_BX: {
                            int target = r[i.rm];
                            pc = (target & 3) == 0 ? target : interworkingBranch(target, pc);
                            continue outer;
                        }
                        case Insn.K_NOP: pc += 4; break;
                        // Double arithmetic: Java's result where it is ARM's (see Vfp's fast paths),
                        // written out here so that it never depends on C2 inlining Vfp's methods.
                        case Insn.K_VADD_D: {
                            double x = dbl(d[i.rn]) + dbl(d[i.rm]);
                            d[i.rd] = javaRounding() && x == x ? bits(x) : Vfp.add(d[i.rn], d[i.rm], false, fpscr);
                            pc += 4;
                            break;
                        }
                        case Insn.K_VSUB_D: {
                            double x = dbl(d[i.rn]) - dbl(d[i.rm]);
                            d[i.rd] = javaRounding() && x == x ? bits(x) : Vfp.add(d[i.rn], d[i.rm], true, fpscr);
                            pc += 4;
                            break;
                        }
                        case Insn.K_VMUL_D: {
                            double x = dbl(d[i.rn]) * dbl(d[i.rm]);
                            d[i.rd] = javaRounding() && x == x ? bits(x) : Vfp.mul(d[i.rn], d[i.rm], fpscr);
                            pc += 4;
                            break;
                        }
                        case Insn.K_VDIV_D: {
                            double x = dbl(d[i.rn]) / dbl(d[i.rm]);
                            d[i.rd] = javaRounding() && x == x ? bits(x) : Vfp.div(d[i.rn], d[i.rm], fpscr);
                            pc += 4;
                            break;
                        }
                        case Insn.K_VADD_F: setSreg(i.rd, Vfp.addF(sreg(i.rn), sreg(i.rm), false, fpscr)); pc += 4; break;
                        case Insn.K_VSUB_F: setSreg(i.rd, Vfp.addF(sreg(i.rn), sreg(i.rm), true, fpscr)); pc += 4; break;
                        case Insn.K_VMUL_F: setSreg(i.rd, Vfp.mulF(sreg(i.rn), sreg(i.rm), fpscr)); pc += 4; break;
                        case Insn.K_VDIV_F: setSreg(i.rd, Vfp.divF(sreg(i.rn), sreg(i.rm), fpscr)); pc += 4; break;
                        case Insn.K_VLDR_D: {
                            int addr = r[i.rn] + i.imm;
                            wordAligned(addr, pc, "VLDR/VSTR");
                            d[i.rd] = memory.load64(addr);
                            pc += 4;
                            break;
                        }
                        case Insn.K_VSTR_D: {
                            int addr = r[i.rn] + i.imm;
                            wordAligned(addr, pc, "VLDR/VSTR");
                            memory.store64(addr, d[i.rd]);
                            pc += 4;
                            if (memory.codeWrites != codeWrites) continue outer;
                            break;
                        }
                        default: {
                            r[PC] = pc + 8;
                            int next = exec(i, pc);
                            boolean sequential = next == pc + 4;
                            pc = next;
                            // A call out ran Java code: it may have written code or changed the trace.
                            trace = this.trace;
                            if (!sequential || memory.epoch() != epoch || memory.codeWrites != codeWrites) {
                                epoch = memory.epoch();
                                continue outer;
                            }
                            break;
                        }
                    }
                }
            }
        } catch (Trap e) {
            runCount = count;
            this.entries = entries;
            r[PC] = pc;
            throw newFault(e.kind, e.getMessage(), pc, e.getCause());
        } finally {
            if (region != null) region.executed += count - regionStart;
            if (profile != null && profiled >= 0) profile[profiled] += count - profiledStart;
            executed += count;
            r[PC] = pc;
            runCount = count;
            this.entries = entries;
        }
    }

    /**
     * The block starting at word {@code index} (address pc), checked against memory once per
     * epoch. Its first word gets the stale-code check: a decoding dropped by a simulated store
     * or a flush is redone and must match the word as of the last i-cache flush; a kept
     * decoding must still match memory (Java may have written it). A later word that fails
     * either test ends the block before it, to be judged when (if) execution reaches it.
     */
    private CodeBlock block(MappedRegion region, int index, int pc, int epoch, boolean checkStale) {
        CodeBlock cached = region.blocks[index];
        if (cached != null && matchesMemory(region, index, cached.insns)) {
            cached.epoch = epoch;
            return cached;
        }
        int max = Math.min(CodeBlock.MAX_LENGTH, region.decoded.length - index);
        Insn[] insns = new Insn[max];
        int n = 0;
        while (n < max) {
            int w = index + n;
            int word = region.mem.loadWord(region.base + (w << 2));
            Insn i = region.decoded[w];
            if (i == null) {
                if (word != region.flushed[w]) {
                    if (n > 0) break;
                    if (checkStale) throw staleFault(pc, region.flushed[w], word);
                }
                i = decoder.decode(word);
                Specializer.specialize(i, armv6);
                region.decoded[w] = i;
            } else if (word != i.word) {
                if (n > 0) break;
                if (checkStale) throw staleFault(pc, i.word, word);
            }
            insns[n++] = i;
            if (CodeBlock.endsBlock(i)) break;
        }
        CodeBlock b = new CodeBlock(n == max ? insns : java.util.Arrays.copyOf(insns, n), epoch);
        region.blocks[index] = b;
        return b;
    }

    private static boolean matchesMemory(MappedRegion region, int index, Insn[] insns) {
        int addr = region.base + (index << 2);
        for (int k = 0; k < insns.length; k++, addr += 4) {
            if (region.mem.loadWord(addr) != insns[k].word) return false;
        }
        return true;
    }

    private static double dbl(long bits) { return Double.longBitsToDouble(bits); }

    private static long bits(double x) { return Double.doubleToRawLongBits(x); }

    /** Whether Java's double arithmetic is ARM's for every non-NaN result (round to nearest, no FZ). */
    private boolean javaRounding() { return (fpscr & Vfp.NOT_JAVA_ROUNDING) == 0; }

    private int registerOffset(Insn i) {
        int o = r[i.rm] << i.shiftAmount;
        return i.add ? o : -o;
    }

    /** Flags of a - b (SUBS, CMP); returns the difference. */
    private int subFlags(int a, int b) {
        int res = a - b;
        n = res < 0;
        z = res == 0;
        c = Integer.compareUnsigned(a, b) >= 0;
        v = ((a ^ b) & (a ^ res)) < 0;
        return res;
    }

    /** Flags of a + b (ADDS, CMN); returns the sum. */
    private int addFlags(int a, int b) {
        int res = a + b;
        n = res < 0;
        z = res == 0;
        c = Integer.compareUnsigned(res, a) < 0;
        v = ((a ^ res) & (b ^ res)) < 0;
        return res;
    }

    private Trap staleFault(int pc, int old, int now) {
        return fault(FaultKind.STALE_CODE, String.format(
                "instruction at 0x%08x written since the last i-cache flush (was %08x, now %08x)", pc, old, now), pc);
    }

    private boolean passes(int cond) {
        switch (cond) {
            case 0: return z;
            case 1: return !z;
            case 2: return c;
            case 3: return !c;
            case 4: return n;
            case 5: return !n;
            case 6: return v;
            case 7: return !v;
            case 8: return c && !z;
            case 9: return !c || z;
            case 10: return n == v;
            case 11: return n != v;
            case 12: return !z && n == v;
            case 13: return z || n != v;
            default: return true;
        }
    }

    /** Executes one instruction whose condition passed; returns the next pc. */
    private int exec(Insn i, int pc) {
        switch (i.op) {
            case Insn.DP_IMM:
                return dataProcessing(i, pc, i.imm, i.immCarry);
            case Insn.DP_REG: {
                int m = r[i.rm];
                if (i.setFlags && isLogical(i.sub)) {
                    int val = shiftC(i.shiftType, m, i.shiftAmount);
                    return dataProcessing(i, pc, val, shifterCarry);
                }
                return dataProcessing(i, pc, shift(i.shiftType, m, i.shiftAmount), -1);
            }
            case Insn.DP_RSR: {
                int val = shiftByRegister(i.shiftType, r[i.rm], r[i.rs] & 0xff);
                return dataProcessing(i, pc, val, shifterCarry);
            }
            case Insn.LS_IMM:
                return loadStore(i, pc, i.imm);
            case Insn.LS_REG:
                return loadStore(i, pc, shift(i.shiftType, r[i.rm], i.shiftAmount));
            case Insn.B:
                return pc + 8 + i.imm;
            case Insn.BL:
                r[LR] = pc + 4;
                return pc + 8 + i.imm;
            case Insn.BX:
                return interworkingBranch(r[i.rm], pc);
            case Insn.BLX: {
                int target = r[i.rm];
                r[LR] = pc + 4;
                return interworkingBranch(target, pc);
            }
            case Insn.LSX:
                return extraLoadStore(i, pc);
            case Insn.BLOCK:
                return blockTransfer(i, pc);
            case Insn.MOVW:
                r[i.rd] = i.imm;
                return pc + 4;
            case Insn.MOVT:
                r[i.rd] = (r[i.rd] & 0xffff) | (i.imm << 16);
                return pc + 4;
            case Insn.NOP:
                return pc + 4;
            case Insn.SVC:
                callOut(i.imm, pc);
                return pc + 4;
            default:
                if (i.op >= Insn.VARITH && i.op <= Insn.VMSR) return Vfpu.exec(this, i, pc);
                return IntegerUnit.exec(this, i, pc);
        }
    }

    static boolean isLogical(int opc) {
        return opc <= 1 || opc == 8 || opc == 9 || opc >= 12;
    }

    private int dataProcessing(Insn i, int pc, int b, int carry) {
        int res = i.setFlags ? aluFlags(i.sub, r[i.rn], b, carry) : alu(i.sub, r[i.rn], b);
        if (!i.writeback) return pc + 4; // compare/test: no destination
        if (i.rd == PC) return aluWritePc(res, pc);
        r[i.rd] = res;
        return pc + 4;
    }

    /** The ALU without flags: small enough for the JIT to inline into the loop. */
    private int alu(int opc, int a, int b) {
        switch (opc) {
            case 0: return a & b;
            case 1: return a ^ b;
            case 2: return a - b;
            case 3: return b - a;
            case 4: return a + b;
            case 5: return a + b + (c ? 1 : 0);
            case 6: return a + ~b + (c ? 1 : 0);
            case 7: return b + ~a + (c ? 1 : 0);
            case 12: return a | b;
            case 13: return b;
            case 14: return a & ~b;
            case 15: return ~b;
            default: return 0; // TST/TEQ/CMP/CMN always set flags
        }
    }

    private int aluFlags(int opc, int a, int b, int carry) {
        switch (opc) {
            case 2: case 10: return addWithFlags(a, ~b, 1);
            case 3: return addWithFlags(b, ~a, 1);
            case 4: case 11: return addWithFlags(a, b, 0);
            case 5: return addWithFlags(a, b, c ? 1 : 0);
            case 6: return addWithFlags(a, ~b, c ? 1 : 0);
            case 7: return addWithFlags(b, ~a, c ? 1 : 0);
            default: {
                int res;
                switch (opc) {
                    case 0: case 8: res = a & b; break;
                    case 1: case 9: res = a ^ b; break;
                    case 12: res = a | b; break;
                    case 13: res = b; break;
                    case 14: res = a & ~b; break;
                    default: res = ~b; break;
                }
                logicalFlags(res, carry);
                return res;
            }
        }
    }

    private void logicalFlags(int res, int carry) {
        n = res < 0;
        z = res == 0;
        if (carry >= 0) c = carry != 0;
    }

    private int addWithFlags(int a, int b, int carryIn) {
        long u = (a & 0xffff_ffffL) + (b & 0xffff_ffffL) + carryIn;
        int res = (int) u;
        n = res < 0;
        z = res == 0;
        c = (u >>> 32) != 0;
        v = ((a ^ res) & (b ^ res)) < 0;
        return res;
    }

    /** Carry out of the last {@link #shiftC}/{@link #shiftByRegister}: -1 unchanged, else 0/1. */
    int shifterCarry;

    /** Immediate shift without carry-out (amount already normalised by the decoder). */
    int shift(int type, int m, int amount) {
        switch (type) {
            case 0: return m << amount;
            case 1: return amount == 32 ? 0 : m >>> amount;
            case 2: return m >> Math.min(amount, 31);
            case 3: return Integer.rotateRight(m, amount);
            default: return (m >>> 1) | (c ? 1 << 31 : 0); // RRX
        }
    }

    int shiftC(int type, int m, int amount) {
        switch (type) {
            case 0:
                shifterCarry = amount == 0 ? -1 : (m >>> (32 - amount)) & 1;
                return m << amount;
            case 1:
                shifterCarry = (m >>> (amount - 1)) & 1;
                return amount == 32 ? 0 : m >>> amount;
            case 2:
                shifterCarry = (m >>> (amount - 1)) & 1;
                return m >> Math.min(amount, 31);
            case 3:
                shifterCarry = (m >>> (amount - 1)) & 1;
                return Integer.rotateRight(m, amount);
            default:
                shifterCarry = m & 1;
                return (m >>> 1) | (c ? 1 << 31 : 0);
        }
    }

    int shiftByRegister(int type, int m, int amount) {
        shifterCarry = -1;
        if (amount == 0) return m;
        switch (type) {
            case 0:
                if (amount < 32) { shifterCarry = (m >>> (32 - amount)) & 1; return m << amount; }
                shifterCarry = amount == 32 ? m & 1 : 0;
                return 0;
            case 1:
                if (amount < 32) { shifterCarry = (m >>> (amount - 1)) & 1; return m >>> amount; }
                shifterCarry = amount == 32 ? m >>> 31 : 0;
                return 0;
            case 2:
                if (amount < 32) { shifterCarry = (m >>> (amount - 1)) & 1; return m >> amount; }
                shifterCarry = m >>> 31;
                return m >> 31;
            default:
                int rot = amount & 31;
                if (rot == 0) { shifterCarry = m >>> 31; return m; }
                shifterCarry = (m >>> (rot - 1)) & 1;
                return Integer.rotateRight(m, rot);
        }
    }

    /** ALUWritePC: interworking on ARMv7, plain branch before. */
    private int aluWritePc(int target, int pc) {
        if (armv7) return interworkingBranch(target, pc);
        return branchWritePc(target, pc);
    }

    int branchWritePc(int target, int pc) {
        if ((target & 3) != 0) {
            throw fault(FaultKind.UNPREDICTABLE, String.format("branch to unaligned ARM address 0x%08x", target), pc);
        }
        return target;
    }

    /** BXWritePC: bit 0 selects Thumb, which the simulator does not model. */
    int interworkingBranch(int target, int pc) {
        if ((target & 1) != 0) {
            throw fault(FaultKind.UNDEFINED, String.format("branch to Thumb code at 0x%08x (Thumb not modelled)", target), pc);
        }
        return branchWritePc(target, pc);
    }

    private int loadStore(Insn i, int pc, int offset) {
        int base = r[i.rn];
        int target = i.add ? base + offset : base - offset;
        int addr = i.index ? target : base;
        switch (i.sub) {
            case Insn.STR:
                store32(addr, r[i.rd], pc);
                if (i.writeback) r[i.rn] = target;
                return pc + 4;
            case Insn.LDR: {
                int val = load32(addr, pc);
                if (i.writeback) r[i.rn] = target;
                if (i.rd == PC) return interworkingBranch(val, pc);
                r[i.rd] = val;
                return pc + 4;
            }
            case Insn.STRB:
                memory.store8(addr, r[i.rd]);
                if (i.writeback) r[i.rn] = target;
                return pc + 4;
            default: {
                int val = memory.load8(addr);
                if (i.writeback) r[i.rn] = target;
                r[i.rd] = val;
                return pc + 4;
            }
        }
    }

    /** Word load: unaligned allowed from ARMv6 (SCTLR.U); ARMv5 rotates the aligned word. */
    int load32(int addr, int pc) {
        if ((addr & 3) != 0 && !armv6) {
            return Integer.rotateRight(memory.load32(addr & ~3), (addr & 3) * 8);
        }
        return memory.load32(addr);
    }

    void store32(int addr, int value, int pc) {
        if ((addr & 3) != 0 && !armv6) addr &= ~3;
        memory.store32(addr, value);
    }

    private int extraLoadStore(Insn i, int pc) {
        int base = r[i.rn];
        int offset = i.rm < 0 ? i.imm : r[i.rm];
        int target = i.add ? base + offset : base - offset;
        int addr = i.index ? target : base;
        switch (i.sub) {
            case Insn.STRH:
                halfAligned(addr, pc);
                memory.store16(addr, r[i.rd]);
                break;
            case Insn.LDRH:
                halfAligned(addr, pc);
                r[i.rd] = memory.load16(addr);
                break;
            case Insn.LDRSH:
                halfAligned(addr, pc);
                r[i.rd] = memory.load16s(addr);
                break;
            case Insn.LDRSB:
                r[i.rd] = memory.load8s(addr);
                break;
            case Insn.LDRD: {
                doubleAligned(addr, pc);
                long x = memory.load64(addr);
                r[i.rd] = (int) x;
                r[i.rd + 1] = (int) (x >>> 32);
                break;
            }
            default: // STRD
                doubleAligned(addr, pc);
                memory.store64(addr, (r[i.rd] & 0xffff_ffffL) | ((long) r[i.rd + 1] << 32));
                break;
        }
        if (i.writeback) r[i.rn] = target;
        return pc + 4;
    }

    private void halfAligned(int addr, int pc) {
        if ((addr & 1) != 0 && !armv6) {
            throw fault(FaultKind.ALIGNMENT, String.format("unaligned halfword access at 0x%08x before ARMv6", addr), pc);
        }
    }

    private void doubleAligned(int addr, int pc) {
        int mask = armv6 ? 3 : 7;
        if ((addr & mask) != 0) {
            throw fault(FaultKind.ALIGNMENT, String.format("LDRD/STRD at unaligned address 0x%08x", addr), pc);
        }
    }

    void wordAligned(int addr, int pc, String what) {
        if ((addr & 3) != 0) {
            throw fault(FaultKind.ALIGNMENT, String.format("%s at unaligned address 0x%08x", what, addr), pc);
        }
    }

    private int blockTransfer(Insn i, int pc) {
        int list = i.imm;
        int count = Integer.bitCount(list);
        int base = r[i.rn];
        int start;
        if (i.add) start = i.index ? base + 4 : base;
        else start = i.index ? base - 4 * count : base - 4 * count + 4;
        int wb = i.add ? base + 4 * count : base - 4 * count;
        wordAligned(start, pc, "LDM/STM");
        int addr = start;
        if (i.setFlags) { // load
            int newPc = -1;
            for (int k = 0; k < 16; k++) {
                if ((list & (1 << k)) == 0) continue;
                int val = memory.load32(addr);
                addr += 4;
                if (k == PC) newPc = val;
                else r[k] = val;
            }
            if (i.writeback && (list & (1 << i.rn)) == 0) r[i.rn] = wb;
            if (newPc != -1 || (list & 0x8000) != 0) {
                return interworkingBranch(newPc, pc);
            }
            return pc + 4;
        }
        for (int k = 0; k < 16; k++) {
            if ((list & (1 << k)) == 0) continue;
            memory.store32(addr, r[k]);
            addr += 4;
        }
        if (i.writeback) r[i.rn] = wb;
        return pc + 4;
    }

    // ---------------- faults and reports ----------------

    /** A fault raised inside an instruction; the run loop adds pc and the report. */
    static Trap fault(FaultKind kind, String message, int pc) {
        return new Trap(kind, message);
    }

    static Trap fault(FaultKind kind, String message, int pc, Throwable cause) {
        return new Trap(kind, message, cause);
    }

    private SimFault newFault(FaultKind kind, String message, int pc, Throwable cause) {
        return new SimFault(kind, message, pc, report(kind, message, pc), cause);
    }

    private String report(FaultKind kind, String message, int pc) {
        StringBuilder sb = new StringBuilder();
        sb.append("simulator fault: ").append(kind).append(": ").append(message).append('\n');
        sb.append(String.format("pc 0x%08x  cpu %s  instructions %d%n", pc, cpu, executed + runCount));
        sb.append("last instructions:\n");
        int[] recent = recentPcs();
        for (int k = 0; k < recent.length; k++) {
            int at = recent[k];
            sb.append(instructionLine(at, at == pc && k == recent.length - 1 ? "=> " : "   ")).append('\n');
        }
        if (pc != RETURN_SENTINEL && (recent.length == 0 || recent[recent.length - 1] != pc)) {
            sb.append(instructionLine(pc, "=> ")).append('\n');
        }
        sb.append(registerDump());
        return sb.toString();
    }

    /** Instructions counted in the current or last run (the entry ring is per run). */
    private long runCount;

    /** The pcs of the last (at most {@link #HISTORY}) instructions of the last run, oldest first. */
    private int[] recentPcs() {
        int[] newestFirst = new int[HISTORY];
        int n = 0;
        long end = runCount;
        for (int e = entries - 1; e >= 0 && e >= entries - HISTORY && n < HISTORY; e--) {
            int slot = e & (HISTORY - 1);
            long start = entryCount[slot];
            for (long j = end - 1; j >= start && n < HISTORY; j--) {
                newestFirst[n++] = entryPc[slot] + 4 * (int) (j - start);
            }
            end = start;
        }
        int[] out = new int[n];
        for (int k = 0; k < n; k++) out[k] = newestFirst[n - 1 - k];
        return out;
    }

    private String instructionLine(int at, String mark) {
        MappedRegion reg = memory.regionAt(at);
        if (reg == null || !reg.mem.contains(at, 4)) return String.format("%s%08x  <unmapped>", mark, at);
        int word = reg.mem.loadWord(at);
        return String.format("%s%08x  %08x  %s", mark, at, word, Disassembly.text(word, at));
    }

    /** The register file as text: r0-r15, flags, FPSCR, d0-d15. */
    public String registerDump() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(String.format("%-4s0x%08x", i == 13 ? "sp" : i == 14 ? "lr" : i == 15 ? "pc" : "r" + i, r[i]));
            sb.append(i % 4 == 3 ? "\n" : "  ");
        }
        sb.append(String.format("apsr 0x%08x (N%d Z%d C%d V%d Q%d GE%x)  fpscr 0x%08x%n", apsr(), n ? 1 : 0, z ? 1 : 0,
                c ? 1 : 0, v ? 1 : 0, q ? 1 : 0, ge, fpscr));
        for (int i = 0; i < 16; i++) {
            sb.append(String.format("d%-3d0x%016x", i, d[i]));
            sb.append(i % 4 == 3 ? "\n" : "  ");
        }
        return sb.toString();
    }

    private void traceLine(int pc, Insn insn) {
        trace.printf("%08x  %08x  %s%n", pc, insn.word, Disassembly.text(insn.word, pc));
    }

    static String hex(int x) { return String.format("0x%08x", x); }

    // accessors for the execution units
    MemoryMap mem() { return memory; }

    void setFlagsNZ(int res) {
        n = res < 0;
        z = res == 0;
    }
}
