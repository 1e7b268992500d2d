package org.armjit.jit.random;

import org.armjit.jit.backend.ExitFrame;
import org.armjit.jit.backend.ExitResult;
import org.armjit.jit.backend.ExitState;
import org.armjit.jit.backend.Finished;
import org.armjit.jit.ir.Type;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The observable result of a run as text: where it ended, each slot's value, and the
 * contents of every object reachable from the slots and the world, written structurally
 * (objects numbered in order of discovery), so runs whose objects sit at different
 * addresses, or whose virtuals were allocated only at the exit, compare equal exactly
 * when they are equivalent. NaNs print as NaN whatever their payload.
 */
final class StateDump {
    private final GuestMemory mem;
    private final Map<Integer, Integer> ids = new HashMap<>();
    private final StringBuilder sb = new StringBuilder();

    private StateDump(Heap heap) {
        this.mem = heap.memory();
    }

    static String of(World w, ExitResult r) {
        StateDump d = new StateDump(w.heap);
        if (r instanceof Finished f) {
            d.sb.append("finish");
            d.values(f.types(), f.values());
        } else {
            ExitState e = (ExitState) r;
            for (ExitFrame f : e.frames()) {
                d.sb.append("frame ").append(f.codeId()).append('@').append(f.pc());
                d.values(List.of(f.kinds()), f.values());
            }
        }
        d.world(w);
        return d.sb.toString();
    }

    static String of(World w, ReferenceEvaluator.Outcome o) {
        StateDump d = new StateDump(w.heap);
        if (o.finished()) {
            d.sb.append("finish");
            d.values(o.kinds().get(0), o.frames().get(0));
        } else {
            for (int i = 0; i < o.frames().size(); i++) {
                d.sb.append("frame ").append(o.where().get(i)[0]).append('@').append(o.where().get(i)[1]);
                d.values(o.kinds().get(i), o.frames().get(i));
            }
        }
        d.world(w);
        return d.sb.toString();
    }

    private void values(List<Type> kinds, long[] values) {
        sb.append(":");
        for (int i = 0; i < values.length; i++) {
            sb.append(' ');
            value(kinds.get(i), values[i]);
        }
        sb.append('\n');
    }

    private void world(World w) {
        sb.append("world:");
        for (int o : w.objects) {
            sb.append(' ');
            ref(o);
        }
        sb.append('\n');
    }

    private void value(Type k, long bits) {
        switch (k) {
            case INT -> sb.append((int) bits);
            case FLOAT -> dbl(Double.longBitsToDouble(bits));
            default -> ref((int) bits);
        }
    }

    private void dbl(double d) {
        sb.append(Double.isNaN(d) ? "NaN" : Double.toString(d));
    }

    private void ref(int p) {
        if (p == 0) {
            sb.append("NULL");
            return;
        }
        if ((p & 1) != 0) {
            sb.append("#").append(p >> 1);
            return;
        }
        Integer id = ids.get(p);
        if (id != null) {
            sb.append('@').append(id);
            return;
        }
        id = ids.size();
        ids.put(p, id);
        TypeId t = TypeId.of(mem.loadWord(p) & Heap.TYPE_MASK);
        sb.append('@').append(id).append('=').append(t.name()).append('(');
        switch (t) {
            case FLOAT -> dbl(mem.loadDouble(p + 8));
            case INT_ARRAY -> {
                int n = mem.loadWord(p + 4);
                for (int i = 0; i < n; i++) sb.append(i > 0 ? " " : "").append(mem.loadWord(p + 8 + 4 * i));
            }
            case FLOAT_ARRAY -> {
                int n = mem.loadWord(p + 4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) sb.append(' ');
                    dbl(mem.loadDouble(p + 8 + 8 * i));
                }
            }
            case OBJ_ARRAY, TUPLE -> {
                int n = mem.loadWord(p + 4);
                for (int i = 0; i < n; i++) {
                    if (i > 0) sb.append(' ');
                    ref(mem.loadWord(p + 8 + 4 * i));
                }
            }
            case INSTANCE -> {
                ref(mem.loadWord(p + 4));
                sb.append(' ');
                ref(mem.loadWord(p + 8));
                sb.append(' ');
                ref(mem.loadWord(p + 12));
                sb.append(' ').append(mem.loadWord(p + 16)).append(' ').append(mem.loadWord(p + 20));
            }
            default -> sb.append("?");
        }
        sb.append(')');
    }
}
