package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;

/**
 * Minor collection: copies the nursery's live objects to the end of the old space
 * (Cheney's algorithm, the promoted region being the scan queue). Roots are the root
 * sets, handles and remembered objects; the old space itself is never scanned. The
 * caller guarantees that the old space has room for the whole nursery.
 */
final class MinorCollector {
    private final Heap heap;
    private int copyTop;

    MinorCollector(Heap heap) {
        this.heap = heap;
    }

    void collect() {
        GuestMemory mem = heap.mem;
        int promotedFrom = heap.oldTop;
        copyTop = promotedFrom;
        RootVisitor forward = this::forward;
        for (RootSet r : heap.rootSets) r.scanRoots(forward);
        for (int i = 0; i < heap.rememberedPermanent.size; i++) heap.layout.updateFields(heap.rememberedPermanent.items[i], forward);
        for (int i = 0; i < heap.rememberedOld.size; i++) heap.layout.updateFields(heap.rememberedOld.items[i], forward);
        for (int p = promotedFrom; p - copyTop < 0; p += heap.layout.sizeOf(p, mem.loadWord(p))) {
            heap.layout.updateFields(p, forward);
        }
        heap.forgetOld();
        heap.stats.promotedBytes += copyTop - promotedFrom;
        heap.oldTop = copyTop;
        heap.zero(heap.nurseryStart, heap.nurseryTop);
        heap.nurseryTop = heap.nurseryStart;
    }

    private int forward(int value) {
        // Root sets hand over every slot, small ints included: a tagged int whose bits fall
        // inside the nursery's address range is not a reference and must not be copied.
        if (!ObjectLayout.isPointer(value) || !heap.inNursery(value)) return value;
        GuestMemory mem = heap.mem;
        int header = mem.loadWord(value);
        if ((header & Heap.FORWARDED) != 0) return mem.loadWord(value + 4);
        int size = heap.layout.sizeOf(value, header);
        int to = copyTop;
        copyTop += size;
        mem.copy(value, to, size);
        mem.storeWord(value, header | Heap.FORWARDED);
        mem.storeWord(value + 4, to);
        return to;
    }
}
