package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;

/**
 * Major collection: mark-compact over the old space and the nursery together. Marking
 * sets a bit for every 8-byte granule of each live object; an object's new address is
 * then the old-space start plus 8 times the number of live granules below it (prefix
 * counts per 64 granules plus a popcount), so no forwarding word is needed. Pointers are
 * updated first, then objects slide down in address order.
 */
final class MajorCollector {
    private final Heap heap;
    private long[] live;
    private int[] prefix;

    MajorCollector(Heap heap) {
        this.heap = heap;
    }

    private boolean inRegion(int a) {
        return a - heap.oldStart >= 0 && a - heap.heapEnd < 0
                && (a - heap.oldTop < 0 || a - heap.nurseryStart >= 0);
    }

    private int granule(int a) {
        return (a - heap.oldStart) >>> 3;
    }

    private boolean marked(int a) {
        int g = granule(a);
        return (live[g >>> 6] & (1L << g)) != 0;
    }

    void collect() {
        GuestMemory mem = heap.mem;
        int granules = (heap.heapEnd - heap.oldStart) >>> 3;
        live = new long[(granules + 63) >>> 6];
        prefix = new int[live.length + 1];
        Heap.IntList stack = new Heap.IntList();

        // Mark.
        RootVisitor mark = v -> {
            if (ObjectLayout.isPointer(v) && inRegion(v) && !marked(v)) {
                int size = heap.layout.sizeOf(v, mem.loadWord(v));
                for (int g = granule(v), end = g + (size >>> 3); g < end; g++) live[g >>> 6] |= 1L << g;
                stack.add(v);
            }
            return v;
        };
        for (RootSet r : heap.rootSets) r.scanRoots(mark);
        for (int i = 0; i < heap.rememberedPermanent.size; i++) heap.layout.updateFields(heap.rememberedPermanent.items[i], mark);
        while (stack.size > 0) heap.layout.updateFields(stack.pop(), mark);

        for (int i = 0; i < live.length; i++) prefix[i + 1] = prefix[i] + Long.bitCount(live[i]);
        // Clear the remembered bits while the remembered objects are still where the list says.
        heap.forgetOld();

        // Update pointers everywhere, then slide.
        RootVisitor forward = this::forward;
        for (RootSet r : heap.rootSets) r.scanRoots(forward);
        for (int i = 0; i < heap.rememberedPermanent.size; i++) heap.layout.updateFields(heap.rememberedPermanent.items[i], forward);
        walkLive(heap.oldStart, heap.oldTop, p -> heap.layout.updateFields(p, forward));
        walkLive(heap.nurseryStart, heap.nurseryTop, p -> heap.layout.updateFields(p, forward));
        walkLive(heap.oldStart, heap.oldTop, this::slide);
        walkLive(heap.nurseryStart, heap.nurseryTop, this::slide);

        int newTop = heap.oldStart + 8 * prefix[live.length];
        int oldTop = heap.oldTop;
        // Whatever is above the new top was garbage or moved down: zero it for allocation.
        heap.zero(newTop, Math.max(newTop, oldTop));
        heap.zero(Math.max(heap.nurseryStart, newTop), heap.nurseryTop);
        heap.oldTop = newTop;
        // The nursery gives way when live data outgrows the old space, and takes its full size
        // back once the data is gone (the space between is free old space: zeroed).
        heap.nurseryStart = Math.max(heap.heapEnd - heap.nurseryCapacity, newTop);
        heap.nurseryTop = heap.nurseryStart;
        heap.majorTrigger = newTop + (heap.nurseryStart - newTop) / 2;
        live = null;
        prefix = null;
    }

    private int forward(int v) {
        if (!ObjectLayout.isPointer(v) || !inRegion(v)) return v;
        int g = granule(v);
        int w = g >>> 6;
        return heap.oldStart + 8 * (prefix[w] + Long.bitCount(live[w] & ((1L << g) - 1)));
    }

    private void slide(int p) {
        int to = forward(p);
        if (to != p) heap.mem.copy(p, to, heap.layout.sizeOf(p, heap.mem.loadWord(p)));
    }

    private interface ObjectAction {
        void apply(int p);
    }

    /** Calls action for every live object in [from, to), walking by object sizes (the region is parsable). */
    private void walkLive(int from, int to, ObjectAction action) {
        GuestMemory mem = heap.mem;
        for (int p = from; p - to < 0; ) {
            int size = heap.layout.sizeOf(p, mem.loadWord(p));
            if (marked(p)) action.apply(p);
            p += size;
        }
    }
}
