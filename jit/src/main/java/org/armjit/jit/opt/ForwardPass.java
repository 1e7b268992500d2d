package org.armjit.jit.opt;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.InputArg;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Snapshot;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TraceBuilder;
import org.armjit.jit.ir.Value;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shape shared by the passes: walk the trace once, copying each op into a new trace
 * with its operands replaced by what earlier ops became ({@link #get}), or replacing the
 * op by a value instead ({@link #replace}). Knowledge a pass keeps must be dropped at a
 * label ({@link #atLabel}), since only the label's arguments survive it and a jump may
 * give them other values.
 */
abstract class ForwardPass implements Pass {
    protected TraceBuilder out;
    private Map<Value, Value> map;
    protected List<Operation> in;
    /** Index of the op being visited. */
    protected int index;
    /** Output values that are arguments of an emitted label: jumps reassign them. */
    private Set<Value> labelArgs;

    @Override
    public Trace run(Trace trace) {
        out = new TraceBuilder();
        map = new IdentityHashMap<>();
        labelArgs = Collections.newSetFromMap(new IdentityHashMap<>());
        in = trace.ops();
        for (InputArg a : trace.inputs()) out.addInput(a);
        begin(trace);
        for (index = 0; index < in.size(); index++) {
            Operation o = in.get(index);
            if (o.op == Op.LABEL) {
                atLabel();
                emitLabel(o);
            } else {
                visit(o);
            }
        }
        Trace t = out.build();
        out = null;
        map = null;
        return t;
    }

    protected void begin(Trace trace) {}

    /** Called before a label is copied: forget facts about values. */
    protected abstract void atLabel();

    /** Handles one (non-label) op: emit it, replace it, or drop it. */
    protected abstract void visit(Operation o);

    protected Operation next() {
        return index + 1 < in.size() ? in.get(index + 1) : null;
    }

    /** What {@code v} is in the output trace. */
    protected Value get(Value v) {
        if (v.isConst()) return v;
        Value r = map.get(v);
        return r == null ? v : r;
    }

    protected Value[] args(Operation o) {
        Value[] a = new Value[o.argCount()];
        for (int i = 0; i < a.length; i++) a[i] = get(o.arg(i));
        return a;
    }

    protected Snapshot snapshot(Operation o) {
        return o.snapshot == null ? null : o.snapshot.map(this::snapshotValue);
    }

    /** How an SSA value appears in snapshots of the output (virtualize overrides this). */
    protected Value snapshotValue(Value v) {
        return get(v);
    }

    protected void replace(Operation o, Value v) {
        map.put(o, v);
    }

    /** Copies {@code o} with mapped operands. */
    protected Operation emit(Operation o) {
        return emit(o, args(o));
    }

    protected Operation emit(Operation o, Value[] args) {
        Operation copy = out.copy(o, args, snapshot(o));
        if (o.type() != org.armjit.jit.ir.Type.VOID) map.put(o, copy);
        return copy;
    }

    /**
     * Copies a label; an argument that became a constant, or that repeats another, gets a
     * fresh name through same_as (label arguments are distinct variables).
     */
    protected void emitLabel(Operation o) {
        Value[] a = args(o);
        Set<Value> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int i = 0; i < a.length; i++) {
            if (a[i].isConst() || !seen.add(a[i])) {
                a[i] = out.op(Op.sameAs(a[i].type()), a[i]);
                seen.add(a[i]);
            }
            map.put(o.arg(i), a[i]);
            labelArgs.add(a[i]);
        }
        out.op(Op.LABEL, o.aux, a);
    }

    /**
     * The op that computed output value {@code v}, or null if v is a constant, an input, or
     * a label argument: after a label, a jump may have given it another value, so its
     * defining op says nothing about it.
     */
    protected Operation definition(Value v) {
        return v instanceof Operation op && !labelArgs.contains(v) ? op : null;
    }

    static boolean isConstInt(Value v, int c) {
        return v instanceof Const k && k.type() == org.armjit.jit.ir.Type.INT && k.intValue() == c;
    }

    /** Set when an _ovf op was folded or proved not to overflow: its guard_no_overflow, next, goes too. */
    protected boolean dropNextOverflowGuard;

    /** Whether {@code o} is the guard of an _ovf op this pass removed (and is dropped). */
    protected boolean skipDroppedOverflowGuard(Operation o) {
        if (!dropNextOverflowGuard) return false;
        dropNextOverflowGuard = false;
        if (o.op == Op.GUARD_NO_OVERFLOW) return true;
        throw new IllegalStateException(getClass().getSimpleName() + " removed an _ovf op not followed by its guard but by " + o.op.text);
    }
}
