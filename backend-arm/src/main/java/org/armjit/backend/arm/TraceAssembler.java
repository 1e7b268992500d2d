package org.armjit.backend.arm;

import org.armjit.arm.abi.CallingConvention;
import org.armjit.arm.abi.Location;
import org.armjit.arm.abi.Placement;
import org.armjit.arm.abi.Signature;
import org.armjit.arm.asm.CodeBuffer;
import org.armjit.arm.asm.Condition;
import org.armjit.arm.asm.DataOp;
import org.armjit.arm.asm.ExtraMemOp;
import org.armjit.arm.asm.IndexMode;
import org.armjit.arm.asm.Label;
import org.armjit.arm.asm.MacroAssembler;
import org.armjit.arm.asm.MemOp;
import org.armjit.arm.asm.ModifiedImmediate;
import org.armjit.arm.asm.Register;
import org.armjit.arm.asm.Shift;
import org.armjit.arm.asm.VfpImmediate;
import org.armjit.arm.asm.VfpOp2;
import org.armjit.arm.asm.VfpOp3;
import org.armjit.arm.asm.VfpRegister;
import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.InputArg;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.heap.Heap;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.armjit.arm.asm.Condition.AL;

/**
 * Turns one trace (a loop, a function trace or a bridge) into ARM code: register allocation
 * and instruction selection in one forward pass.
 *
 * <p>Allocation: every value gets a register when it is defined or first needed; when none is
 * free, the value whose next use is farthest is spilled to its frame slot (a value is stored
 * at most once: SSA values never change, so a slot once written stays valid). Constants are
 * never spilled, they are materialised where used, folded into instructions when they encode.
 * Values living across a helper call prefer callee-saved registers; caller-saved ones are
 * spilled before the call, and REFs are also spilled and reloaded around a call that can
 * collect (the frame slots are what the collector updates). At a label every argument gets
 * a fixed location, and values computed for the closing jump are hinted into it.
 *
 * <p>Selection: a comparison that only feeds the next guard is one CMP/VCMP and a conditional
 * branch; {@code _ovf} ops set the flags their guard branches on; immediates are folded when
 * they encode (with the inverse op when that one does); constant divisors become multiplies.
 * Guards branch to per-guard stubs at the end of the trace that load the guard's index and
 * go to the backend's common exit.
 */
final class TraceAssembler {
    private static final Register FP = Register.FP;
    private static final Register RT = Register.R10;
    private static final Register IP = Register.IP;
    private static final Register SP = Register.SP;
    private static final VfpRegister DSCRATCH = VfpRegister.d(15);
    private static final VfpRegister SSCRATCH = VfpRegister.s(30);

    private static final Register[] CORE_CALLER = {Register.R0, Register.R1, Register.R2, Register.R3, Register.LR};
    private static final Register[] CORE_CALLEE = {Register.R4, Register.R5, Register.R6, Register.R7, Register.R8, Register.R9};
    private static final int[] VFP_CALLER = {0, 1, 2, 3, 4, 5, 6, 7};
    private static final int[] VFP_CALLEE = {8, 9, 10, 11, 12, 13, 14};
    private static final int CALLER_SAVED_CORE = 0x500f;
    private static final int FREE = -1;
    private static final int TEMP = -2;
    /** Holds a loop-invariant constant from the loop header on: never allocated, never spilled. */
    private static final int PINNED = -3;
    /** Registers kept free of pinned constants for the body's own temporaries. */
    private static final int PIN_RESERVE = 2;

    private final ArmBackend backend;
    private final ArmTarget target;
    /** No FPU: float values live only in their frame slots and float ops call the run-time ABI's routines. */
    private final boolean softFloat;
    private final Trace trace;
    private final MacroAssembler masm;
    private final Random random;
    private final ArmCompiledTrace result;

    // ---- values
    private final Value[] values;
    private final int[][] uses;
    private final int[] useCount;
    private final int[] lastUse;
    private final int[] defPos;
    private final boolean[] crossesCall;
    private final int[] reg;
    private final int[] slot;
    private final boolean[] slotValid;
    private final int[] hint;
    private final boolean[] fused;
    private int nextSlot;
    private int maxSlot;
    /** The trace allocates or calls out (so the heap may ask for a collection while it runs). */
    private final boolean allocates;
    /** After the label the closing jump goes back to. */
    private boolean inLoopBody;

    // ---- registers
    private final int[] coreOwner = new int[16];
    private final int[] vfpOwner = new int[16];
    private int lockedCore;
    private int lockedVfp;
    private int pos;

    // ---- code
    private final List<ArmGuard> guards = new ArrayList<>();
    private final List<Label> guardStubs = new ArrayList<>();
    private final List<Runnable> slowPaths = new ArrayList<>();
    private final List<ArmLabel> ownLabels = new ArrayList<>();
    private final int[] opStart;
    private final List<int[]> extraRanges = new ArrayList<>();
    private Condition overflowCondition;
    private final List<Integer> invalidationNops = new ArrayList<>();
    private final List<ArmGuard> invalidationGuards = new ArrayList<>();
    /** The loop body's constants held in registers (see {@link LoopConstants}). */
    private final Map<Integer, Register> pinnedInts = new HashMap<>();
    private final Map<Long, VfpRegister> pinnedDoubles = new HashMap<>();
    /** An _ovf add/sub that overwrote its left operand, to be undone by the next guard's stub. */
    private Undo pendingUndo;
    /** Per guard (same order as {@link #guards}): the undo its stub performs first, or null. */
    private final List<Undo> guardUndos = new ArrayList<>();

    /**
     * @param entryLocs where each input is at entry: null for a loop or function trace (inputs
     *                  in frame slots 0..n-1), the parent guard's location map for a bridge
     * @param slotBase  frame slots below this belong to the trace this one is entered from
     */
    TraceAssembler(ArmBackend backend, Trace trace, int codeAddress, int[] entryLocs, int slotBase, ArmCompiledTrace result) {
        this.backend = backend;
        this.target = backend.target();
        this.softFloat = !target.hasVfp();
        this.trace = trace;
        this.result = result;
        this.masm = new MacroAssembler(target.cpu(), new CodeBuffer(codeAddress, org.armjit.arm.asm.ICacheFlusher.NONE));
        this.random = backend.options().randomRegisters() ? new Random(backend.nextRandomSeed()) : null;
        List<InputArg> inputs = trace.inputs();
        List<Operation> ops = trace.ops();
        int n = inputs.size() + ops.size();
        values = new Value[n];
        int k = 0;
        for (InputArg in : inputs) {
            in.index = k;
            values[k++] = in;
        }
        for (Operation o : ops) {
            o.index = k;
            values[k++] = o;
        }
        uses = new int[n][];
        useCount = new int[n];
        lastUse = new int[n];
        defPos = new int[n];
        crossesCall = new boolean[n];
        reg = new int[n];
        slot = new int[n];
        slotValid = new boolean[n];
        hint = new int[n];
        fused = new boolean[ops.size()];
        opStart = new int[ops.size() + 1];
        Arrays.fill(reg, Loc.NONE);
        Arrays.fill(slot, -1);
        Arrays.fill(hint, Loc.NONE);
        Arrays.fill(lastUse, -1);
        Arrays.fill(coreOwner, FREE);
        Arrays.fill(vfpOwner, FREE);
        for (int i = 0; i < inputs.size(); i++) defPos[i] = -1;
        for (int i = 0; i < ops.size(); i++) defPos[inputs.size() + i] = i;
        analyseLiveness(ops);
        boolean alloc = false;
        for (Operation o : ops) alloc |= o.op.isAlloc() || o.op.isCall();
        allocates = alloc;
        nextSlot = Math.max(slotBase, entryLocs == null ? inputs.size() : 0);
        maxSlot = nextSlot;
        for (int i = 0; i < inputs.size(); i++) {
            int loc = entryLocs == null ? Loc.slot(i) : entryLocs[i];
            if (Loc.isReg(loc)) {
                reg[i] = loc;
                owners(loc)[regIndex(loc)] = i;
            } else {
                slot[i] = Loc.frameOffset(loc);
                slotValid[i] = true;
            }
        }
    }

    // ================================================================== liveness

    private void analyseLiveness(List<Operation> ops) {
        int[] count = new int[values.length];
        List<List<Value>> live = new ArrayList<>(ops.size());
        // How often each value is read, snapshots included (each guard's live values computed once).
        int[] reads = new int[values.length];
        for (Operation o : ops) {
            List<Value> lv = o.op.isGuard() ? o.snapshot.liveValues() : List.of();
            live.add(lv);
            for (int a = 0; a < o.argCount(); a++) if (isLocal(o.arg(a))) reads[o.arg(a).index]++;
            for (Value v : lv) if (isLocal(v)) reads[v.index]++;
        }
        // Fusion: a comparison whose only read is the guard right after it.
        for (int i = 0; i < ops.size(); i++) {
            Operation o = ops.get(i);
            if (!isComparison(o.op) || reads[o.index] != 1 || (softFloat && isFloatComparison(o.op))) continue;
            int j = i + 1;
            while (j < ops.size() && ops.get(j).op == Op.DEBUG_MERGE_POINT) j++;
            if (j == ops.size()) continue;
            Operation g = ops.get(j);
            if ((g.op == Op.GUARD_TRUE || g.op == Op.GUARD_FALSE) && g.arg(0) == o) fused[i] = true;
        }
        List<Integer> callPositions = new ArrayList<>();
        for (int i = 0; i < ops.size(); i++) {
            Operation o = ops.get(i);
            if (o.op.isCall() || isSoftFloatCall(o.op)) callPositions.add(i);
            if (fused[i]) continue;
            for (int a = 0; a < o.argCount(); a++) addUse(o.arg(a), i, count);
            if (o.op == Op.GUARD_TRUE || o.op == Op.GUARD_FALSE) {
                if (o.arg(0) instanceof Operation co && isLocal(co) && defPos[co.index] >= 0 && fused[defPos[co.index]]) {
                    // The fused comparison's operands are read here.
                    for (int a = 0; a < co.argCount(); a++) addUse(co.arg(a), i, count);
                }
            }
            for (Value v : live.get(i)) addUse(v, i, count);
        }
        for (int v = 0; v < values.length; v++) {
            uses[v] = uses[v] == null ? new int[0] : Arrays.copyOf(uses[v], useCount[v]);
        }
        // crossesCall: some call lies strictly between a value's definition and its last use.
        int[] callAt = callPositions.stream().mapToInt(Integer::intValue).toArray();
        for (int v = 0; v < values.length; v++) {
            int k = Arrays.binarySearch(callAt, defPos[v] + 1);
            if (k < 0) k = -k - 1;
            crossesCall[v] = k < callAt.length && callAt[k] < lastUse[v];
        }
    }

