package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;

import java.util.BitSet;

/**
 * Checks the heap after a collection (--gc-verify): every object has a valid header and
 * every reference field, root and handle is NULL, a small int or the start of an object.
 */
final class HeapVerifier {
    private final Heap heap;
    private final BitSet starts = new BitSet();

    HeapVerifier(Heap heap) {
        this.heap = heap;
    }

    void verify() {
        record(heap.permStart + 8, heap.permTop());
        record(heap.oldStart, heap.oldTop);
        record(heap.nurseryStart, heap.nurseryTop);
        RootVisitor check = v -> {
            if (ObjectLayout.isPointer(v) && !isStart(v)) throw new IllegalStateException(String.format("dangling reference 0x%08x", v));
            return v;
        };
        for (RootSet r : heap.rootSets) r.scanRoots(check);
        visitAll(heap.permStart + 8, heap.permTop(), check);
        visitAll(heap.oldStart, heap.oldTop, check);
        visitAll(heap.nurseryStart, heap.nurseryTop, check);
    }

    private boolean isStart(int a) {
        return (a & 7) == 0 && a - heap.permStart >= 0 && starts.get((a - heap.permStart) >>> 3);
    }

    private void record(int from, int to) {
        GuestMemory mem = heap.mem;
        for (int p = from; p - to < 0; ) {
            int header = mem.loadWord(p);
            int type = header & Heap.TYPE_MASK;
            if (type == 0 || type >= TypeId.values().length || (header & Heap.FORWARDED) != 0) {
                throw new IllegalStateException(String.format("bad object header 0x%08x at 0x%08x", header, p));
            }
            starts.set((p - heap.permStart) >>> 3);
            p += heap.layout.sizeOf(p, header);
        }
    }

    private void visitAll(int from, int to, RootVisitor check) {
        for (int p = from; p - to < 0; p += heap.layout.sizeOf(p, heap.mem.loadWord(p))) {
            heap.layout.updateFields(p, check);
        }
    }
}
