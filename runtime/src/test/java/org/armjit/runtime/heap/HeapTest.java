package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The collector on synthetic object graphs of tuples (value words) and raw int arrays. */
class HeapTest {
    private final GuestMemory mem = GuestMemory.allocate(0x1000_0000, 8 << 20);
    private final Heap heap = new Heap(mem, 1 << 20);
    private final int[] roots = new int[16];

    HeapTest() {
        heap.verify = true;
        heap.roots(v -> {
            for (int i = 0; i < roots.length; i++) roots[i] = v.visit(roots[i]);
        });
    }

    private int tuple(int... items) {
        int t = heap.allocate(Heap.header(TypeId.TUPLE), 8 + 4 * items.length);
        mem.storeWord(t + 4, items.length);
        for (int i = 0; i < items.length; i++) mem.storeWord(t + 8 + 4 * i, items[i]);
        return t;
    }

    private int get(int t, int i) {
        return mem.loadWord(t + 8 + 4 * i);
    }

    private void set(int t, int i, int v) {
        mem.storeWord(t + 8 + 4 * i, v);
        heap.writeBarrier(t, v);
    }

    private static int small(int v) {
        return v << 1 | 1;
    }

    private int intArray(int n) {
        int a = heap.allocate(Heap.header(TypeId.INT_ARRAY), 8 + 4 * n);
        mem.storeWord(a + 4, n);
        for (int i = 0; i < n; i++) mem.storeWord(a + 8 + 4 * i, i * 7);
        return a;
    }

    @Test
    void cyclesSurviveAndKeepTheirShape() {
        int a = tuple(small(1), 0);
        int b = tuple(small(2), a);
        set(a, 1, b);
        roots[0] = a;
        heap.collect();
        int a2 = roots[0];
        assertNotEquals(a, a2);
        int b2 = get(a2, 1);
        assertEquals(small(2), get(b2, 0));
        assertEquals(a2, get(b2, 1), "the cycle closes on the moved object");
    }

    @Test
    void smallIntsWhoseBitsLookLikeNurseryAddressesAreLeftAlone() {
        // Regression: a tagged int in a root slot whose bit pattern fell inside the nursery
        // was "copied" by minor collections, leaving a hole in the old space (issue 15).
        int inside = heap.nurseryStart() + 0x1000 | 1;
        int empty = heap.nurseryStart() | 1;
        int kept = tuple(small(7), inside);
        roots[0] = inside;
        roots[1] = empty;
        roots[2] = kept;
        long oldTop = heap.oldTop();
        heap.collect();
        assertEquals(inside, roots[0]);
        assertEquals(empty, roots[1]);
        assertEquals(oldTop + 16, heap.oldTop(), "only the tuple was promoted");
        assertEquals(inside, get(roots[2], 1));
        heap.stress = true;
        for (int i = 0; i < 9; i++) {
            tuple(small(i));
            heap.collect(); // the verifier checks the old space is parsable after each one
        }
        assertEquals(inside, roots[0]);
        assertEquals(small(7), get(roots[2], 0));
    }

    @Test
    void stressCollectionsAreMajorWhenTheOldSpaceCannotTakeTheNursery() {
        // Under --gc-stress a minor collection was chosen whatever room the old space had left.
        int arrays = tuple(new int[40]);
        roots[0] = arrays;
        for (int i = 0; i < 40; i++) set(roots[0], i, intArray(36_500)); // large: straight to the old space
        int chain = 0;
        for (int i = 0; i < 40_000; i++) chain = tuple(small(i), chain);
        roots[1] = chain;
        assertTrue(heap.nurseryStart() - heap.oldTop() < heap.nurseryTop() - heap.nurseryStart(),
                "the set-up leaves less free old space than the nursery holds");
        heap.stress = true;
        long majors = heap.stats.majorCollections;
        heap.collect();
        assertEquals(majors + 1, heap.stats.majorCollections);
        int n = 0;
        for (int t = roots[1]; t != 0; t = get(t, 1)) assertEquals(small(39_999 - n++), get(t, 0));
        assertEquals(40_000, n);
        assertEquals(36_499 * 7, mem.loadWord(get(roots[0], 39) + 8 + 4 * 36_499));
    }

    @Test
    void deepChainsSurviveMinorAndMajorCollections() {
        int chain = 0;
        for (int i = 0; i < 20000; i++) chain = tuple(small(i), chain);
        roots[0] = chain;
        heap.collect();
        heap.stress = true;
        for (int i = 0; i < 8; i++) heap.collect(); // includes a major collection
        assertTrue(heap.stats.majorCollections >= 1);
        int n = 0;
        for (int t = roots[0]; t != 0; t = get(t, 1)) {
            assertEquals(small(19999 - n), get(t, 0));
            n++;
        }
        assertEquals(20000, n);
    }