    private void addUse(Value v, int at, int[] count) {
        if (v.isConst() || !inTrace(v)) return;
        int n = v.index;
        if (uses[n] == null) uses[n] = new int[4];
        if (useCount[n] == uses[n].length) uses[n] = Arrays.copyOf(uses[n], useCount[n] * 2);
        if (useCount[n] == 0 || uses[n][useCount[n] - 1] != at) uses[n][useCount[n]++] = at;
        lastUse[n] = Math.max(lastUse[n], at);
    }

    private int nextUse(int v, int after) {
        int[] u = uses[v];
        for (int x : u) if (x > after) return x;
        return Integer.MAX_VALUE;
    }

    private boolean liveAfter(int v) {
        return lastUse[v] > pos;
    }

    private static boolean isFloatComparison(Op op) {
        return switch (op) {
            case FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE -> true;
            default -> false;
        };
    }

    /** Whether op is a call to a run-time ABI routine on this target. */
    private boolean isSoftFloatCall(Op op) {
        return softFloat && SoftFloatRoutines.isCall(op);
    }

    private static boolean isComparison(Op op) {
        return switch (op) {
            case INT_LT, INT_LE, INT_EQ, INT_NE, INT_GT, INT_GE, UINT_LT, UINT_LE, UINT_GT, UINT_GE, INT_IS_TRUE, INT_IS_ZERO,
                 FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE, PTR_EQ, PTR_NE -> true;
            default -> false;
        };
    }

    // ================================================================== registers

    private int[] owners(int loc) {
        return Loc.isCore(loc) ? coreOwner : vfpOwner;
    }

    private static int regIndex(int loc) {
        return Loc.isCore(loc) ? loc : loc - Loc.VFP;
    }

    private boolean isFloat(int v) {
        return values[v].type() == Type.FLOAT;
    }

    /** A free core register for value v (or a temporary when v < 0), spilling if none is free. */
    private int allocCore(int v, int avoidMask) {
        boolean callee = v >= 0 && crossesCall[v];
        if (v >= 0 && Loc.isCore(hint[v]) && hint[v] != IP.code()) {
            int h = hint[v];
            if (coreOwner[h] == FREE && (avoidMask & 1 << h) == 0 && (lockedCore & 1 << h) == 0) return h;
        }
        Register[] first = callee ? CORE_CALLEE : CORE_CALLER;
        Register[] second = callee ? CORE_CALLER : CORE_CALLEE;
        int r = pickFree(first, avoidMask);
        if (r < 0) r = pickFree(second, avoidMask);
        if (r >= 0) return r;
        // Spill the value used farthest in the future.
        int best = -1, bestUse = -1;
        for (Register[] set : new Register[][] {CORE_CALLER, CORE_CALLEE}) {
            for (Register c : set) {
                int i = c.code();
                int owner = coreOwner[i];
                if (owner < 0 || (lockedCore & 1 << i) != 0 || (avoidMask & 1 << i) != 0) continue;
                int u = nextUse(owner, pos);
                if (u > bestUse) {
                    bestUse = u;
                    best = i;
                }
            }
        }
        if (best < 0) throw new CompileError("out of core registers at op " + pos);
        evict(best);
        return best;
    }

    private int pickFree(Register[] set, int avoidMask) {
        int start = random == null ? 0 : random.nextInt(set.length);
        for (int k = 0; k < set.length; k++) {
            int i = set[(start + k) % set.length].code();
            if (coreOwner[i] == FREE && (lockedCore & 1 << i) == 0 && (avoidMask & 1 << i) == 0) return i;
        }
        return -1;
    }

    private int allocVfp(int v) {
        boolean callee = v >= 0 && crossesCall[v];
        if (v >= 0 && Loc.isVfp(hint[v])) {
            int h = hint[v] - Loc.VFP;
            if (vfpOwner[h] == FREE && (lockedVfp & 1 << h) == 0) return h;
        }
        int[] first = callee ? VFP_CALLEE : VFP_CALLER;
        int[] second = callee ? VFP_CALLER : VFP_CALLEE;
        int r = pickFreeVfp(first);
        if (r < 0) r = pickFreeVfp(second);
        if (r >= 0) return r;
        int best = -1, bestUse = -1;
        for (int i = 0; i < 15; i++) {
            int owner = vfpOwner[i];
            if (owner < 0 || (lockedVfp & 1 << i) != 0) continue;
            int u = nextUse(owner, pos);
            if (u > bestUse) {
                bestUse = u;
                best = i;
            }
        }
        if (best < 0) throw new CompileError("out of VFP registers at op " + pos);
        evict(Loc.vfp(best));
        return best;
    }

    private int pickFreeVfp(int[] set) {
        int start = random == null ? 0 : random.nextInt(set.length);
        for (int k = 0; k < set.length; k++) {
            int i = set[(start + k) % set.length];
            if (vfpOwner[i] == FREE && (lockedVfp & 1 << i) == 0) return i;
        }
        return -1;
    }

    /** Frees register loc, spilling its value first if it is still needed. */
    private void evict(int loc) {
        int owner = owners(loc)[regIndex(loc)];
        if (owner >= 0) {
            if (liveAfterOrNow(owner)) spill(owner);
            reg[owner] = Loc.NONE;
        }
        owners(loc)[regIndex(loc)] = FREE;
    }

    private boolean liveAfterOrNow(int v) {
        return lastUse[v] >= pos;
    }

    /** Makes v's frame slot hold its value (stores it once). */
    private void spill(int v) {
        if (slotValid[v]) return;
        if (slot[v] < 0) slot[v] = JitFrame.slotOffset(newSlot());
        int r = reg[v];
        if (r == Loc.NONE) throw new IllegalStateException("value " + v + " has neither a register nor a slot");
        if (Loc.isCore(r)) masm.str(Loc.coreReg(r), FP, slot[v]);
        else vstrFrame(Loc.vfpReg(r), slot[v]);
        slotValid[v] = true;
    }

    private int newSlot() {
        if (nextSlot >= JitFrame.SLOT_COUNT) throw new CompileError("trace needs more than " + JitFrame.SLOT_COUNT + " frame slots");
        int s = nextSlot++;
        maxSlot = Math.max(maxSlot, nextSlot);
        return s;
    }

    private void assign(int v, int loc) {
        reg[v] = loc;
        owners(loc)[regIndex(loc)] = v;
        lock(loc);
    }

    private void lock(int loc) {
        if (Loc.isCore(loc)) lockedCore |= 1 << loc;
        else lockedVfp |= 1 << (loc - Loc.VFP);
    }

    /** The register holding value v, loading it from its slot or materialising the constant. */
    private Register use(Value v) {
        if (v instanceof Const c) {
            int t = allocCore(-1, 0);
            coreOwner[t] = TEMP;
            lock(t);
            masm.mov32(AL, Register.of(t), (int) c.bits);
            return Register.of(t);
        }
        int n = v.index;
        if (reg[n] != Loc.NONE) {
            lock(reg[n]);
            return Loc.coreReg(reg[n]);
        }
        int r = allocCore(n, 0);
        masm.ldr(Register.of(r), FP, slot[n]);
        assign(n, r);
        return Register.of(r);
    }

    private VfpRegister useF(Value v) {
        if (v instanceof Const c) {
            VfpRegister pinned = pinnedDoubles.get(c.bits);
            if (pinned != null) return pinned;
            int t = allocVfp(-1);
            vfpOwner[t] = TEMP;
            lockedVfp |= 1 << t;
            loadDouble(VfpRegister.d(t), c.bits);
            return VfpRegister.d(t);
        }
        int n = v.index;
        if (reg[n] != Loc.NONE) {
            lock(reg[n]);
            return Loc.vfpReg(reg[n]);
        }
        int r = allocVfp(n);
        vldrFrame(VfpRegister.d(r), slot[n]);
        assign(n, Loc.vfp(r));
        return VfpRegister.d(r);
    }

    /** The register of an int operand that is only read: a constant's pinned register if it has one. */
    private Register operand(Value v) {
        if (isIntConst(v)) {
            Register pinned = pinnedInts.get(intConst(v));
            if (pinned != null) return pinned;
        }
        return use(v);
    }

    /** A register holding constant c: its pinned register, else {@code scratch} loaded with it. */
    private Register constIn(int c, Register scratch) {
        Register pinned = pinnedInts.get(c);
        if (pinned != null) return pinned;
        masm.mov32(AL, scratch, c);
        return scratch;
    }

    private Register temp() {
        int t = allocCore(-1, 0);
        coreOwner[t] = TEMP;
        lock(t);
        return Register.of(t);
    }

    /** Frees the registers of operands that die at this op (their last use is here). */
    private void releaseDying(Operation o) {
        for (int a = 0; a < o.argCount(); a++) {
            Value v = o.arg(a);
            if (v.isConst()) continue;
            int n = v.index;
            if (lastUse[n] <= pos && reg[n] != Loc.NONE) {
                int loc = reg[n];
                owners(loc)[regIndex(loc)] = FREE;
                reg[n] = Loc.NONE;
                // Read already: the result may take the register.
                if (Loc.isCore(loc)) lockedCore &= ~(1 << loc);
                else lockedVfp &= ~(1 << (loc - Loc.VFP));
            }
        }
    }

    /** After the op: temporaries freed, values whose last use was here (or that are never used) released. */
    private void endOp() {
        for (int i = 0; i < 16; i++) {
            if (coreOwner[i] == TEMP) coreOwner[i] = FREE;
            else if (coreOwner[i] >= 0 && lastUse[coreOwner[i]] <= pos) {
                reg[coreOwner[i]] = Loc.NONE;
                coreOwner[i] = FREE;
            }
            if (vfpOwner[i] == TEMP) vfpOwner[i] = FREE;
            else if (vfpOwner[i] >= 0 && lastUse[vfpOwner[i]] <= pos) {
                reg[vfpOwner[i]] = Loc.NONE;
                vfpOwner[i] = FREE;
            }
        }
        lockedCore = 0;
        lockedVfp = 0;
    }

    /** A register for o's result (core). */
    private Register def(Operation o) {
        int r = allocCore(o.index, 0);
        assign(o.index, r);
        return Register.of(r);
    }

    private VfpRegister defF(Operation o) {
        int r = allocVfp(o.index);
        assign(o.index, Loc.vfp(r));
        return VfpRegister.d(r);
    }

    // ================================================================== driver

    ArmCompiledTrace.Code assemble() {
        List<Operation> ops = trace.ops();
        Operation last = ops.get(ops.size() - 1);
        if (last.op == Op.JUMP) hintOtherTraceJump(last);
        for (pos = 0; pos < ops.size(); pos++) {
            Operation o = ops.get(pos);
            opStart[pos] = masm.position();
            if (fused[pos]) continue;
            lower(o);
            endOp();
        }
        opStart[ops.size()] = masm.position();
        List<Integer> stubOffsets = new ArrayList<>();
        for (int i = 0; i < guards.size(); i++) {
            int from = masm.position();
            stubOffsets.add(from);
            masm.bind(guardStubs.get(i));
            Undo undo = guardUndos.get(i);
            if (undo != null) {
                // The guard's branch keeps leading here; a bridge is attached at the b below,
                // so it too starts after the undo.
                undo.emit().run();
                ArmGuard g = guards.get(i);
                g.branchOffsets.clear();
                g.branchOffsets.add(masm.position());
                Label next = new Label();
                masm.b(AL, next);
                masm.bind(next);
            }
            masm.mov32(AL, IP, guards.get(i).index);
            branchTo(backend.exitCommonAddress());
            extraRanges.add(new int[] {from, masm.position(), guards.get(i).opIndex});
        }
        for (Runnable r : slowPaths) r.run();
        masm.buffer().finish();
        return new ArmCompiledTrace.Code(masm.buffer().toArray(), guards, ownLabels, opStart, extraRanges,
                invalidationNops, invalidationGuards, stubOffsets);
    }

