package org.armjit.jit.opt;

import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * PyPy's "heap": remembers what fields and array items hold, so that a repeated load is
 * replaced by the earlier value (also a load after a store: store forwarding) and a store
 * of the value already there is dropped. A store forgets every entry it might overwrite
 * (any object at an overlapping offset: aliasing is not known); a runtime call forgets
 * everything. arraylen_gc is the field at +4. Array items are assumed to lie at or after
 * their base offset (indexes in range: recorders guard them), so item stores do not touch
 * fields before the base.
 */
public final class HeapCache extends ForwardPass {
    private record FieldKey(Ident obj, int offset, Type kind) {}

    private record ItemKey(Ident obj, Ident index, int base, int scale, Type kind) {}

    private final Map<FieldKey, Value> fields = new HashMap<>();
    private final Map<ItemKey, Value> items = new HashMap<>();
    private final Map<FieldKey, Value> immutable = new HashMap<>();

    @Override
    public String name() {
        return "heap";
    }

    @Override
    protected void atLabel() {
        fields.clear();
        items.clear();
        immutable.clear();
    }

    @Override
    protected void visit(Operation o) {
        Value[] a = args(o);
        switch (o.op) {
            case GETFIELD_GC_I, GETFIELD_GC_R, GETFIELD_GC_F, ARRAYLEN_GC -> {
                int off = o.op == Op.ARRAYLEN_GC ? 4 : o.aux[0];
                // An immutable field is never overwritten: remembered apart, forgotten by nothing but the label.
                Map<FieldKey, Value> cache = o.op != Op.ARRAYLEN_GC && o.aux[1] == 1 ? immutable : fields;
                FieldKey k = new FieldKey(new Ident(a[0]), off, o.op.result);
                Value known = cache.get(k);
                if (known != null) {
                    replace(o, known);
                    return;
                }
                cache.put(k, emit(o, a));
            }
            case SETFIELD_GC -> {
                int off = o.aux[0];
                Type kind = a[1].type();
                FieldKey k = new FieldKey(new Ident(a[0]), off, kind);
                Value known = fields.get(k);
                if (known != null && Ident.same(known, a[1])) return;
                int w = kind.fieldWidth();
                fields.keySet().removeIf(f -> overlaps(f.offset, f.kind.fieldWidth(), off, w));
                items.keySet().removeIf(i -> i.base < off + w);
                emit(o, a);
                fields.put(k, a[1]);
            }
            case GETARRAYITEM_GC_I, GETARRAYITEM_GC_R, GETARRAYITEM_GC_F -> {
                ItemKey k = new ItemKey(new Ident(a[0]), new Ident(a[1]), o.aux[0], o.aux[1], o.op.result);
                Value known = items.get(k);
                if (known != null) {
                    replace(o, known);
                    return;
                }
                items.put(k, emit(o, a));
            }
            case SETARRAYITEM_GC -> {
                int base = o.aux[0], scale = o.aux[1];
                Type kind = a[2].type();
                ItemKey k = new ItemKey(new Ident(a[0]), new Ident(a[1]), base, scale, kind);
                boolean fullWidth = kind == Type.FLOAT ? scale == 8 : scale == 4;
                Value known = items.get(k);
                if (fullWidth && known != null && Ident.same(known, a[2])) return;
                items.keySet().removeIf(i -> !provablyDistinct(i, k));
                fields.keySet().removeIf(f -> f.offset + f.kind.fieldWidth() > base);
                emit(o, a);
                if (fullWidth) items.put(k, a[2]);
            }
            default -> {
                if (o.op.isCall()) {
                    fields.clear();
                    items.clear();
                }
                emit(o, a);
            }
        }
    }

    private static boolean overlaps(int o1, int w1, int o2, int w2) {
        return o1 < o2 + w2 && o2 < o1 + w1;
    }

    /** Same object, same layout, different constant indexes: the stores cannot touch each other. */
    private static boolean provablyDistinct(ItemKey a, ItemKey b) {
        return a.obj.equals(b.obj) && a.base == b.base && a.scale == b.scale && a.index.v.isConst() && b.index.v.isConst()
                && !Objects.equals(a.index, b.index) && itemWidth(a) <= a.scale && itemWidth(b) <= b.scale;
    }

    /** Bytes an item store writes: INT items are truncated to the scale. */
    private static int itemWidth(ItemKey k) {
        return k.kind == Type.FLOAT ? 8 : Math.min(4, k.scale);
    }
}
