package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;

import java.util.BitSet;

/**
 * Checks the heap around collections (--gc-verify).
 * <ul>
 *   <li>{@link #verifyBeforeCollection}: the write-barrier invariant, that every old or
 *   permanent object holding a nursery reference is remembered (a store that skipped
 *   {@link Heap#writeBarrier} is caught here, before the minor collection would lose the
 *   young object).</li>
 *   <li>{@link #verify}, after a collection: every object has a valid header and every
 *   reference field, root and handle is NULL, a small int or the start of an object.</li>
 * </ul>
 * Failures name the object (type, address, field offset) or the root set holding the bad
 * reference, which is usually enough to find the Java code that kept a stale address.
 */
final class HeapVerifier {
    private final Heap heap;
    private final BitSet starts = new BitSet();

    HeapVerifier(Heap heap) {
        this.heap = heap;
    }

    void verifyBeforeCollection() {
        GuestMemory mem = heap.mem;
        java.util.Set<Integer> listed = new java.util.HashSet<>();
        for (int i = 0; i < heap.rememberedPermanent.size; i++) listed.add(heap.rememberedPermanent.items[i]);
        for (int i = 0; i < heap.rememberedOld.size; i++) listed.add(heap.rememberedOld.items[i]);
        checkRemembered(heap.permStart + 8, heap.permTop(), mem, listed);
        checkRemembered(heap.oldStart, heap.oldTop, mem, listed);
        // A root that is not the start of an object would make the collection copy or mark
        // garbage: catch it here, where the root set that holds it can still be named.
        record(heap.permStart + 8, heap.permTop());
        record(heap.oldStart, heap.oldTop);
        record(heap.nurseryStart, heap.nurseryTop);
        checkRoots("before a collection");
        visitAll(heap.permStart + 8, heap.permTop());
        visitAll(heap.oldStart, heap.oldTop);
        visitAll(heap.nurseryStart, heap.nurseryTop);
    }

    private void checkRemembered(int from, int to, GuestMemory mem, java.util.Set<Integer> listed) {
        for (int p = from; p - to < 0; p += heap.layout.sizeOf(p, mem.loadWord(p))) {
            int header = mem.loadWord(p);
            if ((header & Heap.REMEMBERED) != 0) {
                if (!listed.contains(p)) {
                    throw new IllegalStateException(String.format(
                            "%s at 0x%08x has the remembered bit but is in no remembered set", describe(p), p));
                }
                continue;
            }
            final int obj = p;
            heap.layout.updateFields(p, v -> {
                if (heap.inNursery(v)) {
                    throw new IllegalStateException(String.format(
                            "missing write barrier: %s at 0x%08x (not remembered) points into the nursery at 0x%08x",
                            describe(obj), obj, v));
                }
                return v;
            });
        }
    }

    void verify() {
        record(heap.permStart + 8, heap.permTop());
        record(heap.oldStart, heap.oldTop);
        record(heap.nurseryStart, heap.nurseryTop);
        checkRoots("after a collection");
        visitAll(heap.permStart + 8, heap.permTop());
        visitAll(heap.oldStart, heap.oldTop);
        visitAll(heap.nurseryStart, heap.nurseryTop);
        GuestMemory mem = heap.mem;
        for (int p = heap.oldStart; p - heap.oldTop < 0; p += heap.layout.sizeOf(p, mem.loadWord(p))) {
            if ((mem.loadWord(p) & Heap.REMEMBERED) != 0) {
                throw new IllegalStateException(String.format(
                        "%s at 0x%08x is still marked remembered after a collection", describe(p), p));
            }
        }
    }

    private void checkRoots(String when) {
        for (int i = 0; i < heap.rootSets.size(); i++) {
            RootSet r = heap.rootSets.get(i);
            String where = "root set " + i + " (" + r.getClass().getName() + ") " + when;
            r.scanRoots(v -> check(v, where));
        }
    }

    private int check(int v, String where) {
        if (ObjectLayout.isPointer(v) && !isStart(v)) {
            throw new IllegalStateException(String.format("dangling reference 0x%08x in %s", v, where));
        }
        return v;
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

    private void visitAll(int from, int to) {
        GuestMemory mem = heap.mem;
        for (int p = from; p - to < 0; p += heap.layout.sizeOf(p, mem.loadWord(p))) {
            final int obj = p;
            heap.layout.updateFields(p, v -> {
                if (ObjectLayout.isPointer(v) && !isStart(v)) {
                    throw new IllegalStateException(String.format("dangling reference 0x%08x in a field of %s at 0x%08x",
                            v, describe(obj), obj));
                }
                return v;
            });
        }
    }

    private String describe(int obj) {
        int type = heap.mem.loadWord(obj) & Heap.TYPE_MASK;
        return type < TypeId.values().length ? TypeId.of(type).name() : "type " + type;
    }
}
