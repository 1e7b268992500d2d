package org.armjit.jit.opt;

import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.TargetTokens;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TraceBuilder;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * PyPy's "unroll" (loop peeling): {@code label(A) body jump(J)} becomes
 * {@code label(A) body' label(A2, X) body'' jump(J'', X)}: one peeled iteration (the
 * preamble), then the loop proper. Loop-invariant work moves out: an op of the body
 * whose operands are all loop-invariant (label arguments the jump passes back unchanged,
 * constants, or other invariant ops) is computed once in the preamble and handed to the
 * loop as an extra label argument X; an invariant guard is checked in the preamble only.
 * Invariant ops are pure ops, pure guards, loads of immutable fields, and loads from memory
 * that the body never writes (no aliasing store, no runtime call). Bridges should jump to the first label,
 * which remains the loop's entry.
 */
public final class Unroll implements Pass {
    @Override
    public String name() {
        return "unroll";
    }

    /** A trace with exactly one label, which its final jump targets. */
    public static boolean applies(Trace t) {
        Operation label = null;
        for (Operation o : t.ops()) {
            if (o.op == Op.LABEL) {
                if (label != null) return false;
                label = o;
            }
        }
        return label != null && t.last().op == Op.JUMP && t.last().aux[0] == label.aux[0];
    }

    @Override
    public Trace run(Trace t) {
        if (!applies(t)) return t;
        List<Operation> ops = t.ops();
        int labelAt = 0;
        while (ops.get(labelAt).op != Op.LABEL) labelAt++;
        Operation label = ops.get(labelAt), jump = t.last();
        List<Operation> body = ops.subList(labelAt + 1, ops.size() - 1);

        Set<Value> invariant = Collections.newSetFromMap(new IdentityHashMap<>());
        for (int k = 0; k < label.argCount(); k++) if (jump.arg(k) == label.arg(k)) invariant.add(label.arg(k));
        MemoryWrites writes = new MemoryWrites(body, invariant);
        Set<Operation> hoisted = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Operation o : body) {
            if (isHoistable(o, writes) && operandsInvariant(o, invariant)) {
                hoisted.add(o);
                if (o.type() != Type.VOID) invariant.add(o);
            }
        }

        TraceBuilder out = new TraceBuilder();
        for (var in : t.inputs()) out.addInput(in);
        Map<Value, Value> m1 = new IdentityHashMap<>();
        for (int i = 0; i <= labelAt; i++) copy(out, ops.get(i), m1);
        for (Operation o : body) copy(out, o, m1);

        // Which hoisted values does the loop proper still use?
        Set<Operation> needed = new LinkedHashSet<>();
        for (Operation o : body) {
            if (hoisted.contains(o)) continue;
            for (int i = 0; i < o.argCount(); i++) if (o.arg(i) instanceof Operation a && hoisted.contains(a)) needed.add(a);
            if (o.snapshot != null) {
                for (Value v : o.snapshot.liveValues()) if (v instanceof Operation a && hoisted.contains(a)) needed.add(a);
            }
        }
        for (int i = 0; i < jump.argCount(); i++) if (jump.arg(i) instanceof Operation a && hoisted.contains(a)) needed.add(a);

