package org.armjit.jit.backend;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.FrameState;
import org.armjit.jit.ir.Snapshot;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.jit.ir.VirtualObject;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Turns a failed guard's snapshot into an {@link ExitState}: the one place, shared by all
 * backends, where constants are resolved and virtual objects materialised. A backend
 * supplies the bits of each live SSA value (from its registers, its exit stub's save
 * area, ...).
 */
public final class ExitStates {
    private ExitStates() {}

    public static ExitState build(GuardHandle guard, Heap heap, ToLongFunction<Value> liveValue) {
        Snapshot s = guard.snapshot();
        Map<VirtualObject, Integer> addresses = materialise(s, heap, liveValue);
        List<ExitFrame> frames = new ArrayList<>(s.frames().size());
        for (FrameState fs : s.frames()) {
            Type[] kinds = new Type[fs.size()];
            long[] values = new long[fs.size()];
            for (int i = 0; i < fs.size(); i++) {
                Value v = fs.slot(i);
                kinds[i] = v.type();
                values[i] = bits(v, addresses, liveValue);
            }
            frames.add(new ExitFrame(fs.codeId(), fs.pc(), kinds, values));
        }
        return new ExitState(guard, frames);
    }

    /** Allocates every virtual object first (so fields may refer to each other, even in cycles), then fills them. */
    private static Map<VirtualObject, Integer> materialise(Snapshot s, Heap heap, ToLongFunction<Value> liveValue) {
        List<VirtualObject> virtuals = s.virtuals();
        Map<VirtualObject, Integer> addresses = new IdentityHashMap<>();
        if (virtuals.isEmpty()) return addresses;
        for (VirtualObject vo : virtuals) addresses.put(vo, heap.allocate(vo.typeId, vo.size));
        GuestMemory mem = heap.memory();
        for (VirtualObject vo : virtuals) {
            int addr = addresses.get(vo);
            for (int i = 0; i < vo.fieldCount(); i++) {
                Value f = vo.fieldValue(i);
                long b = bits(f, addresses, liveValue);
                int at = addr + vo.fieldOffset(i);
                if (f.type() == Type.FLOAT) mem.storeLong(at, b);
                else mem.storeWord(at, (int) b);
            }
        }
        return addresses;
    }

    private static long bits(Value v, Map<VirtualObject, Integer> addresses, ToLongFunction<Value> liveValue) {
        if (v instanceof Const c) return c.bits;
        if (v instanceof VirtualObject vo) return addresses.get(vo);
        return liveValue.applyAsLong(v);
    }
}
