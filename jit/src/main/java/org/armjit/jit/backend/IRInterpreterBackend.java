package org.armjit.jit.backend;

import org.armjit.jit.backend.IRCompiledTrace.IRGuard;
import org.armjit.jit.backend.IRCompiledTrace.IRLabel;
import org.armjit.jit.ir.InputArg;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.jit.ir.Verifier;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.RootVisitor;
import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference backend: executes IR directly on guest memory, calling runtime helpers
 * through the table. Every other backend is held to what this one does.
 *
 * <p>Traces are first turned into a compact form ({@link IRCompiledTrace}) so that
 * execution allocates nothing per op. Each entry gets an activation holding one register
 * file per trace it runs through; the backend is a root set of the heap, so a collection
 * inside a canCollect helper updates the REF registers of every active activation
 * (helpers may re-enter compiled code).
 */
public final class IRInterpreterBackend implements Backend {
    private static final Op[] OPS = Op.values();

    private final Heap heap;
    private final GuestMemory mem;
    private final RuntimeCallTable calls;
    private final List<IRCompiledTrace> traces = new ArrayList<>();
    private final Map<Integer, IRLabel> labels = new HashMap<>();
    private final List<Activation> active = new ArrayList<>();
    private final List<Activation> pool = new ArrayList<>();

    public IRInterpreterBackend(Heap heap, RuntimeCallTable calls) {
        this.heap = heap;
        this.mem = heap.memory();
        this.calls = calls;
        heap.roots(this::scanRoots);
    }

    @Override
    public String name() {
        return "ir";
    }

    @Override
    public CompiledTrace compileLoop(Trace trace) {
        Verifier.verify(trace, calls, externalLabels());
        return add(trace);
    }