    private void branchTo(int address) {
        masm.branchFar(AL, false, address);
    }

    private void hintOtherTraceJump(Operation jump) {
        ArmLabel target = backend.label(jump.aux[0]);
        if (target == null) return; // own label: hinted when the label is placed
        for (int i = 0; i < jump.argCount(); i++) {
            Value v = jump.arg(i);
            if (!v.isConst() && Loc.isReg(target.locs()[i]) && hint[v.index] == Loc.NONE) hint[v.index] = target.locs()[i];
        }
    }

    private void lower(Operation o) {
        Op op = o.op;
        if (softFloat && lowerSoftFloat(o)) return;
        switch (op) {
            case INT_ADD, INT_SUB, INT_AND, INT_OR, INT_XOR, INT_ADD_OVF, INT_SUB_OVF -> intBinary(o);
            case INT_MUL -> intMul(o);
            case INT_MUL_OVF -> intMulOvf(o);
            case INT_FLOORDIV, INT_MOD, INT_PY_DIV, INT_PY_MOD -> intDivision(o);
            case INT_LSHIFT, INT_RSHIFT, UINT_RSHIFT -> intShift(o);
            case INT_NEG -> {
                Register a = use(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                masm.dataImm(AL, DataOp.RSB, false, d, a, imm(0));
            }
            case INT_INVERT -> {
                Register a = use(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                masm.dataReg(AL, DataOp.MVN, false, d, Register.R0, a, Shift.LSL, 0);
            }
            case INT_LT, INT_LE, INT_EQ, INT_NE, INT_GT, INT_GE, UINT_LT, UINT_LE, UINT_GT, UINT_GE, INT_IS_TRUE, INT_IS_ZERO,
                 FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE, PTR_EQ, PTR_NE -> {
                Condition c = compare(o);
                releaseDying(o);
                Register d = def(o);
                masm.mov(c.invert(), d, imm(0));
                masm.mov(c, d, imm(1));
            }
            case FLOAT_ADD, FLOAT_SUB, FLOAT_MUL, FLOAT_TRUEDIV -> {
                VfpRegister a = useF(o.arg(0)), b = useF(o.arg(1));
                releaseDying(o);
                VfpRegister d = defF(o);
                VfpOp3 v = op == Op.FLOAT_ADD ? VfpOp3.VADD : op == Op.FLOAT_SUB ? VfpOp3.VSUB : op == Op.FLOAT_MUL ? VfpOp3.VMUL : VfpOp3.VDIV;
                masm.vfp3(AL, v, d, a, b);
            }
            case FLOAT_NEG, FLOAT_ABS, FLOAT_SQRT -> {
                VfpRegister a = useF(o.arg(0));
                releaseDying(o);
                VfpRegister d = defF(o);
                masm.vfp2(AL, op == Op.FLOAT_NEG ? VfpOp2.VNEG : op == Op.FLOAT_ABS ? VfpOp2.VABS : VfpOp2.VSQRT, d, a);
            }
            case CAST_INT_TO_FLOAT -> {
                Register a = use(o.arg(0));
                releaseDying(o);
                VfpRegister d = defF(o);
                masm.vmovToSingle(AL, SSCRATCH, a);
                masm.vcvtFromInt(AL, d, SSCRATCH, true);
            }
            case CAST_FLOAT_TO_INT -> {
                VfpRegister a = useF(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                masm.vcvtToInt(AL, SSCRATCH, a, true, true);
                masm.vmovFromSingle(AL, d, SSCRATCH);
            }
            case CAST_PTR_TO_INT, CAST_INT_TO_PTR, SAME_AS_I, SAME_AS_R, SAME_AS_F -> copy(o);
            case INT_TAG, INT_TAG_OVF -> {
                Register a = use(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                // adds d, a, a: V set when a does not fit 31 bits; the orr keeps the flags.
                masm.dataReg(AL, DataOp.ADD, op == Op.INT_TAG_OVF, d, a, a, Shift.LSL, 0);
                masm.dataImm(AL, DataOp.ORR, false, d, d, imm(1));
                if (op == Op.INT_TAG_OVF) overflowCondition = Condition.VS;
            }
            case INT_UNTAG -> {
                Register a = use(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                masm.dataReg(AL, DataOp.MOV, false, d, Register.R0, a, Shift.ASR, 1);
            }
            case GUARD_TRUE, GUARD_FALSE -> guardBool(o);
            case GUARD_VALUE -> guardValue(o);
            case GUARD_CLASS -> {
                Register p = use(o.arg(0));
                ArmGuard g = newGuard(o);
                masm.dataImm(AL, DataOp.TST, true, Register.R0, p, imm(1));
                guardBranch(g, Condition.NE);
                masm.cmpImmediate(AL, p, 0);
                guardBranch(g, Condition.EQ);
                masm.extraImm(AL, ExtraMemOp.LDRH, IP, p, true, 0, IndexMode.OFFSET);
                cmpIpWith(o.aux[0] & Heap.TYPE_MASK);
                guardBranch(g, Condition.NE);
            }
            case GUARD_NONNULL, GUARD_ISNULL -> {
                Register p = use(o.arg(0));
                ArmGuard g = newGuard(o);
                masm.cmpImmediate(AL, p, 0);
                guardBranch(g, op == Op.GUARD_NONNULL ? Condition.EQ : Condition.NE);
            }
            case GUARD_TAGGED -> {
                Register p = use(o.arg(0));
                ArmGuard g = newGuard(o);
                masm.dataImm(AL, DataOp.TST, true, Register.R0, p, imm(1));
                guardBranch(g, Condition.EQ);
            }
            case GUARD_NO_OVERFLOW, GUARD_OVERFLOW -> {
                if (overflowCondition == null) throw new CompileError(op.text + " without an _ovf op before it");
                ArmGuard g = newGuard(o);
                guardBranch(g, op == Op.GUARD_NO_OVERFLOW ? overflowCondition : overflowCondition.invert());
                overflowCondition = null;
            }
            case GUARD_NOT_INVALIDATED -> {
                ArmGuard g = newGuard(o);
                invalidationNops.add(masm.position());
                invalidationGuards.add(g);
                masm.nopAny();
            }
            case GUARD_NOT_COLLECT -> {
                // Only allocation asks for a collection: in the body of a loop that neither
                // allocates nor calls out nothing can, so the check on entry (the preamble's) is enough.
                if (!allocates && inLoopBody) return;
                ArmGuard g = newGuard(o);
                masm.ldr(IP, RT, RuntimeBlock.COLLECT_REQUESTED);
                masm.cmpImmediate(AL, IP, 0);
                guardBranch(g, Condition.NE);
            }
            case GETFIELD_GC_I, GETFIELD_GC_R -> {
                Register p = use(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                loadWord(d, p, o.aux[0]);
            }
            case GETFIELD_GC_F -> {
                Register p = use(o.arg(0));
                releaseDying(o);
                VfpRegister d = defF(o);
                vldr(d, p, o.aux[0]);
            }
            case SETFIELD_GC -> store(o, o.arg(0), null, o.arg(1), o.aux[0], 4);
            case GETARRAYITEM_GC_I, GETARRAYITEM_GC_R, GETARRAYITEM_GC_F -> arrayLoad(o);
            case SETARRAYITEM_GC -> store(o, o.arg(0), o.arg(1), o.arg(2), o.aux[0], o.aux[1]);
            case ARRAYLEN_GC -> {
                Register p = use(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                masm.ldr(d, p, 4);
            }
            case NEW -> allocate(o);
            case NEW_ARRAY -> {
                Register n = use(o.arg(0));
                releaseDying(o);
                Register d = def(o);
                preservingCall(backend.helpers().newArray, d, new Register[] {n, null, null, null},
                        new int[] {0, o.aux[0], o.aux[1], o.aux[2]});
            }
            case CALL_I, CALL_R, CALL_F, CALL_N -> call(o);
            case LABEL -> {
                label(o);
                inLoopBody = trace.last().op == Op.JUMP && trace.last().aux[0] == o.aux[0];
            }
            case JUMP -> jump(o);
            case FINISH -> finish(o);
            case DEBUG_MERGE_POINT -> { }
            default -> throw new CompileError("no ARM lowering for " + op.text);
        }
    }

    // ================================================================== integer ops

    private static ModifiedImmediate imm(int v) {
        return ModifiedImmediate.tryEncode(v);
    }

    private static boolean isIntConst(Value v) {
        return v instanceof Const && v.type() != Type.FLOAT;
    }

    private static int intConst(Value v) {
        return (int) ((Const) v).bits;
    }

    private void intBinary(Operation o) {
        Op op = o.op;
        boolean s = op == Op.INT_ADD_OVF || op == Op.INT_SUB_OVF;
        DataOp dop = switch (op) {
            case INT_ADD, INT_ADD_OVF -> DataOp.ADD;
            case INT_SUB, INT_SUB_OVF -> DataOp.SUB;
            case INT_AND -> DataOp.AND;
            case INT_OR -> DataOp.ORR;
            default -> DataOp.EOR;
        };
        Value x = o.arg(0), y = o.arg(1);
        boolean commutative = dop != DataOp.SUB;
        if (isIntConst(x) && !isIntConst(y) && commutative) {
            Value t = x;
            x = y;
            y = t;
        }
        if (s && overwriteOperand(o, x, y, dop)) return;
        if (isIntConst(x) && !isIntConst(y) && dop == DataOp.SUB && imm(intConst(x)) != null) {
            // c - y: rsb d, y, #c
            Register b = use(y);
            releaseDying(o);
            Register d = def(o);
            masm.dataImm(AL, DataOp.RSB, s, d, b, imm(intConst(x)));
        } else if (isIntConst(y)) {
            int c = intConst(y);
            Register a = use(x);
            DataOp alt = null;
            int altValue = 0;
            if (imm(c) == null) {
                if (dop == DataOp.ADD && imm(-c) != null) { alt = DataOp.SUB; altValue = -c; }
                else if (dop == DataOp.SUB && imm(-c) != null) { alt = DataOp.ADD; altValue = -c; }
                else if (dop == DataOp.AND && imm(~c) != null) { alt = DataOp.BIC; altValue = ~c; }
            }
            if (imm(c) != null || alt != null) {
                releaseDying(o);
                Register d = def(o);
                if (alt == null) masm.dataImm(AL, dop, s, d, a, imm(c));
                else masm.dataImm(AL, alt, s, d, a, imm(altValue));
            } else {
                Register k = constIn(c, IP);
                releaseDying(o);
                Register d = def(o);
                masm.dataReg(AL, dop, s, d, a, k, Shift.LSL, 0);
            }
        } else {
            Register a = operand(x), b = use(y);
            releaseDying(o);
            Register d = def(o);
            masm.dataReg(AL, dop, s, d, a, b, Shift.LSL, 0);
        }
        if (s) overflowCondition = Condition.VS;
    }

    /**
     * {@code adds x, x, y} for an _ovf add/sub whose left operand dies at its overflow guard
     * and whose register the result is hinted into (an accumulator: the loop's closing jump
     * wants the new value where the old one was). The guard still needs the old value: its stub
     * recomputes it, x = result - y, which is exact in 32-bit arithmetic, before the exit
     * saves the registers. Saves the move at the back-edge.
     */
    private boolean overwriteOperand(Operation o, Value x, Value y, DataOp dop) {
        if (x.isConst() || x == y || !inTrace(x) || reg[x.index] == Loc.NONE || !Loc.isCore(reg[x.index])) return false;
        int loc = reg[x.index];
        if (hint[o.index] != loc) return false;
        int g = pos + 1;
        List<Operation> ops = trace.ops();
        while (g < ops.size() && ops.get(g).op == Op.DEBUG_MERGE_POINT) g++;
        if (g == ops.size() || ops.get(g).op != Op.GUARD_NO_OVERFLOW || lastUse[x.index] != g) return false;
        if (ops.get(g).snapshot.liveValues().contains(o)) return false;
        ModifiedImmediate k = null;
        DataOp actual = dop;
        if (isIntConst(y)) {
            int c = intConst(y);
            if (imm(c) != null) {
                k = imm(c);
            } else if (imm(-c) != null) {
                k = imm(-c);
                actual = dop == DataOp.ADD ? DataOp.SUB : DataOp.ADD;
            } else {
                return false;
            }
        } else if (!inTrace(y) || reg[y.index] == Loc.NONE || !Loc.isCore(reg[y.index]) || lastUse[y.index] < g) {
            return false; // y must still be in its register when the guard's stub undoes
        }
        Register rx = Loc.coreReg(loc);
        DataOp inverse = actual == DataOp.ADD ? DataOp.SUB : DataOp.ADD;
        if (k != null) {
            masm.dataImm(AL, actual, true, rx, rx, k);
            ModifiedImmediate kk = k;
            pendingUndo = slotValid[x.index] ? null : new Undo(x.index, loc, () -> masm.dataImm(AL, inverse, false, rx, rx, kk));
        } else {
            Register ry = use(y);
            masm.dataReg(AL, actual, true, rx, rx, ry, Shift.LSL, 0);
            pendingUndo = slotValid[x.index] ? null : new Undo(x.index, loc, () -> masm.dataReg(AL, inverse, false, rx, rx, ry, Shift.LSL, 0));
        }
        // The register now holds the result; the old value is in its slot or recomputed by the undo.
        reg[x.index] = Loc.NONE;
        assign(o.index, loc);
        overflowCondition = Condition.VS;
        return true;
    }

    /** A left operand overwritten by its _ovf op: the guard's stub puts it back in {@code loc}. */
    private record Undo(int value, int loc, Runnable emit) {}

    private void intMul(Operation o) {
        Value x = o.arg(0), y = o.arg(1);
        if (isIntConst(x) && !isIntConst(y)) {
            Value t = x;
            x = y;
            y = t;
        }
        if (isIntConst(y)) {
            int c = intConst(y);
            Register a = use(x);
            releaseDying(o);
            Register d = def(o);
            if (c == 0) masm.mov(AL, d, imm(0));
            else if (c == 1) moveReg(d, a);
            else if (c > 0 && (c & (c - 1)) == 0) masm.dataReg(AL, DataOp.MOV, false, d, Register.R0, a, Shift.LSL, Integer.numberOfTrailingZeros(c));
            else if (c > 2 && Integer.bitCount(c - 1) == 1) masm.dataReg(AL, DataOp.ADD, false, d, a, a, Shift.LSL, Integer.numberOfTrailingZeros(c - 1));
            else if (c > 2 && Integer.bitCount(c + 1) == 1 && c + 1 > 0) masm.dataReg(AL, DataOp.RSB, false, d, a, a, Shift.LSL, Integer.numberOfTrailingZeros(c + 1));
            else mul(d, a, constIn(c, IP));
            return;
        }
        Register a = use(x), b = use(y);
        releaseDying(o);
        Register d = def(o);
        mul(d, a, b);
    }

    /** d = a * b. Before ARMv6, MUL's destination must differ from its first source (Rm). */
    private void mul(Register d, Register a, Register b) {
        if (d == a && !target.cpu().has(org.armjit.arm.asm.ArchFeature.ARMV6)) {
            if (d != b) {
                masm.mul(AL, false, d, b, a);
            } else {
                masm.mul(AL, false, IP, a, b);
                masm.mov(d, IP);
            }
            return;
        }
        masm.mul(AL, false, d, a, b);
    }

    private void intMulOvf(Operation o) {
        Register a = operand(o.arg(0)), b = operand(o.arg(1));
        Register d = def(o);
        // smull d, ip, a, b; the product fits iff the high word is the low word's sign.
        masm.smull(AL, false, d, IP, a, b);
        masm.dataReg(AL, DataOp.CMP, true, Register.R0, IP, d, Shift.ASR, 31);
        releaseDying(o);
        overflowCondition = Condition.NE;
    }

    private void intShift(Operation o) {
        Shift sh = o.op == Op.INT_LSHIFT ? Shift.LSL : o.op == Op.INT_RSHIFT ? Shift.ASR : Shift.LSR;
        Register a = use(o.arg(0));
        if (isIntConst(o.arg(1))) {
            int c = intConst(o.arg(1)) & 31;
            releaseDying(o);
            Register d = def(o);
            if (c == 0) moveReg(d, a);
            else masm.dataReg(AL, DataOp.MOV, false, d, Register.R0, a, sh, c);
            return;
        }
        Register b = use(o.arg(1));
        masm.dataImm(AL, DataOp.AND, false, IP, b, imm(31));
        releaseDying(o);
        Register d = def(o);
        masm.dataRegShifted(AL, DataOp.MOV, false, d, Register.R0, a, sh, IP);
    }

    private void moveReg(Register d, Register a) {
        if (d != a) masm.mov(d, a);
    }

    /**
     * C and Python division and modulo. Python's floor forms fix the truncated quotient up
     * without branches: when the remainder is non-zero and its sign differs from the divisor's,
     * the quotient drops by one and the remainder takes the divisor.
     */
    private void intDivision(Operation o) {
        Op op = o.op;
        boolean wantsQuotient = op == Op.INT_FLOORDIV || op == Op.INT_PY_DIV;
        boolean python = op == Op.INT_PY_DIV || op == Op.INT_PY_MOD;
        if (isIntConst(o.arg(1)) && intConst(o.arg(1)) != Integer.MIN_VALUE) {
            divideByConstant(o, intConst(o.arg(1)), wantsQuotient, python);
            return;
        }
        Register a = use(o.arg(0)), b = use(o.arg(1));
        Register d = def(o);
        if (!target.hasIntegerDivide()) {
            RuntimeCall helper = backend.helpers().intDivision(op);
            preservingCall(helper, d, new Register[] {a, b}, new int[2]);
            releaseDying(o);
            return;
        }
        Register q = temp();
        masm.sdiv(AL, q, a, b);
        if (!wantsQuotient || python) masm.mls(AL, IP, q, b, a); // ip = a - q*b
        if (python) {
            masm.cmpImmediate(AL, IP, 0);
            masm.dataReg(Condition.NE, DataOp.TEQ, true, Register.R0, IP, b, Shift.LSL, 0);
            if (wantsQuotient) masm.dataImm(Condition.MI, DataOp.SUB, false, q, q, imm(1));
            else masm.dataReg(Condition.MI, DataOp.ADD, false, IP, IP, b, Shift.LSL, 0);
        }
        moveReg(d, wantsQuotient ? q : IP);
        if (python || !wantsQuotient) {
            // x // 0 and x % 0 are 0 (ARM's SDIV gives 0; the remainder and fix-ups must not change that).
            masm.cmpImmediate(AL, b, 0);
            masm.mov(Condition.EQ, d, imm(0));
        }
        releaseDying(o);
    }

    private void divideByConstant(Operation o, int c, boolean wantsQuotient, boolean python) {
        Register a = use(o.arg(0));
        Register d = def(o);
        if (c == 0 || (!wantsQuotient && (c == 1 || c == -1))) {
            masm.mov(AL, d, imm(0));
        } else if (c == 1) {
            moveReg(d, a);
        } else if (c == -1) {
            masm.dataImm(AL, DataOp.RSB, false, d, a, imm(0));
        } else if (DivisionByConstant.isPowerOfTwo(c)) {
            int k = Integer.numberOfTrailingZeros(c);
            if (python && wantsQuotient) {
                masm.dataReg(AL, DataOp.MOV, false, d, Register.R0, a, Shift.ASR, k);
            } else if (python) {
                lowBits(d, a, k);
            } else {
                // Truncation: add c-1 to negative dividends first.
                Register t = temp();
                masm.dataReg(AL, DataOp.MOV, false, t, Register.R0, a, Shift.ASR, 31);
                masm.dataReg(AL, DataOp.ADD, false, t, a, t, Shift.LSR, 32 - k);
                if (wantsQuotient) {
                    masm.dataReg(AL, DataOp.MOV, false, d, Register.R0, t, Shift.ASR, k);
                } else {
                    masm.dataReg(AL, DataOp.MOV, false, t, Register.R0, t, Shift.ASR, k);
                    masm.dataReg(AL, DataOp.SUB, false, d, a, t, Shift.LSL, k);
                }
            }
        } else {
            DivisionByConstant m = DivisionByConstant.of(c);
            Register q = temp();
            masm.smull(AL, false, IP, q, a, constIn(m.magic(), IP));
            if (m.addsDividend()) masm.dataReg(AL, DataOp.ADD, false, q, q, a, Shift.LSL, 0);
            if (m.subtractsDividend()) masm.dataReg(AL, DataOp.SUB, false, q, q, a, Shift.LSL, 0);
            if (m.shift() > 0) masm.dataReg(AL, DataOp.MOV, false, q, Register.R0, q, Shift.ASR, m.shift());
            masm.dataReg(AL, DataOp.ADD, false, q, q, q, Shift.LSR, 31);
            if (wantsQuotient && !python) {
                moveReg(d, q);
            } else {
                Register divisor = constIn(c, IP);
                Register r = wantsQuotient ? temp() : d;
                if (target.hasArmv6t2()) {
                    masm.mls(AL, r, q, divisor, a);
                } else {
                    mul(r, q, divisor);
                    masm.dataReg(AL, DataOp.SUB, false, r, a, r, Shift.LSL, 0);
                }
                if (python) {
                    // Fix up when the remainder is non-zero with the sign opposite to c's.
                    masm.cmpImmediate(AL, r, 0);
                    Condition wrong = c > 0 ? Condition.LT : Condition.GT;
                    if (wantsQuotient) masm.dataImm(wrong, DataOp.SUB, false, d, q, imm(1));
                    else masm.dataReg(wrong, DataOp.ADD, false, d, r, divisor, Shift.LSL, 0);
                    if (wantsQuotient) masm.dataReg(wrong.invert(), DataOp.MOV, false, d, Register.R0, q, Shift.LSL, 0);
                }
            }
        }
        releaseDying(o);
    }

    /** d = the low k bits of a. */
    private void lowBits(Register d, Register a, int k) {
        ModifiedImmediate mask = imm((1 << k) - 1);
        if (mask != null) {
            masm.dataImm(AL, DataOp.AND, false, d, a, mask);
        } else {
            masm.dataReg(AL, DataOp.MOV, false, d, Register.R0, a, Shift.LSL, 32 - k);
            masm.dataReg(AL, DataOp.MOV, false, d, Register.R0, d, Shift.LSR, 32 - k);
        }
    }

    private void copy(Operation o) {
        Value a = o.arg(0);
        // A copy of a value that dies here takes over its register: no instruction.
        if (!a.isConst() && lastUse[a.index] == pos && reg[a.index] != Loc.NONE && hint[o.index] == Loc.NONE) hint[o.index] = reg[a.index];
        if (o.type() == Type.FLOAT) {
            VfpRegister s = useF(a);
            releaseDying(o);
            VfpRegister d = defF(o);
            if (d.index() != s.index()) masm.vfp2(AL, VfpOp2.VMOV, d, s);
        } else {
            Register s = use(a);
            releaseDying(o);
            Register d = def(o);
            moveReg(d, s);
        }
    }

    // ================================================================== comparisons and guards

    /** Emits the compare of a comparison op and returns the condition under which it is true. */
    private Condition compare(Operation o) {
        Op op = o.op;
        switch (op) {
            case INT_IS_TRUE, INT_IS_ZERO -> {
                Register a = use(o.arg(0));
                masm.cmpImmediate(AL, a, 0);
                return op == Op.INT_IS_TRUE ? Condition.NE : Condition.EQ;
            }
            case FLOAT_LT, FLOAT_LE, FLOAT_EQ, FLOAT_NE, FLOAT_GT, FLOAT_GE -> {
                Value x = o.arg(0), y = o.arg(1);
                VfpRegister a = useF(x);
                if (y instanceof Const c && c.bits == 0) {
                    masm.vcmpZero(AL, false, a);
                } else {
                    masm.vfp2(AL, VfpOp2.VCMP, a, useF(y));
                }
                masm.vmrs(AL, Register.PC);
                return switch (op) {
                    case FLOAT_LT -> Condition.MI;
                    case FLOAT_LE -> Condition.LS;
                    case FLOAT_EQ -> Condition.EQ;
                    case FLOAT_NE -> Condition.NE;
                    case FLOAT_GT -> Condition.GT;
                    default -> Condition.GE;
                };
            }
            default -> {
                Condition c = switch (op) {
                    case INT_LT -> Condition.LT;
                    case INT_LE -> Condition.LE;
                    case INT_EQ, PTR_EQ -> Condition.EQ;
                    case INT_NE, PTR_NE -> Condition.NE;
                    case INT_GT -> Condition.GT;
                    case INT_GE -> Condition.GE;
                    case UINT_LT -> Condition.LO;
                    case UINT_LE -> Condition.LS;
                    case UINT_GT -> Condition.HI;
                    default -> Condition.HS;
                };
                Value x = o.arg(0), y = o.arg(1);
                if (x.isConst() && !y.isConst()) {
                    Value t = x;
                    x = y;
                    y = t;
                    c = swapped(c);
                }
                Register a = use(x);
                if (y.isConst()) {
                    int k = (int) ((Const) y).bits;
                    cmpConst(a, k);
                } else {
                    masm.cmp(a, use(y));
                }
                return c;
            }
        }
    }

    private static Condition swapped(Condition c) {
        return switch (c) {
            case LT -> Condition.GT;
            case GT -> Condition.LT;
            case LE -> Condition.GE;
            case GE -> Condition.LE;
            case CC -> Condition.HI;
            case HI -> Condition.CC;
            case LS -> Condition.CS;
            case CS -> Condition.LS;
            default -> c;
        };
    }

    private void guardBool(Operation o) {
        Value v = o.arg(0);
        Condition failIf;
        if (v instanceof Operation cmp && isLocal(cmp) && fused[defPos[cmp.index]]) {
            Condition c = compare(cmp);
            failIf = o.op == Op.GUARD_TRUE ? c.invert() : c;
        } else if (v instanceof Const c) {
            boolean truth = c.bits != 0;
            if (truth == (o.op == Op.GUARD_TRUE)) return; // always passes
            ArmGuard g = newGuard(o);
            guardBranch(g, AL);
            return;
        } else {
            Register r = use(v);
            masm.cmpImmediate(AL, r, 0);
            failIf = o.op == Op.GUARD_TRUE ? Condition.EQ : Condition.NE;
        }
        ArmGuard g = newGuard(o);
        guardBranch(g, failIf);
    }

    private boolean isLocal(Value v) {
        return inTrace(v) && defPos[v.index] >= 0;
    }

    /** An input or an op of this trace (not a constant, not a value of another trace). */
    private boolean inTrace(Value v) {
        return v.index >= 0 && v.index < values.length && values[v.index] == v;
    }

    private void guardValue(Operation o) {
        Value x = o.arg(0), y = o.arg(1);
        if (x.type() == Type.FLOAT) {
            long bits = ((Const) y).bits;
            double c = Double.longBitsToDouble(bits);
            VfpRegister a = useF(x);
            ArmGuard g;
            if (c != 0 && !Double.isNaN(c)) {
                // Other doubles are equal exactly when their bits are.
                masm.vfp2(AL, VfpOp2.VCMP, a, useF(y));
                masm.vmrs(AL, Register.PC);
                g = newGuard(o);
                guardBranch(g, Condition.NE);
            } else {
                Register hi = temp();
                masm.vmovFromDouble(AL, IP, hi, a);
                Register k = temp();
                masm.mov32(AL, k, (int) bits);
                masm.cmp(IP, k);
                g = newGuard(o);
                guardBranch(g, Condition.NE);
                masm.mov32(AL, k, (int) (bits >>> 32));
                masm.cmp(hi, k);
                guardBranch(g, Condition.NE);
            }
            return;
        }
        cmpConst(use(x), (int) ((Const) y).bits);
        ArmGuard g = newGuard(o);
        guardBranch(g, Condition.NE);
    }

    /** cmp a, #k (or cmn a, #-k), else against k in a register. */
    private void cmpConst(Register a, int k) {
        if (imm(k) == null && imm(-k) == null) masm.cmp(a, constIn(k, IP));
        else masm.cmpImmediate(AL, a, k);
    }

    private void cmpIpWith(int k) {
        if (imm(k) != null || imm(-k) != null) {
            masm.cmpImmediate(AL, IP, k);
        } else {
            Register t = temp();
            masm.mov32(AL, t, k);
            masm.cmp(IP, t);
        }
    }

    /** Records the guard and where its fail arguments are now. */
    private ArmGuard newGuard(Operation o) {
        List<Value> failArgs = o.snapshot.liveValues();
        int[] locs = new int[failArgs.size()];
        for (int i = 0; i < locs.length; i++) {
            int v = failArgs.get(i).index;
            if (!(v >= 0 && v < values.length && values[v] == failArgs.get(i))) throw new CompileError("snapshot of " + o.op.text + " names a value not in the trace");
            if (reg[v] != Loc.NONE) locs[i] = reg[v];
            else if (slotValid[v]) locs[i] = Loc.frame(slot[v]);
            else if (pendingUndo != null && pendingUndo.value() == v) locs[i] = pendingUndo.loc();
            else throw new IllegalStateException("fail arg without a location");
        }
        ArmGuard g = backend.newGuard(result, o, failArgs, locs, Math.max(nextSlot, maxSlot), pos);
        guards.add(g);
        guardStubs.add(new Label());
        guardUndos.add(pendingUndo);
        pendingUndo = null;
        return g;
    }

    private void guardBranch(ArmGuard g, Condition failIf) {
        int i = guards.indexOf(g);
        g.branchOffsets.add(masm.position());
        masm.b(failIf, guardStubs.get(i));
    }

    // ================================================================== memory

    private void loadWord(Register d, Register base, int offset) {
        wordAccess(MemOp.LDR, d, base, offset);
    }

    private void storeWord(Register v, Register base, int offset) {
        wordAccess(MemOp.STR, v, base, offset);
    }

    /** LDR/STR at base + any offset (through ip beyond the 12-bit immediate). */
    private void wordAccess(MemOp op, Register rt, Register base, int offset) {
        if (offset >= -4095 && offset <= 4095) {
            masm.memImm(AL, op, rt, base, offset >= 0, Math.abs(offset), IndexMode.OFFSET);
        } else {
            masm.mov32(AL, IP, offset);
            masm.memReg(AL, op, rt, base, true, IP, Shift.LSL, 0, IndexMode.OFFSET);
        }
    }

    private void vldr(VfpRegister d, Register base, int offset) {
        vfpAccess(true, d, base, offset);
    }

    private void vstr(VfpRegister d, Register base, int offset) {
        vfpAccess(false, d, base, offset);
    }

    /** VLDR/VSTR at base + any offset (through ip beyond the scaled 8-bit immediate). */
    private void vfpAccess(boolean load, VfpRegister d, Register base, int offset) {
        if ((offset & 3) != 0 || offset < -1020 || offset > 1020) {
            masm.addImmediate(AL, false, IP, base, offset);
            base = IP;
            offset = 0;
        }
        if (load) masm.vldr(AL, d, base, offset >= 0, Math.abs(offset));
        else masm.vstr(AL, d, base, offset >= 0, Math.abs(offset));
    }

    private void vldrFrame(VfpRegister d, int offset) {
        vldr(d, FP, offset);
    }

    private void vstrFrame(VfpRegister d, int offset) {
        vstr(d, FP, offset);
    }

    private void arrayLoad(Operation o) {
        int base = o.aux[0], scale = o.aux[1];
        Register p = use(o.arg(0));
        Value index = o.arg(1);
        Register addr;
        int offset;
        if (isIntConst(index)) {
            addr = p;
            offset = base + intConst(index) * scale;
        } else {
            Register i = use(index);
            masm.dataReg(AL, DataOp.ADD, false, IP, p, i, Shift.LSL, Integer.numberOfTrailingZeros(scale));
            addr = IP;
            offset = base;
        }
        if (o.op == Op.GETARRAYITEM_GC_F && softFloat) {
            loadFloatFromMemory(o, addr, offset);
            return;
        }
        releaseDying(o);
        if (o.op == Op.GETARRAYITEM_GC_F) {
            VfpRegister d = defF(o);
            vldr(d, addr, offset);
            return;
        }
        Register d = def(o);
        if (scale == 4) {
            loadWord(d, addr, offset);
        } else if (offset >= 0 && offset <= 255) {
            if (scale == 2) masm.extraImm(AL, ExtraMemOp.LDRH, d, addr, true, offset, IndexMode.OFFSET);
            else masm.memImm(AL, MemOp.LDRB, d, addr, true, offset, IndexMode.OFFSET);
        } else {
            masm.addImmediate(AL, false, IP, addr, offset);
            if (scale == 2) masm.extraImm(AL, ExtraMemOp.LDRH, d, IP, true, 0, IndexMode.OFFSET);
            else masm.memImm(AL, MemOp.LDRB, d, IP, true, 0, IndexMode.OFFSET);
        }
    }

    /** setfield_gc (index null) and setarrayitem_gc, with the write barrier for REF values. */
    private void store(Operation o, Value object, Value index, Value value, int base, int scale) {
        Register p = use(object);
        Type kind = value.type();
        Register addr = p;
        int offset = base;
        if (index != null) {
            if (isIntConst(index)) {
                offset = base + intConst(index) * scale;
            } else {
                Register i = use(index);
                // The barrier needs ip: compute the address into a temporary when it follows.
                addr = kind == Type.REF && !value.isConst() ? temp() : IP;
                masm.dataReg(AL, DataOp.ADD, false, addr, p, i, Shift.LSL, Integer.numberOfTrailingZeros(scale));
            }
        }
        if (kind == Type.FLOAT && softFloat) {
            storeFloatToMemory(value, addr, offset);
        } else if (kind == Type.FLOAT) {
            VfpRegister v = useF(value);
            vstr(v, offIp(addr, offset >= -1020 && offset <= 1020), offset);
        } else {
            Register v = use(value);
            if (scale == 4) {
                storeWord(v, offIp(addr, offset >= -4095 && offset <= 4095), offset);
            } else {
                if (!(offset >= 0 && offset <= 255)) {
                    Register t = temp();
                    masm.addImmediate(AL, false, t, addr, offset);
                    addr = t;
                    offset = 0;
                }
                if (scale == 2) masm.extraImm(AL, ExtraMemOp.STRH, v, addr, true, offset, IndexMode.OFFSET);
                else masm.memImm(AL, MemOp.STRB, v, addr, true, offset, IndexMode.OFFSET);
            }
            // Constant REFs are tagged ints or immortal: never young, no barrier.
            if (kind == Type.REF && !value.isConst()) writeBarrier(p, v);
        }
        releaseDying(o);
    }

    /** addr, moved out of ip when the access will need ip for an offset that does not fit. */
    private Register offIp(Register addr, boolean offsetFits) {
        if (addr != IP || offsetFits) return addr;
        Register t = temp();
        masm.mov(t, IP);
        return t;
    }

    /**
     * The barrier's fast path inline (Heap's rule: remember an old object that now points
     * into the nursery, once): value below the nursery start, object in the nursery, value
     * tagged, object already remembered: nothing to do. The nursery is the top of the heap,
     * so one compare against its start classifies an address.
     */
    private void writeBarrier(Register object, Register value) {
        Label done = new Label();
        Label slow = new Label();
        masm.ldr(IP, RT, RuntimeBlock.NURSERY_START);
        masm.cmp(value, IP);
        masm.b(Condition.LO, done);
        masm.cmp(object, IP);
        masm.b(Condition.HS, done);
        masm.dataImm(AL, DataOp.TST, true, Register.R0, value, imm(1));
        masm.b(Condition.NE, done);
        masm.ldr(IP, object, 0);
        masm.dataImm(AL, DataOp.TST, true, Register.R0, IP, imm(Heap.REMEMBERED));
        masm.b(Condition.EQ, slow);
        masm.bind(done);
        int opIndex = pos;
        slowPaths.add(() -> {
            int from = masm.position();
            masm.bind(slow);
            preservingCall(backend.helpers().remember, null, new Register[] {object}, new int[1]);
            masm.b(AL, done);
            extraRanges.add(new int[] {from, masm.position(), opIndex});
        });
    }

    /** new: nursery bump allocation inline, the runtime's allocator out of line. */
    private void allocate(Operation o) {
        int header = o.aux[0], size = (o.aux[1] + 7) & ~7;
        Register d = def(o);
        if (backend.heap().verify) {
            // --gc-verify poisons free nursery memory: let the heap zero each object.
            preservingCall(backend.helpers().allocate, d, new Register[2], new int[] {header, size});
            return;
        }
        Label slow = new Label();
        Label back = new Label();
        masm.ldr(d, RT, RuntimeBlock.NURSERY_TOP);
        masm.ldr(IP, RT, RuntimeBlock.NURSERY_LIMIT);
        masm.subImmediate(AL, false, IP, IP, size);
        masm.cmp(d, IP);
        masm.b(Condition.HI, slow);
        masm.addImmediate(AL, false, IP, d, size);
        masm.str(IP, RT, RuntimeBlock.NURSERY_TOP);
        masm.mov32(AL, IP, header);
        masm.str(IP, d, 0);
        masm.bind(back);
        int opIndex = pos;
        slowPaths.add(() -> {
            int from = masm.position();
            masm.bind(slow);
            preservingCall(backend.helpers().allocate, d, new Register[2], new int[] {header, size});
            masm.b(AL, back);
            extraRanges.add(new int[] {from, masm.position(), opIndex});
        });
    }

    /**
     * Calls a backend helper (never collecting) keeping every register but {@code dest}:
     * r0-r3, ip, lr and d0-d7 are saved around it. Arguments come from registers (entries of
     * {@code args}) or, where that entry is null, the constant in {@code constants}.
     */
    private void preservingCall(RuntimeCall helper, Register dest, Register[] args, int[] constants) {
        final int saved = 0x500f;
        masm.push(AL, saved);
        if (target.hasVfp()) masm.vpush(AL, VfpRegister.d(0), 8);
        ParallelMove pm = new ParallelMove();
        for (int i = 0; i < args.length; i++) {
            if (args[i] != null) pm.add(args[i].code(), i, false);
            else pm.addConst(Const.ofInt(constants[i]), i);
        }
        pm.emit(mover);
        callAddress(helper);
        if (target.hasVfp()) masm.vpop(AL, VfpRegister.d(0), 8);
        if (dest != null) {
            if ((saved & 1 << dest.code()) != 0) {
                int slotInPush = Integer.bitCount(saved & ((1 << dest.code()) - 1));
                masm.str(Register.R0, SP, 4 * slotInPush);
            } else {
                masm.mov(dest, Register.R0);
            }
        }
        masm.pop(AL, saved);
    }

    private void callAddress(RuntimeCall call) {
        int id = backend.ensureCallAddress(call);
        int off = RuntimeBlock.callOffset(id);
        if (off <= 4095) {
            masm.ldr(IP, RT, off);
        } else {
            masm.mov32(AL, IP, off);
            masm.memReg(AL, MemOp.LDR, IP, RT, true, IP, Shift.LSL, 0, IndexMode.OFFSET);
        }
        masm.blx(AL, IP);
    }

    private void loadDouble(VfpRegister d, long bits) {
        double value = Double.longBitsToDouble(bits);
        VfpImmediate vi = VfpImmediate.tryEncode(value);
        if (vi != null && Double.doubleToRawLongBits(vi.value()) == bits) {
            masm.vmovImm(AL, d, vi);
            return;
        }
        int off = backend.doubleConstant(bits);
        if (off > 0) {
            masm.vldr(AL, d, RT, false, off);
        } else {
            masm.mov32(AL, IP, (int) bits);
            masm.vmovToSingle(AL, VfpRegister.s(2 * d.index()), IP);
            masm.mov32(AL, IP, (int) (bits >>> 32));
            masm.vmovToSingle(AL, VfpRegister.s(2 * d.index() + 1), IP);
        }
    }

    // ================================================================== calls

    private void call(Operation o) {
        call(o, backend.calls().get(o.aux[0]));
    }

    /** Calls {@code call} with o's arguments and gives o the result. */
    private void call(Operation o, RuntimeCall call) {
        CallingConvention cc = target.callingConvention();
        Placement pl = cc.place(Signature.of(call));
        // 1. Values needed after the call leave caller-saved registers (and, if it can collect, REFs leave all registers).
        List<Integer> dropAfter = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int v = coreOwner[i];
            if (v >= 0 && liveAfter(v) && ((CALLER_SAVED_CORE & 1 << i) != 0 || (call.canCollect() && values[v].type() == Type.REF))) {
                spill(v);
                dropAfter.add(i);
            }
            int f = vfpOwner[i];
            if (f >= 0 && liveAfter(f) && i < 8) {
                spill(f);
                dropAfter.add(Loc.vfp(i));
            }
        }
        // 2. Stacked arguments.
        if (pl.stackBytes() > 0) masm.subImmediate(AL, false, SP, SP, pl.stackBytes());
        ParallelMove regs = new ParallelMove();
        List<Runnable> pairs = new ArrayList<>();
        for (int i = 0; i < o.argCount(); i++) {
            Value a = o.arg(i);
            Location where = pl.arg(i);
            if (where instanceof Location.Stack st) {
                storeArgument(a, st.offset());
            } else if (where instanceof Location.CoreReg cr) {
                if (a.isConst()) regs.addConst((Const) a, cr.reg());
                else regs.add(locationOf(a), cr.reg(), false);
            } else if (where instanceof Location.VfpDouble vd) {
                if (a.isConst()) regs.addConst((Const) a, Loc.vfp(vd.reg()));
                else regs.add(locationOf(a), Loc.vfp(vd.reg()), true);
            } else if (where instanceof Location.CorePair cp && softFloat) {
                pairs.add(() -> loadFloatWords(a, Register.of(cp.lo()), Register.of(cp.hi())));
            } else if (where instanceof Location.CorePair cp) {
                pairs.add(() -> {
                    VfpRegister src = floatIn(a, DSCRATCH);
                    masm.vmovFromDouble(AL, Register.of(cp.lo()), Register.of(cp.hi()), src);
                });
            } else {
                throw new CompileError("unexpected argument location " + where);
            }
        }
        regs.emit(mover);
        for (Runnable r : pairs) r.run();
        // 3. The GC map: which frame slots hold the REFs that live across this call.
        if (call.canCollect()) {
            List<Integer> refSlots = new ArrayList<>();
            for (int v = 0; v < values.length; v++) {
                if (values[v].type() == Type.REF && defPos[v] < pos && liveAfter(v) && (reg[v] != Loc.NONE || slotValid[v])) {
                    if (!slotValid[v]) throw new IllegalStateException("REF live across a collecting call without a slot");
                    refSlots.add(slot[v]);
                }
            }
            int site = backend.newGcSite(refSlots.stream().mapToInt(Integer::intValue).toArray());
            masm.mov32(AL, IP, site);
            masm.str(IP, FP, JitFrame.GCMAP);
        }
        callAddress(call);
        if (pl.stackBytes() > 0) masm.addImmediate(AL, false, SP, SP, pl.stackBytes());
        // 4. Registers the call changed; values kept in them now live in their slots.
        for (int loc : dropAfter) {
            int v = owners(loc)[regIndex(loc)];
            if (v >= 0) reg[v] = Loc.NONE;
            owners(loc)[regIndex(loc)] = FREE;
        }
        releaseDying(o);
        for (int i = 0; i < 16; i++) {
            if ((CALLER_SAVED_CORE & 1 << i) != 0 && coreOwner[i] != FREE && coreOwner[i] != PINNED) {
                if (coreOwner[i] >= 0) reg[coreOwner[i]] = Loc.NONE;
                coreOwner[i] = FREE;
            }
            if (i < 8 && vfpOwner[i] != FREE && vfpOwner[i] != PINNED) {
                if (vfpOwner[i] >= 0) reg[vfpOwner[i]] = Loc.NONE;
                vfpOwner[i] = FREE;
            }
        }
        lockedCore = 0;
        lockedVfp = 0;
        // 5. The result.
        if (o.type() == Type.INT || o.type() == Type.REF) {
            assign(o.index, Register.R0.code());
        } else if (o.type() == Type.FLOAT) {
            if (pl.result() instanceof Location.VfpDouble) {
                assign(o.index, Loc.vfp(0));
            } else if (softFloat) {
                storeFloatWords(Register.R0, Register.R1, defSlotF(o));
            } else {
                VfpRegister d = defF(o);
                masm.vmovToDouble(AL, d, Register.R0, Register.R1);
            }
        }
    }

    // ================================================================== soft float (no FPU)

    /**
     * The float ops of a target without an FPU: arithmetic, comparisons and conversions call
     * the run-time ABI's routines (arguments and results in core register pairs, placed by
     * {@link #call}); negation, abs, copies, loads, stores and guards move the two words of the
     * value through core registers. Every float value lives in its frame slot, nowhere else.
     * Returns false for ops that are not float ops (lowered as on every target).
     */
    private boolean lowerSoftFloat(Operation o) {
        Op op = o.op;
        RuntimeCall routine = backend.helpers().softFloat().forOp(op);
        if (routine != null) {
            call(o, routine);
            if (op == Op.FLOAT_NE) {
                Register d = Loc.coreReg(reg[o.index]);
                masm.dataImm(AL, DataOp.EOR, false, d, d, imm(1));
            }
            return true;
        }
        switch (op) {
            case FLOAT_NEG, FLOAT_ABS -> {
                Register lo = temp(), hi = temp();
                loadFloatWords(o.arg(0), lo, hi);
                masm.dataImm(AL, op == Op.FLOAT_NEG ? DataOp.EOR : DataOp.BIC, false, hi, hi, imm(0x80000000));
                releaseDying(o);
                storeFloatWords(lo, hi, defSlotF(o));
            }
            case SAME_AS_F -> {
                Register lo = temp(), hi = temp();
                loadFloatWords(o.arg(0), lo, hi);
                releaseDying(o);
                storeFloatWords(lo, hi, defSlotF(o));
            }
            case GETFIELD_GC_F -> {
                Register p = use(o.arg(0));
                loadFloatFromMemory(o, p, o.aux[0]);
            }
            case GUARD_VALUE -> {
                if (o.arg(0).type() != Type.FLOAT) return false;
                // Equal doubles other than zeros and NaNs have equal bits, and the recorder's
                // float guard_value means "these bits" for those (as the VFP lowering checks).
                long bits = ((Const) o.arg(1)).bits;
                Register lo = temp(), hi = temp();
                loadFloatWords(o.arg(0), lo, hi);
                Register k = temp();
                masm.mov32(AL, k, (int) bits);
                masm.cmp(lo, k);
                ArmGuard g = newGuard(o);
                guardBranch(g, Condition.NE);
                masm.mov32(AL, k, (int) (bits >>> 32));
                masm.cmp(hi, k);
                guardBranch(g, Condition.NE);
            }
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The frame offset of float value a (on a soft-float target always in its slot). */
    private int slotOfF(Value a) {
        if (!slotValid[a.index]) throw new IllegalStateException("soft-float value " + a.index + " without a slot");
        return slot[a.index];
    }

    /** A new frame slot for float result o, valid from here on (the caller stores into it at once). */
    private int defSlotF(Operation o) {
        int off = JitFrame.slotOffset(newSlot());
        slot[o.index] = off;
        slotValid[o.index] = true;
        return off;
    }

    private void loadFloatWords(Value a, Register lo, Register hi) {
        if (a instanceof Const c) {
            masm.mov32(AL, lo, (int) c.bits);
            masm.mov32(AL, hi, (int) (c.bits >>> 32));
        } else {
            masm.ldr(lo, FP, slotOfF(a));
            masm.ldr(hi, FP, slotOfF(a) + 4);
        }
    }

    private void storeFloatWords(Register lo, Register hi, int frameOffset) {
        masm.str(lo, FP, frameOffset);
        masm.str(hi, FP, frameOffset + 4);
    }

    /** o = the double at addr + offset, word by word (ARMv5 has no unaligned or 8-byte-atomic need here). */
    private void loadFloatFromMemory(Operation o, Register addr, int offset) {
        Register base = floatAddress(addr, offset);
        int off = base == addr ? offset : 0;
        Register lo = temp(), hi = temp();
        masm.ldr(lo, base, off);
        masm.ldr(hi, base, off + 4);
        releaseDying(o); // only now: the operands' registers were still being read
        storeFloatWords(lo, hi, defSlotF(o));
    }

    private void storeFloatToMemory(Value value, Register addr, int offset) {
        Register base = floatAddress(addr, offset);
        int off = base == addr ? offset : 0;
        Register lo = temp(), hi = temp();
        loadFloatWords(value, lo, hi);
        masm.str(lo, base, off);
        masm.str(hi, base, off + 4);
    }

    /** addr itself when both words' offsets fit LDR's immediate, else addr + offset in a temporary. */
    private Register floatAddress(Register addr, int offset) {
        if (offset >= -4095 && offset + 4 <= 4095) return addr;
        Register t = temp();
        masm.addImmediate(AL, false, t, addr, offset);
        return t;
    }

    /** Where value a is now (register, else its slot). */
    private int locationOf(Value a) {
        int n = a.index;
        if (reg[n] != Loc.NONE) return reg[n];
        if (slotValid[n]) return Loc.frame(slot[n]);
        throw new IllegalStateException("value without a location");
    }

    /** A VFP register holding float a, using scratch when it is not in one. */
    private VfpRegister floatIn(Value a, VfpRegister scratch) {
        if (a instanceof Const c) {
            loadDouble(scratch, c.bits);
            return scratch;
        }
        int loc = locationOf(a);
        if (Loc.isVfp(loc)) return Loc.vfpReg(loc);
        vldrFrame(scratch, Loc.frameOffset(loc));
        return scratch;
    }

    private void storeArgument(Value a, int spOffset) {
        if (a.type() == Type.FLOAT && softFloat) {
            for (int w = 0; w < 8; w += 4) {
                if (a instanceof Const c) masm.mov32(AL, IP, (int) (c.bits >>> 8 * w));
                else masm.ldr(IP, FP, slotOfF(a) + w);
                masm.str(IP, SP, spOffset + w);
            }
            return;
        }
        if (a.type() == Type.FLOAT) {
            vstr(floatIn(a, DSCRATCH), SP, spOffset);
            return;
        }
        Register r;
        if (a instanceof Const c) {
            masm.mov32(AL, IP, (int) c.bits);
            r = IP;
        } else {
            int loc = locationOf(a);
            if (Loc.isCore(loc)) {
                r = Loc.coreReg(loc);
            } else {
                masm.ldr(IP, FP, Loc.frameOffset(loc));
                r = IP;
            }
        }
        masm.str(r, SP, spOffset);
    }

    /** Single moves for the parallel-move resolver. */
    private final ParallelMove.Mover mover = new ParallelMove.Mover() {
        @Override
        public void move(int src, int dst, boolean isFloat) {
            if (isFloat && softFloat) {
                // frame to frame, a word at a time (no FPU, so never a register)
                for (int w = 0; w < 8; w += 4) {
                    masm.ldr(IP, FP, Loc.frameOffset(src) + w);
                    masm.str(IP, FP, Loc.frameOffset(dst) + w);
                }
                return;
            }
            if (isFloat) {
                VfpRegister s;
                if (Loc.isVfp(src)) s = Loc.vfpReg(src);
                else {
                    vldrFrame(DSCRATCH, Loc.frameOffset(src));
                    s = DSCRATCH;
                }
                if (Loc.isVfp(dst)) {
                    if (Loc.vfpReg(dst).index() != s.index()) masm.vfp2(AL, VfpOp2.VMOV, Loc.vfpReg(dst), s);
                } else {
                    vstrFrame(s, Loc.frameOffset(dst));
                }
                return;
            }
            Register s;
            if (Loc.isCore(src)) s = Loc.coreReg(src);
            else {
                Register into = Loc.isCore(dst) ? Loc.coreReg(dst) : IP;
                masm.ldr(into, FP, Loc.frameOffset(src));
                s = into;
            }
            if (Loc.isCore(dst)) moveReg(Loc.coreReg(dst), s);
            else masm.str(s, FP, Loc.frameOffset(dst));
        }

        @Override
        public void load(Const c, int dst) {
            if (c.type() == Type.FLOAT && softFloat) {
                for (int w = 0; w < 8; w += 4) {
                    masm.mov32(AL, IP, (int) (c.bits >>> 8 * w));
                    masm.str(IP, FP, Loc.frameOffset(dst) + w);
                }
            } else if (c.type() == Type.FLOAT) {
                if (Loc.isVfp(dst)) loadDouble(Loc.vfpReg(dst), c.bits);
                else {
                    loadDouble(DSCRATCH, c.bits);
                    vstrFrame(DSCRATCH, Loc.frameOffset(dst));
                }
            } else if (Loc.isCore(dst)) {
                masm.mov32(AL, Loc.coreReg(dst), (int) c.bits);
            } else {
                masm.mov32(AL, IP, (int) c.bits);
                masm.str(IP, FP, Loc.frameOffset(dst));
            }
        }
    };

    // ================================================================== control

    /**
     * A loop header: every argument gets a fixed location (registers for the values the body
     * uses first, callee-saved ones for values living across calls, slots for the rest), the
     * values flowing in are moved there, and the closing jump's values are hinted into them.
     */
    private void label(Operation o) {
        int n = o.argCount();
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < k; j++) if (o.arg(j) == o.arg(k)) throw new CompileError("label names a value twice");
        }
        int[] locs = new int[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        Arrays.sort(order, (a, b) -> Integer.compare(nextUse(o.arg(a).index, pos), nextUse(o.arg(b).index, pos)));
        int coreBudget = 8, vfpBudget = softFloat ? 0 : 12;
        boolean[] coreTaken = new boolean[16], vfpTaken = new boolean[16];
        Arrays.fill(locs, Loc.NONE);
        for (int k : order) {
            int v = o.arg(k).index;
            boolean used = nextUse(v, pos) != Integer.MAX_VALUE && !onlyPassedThrough(o, k);
            if (!used) continue;
            if (isFloat(v)) {
                if (vfpBudget == 0) continue;
                int r = pickLabelVfp(v, vfpTaken);
                if (r >= 0) {
                    vfpTaken[r] = true;
                    locs[k] = Loc.vfp(r);
                    vfpBudget--;
                }
            } else {
                if (coreBudget == 0) continue;
                int r = pickLabelCore(v, coreTaken);
                if (r >= 0) {
                    coreTaken[r] = true;
                    locs[k] = r;
                    coreBudget--;
                }
            }
        }
        for (int k = 0; k < n; k++) {
            if (locs[k] != Loc.NONE) continue;
            int v = o.arg(k).index;
            if (slotValid[v] && !slotTakenBy(locs, Loc.frame(slot[v]))) locs[k] = Loc.frame(slot[v]);
            else locs[k] = Loc.slot(newSlot());
        }
        // Move the incoming values into place.
        ParallelMove pm = new ParallelMove();
        for (int k = 0; k < n; k++) pm.add(locationOf(o.arg(k)), locs[k], isFloat(o.arg(k).index));
        pm.emit(mover);
        // From here on only the label's arguments exist, at their label locations.
        Arrays.fill(coreOwner, FREE);
        Arrays.fill(vfpOwner, FREE);
        for (int v = 0; v < values.length; v++) {
            reg[v] = Loc.NONE;
        }
        for (int k = 0; k < n; k++) {
            int v = o.arg(k).index;
            int loc = locs[k];
            if (Loc.isReg(loc)) {
                // Each iteration brings a new value in the register: a slot from before the label is stale.
                reg[v] = loc;
                owners(loc)[regIndex(loc)] = v;
                slot[v] = -1;
                slotValid[v] = false;
            } else {
                slot[v] = Loc.frameOffset(loc);
                slotValid[v] = true;
            }
        }
        Label here = new Label();
        masm.bind(here);
        Label head = here;
        Operation last = trace.last();
        boolean closesLoop = last.op == Op.JUMP && last.aux[0] == o.aux[0];
        if (closesLoop && pinLoopConstants()) {
            // Jumps from other traces enter above the constants' loads; the loop's own jump skips them.
            head = new Label();
            masm.bind(head);
        }
        ArmLabel label = new ArmLabel(o.aux[0], masm.buffer().baseAddress() + here.position(), locs, types(o), head);
        ownLabels.add(label);
        // Hint the closing jump's values into the label's registers.
        if (closesLoop) {
            for (int k = 0; k < last.argCount(); k++) {
                Value v = last.arg(k);
                if (!v.isConst() && defPos[v.index] > pos && Loc.isReg(locs[k])) hint[v.index] = locs[k];
            }
        }
    }

    /**
     * Loads the loop body's most used constants (see {@link LoopConstants}) into registers the
     * body can spare, once per entry at the header instead of once per iteration. A body that
     * calls out keeps them in callee-saved registers. Returns whether any was loaded.
     */
    private boolean pinLoopConstants() {
        List<Operation> ops = trace.ops();
        List<Operation> body = ops.subList(pos + 1, ops.size());
        LoopConstants wanted = LoopConstants.scan(body, !softFloat);
        if (wanted.ints.isEmpty() && wanted.doubles.isEmpty()) return false;
        boolean calls = false;
        for (Operation b : body) calls |= b.op.isCall() || isSoftFloatCall(b.op);
        int[] peak = peakPressure(ops.get(pos));
        int coreRoom = CORE_CALLER.length + CORE_CALLEE.length - peak[0] - PIN_RESERVE;
        int vfpRoom = VFP_CALLER.length + VFP_CALLEE.length - peak[1] - PIN_RESERVE;
        if (calls) {
            coreRoom = Math.min(coreRoom, CORE_CALLEE.length - peak[2] - 1);
            vfpRoom = Math.min(vfpRoom, VFP_CALLEE.length - peak[3] - 1);
        }
        // From the top of each set down: the allocator takes free registers from the bottom up.
        List<Integer> coreOrder = new ArrayList<>(), vfpOrder = new ArrayList<>();
        for (int i = CORE_CALLEE.length - 1; i >= 0; i--) coreOrder.add(CORE_CALLEE[i].code());
        for (int i = VFP_CALLEE.length - 1; i >= 0; i--) vfpOrder.add(VFP_CALLEE[i]);
        if (!calls) {
            for (int i = CORE_CALLER.length - 1; i >= 0; i--) coreOrder.add(CORE_CALLER[i].code());
            for (int i = VFP_CALLER.length - 1; i >= 0; i--) vfpOrder.add(VFP_CALLER[i]);
        }
        boolean any = false;
        for (int c : wanted.intsByUse()) {
            if (coreRoom-- <= 0) break;
            int r = firstFree(coreOrder, coreOwner);
            if (r < 0) break;
            coreOwner[r] = PINNED;
            pinnedInts.put(c, Register.of(r));
            masm.mov32(AL, Register.of(r), c);
            any = true;
        }
        for (long bits : wanted.doublesByUse()) {
            if (vfpRoom-- <= 0) break;
            int r = firstFree(vfpOrder, vfpOwner);
            if (r < 0) break;
            vfpOwner[r] = PINNED;
            pinnedDoubles.put(bits, VfpRegister.d(r));
            loadDouble(VfpRegister.d(r), bits);
            any = true;
        }
        return any;
    }

    private static int firstFree(List<Integer> order, int[] owner) {
        for (int r : order) if (owner[r] == FREE) return r;
        return -1;
    }

    /**
     * The most values live at once after {@code label} (core, VFP), and of those the most that
     * live across a call (core, VFP): what the body itself needs of the register file.
     */
    private int[] peakPressure(Operation label) {
        int n = trace.ops().size();
        int[][] delta = new int[4][n + 2];
        boolean[] labelArg = new boolean[values.length];
        for (int k = 0; k < label.argCount(); k++) labelArg[label.arg(k).index] = true;
        for (int v = 0; v < values.length; v++) {
            if (!labelArg[v] && defPos[v] <= pos) continue;
            int from = Math.max(defPos[v], pos), to = Math.max(from, lastUse[v]);
            int kind = isFloat(v) ? 1 : 0;
            delta[kind][from]++;
            delta[kind][to + 1]--;
            if (crossesCall[v]) {
                delta[kind + 2][from]++;
                delta[kind + 2][to + 1]--;
            }
        }
        int[] peak = new int[4];
        for (int kind = 0; kind < 4; kind++) {
            int live = 0;
            for (int p = pos; p <= n; p++) {
                live += delta[kind][p];
                peak[kind] = Math.max(peak[kind], live);
            }
        }
        return peak;
    }

    /** Argument k of the label only reaches the closing jump at the same position. */
    private boolean onlyPassedThrough(Operation label, int k) {
        Value v = label.arg(k);
        Operation last = trace.last();
        if (last.op != Op.JUMP || last.aux[0] != label.aux[0] || last.arg(k) != v) return false;
        int[] u = uses[v.index];
        for (int x : u) if (x > pos && x != trace.ops().size() - 1) return false;
        return true;
    }

    private boolean slotTakenBy(int[] locs, int loc) {
        for (int l : locs) if (l == loc) return true;
        return false;
    }

    private int pickLabelCore(int v, boolean[] taken) {
        Register[] first = crossesCall[v] ? CORE_CALLEE : CORE_CALLER;
        Register[] second = crossesCall[v] ? CORE_CALLER : CORE_CALLEE;
        for (Register[] set : new Register[][] {first, second}) {
            int start = random == null ? 0 : random.nextInt(set.length);
            for (int i = 0; i < set.length; i++) {
                int r = set[(start + i) % set.length].code();
                if (!taken[r]) return r;
            }
        }
        return -1;
    }

    private int pickLabelVfp(int v, boolean[] taken) {
        int[] first = crossesCall[v] ? VFP_CALLEE : VFP_CALLER;
        int[] second = crossesCall[v] ? VFP_CALLER : VFP_CALLEE;
        for (int[] set : new int[][] {first, second}) {
            int start = random == null ? 0 : random.nextInt(set.length);
            for (int i = 0; i < set.length; i++) {
                int r = set[(start + i) % set.length];
                if (!taken[r]) return r;
            }
        }
        return -1;
    }

    private static Type[] types(Operation o) {
        Type[] t = new Type[o.argCount()];
        for (int i = 0; i < t.length; i++) t[i] = o.arg(i).type();
        return t;
    }

    private void jump(Operation o) {
        ArmLabel target = ownLabel(o.aux[0]);
        if (target == null) target = backend.label(o.aux[0]);
        if (target == null) throw new CompileError("jump to unknown label Loop" + o.aux[0]);
        if (target.locs().length != o.argCount()) throw new CompileError("jump arity differs from label Loop" + o.aux[0]);
        ParallelMove pm = new ParallelMove();
        for (int k = 0; k < o.argCount(); k++) {
            Value v = o.arg(k);
            if (v.isConst()) pm.addConst((Const) v, target.locs()[k]);
            else pm.add(locationOf(v), target.locs()[k], v.type() == Type.FLOAT);
        }
        pm.emit(mover);
        if (ownLabels.contains(target)) masm.b(AL, target.bound());
        else branchTo(target.address());
    }

    private ArmLabel ownLabel(int token) {
        for (ArmLabel l : ownLabels) if (l.token() == token) return l;
        return null;
    }

    private void finish(Operation o) {
        ParallelMove pm = new ParallelMove();
        for (int k = 0; k < o.argCount(); k++) {
            Value v = o.arg(k);
            if (v.isConst()) pm.addConst((Const) v, Loc.slot(k));
            else pm.add(locationOf(v), Loc.slot(k), v.type() == Type.FLOAT);
        }
        if (o.argCount() > JitFrame.SLOT_COUNT) throw new CompileError("finish with too many values");
        pm.emit(mover);
        int id = backend.newFinish(types(o));
        masm.mov32(AL, IP, -1 - id);
        branchTo(backend.finishCommonAddress());
    }

    /** The trace cannot be compiled by this backend (the driver treats it like an abort). */
    static final class CompileError extends RuntimeException {
        CompileError(String message) {
            super(message);
        }
    }
}
