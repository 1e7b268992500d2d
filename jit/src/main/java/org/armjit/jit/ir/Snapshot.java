package org.armjit.jit.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What a guard needs to rebuild the interpreter's state when it fails: the frames,
 * innermost last, each slot an SSA value, a constant or a {@link VirtualObject}.
 */
public final class Snapshot {
    private final List<FrameState> frames;

    public Snapshot(List<FrameState> frames) {
        if (frames.isEmpty()) throw new IllegalArgumentException("a snapshot needs at least one frame");
        this.frames = List.copyOf(frames);
    }

    public static Snapshot of(int codeId, int pc, Value... slots) {
        return new Snapshot(List.of(new FrameState(codeId, pc, slots.clone())));
    }

    public List<FrameState> frames() {
        return frames;
    }

    public FrameState innermost() {
        return frames.get(frames.size() - 1);
    }

    /**
     * The distinct SSA values the snapshot mentions (also inside virtual objects), in order
     * of first appearance: a guard's "fail arguments", and the inputs of a bridge from it.
     */
    public List<Value> liveValues() {
        Set<Value> live = new LinkedHashSet<>();
        Set<VirtualObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FrameState f : frames) {
            for (Value v : f.slots()) collect(v, live, seen);
        }
        return new ArrayList<>(live);
    }

    private static void collect(Value v, Set<Value> live, Set<VirtualObject> seen) {
        if (v instanceof VirtualObject vo) {
            if (!seen.add(vo)) return;
            for (int i = 0; i < vo.fieldCount(); i++) collect(vo.fieldValue(i), live, seen);
        } else if (!v.isConst()) {
            live.add(v);
        }
    }

    /** The virtual objects reachable from the slots, in order of first appearance. */
    public List<VirtualObject> virtuals() {
        List<VirtualObject> out = new ArrayList<>();
        Set<VirtualObject> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (FrameState f : frames) {
            for (Value v : f.slots()) collectVirtuals(v, out, seen);
        }
        return out;
    }

    private static void collectVirtuals(Value v, List<VirtualObject> out, Set<VirtualObject> seen) {
        if (v instanceof VirtualObject vo && seen.add(vo)) {
            out.add(vo);
            for (int i = 0; i < vo.fieldCount(); i++) collectVirtuals(vo.fieldValue(i), out, seen);
        }
    }

    /**
     * A copy with every SSA value replaced by {@code f(value)} (which may return a
     * constant or a virtual object); virtual objects are copied with their fields mapped,
     * keeping sharing and cycles.
     */
    public Snapshot map(Function<Value, Value> f) {
        Map<VirtualObject, VirtualObject> memo = new IdentityHashMap<>();
        List<FrameState> out = new ArrayList<>(frames.size());
        for (FrameState fs : frames) {
            Value[] slots = new Value[fs.size()];
            for (int i = 0; i < slots.length; i++) slots[i] = mapValue(fs.slot(i), f, memo);
            out.add(new FrameState(fs.codeId(), fs.pc(), slots));
        }
        return new Snapshot(out);
    }

    private static Value mapValue(Value v, Function<Value, Value> f, Map<VirtualObject, VirtualObject> memo) {
        if (v.isConst()) return v;
        if (v instanceof VirtualObject vo) {
            VirtualObject copy = memo.get(vo);
            if (copy != null) return copy;
            copy = new VirtualObject(vo.typeId, vo.size);
            memo.put(vo, copy);
            for (int i = 0; i < vo.fieldCount(); i++) copy.setField(vo.fieldOffset(i), mapValue(vo.fieldValue(i), f, memo));
            return copy;
        }
        return f.apply(v);
    }
}