    @Override
    public CompiledTrace compileBridge(GuardHandle guard, Trace bridge) {
        if (!(guard instanceof IRGuard g) || !traces.contains(g.owner)) throw new IllegalArgumentException("not a guard of this backend");
        List<InputArg> in = bridge.inputs();
        if (in.size() != g.failArgs.size()) throw new IllegalArgumentException("bridge takes " + in.size() + " inputs, guard has " + g.failArgs.size() + " fail args");
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).type() != g.failArgs.get(i).type()) throw new IllegalArgumentException("bridge input " + i + " kind differs from the guard's fail arg");
        }
        Verifier.verify(bridge, calls, externalLabels());
        IRCompiledTrace t = add(bridge);
        g.bridge = t;
        return t;
    }

    private Map<Integer, List<Type>> externalLabels() {
        Map<Integer, List<Type>> m = new HashMap<>();
        for (Map.Entry<Integer, IRLabel> e : labels.entrySet()) {
            IRLabel l = e.getValue();
            List<Type> kinds = new ArrayList<>();
            for (Operation o : l.owner().trace.ops()) {
                if (o.op == Op.LABEL && o.aux[0] == e.getKey()) {
                    for (int i = 0; i < o.argCount(); i++) kinds.add(o.arg(i).type());
                }
            }
            m.put(e.getKey(), kinds);
        }
        return m;
    }

    private IRCompiledTrace add(Trace trace) {
        IRCompiledTrace t = new IRCompiledTrace(trace, traces.size(), this, null);
        traces.add(t);
        return t;
    }

    void registerLabels(Map<Integer, IRLabel> own) {
        for (Integer token : own.keySet()) {
            if (labels.containsKey(token)) throw new IllegalArgumentException("label Loop" + token + " compiled twice");
        }
        labels.putAll(own);
    }

    IRLabel label(int token, Operation jump) {
        IRLabel l = labels.get(token);
        if (l == null) throw new IllegalArgumentException("jump to unknown label Loop" + token);
        if (l.argSlots().length != jump.argCount()) throw new IllegalArgumentException("jump arity differs from label Loop" + token);
        return l;
    }

    @Override
    public void invalidate(CompiledTrace trace) {
        ((IRCompiledTrace) trace).invalidated = true;
    }

    // ------------------------------------------------------------------ execution

    /** One entry into compiled code: a register file per trace it has run through. */
    private static final class Activation {
        long[][] regs = new long[8][];

        long[] regs(IRCompiledTrace t) {
            if (t.index >= regs.length) regs = java.util.Arrays.copyOf(regs, Math.max(regs.length * 2, t.index + 1));
            long[] r = regs[t.index];
            if (r == null) {
                r = t.init.clone();
                regs[t.index] = r;
            }
            return r;
        }

        void reset() {
            java.util.Arrays.fill(regs, null);
        }
    }

    private void scanRoots(RootVisitor v) {
        for (Activation a : active) {
            for (int t = 0; t < a.regs.length; t++) {
                long[] r = a.regs[t];
                if (r == null) continue;
                for (int s : traces.get(t).refSlots) r[s] = v.visit((int) r[s]);
            }
        }
    }

    @Override
    public ExitResult enter(CompiledTrace compiled, long... inputs) {
        IRCompiledTrace t = (IRCompiledTrace) compiled;
        if (inputs.length != t.inputSlots.length) throw new IllegalArgumentException("trace takes " + t.inputSlots.length + " inputs, got " + inputs.length);
        Activation a = pool.isEmpty() ? new Activation() : pool.remove(pool.size() - 1);
        active.add(a);
        try {
            long[] r = a.regs(t);
            List<InputArg> in = t.trace.inputs();
            for (int i = 0; i < inputs.length; i++) r[t.inputSlots[i]] = normalise(in.get(i).type(), inputs[i]);
            return run(a, t);
        } finally {
            active.remove(active.size() - 1);
            a.reset();
            pool.add(a);
        }
    }

    private static long normalise(Type type, long bits) {
        return type == Type.FLOAT ? bits : (int) bits;
    }

    /** Ops executed so far (labels not counted; debug_merge_point is not compiled). */
    private long executedOps;

    @Override
    public long compiledOps() {
        return executedOps;
    }

    private ExitResult run(Activation act, IRCompiledTrace t) {
        int[] c = t.code;
        long[] r = act.regs(t);
        int pc = 0;
        boolean ovf = false;
        while (true) {
            int dst = c[pc + IRCompiledTrace.DST];
            int a0 = pc + IRCompiledTrace.ARGS;
            boolean fail;
            if (OPS[c[pc]] != Op.LABEL) executedOps++;
            switch (OPS[c[pc]]) {
                case INT_ADD -> r[dst] = (int) r[c[a0]] + (int) r[c[a0 + 1]];
                case INT_SUB -> r[dst] = (int) r[c[a0]] - (int) r[c[a0 + 1]];
                case INT_MUL -> r[dst] = (int) r[c[a0]] * (int) r[c[a0 + 1]];
                case INT_ADD_OVF -> {
                    long s = r[c[a0]] + r[c[a0 + 1]];
                    ovf = s != (int) s;
                    r[dst] = (int) s;
                }
                case INT_SUB_OVF -> {
                    long s = r[c[a0]] - r[c[a0 + 1]];
                    ovf = s != (int) s;
                    r[dst] = (int) s;
                }
                case INT_MUL_OVF -> {
                    long s = r[c[a0]] * r[c[a0 + 1]];
                    ovf = s != (int) s;
                    r[dst] = (int) s;
                }
                case INT_FLOORDIV -> {
                    int y = (int) r[c[a0 + 1]];
                    r[dst] = y == 0 ? 0 : (int) r[c[a0]] / y;
                }
                case INT_MOD -> {
                    int y = (int) r[c[a0 + 1]];
                    r[dst] = y == 0 ? 0 : (int) r[c[a0]] % y;
                }
                case INT_PY_DIV -> {
                    int y = (int) r[c[a0 + 1]];
                    r[dst] = y == 0 ? 0 : Math.floorDiv((int) r[c[a0]], y);
                }
                case INT_PY_MOD -> {
                    int y = (int) r[c[a0 + 1]];
                    r[dst] = y == 0 ? 0 : Math.floorMod((int) r[c[a0]], y);
                }
                case INT_AND -> r[dst] = (int) r[c[a0]] & (int) r[c[a0 + 1]];
                case INT_OR -> r[dst] = (int) r[c[a0]] | (int) r[c[a0 + 1]];
                case INT_XOR -> r[dst] = (int) r[c[a0]] ^ (int) r[c[a0 + 1]];
                case INT_LSHIFT -> r[dst] = (int) r[c[a0]] << (int) r[c[a0 + 1]];
                case INT_RSHIFT -> r[dst] = (int) r[c[a0]] >> (int) r[c[a0 + 1]];
                case UINT_RSHIFT -> r[dst] = (int) r[c[a0]] >>> (int) r[c[a0 + 1]];
                case INT_NEG -> r[dst] = -(int) r[c[a0]];
                case INT_INVERT -> r[dst] = ~(int) r[c[a0]];
                case INT_LT -> r[dst] = (int) r[c[a0]] < (int) r[c[a0 + 1]] ? 1 : 0;
                case INT_LE -> r[dst] = (int) r[c[a0]] <= (int) r[c[a0 + 1]] ? 1 : 0;
                case INT_EQ -> r[dst] = (int) r[c[a0]] == (int) r[c[a0 + 1]] ? 1 : 0;
                case INT_NE -> r[dst] = (int) r[c[a0]] != (int) r[c[a0 + 1]] ? 1 : 0;
                case INT_GT -> r[dst] = (int) r[c[a0]] > (int) r[c[a0 + 1]] ? 1 : 0;
                case INT_GE -> r[dst] = (int) r[c[a0]] >= (int) r[c[a0 + 1]] ? 1 : 0;
                case UINT_LT -> r[dst] = Integer.compareUnsigned((int) r[c[a0]], (int) r[c[a0 + 1]]) < 0 ? 1 : 0;
                case UINT_LE -> r[dst] = Integer.compareUnsigned((int) r[c[a0]], (int) r[c[a0 + 1]]) <= 0 ? 1 : 0;
                case UINT_GT -> r[dst] = Integer.compareUnsigned((int) r[c[a0]], (int) r[c[a0 + 1]]) > 0 ? 1 : 0;
                case UINT_GE -> r[dst] = Integer.compareUnsigned((int) r[c[a0]], (int) r[c[a0 + 1]]) >= 0 ? 1 : 0;
                case INT_IS_TRUE -> r[dst] = (int) r[c[a0]] != 0 ? 1 : 0;
                case INT_IS_ZERO -> r[dst] = (int) r[c[a0]] == 0 ? 1 : 0;
                case FLOAT_ADD -> r[dst] = fbits(f(r[c[a0]]) + f(r[c[a0 + 1]]));
                case FLOAT_SUB -> r[dst] = fbits(f(r[c[a0]]) - f(r[c[a0 + 1]]));
                case FLOAT_MUL -> r[dst] = fbits(f(r[c[a0]]) * f(r[c[a0 + 1]]));
                case FLOAT_TRUEDIV -> r[dst] = fbits(f(r[c[a0]]) / f(r[c[a0 + 1]]));
                case FLOAT_NEG -> r[dst] = r[c[a0]] ^ Long.MIN_VALUE;
                case FLOAT_ABS -> r[dst] = r[c[a0]] & Long.MAX_VALUE;
                case FLOAT_SQRT -> r[dst] = fbits(Math.sqrt(f(r[c[a0]])));
                case FLOAT_LT -> r[dst] = f(r[c[a0]]) < f(r[c[a0 + 1]]) ? 1 : 0;
                case FLOAT_LE -> r[dst] = f(r[c[a0]]) <= f(r[c[a0 + 1]]) ? 1 : 0;
                case FLOAT_EQ -> r[dst] = f(r[c[a0]]) == f(r[c[a0 + 1]]) ? 1 : 0;
                case FLOAT_NE -> r[dst] = f(r[c[a0]]) != f(r[c[a0 + 1]]) ? 1 : 0;
                case FLOAT_GT -> r[dst] = f(r[c[a0]]) > f(r[c[a0 + 1]]) ? 1 : 0;
                case FLOAT_GE -> r[dst] = f(r[c[a0]]) >= f(r[c[a0 + 1]]) ? 1 : 0;
                case CAST_INT_TO_FLOAT -> r[dst] = fbits((int) r[c[a0]]);
                case CAST_FLOAT_TO_INT -> r[dst] = (int) f(r[c[a0]]);
                case PTR_EQ -> r[dst] = (int) r[c[a0]] == (int) r[c[a0 + 1]] ? 1 : 0;
                case PTR_NE -> r[dst] = (int) r[c[a0]] != (int) r[c[a0 + 1]] ? 1 : 0;
                case CAST_PTR_TO_INT, CAST_INT_TO_PTR, SAME_AS_I, SAME_AS_R, SAME_AS_F -> r[dst] = r[c[a0]];
                case INT_TAG -> r[dst] = (int) r[c[a0]] << 1 | 1;
                case INT_TAG_OVF -> {
                    int v = (int) r[c[a0]];
                    ovf = v < -(1 << 30) || v >= 1 << 30;
                    r[dst] = v << 1 | 1;
                }
                case INT_UNTAG -> r[dst] = (int) r[c[a0]] >> 1;
                case GETFIELD_GC_I, GETFIELD_GC_R -> r[dst] = mem.loadWord((int) r[c[a0]] + c[a0 + 1]);
                case GETFIELD_GC_F -> r[dst] = mem.loadLong((int) r[c[a0]] + c[a0 + 1]);
                case SETFIELD_GC -> {
                    int obj = (int) r[c[a0]];
                    int at = obj + c[a0 + 2];
                    if (dst == 1) {
                        mem.storeLong(at, r[c[a0 + 1]]);
                    } else {
                        int v = (int) r[c[a0 + 1]];
                        mem.storeWord(at, v);
                        if (dst == 2) heap.writeBarrier(obj, v);
                    }
                }
                case GETARRAYITEM_GC_I -> {
                    int scale = c[a0 + 3];
                    int at = (int) r[c[a0]] + c[a0 + 2] + (int) r[c[a0 + 1]] * scale;
                    r[dst] = scale == 4 ? mem.loadWord(at) : scale == 2 ? mem.loadHalf(at) : mem.loadByte(at);
                }
                case GETARRAYITEM_GC_R -> r[dst] = mem.loadWord((int) r[c[a0]] + c[a0 + 2] + (int) r[c[a0 + 1]] * c[a0 + 3]);
                case GETARRAYITEM_GC_F -> r[dst] = mem.loadLong((int) r[c[a0]] + c[a0 + 2] + (int) r[c[a0 + 1]] * c[a0 + 3]);
                case SETARRAYITEM_GC -> {
                    int scale = c[a0 + 4];
                    int at = (int) r[c[a0]] + c[a0 + 3] + (int) r[c[a0 + 1]] * scale;
                    long v = r[c[a0 + 2]];
                    if (dst == 1) mem.storeLong(at, v);
                    else if (dst == 2) {
                        mem.storeWord(at, (int) v);
                        heap.writeBarrier((int) r[c[a0]], (int) v);
                    } else if (scale == 4) mem.storeWord(at, (int) v);
                    else if (scale == 2) mem.storeHalf(at, (int) v);
                    else mem.storeByte(at, (int) v);
                }
                case ARRAYLEN_GC -> r[dst] = mem.loadWord((int) r[c[a0]] + 4);
                case NEW -> r[dst] = heap.allocate(c[a0], c[a0 + 1]);
                case NEW_ARRAY -> {
                    int n = (int) r[c[a0]];
                    int addr = heap.allocate(c[a0 + 1], c[a0 + 2] + n * c[a0 + 3]);
                    mem.storeWord(addr + 4, n);
                    r[dst] = addr;
                }
                case CALL_I, CALL_R, CALL_F, CALL_N -> {
                    int len = c[pc + IRCompiledTrace.LEN];
                    int nargs = len - IRCompiledTrace.ARGS - 2;
                    int site = c[pc + len - 1];
                    RuntimeCall call = calls.get(c[pc + len - 2]);
                    long[] args = t.callArgs[site];
                    t.callArgs[site] = null;
                    if (args == null) args = new long[nargs];
                    for (int i = 0; i < nargs; i++) args[i] = r[c[a0 + i]];
                    long res = call.invoke(args);
                    t.callArgs[site] = args;
                    if (dst >= 0) r[dst] = normalise(OPS[c[pc]].result, res);
                }
                case LABEL, DEBUG_MERGE_POINT -> {}
                case JUMP -> {
                    int len = c[pc + IRCompiledTrace.LEN];
                    IRLabel target = t.jumpTargets[c[pc + len - 1]];
                    int nargs = len - IRCompiledTrace.ARGS - 2;
                    long[] tr = target.owner() == t ? r : act.regs(target.owner());
                    int[] dstSlots = target.argSlots();
                    if (tr == r) {
                        // Parallel move: read every operand before writing any label slot.
                        long[] tmp = t.jumpScratch(nargs);
                        for (int i = 0; i < nargs; i++) tmp[i] = r[c[a0 + i]];
                        for (int i = 0; i < nargs; i++) r[dstSlots[i]] = tmp[i];
                    } else {
                        for (int i = 0; i < nargs; i++) tr[dstSlots[i]] = r[c[a0 + i]];
                        t = target.owner();
                        c = t.code;
                        r = tr;
                    }
                    pc = target.pc();
                    continue;
                }
                case FINISH -> {
                    int nargs = c[pc + IRCompiledTrace.LEN] - IRCompiledTrace.ARGS;
                    long[] values = new long[nargs];
                    List<Type> types = new ArrayList<>(nargs);
                    Operation fin = t.trace.last();
                    for (int i = 0; i < nargs; i++) {
                        values[i] = r[c[a0 + i]];
                        types.add(fin.arg(i).type());
                    }
                    return new Finished(types, values);
                }
                default -> {
                    fail = switch (OPS[c[pc]]) {
                        case GUARD_TRUE -> r[c[a0]] == 0;
                        case GUARD_FALSE -> r[c[a0]] != 0;
                        case GUARD_VALUE -> r[c[a0]] != r[c[a0 + 1]];
                        case GUARD_CLASS -> {
                            int p = (int) r[c[a0]];
                            yield p == 0 || (p & 1) != 0 || (mem.loadWord(p) & Heap.TYPE_MASK) != c[a0 + 1];
                        }
                        case GUARD_NONNULL -> (int) r[c[a0]] == 0;
                        case GUARD_ISNULL -> (int) r[c[a0]] != 0;
                        case GUARD_TAGGED -> (r[c[a0]] & 1) == 0;
                        case GUARD_NO_OVERFLOW -> ovf;
                        case GUARD_OVERFLOW -> !ovf;
                        case GUARD_NOT_INVALIDATED -> t.invalidated;
                        case GUARD_NOT_COLLECT -> heap.collectRequested;
                        default -> throw new IllegalStateException("IR interpreter: no case for " + OPS[c[pc]]);
                    };
                    if (fail) {
                        IRGuard g = t.guards[c[pc + c[pc + IRCompiledTrace.LEN] - 1]];
                        IRCompiledTrace bridge = g.bridge;
                        if (bridge == null) {
                            long[] regs = r;
                            return ExitStates.build(g, heap, v -> regs[g.owner.slotOf.get(v)]);
                        }
                        long[] br = act.regs(bridge);
                        for (int i = 0; i < g.failArgSlots.length; i++) br[bridge.inputSlots[i]] = r[g.failArgSlots[i]];
                        t = bridge;
                        c = t.code;
                        r = br;
                        pc = 0;
                        continue;
                    }
                }
            }
            pc += c[pc + IRCompiledTrace.LEN];
        }
    }

    private static double f(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long fbits(double d) {
        return Double.doubleToRawLongBits(d);
    }
}