        // The second label: the preamble's jump values, then the hoisted values.
        int token = TargetTokens.fresh();
        List<Value> l2 = new ArrayList<>();
        Set<Value> used = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<Value, Value> m2 = new IdentityHashMap<>();
        for (int k = 0; k < label.argCount(); k++) {
            Value v = distinct(out, map(m1, jump.arg(k)), used);
            l2.add(v);
            m2.put(label.arg(k), v);
        }
        for (Operation h : needed) {
            Value v = distinct(out, map(m1, h), used);
            l2.add(v);
            m2.put(h, v);
        }
        out.label(token, l2.toArray(new Value[0]));
        for (Operation o : body) {
            if (hoisted.contains(o)) continue;
            copy(out, o, m2);
        }
        Value[] back = new Value[l2.size()];
        for (int k = 0; k < label.argCount(); k++) back[k] = map(m2, jump.arg(k));
        int e = label.argCount();
        for (Operation h : needed) back[e++] = m2.get(h);
        out.jump(token, back);
        return out.build();
    }

    private static Value distinct(TraceBuilder out, Value v, Set<Value> used) {
        if (v.isConst() || !used.add(v)) {
            v = out.op(Op.sameAs(v.type()), v);
            used.add(v);
        }
        return v;
    }

    private static Value map(Map<Value, Value> m, Value v) {
        if (v.isConst()) return v;
        Value r = m.get(v);
        return r == null ? v : r;
    }

    private static void copy(TraceBuilder out, Operation o, Map<Value, Value> m) {
        Value[] a = new Value[o.argCount()];
        for (int i = 0; i < a.length; i++) a[i] = map(m, o.arg(i));
        Operation c = out.copy(o, a, o.snapshot == null ? null : o.snapshot.map(v -> map(m, v)));
        if (o.type() != Type.VOID) m.put(o, c);
    }

    private static boolean operandsInvariant(Operation o, Set<Value> invariant) {
        for (int i = 0; i < o.argCount(); i++) {
            Value v = o.arg(i);
            if (!v.isConst() && !invariant.contains(v)) return false;
        }
        return true;
    }

    private static boolean isHoistable(Operation o, MemoryWrites writes) {
        return switch (o.op) {
            case GUARD_TRUE, GUARD_FALSE, GUARD_VALUE, GUARD_CLASS, GUARD_NONNULL, GUARD_ISNULL, GUARD_TAGGED -> true;
            // An object's address may change at a collection inside the loop.
            case CAST_PTR_TO_INT -> false;
            case GETFIELD_GC_I, GETFIELD_GC_R, GETFIELD_GC_F -> o.aux[1] == 1 || writes.fieldUntouched(o.aux[0], o.op.result.fieldWidth(), writes.typeOf(o.arg(0)));
            case ARRAYLEN_GC -> writes.fieldUntouched(4, 4, writes.typeOf(o.arg(0)));
            case GETARRAYITEM_GC_I, GETARRAYITEM_GC_R, GETARRAYITEM_GC_F -> writes.itemsUntouched(o.aux[0]);
            default -> o.op.isPure();
        };
    }

    /**
     * What the loop body may overwrite. Field stores are told apart by offset and, where known,
     * by the object's type: objects of different types are different objects, so a store into
     * a range iterator's index does not overwrite a list's strategy at the same offset. A
     * type is known from a guard_class: for a loop-invariant object anywhere (the preamble has
     * checked it before the loop runs), for another only when the guard comes before the store.
     */
    private static final class MemoryWrites {
        boolean calls;
        /** offset, width, type id of the object stored into (-1: not known). */
        final List<int[]> fieldStores = new ArrayList<>();
        int lowestItemBase = Integer.MAX_VALUE;
        private final Map<Value, Integer> invariantTypes = new IdentityHashMap<>();

        MemoryWrites(List<Operation> body, Set<Value> invariant) {
            Map<Value, Integer> seen = new IdentityHashMap<>();
            for (Operation o : body) {
                if (o.op == Op.GUARD_CLASS && invariant.contains(o.arg(0))) invariantTypes.put(o.arg(0), o.aux[0]);
            }
            for (Operation o : body) {
                if (o.op == Op.GUARD_CLASS || o.op == Op.NEW) seen.put(o.op == Op.NEW ? o : o.arg(0), o.aux[0]);
                if (o.op.isCall()) calls = true;
                else if (o.op == Op.SETFIELD_GC) {
                    Integer t = invariantTypes.getOrDefault(o.arg(0), seen.get(o.arg(0)));
                    fieldStores.add(new int[] {o.aux[0], o.arg(1).type().fieldWidth(), t == null ? -1 : t});
                } else if (o.op == Op.SETARRAYITEM_GC) lowestItemBase = Math.min(lowestItemBase, o.aux[0]);
            }
        }

        /** The type id of a loop-invariant object, or -1 when no guard says. */
        int typeOf(Value obj) {
            Integer t = invariantTypes.get(obj);
            return t == null ? -1 : t;
        }

        boolean fieldUntouched(int off, int w, int type) {
            if (calls || off + w > lowestItemBase) return false;
            for (int[] s : fieldStores) {
                if (s[2] >= 0 && type >= 0 && s[2] != type) continue;
                if (s[0] < off + w && off < s[0] + s[1]) return false;
            }
            return true;
        }

        boolean itemsUntouched(int base) {
            if (calls || lowestItemBase != Integer.MAX_VALUE) return false;
            for (int[] s : fieldStores) if (s[0] + s[1] > base) return false;
            return true;
        }
    }
}
