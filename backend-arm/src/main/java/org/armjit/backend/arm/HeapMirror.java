package org.armjit.backend.arm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.mem.GuestMemory;

/**
 * The heap's allocation state as compiled code sees it in the runtime block. Java owns it
 * while Java runs, compiled code while compiled code runs: it is handed over at every
 * boundary (entering and leaving compiled code, calls out and their returns), so inline bump
 * allocation and the interpreter's allocator never disagree.
 */
final class HeapMirror {
    private final Heap heap;
    private final GuestMemory mem;
    private final int base;

    HeapMirror(Heap heap, GuestMemory mem, int runtimeBase) {
        this.heap = heap;
        this.mem = mem;
        this.base = runtimeBase;
    }

    /** Java to compiled code. */
    void toGuest() {
        mem.storeWord(base + RuntimeBlock.NURSERY_TOP, heap.nurseryTop());
        mem.storeWord(base + RuntimeBlock.NURSERY_LIMIT, heap.softLimit());
        mem.storeWord(base + RuntimeBlock.COLLECT_REQUESTED, heap.collectRequested ? 1 : 0);
        mem.storeWord(base + RuntimeBlock.NURSERY_START, heap.nurseryStart());
    }

    /** Compiled code to Java: what it bump-allocated. */
    void toJava() {
        int top = mem.loadWord(base + RuntimeBlock.NURSERY_TOP);
        if (top != heap.nurseryTop()) heap.adoptNurseryTop(top);
    }
}
