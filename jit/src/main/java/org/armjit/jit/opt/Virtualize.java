package org.armjit.jit.opt;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Snapshot;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.jit.ir.VirtualObject;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * PyPy's "virtualize": allocation removal. An object allocated by the trace ({@code new},
 * or {@code new_array} of constant length) is not allocated while only the trace sees it:
 * its fields live in SSA values (stores update them, loads read them, unset fields read
 * as zero), guard_class / guard_nonnull on it and ptr_eq against it are decided, and
 * snapshots describe it as a {@link VirtualObject} to be allocated only if the guard
 * fails. When it escapes (stored into a real object, passed to a call, a jump or a
 * finish, or used in any other way) it is allocated at that point with its current
 * fields ("forced").
 */
public final class Virtualize extends ForwardPass {
    private static final int MAX_ARRAY = 64;

    /** A not-yet-allocated object: the original allocation op and its fields so far. */
    private static final class VState {
        final Operation alloc;
        final int typeId, size;
        /** Offset -> value: an output value, a constant, or the input op of another virtual. */
        final TreeMap<Integer, Value> fields = new TreeMap<>();
        /** Arrays: base, scale and length (-1 for plain objects). */
        int base, scale, length = -1;

        VState(Operation alloc, int typeId, int size) {
            this.alloc = alloc;
            this.typeId = typeId;
            this.size = size;
        }
    }

    private final Map<Value, VState> virtuals = new IdentityHashMap<>();

    @Override
    public String name() {
        return "virtualize";
    }

    @Override
    protected void atLabel() {
        // The label's arguments were forced when the label was visited (see emitLabel).
    }

    @Override
    protected void emitLabel(Operation o) {
        for (int i = 0; i < o.argCount(); i++) forceIfVirtual(o.arg(i));
        super.emitLabel(o);
    }

    /**
     * A load of a virtual's field that holds another virtual is replaced by that virtual's
     * allocation op (an input op); once that one is forced, its input op maps to the output
     * allocation: follow the mapping to the end.
     */
    @Override
    protected Value get(Value v) {
        Value r = super.get(v);
        for (int i = 0; i < 8 && r != v; i++) {
            v = r;
            r = super.get(v);
        }
        return r;
    }

    private VState virtualOf(Value inputValue) {
        return inputValue.isConst() ? null : virtuals.get(get(inputValue));
    }

    @Override
    protected void visit(Operation o) {
        switch (o.op) {
            case NEW -> {
                virtuals.put(o, new VState(o, o.aux[0], o.aux[1]));
                return;
            }
            case NEW_ARRAY -> {
                Value n = get(o.arg(0));
                int scale = o.aux[2];
                if (n instanceof Const c && c.intValue() >= 0 && c.intValue() <= MAX_ARRAY && (scale == 4 || scale == 8)) {
                    VState v = new VState(o, o.aux[0], o.aux[1] + c.intValue() * scale);
                    v.base = o.aux[1];
                    v.scale = scale;
                    v.length = c.intValue();
                    v.fields.put(4, c);
                    virtuals.put(o, v);
                    return;
                }
            }
            case SETFIELD_GC -> {
                VState v = virtualOf(o.arg(0));
                if (v != null && setField(v, o.aux[0], o.arg(1))) return;
            }
            case GETFIELD_GC_I, GETFIELD_GC_R, GETFIELD_GC_F -> {
                VState v = virtualOf(o.arg(0));
                if (v != null && getField(o, v, o.aux[0])) return;
            }
            case ARRAYLEN_GC -> {
                VState v = virtualOf(o.arg(0));
                if (v != null && v.length >= 0) {
                    replace(o, Const.ofInt(v.length));
                    return;
                }
            }
            case SETARRAYITEM_GC, GETARRAYITEM_GC_I, GETARRAYITEM_GC_R, GETARRAYITEM_GC_F -> {
                VState v = virtualOf(o.arg(0));
                Value idx = get(o.arg(1));
                if (v != null && v.length >= 0 && idx instanceof Const c && c.intValue() >= 0 && c.intValue() < v.length
                        && o.aux[0] == v.base && o.aux[1] == v.scale) {
                    int off = v.base + c.intValue() * v.scale;
                    if (o.op == Op.SETARRAYITEM_GC ? setField(v, off, o.arg(2)) : getField(o, v, off)) return;
                }
            }
            case GUARD_CLASS -> {
                VState v = virtualOf(o.arg(0));
                if (v != null && v.typeId == o.aux[0]) return;
            }
            case GUARD_NONNULL -> {
                if (virtualOf(o.arg(0)) != null) return;
            }
            case PTR_EQ, PTR_NE -> {
                VState x = virtualOf(o.arg(0)), y = virtualOf(o.arg(1));
                if (x != null || y != null) {
                    boolean same = x == y;
                    replace(o, (same == (o.op == Op.PTR_EQ)) ? Const.INT_ONE : Const.INT_ZERO);
                    return;
                }
            }
            default -> {}
        }
        // Any other use lets the object escape.
        for (int i = 0; i < o.argCount(); i++) forceIfVirtual(o.arg(i));
        emit(o);
    }