    @Test
    void largeArraysGoToTheOldSpaceAndStayIntact() {
        int big = intArray(100_000);
        assertTrue(big - heap.oldStart() >= 0 && big - heap.nurseryStart() < 0, "allocated in the old space");
        roots[0] = big;
        roots[1] = tuple(big, small(3));
        heap.collect();
        heap.stress = true;
        for (int i = 0; i < 8; i++) heap.collect();
        assertEquals(roots[0], get(roots[1], 0));
        assertEquals(7 * 99_999, mem.loadWord(roots[0] + 8 + 4 * 99_999));
    }

    @Test
    void oldToYoungStoresAreFoundWithoutScanningTheOldSpace() {
        int holder = tuple(0, 0);
        roots[0] = holder;
        heap.collect(); // holder is now old
        int young = tuple(small(42));
        set(roots[0], 1, young); // barrier remembers the old holder
        young = 0;
        heap.collect();
        int moved = get(roots[0], 1);
        assertEquals(small(42), get(moved, 0));
        assertEquals(2, heap.stats.collections());
    }

    @Test
    void rememberedObjectsThatSlideInAMajorCollectionAreRememberedAgainAfterwards() {
        intArray(100_000); // old-space garbage below the holder, so the holder slides down
        int holder = tuple(new int[40_000]); // large: allocated old and remembered
        roots[0] = holder;
        heap.stress = true;
        while (heap.stats.collections() < 7) heap.collect(); // minor ones; the next is major
        set(roots[0], 3, tuple(small(1))); // remembered when the major collection starts
        heap.collect();
        assertEquals(1, heap.stats.majorCollections);
        assertNotEquals(holder, roots[0], "the holder moved");
        set(roots[0], 7, tuple(small(42))); // must remember the moved holder
        heap.collect(); // minor
        assertEquals(small(42), get(get(roots[0], 7), 0));
    }

    @Test
    void objectsSurvivingManyCollectionsAreNotCopiedAgain() {
        roots[0] = tuple(small(1), small(2));
        heap.collect();
        long promoted = heap.stats.promotedBytes;
        for (int i = 0; i < 50; i++) {
            tuple(small(i)); // garbage
            heap.collect();
        }
        assertEquals(promoted, heap.stats.promotedBytes, "old objects stay put in minor collections");
        assertEquals(small(2), get(roots[0], 1));
    }

    @Test
    void randomGraphsMatchTheirJavaModelAfterCollections() {
        Random rnd = new Random(7);
        int n = 2000;
        int[][] model = new int[n][2]; // child indices, -1 = none
        int table = tuple(new int[n]);
        roots[0] = table;
        for (int i = 0; i < n; i++) {
            set(roots[0], i, tuple(small(i), 0, 0));
            model[i][0] = model[i][1] = -1;
        }
        heap.stress = true;
        for (int step = 0; step < 3000; step++) {
            int i = rnd.nextInt(n), j = rnd.nextInt(n), slot = rnd.nextInt(2);
            set(get(roots[0], i), 1 + slot, get(roots[0], j));
            model[i][slot] = j;
            if (step % 100 == 0) heap.collect();
            if (step % 7 == 0) tuple(small(step), small(step)); // garbage
        }
        heap.collect();
        for (int i = 0; i < n; i++) {
            int obj = get(roots[0], i);
            assertEquals(small(i), get(obj, 0));
            for (int s = 0; s < 2; s++) {
                int child = get(obj, 1 + s);
                if (model[i][s] < 0) assertEquals(0, child);
                else assertEquals(get(roots[0], model[i][s]), child);
            }
        }
    }

    @Test
    void keepingEverythingAliveExhaustsTheHeap() {
        roots[0] = 0;
        assertThrows(GuestOutOfMemoryError.class, () -> {
            for (int i = 0; ; i++) {
                roots[0] = tuple(roots[0], small(i), small(i), small(i));
                if (heap.collectRequested) heap.collect();
            }
        });
        roots[0] = 0;
        long majors = heap.stats.majorCollections;
        heap.collect();
        assertTrue(heap.usedBytes() < 2 << 20, "everything was freed once unreachable");
        assertEquals(majors + 1, heap.stats.majorCollections, "a failed allocation makes the next collection major");
        assertEquals(heap.nurseryCapacity, heap.heapEnd() - heap.nurseryStart(), "the nursery has its full size back");
        tuple(small(1)); // and allocation works again
    }
}
