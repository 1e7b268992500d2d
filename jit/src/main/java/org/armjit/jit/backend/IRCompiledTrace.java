package org.armjit.jit.backend;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.InputArg;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A trace in the IR interpreter's compact form: every value and constant gets a slot in
 * a {@code long[]} register file, and the ops become an {@code int[]} of instructions
 * {@code [op ordinal, length, dst, operand slots..., immediates..., (guard index)]}.
 */
final class IRCompiledTrace implements CompiledTrace {
    static final int OP = 0, LEN = 1, DST = 2, ARGS = 3;

    final Trace trace;
    /** Position in the backend's list: index of this trace's register file in an activation. */
    final int index;
    final int[] code;
    /** Initial register file: constants in their slots, zeros elsewhere. */
    final long[] init;
    /** Slots holding non-constant REF values, for the collector. */
    final int[] refSlots;
    final int[] inputSlots;
    final IRGuard[] guards;
    final List<GuardHandle> guardList;
    /** Per call site: a reusable argument array (null while in use by a re-entrant call). */
    final long[][] callArgs;
    /** Jump sites: resolved target labels, by the index stored in the instruction. */
    final IRLabel[] jumpTargets;
    final Map<Value, Integer> slotOf;
    volatile boolean invalidated;
    private int maxJumpArgs;
    private long[] jumpScratch;

    IRCompiledTrace(Trace trace, int index, IRInterpreterBackend backend, List<InputArg> bridgeInputs) {
        this.trace = trace;
        this.index = index;
        Map<Value, Integer> slots = new IdentityHashMap<>();
        Map<Const, Integer> consts = new HashMap<>();
        List<Long> initValues = new ArrayList<>();
        List<Integer> refs = new ArrayList<>();
        List<InputArg> inputs = trace.inputs();
        inputSlots = new int[inputs.size()];
        for (int i = 0; i < inputs.size(); i++) {
            inputSlots[i] = slot(inputs.get(i), slots, consts, initValues, refs);
        }
        for (Operation o : trace.ops()) {
            for (int i = 0; i < o.argCount(); i++) slot(o.arg(i), slots, consts, initValues, refs);
            if (o.type() != Type.VOID) slot(o, slots, consts, initValues, refs);
        }
        List<IRGuard> guardObjs = new ArrayList<>();
        List<IRLabel> jumps = new ArrayList<>();
        int calls = 0;
        int[] buf = new int[64];
        int n = 0;
        Map<Integer, IRLabel> ownLabels = new HashMap<>();
        for (Operation o : trace.ops()) {
            if (o.op == Op.DEBUG_MERGE_POINT) continue;
            int len = ARGS + o.argCount() + o.aux.length + (o.op.isGuard() || o.op == Op.JUMP || o.op.isCall() ? 1 : 0);
            if (n + len > buf.length) buf = java.util.Arrays.copyOf(buf, Math.max(buf.length * 2, n + len));
            buf[n + OP] = o.op.ordinal();
            buf[n + LEN] = len;
            // Stores have no result: their DST field gives the stored kind (1 FLOAT: 8 bytes, 2 REF: write barrier).
            boolean store = o.op == Op.SETFIELD_GC || o.op == Op.SETARRAYITEM_GC;
            buf[n + DST] = o.type() != Type.VOID ? slots.get(o) : !store ? -1 : storeKind(o.arg(o.argCount() - 1).type());
            if (o.op == Op.JUMP) maxJumpArgs = Math.max(maxJumpArgs, o.argCount());
            int p = n + ARGS;
            for (int i = 0; i < o.argCount(); i++) buf[p++] = slots.get(o.arg(i));
            for (int a : o.aux) buf[p++] = a;
            if (o.op.isGuard()) {
                IRGuard g = new IRGuard(this, o, slots);
                buf[p++] = guardObjs.size();
                guardObjs.add(g);
            } else if (o.op.isCall()) {
                buf[p++] = calls++;
            } else if (o.op == Op.JUMP) {
                buf[p++] = jumps.size();
                jumps.add(null); // resolved below, when every label of this trace is known
            }
            if (o.op == Op.LABEL) {
                int[] argSlots = new int[o.argCount()];
                for (int i = 0; i < argSlots.length; i++) argSlots[i] = slots.get(o.arg(i));
                ownLabels.put(o.aux[0], new IRLabel(this, n + len, argSlots));
            }
            n += len;
        }
        code = java.util.Arrays.copyOf(buf, n);
        init = new long[slots.size()];
        for (int i = 0; i < initValues.size(); i++) if (initValues.get(i) != null) init[i] = initValues.get(i);
        refSlots = refs.stream().mapToInt(Integer::intValue).toArray();
        guards = guardObjs.toArray(new IRGuard[0]);
        guardList = Collections.unmodifiableList(new ArrayList<>(guardObjs));
        callArgs = new long[calls][];
        slotOf = slots;
        backend.registerLabels(ownLabels);
        jumpTargets = new IRLabel[jumps.size()];
        int j = 0;
        for (Operation o : trace.ops()) {
            if (o.op == Op.JUMP) jumpTargets[j++] = backend.label(o.aux[0], o);
        }
    }