    private boolean setField(VState v, int off, Value value) {
        Value val = get(value);
        int w = val.type().fieldWidth();
        if (off < 4 || off + w > v.size || !fitsExactly(v, off, val.type())) return false;
        v.fields.put(off, val);
        return true;
    }

    private boolean getField(Operation o, VState v, int off) {
        Type kind = o.op.result;
        if (off < 4 || off + kind.fieldWidth() > v.size || !fitsExactly(v, off, kind)) return false;
        Value val = v.fields.get(off);
        replace(o, val == null ? Const.zero(kind) : val);
        return true;
    }

    /** No stored field overlaps [off, off+width) except one at exactly off with the same kind. */
    private static boolean fitsExactly(VState v, int off, Type kind) {
        int w = kind.fieldWidth();
        for (Map.Entry<Integer, Value> e : v.fields.subMap(off - 8, true, off + w, false).entrySet()) {
            int o2 = e.getKey();
            int w2 = e.getValue().type().fieldWidth();
            boolean overlap = o2 < off + w && off < o2 + w2;
            if (overlap && (o2 != off || e.getValue().type() != kind)) return false;
        }
        return true;
    }

    private void forceIfVirtual(Value inputValue) {
        if (inputValue.isConst()) return;
        Value v = get(inputValue);
        if (virtuals.containsKey(v)) force(v);
    }

    /** Allocates the virtual whose key is {@code key} here, with its current fields. */
    private Value force(Value key) {
        VState v = virtuals.remove(key);
        Operation alloc = v.length >= 0
                ? out.op(Op.NEW_ARRAY, v.alloc.aux, Const.ofInt(v.length))
                : out.op(Op.NEW, v.alloc.aux);
        replace(v.alloc, alloc);
        for (Map.Entry<Integer, Value> e : v.fields.entrySet()) {
            Value val = e.getValue();
            if (v.length >= 0 && e.getKey() == 4 && Const.ofInt(v.length).equals(val)) continue; // new_array stores the length
            if (virtuals.containsKey(val)) val = force(val);
            else val = get(val); // a virtual forced meanwhile: its allocation
            if (val instanceof Const c && c.bits == 0) continue; // fields start zeroed
            out.op(Op.SETFIELD_GC, new int[] {e.getKey(), 0}, alloc, val);
        }
        return alloc;
    }

    @Override
    protected Snapshot snapshot(Operation o) {
        if (o.snapshot == null) return null;
        Map<VState, VirtualObject> memo = new IdentityHashMap<>();
        return o.snapshot.map(v -> describe(get(v), memo));
    }

    /** An output value, or for a virtual its description for the snapshot. */
    private Value describe(Value v, Map<VState, VirtualObject> memo) {
        VState s = virtuals.get(v);
        if (s == null) {
            Value g = get(v);
            return g == v ? v : describe(g, memo);
        }
        VirtualObject vo = memo.get(s);
        if (vo != null) return vo;
        vo = new VirtualObject(s.typeId, s.size);
        memo.put(s, vo);
        for (Map.Entry<Integer, Value> e : s.fields.entrySet()) vo.setField(e.getKey(), describe(e.getValue(), memo));
        return vo;
    }
}
