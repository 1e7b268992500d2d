package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * dict objects: a compact, insertion-ordered table. Entries are [tagged hash, key, value]
 * triples in an OBJ_ARRAY, in insertion order (a deleted entry's key is NULL); an
 * INT_ARRAY index of size 2^k maps hash slots to entry numbers (-1 = empty), probed
 * linearly. Keys are compared without calling Python code (see {@link Ops#keyEquals}),
 * so dict operations are never safepoints.
 */
public final class Dicts {
    public static final int COUNT = 4;
    public static final int ENTRIES = 8;
    public static final int INDEX = 12;
    public static final int USED = 16;

    private final Vm vm;
    private final GuestMemory mem;

    Dicts(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    /** Entries a dict made without a size is made for (instance dicts among them). */
    public static final int DEFAULT_EXPECTED = 8;

    public int newDict() {
        return newDict(DEFAULT_EXPECTED);
    }

    /** Index slots of a new dict for {@code expected} entries: a power of two, at least 8; it holds 2/3 as many entries. */
    public static int slotsFor(int expected) {
        int slots = 8;
        while (slots * 2 < expected * 3) slots <<= 1;
        return slots;
    }

    /** A dict for a module's globals: immortal when there is room, so compiled code can use it as a constant. */
    public int newImmortalDict() {
        int d = vm.heap.allocateImmortal(Heap.header(TypeId.DICT), 24);
        allocTables(d, 8);
        return d;
    }

    public int newDict(int expected) {
        int d = vm.alloc(Heap.header(TypeId.DICT), 24);
        allocTables(d, slotsFor(expected));
        return d;
    }

    private void allocTables(int d, int slots) {
        int index = vm.alloc(Heap.header(TypeId.INT_ARRAY), 8 + 4 * slots);
        mem.storeWord(index + 4, slots);
        for (int i = 0; i < slots; i++) mem.storeWord(index + 8 + 4 * i, -1);
        int cap = slots * 2 / 3;
        int entries = vm.alloc(Heap.header(TypeId.OBJ_ARRAY), 8 + 12 * cap);
        mem.storeWord(entries + 4, 3 * cap);
        mem.storeWord(d + INDEX, index);
        mem.storeWord(d + ENTRIES, entries);
        vm.heap.writeBarrier(d, index);
        vm.heap.writeBarrier(d, entries);
        mem.storeWord(d + USED, 0);
    }

    public int size(int d) {
        return mem.loadWord(d + COUNT);
    }

    /** Number of entry positions used (live + deleted): iterate 0..used and skip NULL keys. */
    public int used(int d) {
        return mem.loadWord(d + USED);
    }

    public int entryKey(int d, int i) {
        return mem.loadWord(mem.loadWord(d + ENTRIES) + 8 + 12 * i + 4);
    }

    public int entryValue(int d, int i) {
        return mem.loadWord(mem.loadWord(d + ENTRIES) + 8 + 12 * i + 8);
    }

    /** Finds the entry number of {@code key}, or -1. */
    public int find(int d, int key, int hash) {
        int index = mem.loadWord(d + INDEX);
        int entries = mem.loadWord(d + ENTRIES);
        int mask = mem.loadWord(index + 4) - 1;
        int tagged = Tag.box(hash);
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int e = mem.loadWord(index + 8 + 4 * slot);
            if (e == -1) return -1;
            int at = entries + 8 + 12 * e;
            int k = mem.loadWord(at + 4);
            if (k == key) return e;
            if (k != 0 && mem.loadWord(at) == tagged && vm.ops.keyEquals(k, key)) return e;
        }
    }

    /**
     * Inline caches (the interpreter's global lookups) remember an entry number. Entry
     * {@code e} holds {@code key} itself exactly when it is the live entry for that key
     * (keys are unique among live entries, a deleted entry's key is NULL, a resize renumbers
     * entries), so checking the key validates the cache whatever happened to the dict.
     */
    public int cachedValue(int d, int e, int key) {
        if (e < 0 || e >= mem.loadWord(d + USED)) return 0;
        int at = mem.loadWord(d + ENTRIES) + 8 + 12 * e;
        return mem.loadWord(at + 4) == key ? mem.loadWord(at + 8) : 0;
    }

    /** Stores into cached entry {@code e} (see {@link #cachedValue}); false if it does not hold {@code key}. */
    public boolean storeCached(int d, int e, int key, int value) {
        if (e < 0 || e >= mem.loadWord(d + USED)) return false;
        int entries = mem.loadWord(d + ENTRIES);
        int at = entries + 8 + 12 * e;
        if (mem.loadWord(at + 4) != key) return false;
        if (vm.heap.isPermanent(d)) vm.heap.rememberPermanent(d);
        mem.storeWord(at + 8, value);
        vm.heap.writeBarrier(entries, value);
        return true;
    }

    /** The value for {@code key}, or NULL (0) if absent. Raises TypeError for unhashable keys. */
    public int get(int d, int key) {
        int e = find(d, key, vm.ops.hash(key));
        return e < 0 ? 0 : entryValue(d, e);
    }

    /** Lookup by an interned str (names, attributes): identity first, no hashing of non-str keys. */
    public int getStr(int d, int key) {
        int e = find(d, key, vm.str.hash(key));
        return e < 0 ? 0 : entryValue(d, e);
    }

    public void put(int d, int key, int value) {
        put(d, key, vm.ops.hash(key), value);
    }

    public void put(int d, int key, int hash, int value) {
        putEntry(d, key, hash, value);
    }

    /** {@link #put}, returning the entry number that holds the key. */
    public int putEntry(int d, int key, int hash, int value) {
        if (vm.heap.isPermanent(d)) vm.heap.rememberPermanent(d);
        int e = find(d, key, hash);
        if (e >= 0) {
            int entries = mem.loadWord(d + ENTRIES);
            mem.storeWord(entries + 8 + 12 * e + 8, value);
            vm.heap.writeBarrier(entries, value);
            return e;
        }
        int used = used(d);
        int entries = mem.loadWord(d + ENTRIES);
        if (3 * (used + 1) > mem.loadWord(entries + 4)) {
            resize(d, size(d) + 1);
            used = used(d);
            entries = mem.loadWord(d + ENTRIES);
        }
        int at = entries + 8 + 12 * used;
        mem.storeWord(at, Tag.box(hash));
        mem.storeWord(at + 4, key);
        mem.storeWord(at + 8, value);
        vm.heap.writeBarrier(entries, key);
        vm.heap.writeBarrier(entries, value);
        insertIndex(d, hash, used);
        mem.storeWord(d + USED, used + 1);
        mem.storeWord(d + COUNT, size(d) + 1);
        return used;
    }

    private void insertIndex(int d, int hash, int entry) {
        int index = mem.loadWord(d + INDEX);
        int mask = mem.loadWord(index + 4) - 1;
        int slot = hash & mask;
        while (mem.loadWord(index + 8 + 4 * slot) != -1) slot = (slot + 1) & mask;
        mem.storeWord(index + 8 + 4 * slot, entry);
    }

    /** Rebuilds the tables for at least {@code live} entries, dropping deleted ones. */
    private void resize(int d, int live) {
        int oldEntries = mem.loadWord(d + ENTRIES);
        int oldUsed = used(d);
        int slots = 8;
        while (slots * 2 / 3 < live * 2) slots <<= 1;
        allocTables(d, slots);
        int entries = mem.loadWord(d + ENTRIES);
        int n = 0;
        for (int i = 0; i < oldUsed; i++) {
            int from = oldEntries + 8 + 12 * i;
            int key = mem.loadWord(from + 4);
            if (key == 0) continue;
            int to = entries + 8 + 12 * n;
            int taggedHash = mem.loadWord(from);
            mem.storeWord(to, taggedHash);
            mem.storeWord(to + 4, key);
            mem.storeWord(to + 8, mem.loadWord(from + 8));
            insertIndex(d, Tag.unbox(taggedHash), n);
            n++;
        }
        mem.storeWord(d + USED, n);
    }

    /** Removes {@code key}; returns its value or NULL if absent. */
    public int remove(int d, int key) {
        int e = find(d, key, vm.ops.hash(key));
        if (e < 0) return 0;
        int at = mem.loadWord(d + ENTRIES) + 8 + 12 * e;
        int v = mem.loadWord(at + 8);
        // Keep the index slot pointing at the dead entry: it acts as a tombstone for probing.
        mem.storeWord(at + 4, 0);
        mem.storeWord(at + 8, 0);
        mem.storeWord(d + COUNT, size(d) - 1);
        return v;
    }

    public void clear(int d) {
        allocTables(d, 8);
        mem.storeWord(d + COUNT, 0);
    }

    /** A fresh dict with the same items. */
    public int copy(int d) {
        int c = newDict(size(d));
        int used = used(d);
        for (int i = 0; i < used; i++) {
            int k = entryKey(d, i);
            if (k != 0) put(c, k, Tag.unbox(mem.loadWord(mem.loadWord(d + ENTRIES) + 8 + 12 * i)), entryValue(d, i));
        }
        return c;
    }

    /** The next live entry number at or after {@code i}, or -1. */
    public int nextEntry(int d, int i) {
        int used = used(d);
        for (; i < used; i++) {
            if (entryKey(d, i) != 0) return i;
        }
        return -1;
    }
}