    private static int storeKind(Type t) {
        return t == Type.FLOAT ? 1 : t == Type.REF ? 2 : 0;
    }

    private static int slot(Value v, Map<Value, Integer> slots, Map<Const, Integer> consts, List<Long> init, List<Integer> refs) {
        Integer s = slots.get(v);
        if (s != null) return s;
        if (v instanceof Const c) {
            Integer cs = consts.get(c);
            if (cs != null) {
                slots.put(v, cs);
                return cs;
            }
            // Distinct Const objects that are equal share one slot.
            int k = init.size();
            init.add(c.bits);
            consts.put(c, k);
            slots.put(v, k);
            return k;
        }
        int k = init.size();
        init.add(null);
        slots.put(v, k);
        if (v.type() == Type.REF) refs.add(k);
        return k;
    }

    /** Scratch for a jump's parallel move (used within one op only, so re-entrancy is harmless). */
    long[] jumpScratch(int n) {
        if (jumpScratch == null || jumpScratch.length < n) jumpScratch = new long[Math.max(n, maxJumpArgs)];
        return jumpScratch;
    }

    int slotCount() {
        return init.length;
    }

    @Override
    public Trace trace() {
        return trace;
    }

    @Override
    public List<GuardHandle> guards() {
        return guardList;
    }

    @Override
    public GuardHandle guard(int guardId) {
        for (IRGuard g : guards) if (g.id() == guardId) return g;
        throw new IllegalArgumentException("no guard " + guardId);
    }

    @Override
    public boolean isInvalidated() {
        return invalidated;
    }

    /** A label: where execution continues and which slots a jump assigns. */
    record IRLabel(IRCompiledTrace owner, int pc, int[] argSlots) {}

    /** A compiled guard: where its fail arguments live, and its bridge once attached. */
    static final class IRGuard implements GuardHandle {
        final IRCompiledTrace owner;
        final Operation op;
        final List<Value> failArgs;
        final int[] failArgSlots;
        volatile IRCompiledTrace bridge;

        IRGuard(IRCompiledTrace owner, Operation op, Map<Value, Integer> slots) {
            this.owner = owner;
            this.op = op;
            this.failArgs = op.snapshot.liveValues();
            this.failArgSlots = new int[failArgs.size()];
            for (int i = 0; i < failArgSlots.length; i++) failArgSlots[i] = slots.get(failArgs.get(i));
        }

        @Override
        public CompiledTrace owner() {
            return owner;
        }

        @Override
        public Operation op() {
            return op;
        }

        @Override
        public List<Value> failArgs() {
            return failArgs;
        }

        @Override
        public CompiledTrace bridge() {
            return bridge;
        }
    }
}
