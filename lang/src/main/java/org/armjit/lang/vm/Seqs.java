package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * tuple and list objects. Lists keep typed storage so that traces load raw values: an
 * int list stores the raw values of small ints (INT_ARRAY), a float list raw doubles
 * (FLOAT_ARRAY), anything else value words (OBJ_ARRAY). Storing a value the strategy
 * cannot hold converts the list to object storage for good.
 */
public final class Seqs {
    // list fields
    public static final int LEN = 4;
    public static final int STORAGE = 8;
    public static final int STRATEGY = 12;
    // storage arrays: +4 capacity, elements from +8
    public static final int ITEMS = 8;

    public static final int OBJECT = 0;
    public static final int INT = 1;
    public static final int FLOAT = 2;
    public static final int EMPTY = 3;

    private final Vm vm;
    private final GuestMemory mem;

    Seqs(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    // ------------------------------------------------------------------ tuples

    public int newTuple(int n) {
        int ref = vm.alloc(Heap.header(TypeId.TUPLE), 8 + 4 * n);
        mem.storeWord(ref + 4, n);
        return ref;
    }

    public int tupleOf(int... items) {
        int t = newTuple(items.length);
        for (int i = 0; i < items.length; i++) mem.storeWord(t + 8 + 4 * i, items[i]);
        return t;
    }

    int permanentTuple(int[] items) {
        int t = vm.heap.allocatePermanent(Heap.header(TypeId.TUPLE), 8 + 4 * items.length);
        mem.storeWord(t + 4, items.length);
        for (int i = 0; i < items.length; i++) mem.storeWord(t + 8 + 4 * i, items[i]);
        return t;
    }

    public int tupleFrom(int[] src, int off, int n) {
        int t = newTuple(n);
        for (int i = 0; i < n; i++) mem.storeWord(t + 8 + 4 * i, src[off + i]);
        return t;
    }

    public int tupleLength(int t) {
        return mem.loadWord(t + 4);
    }

    public int tupleGet(int t, int i) {
        return mem.loadWord(t + 8 + 4 * i);
    }

    public void tupleSet(int t, int i, int v) {
        mem.storeWord(t + 8 + 4 * i, v);
        vm.heap.writeBarrier(t, v);
    }

    // ------------------------------------------------------------------ lists

    public int newList(int capacity) {
        int list = vm.alloc(Heap.header(TypeId.LIST), 16);
        mem.storeWord(list + STRATEGY, EMPTY);
        if (capacity > 0) {
            // Capacity without a strategy yet: object storage is the safe default.
            int storage = newArray(TypeId.OBJ_ARRAY, capacity);
            mem.storeWord(list + STORAGE, storage);
            mem.storeWord(list + STRATEGY, OBJECT);
        }
        return list;
    }

    /** A list holding {@code n} values from {@code src[off..]}. */
    public int listFrom(int[] src, int off, int n) {
        int list = vm.alloc(Heap.header(TypeId.LIST), 16);
        mem.storeWord(list + STRATEGY, EMPTY);
        if (n == 0) return list;
        int strategy = strategyFor(src[off]);
        for (int i = 1; i < n && strategy != OBJECT; i++) {
            if (strategyFor(src[off + i]) != strategy) strategy = OBJECT;
        }
        // src may be a value stack: allocate before reading values again (no safepoint in between).
        int storage = newArray(arrayType(strategy), n);
        mem.storeWord(list + STORAGE, storage);
        mem.storeWord(list + STRATEGY, strategy);
        for (int i = 0; i < n; i++) rawStore(storage, strategy, i, src[off + i]);
        mem.storeWord(list + LEN, n);
        return list;
    }

    private static TypeId arrayType(int strategy) {
        return strategy == INT ? TypeId.INT_ARRAY : strategy == FLOAT ? TypeId.FLOAT_ARRAY : TypeId.OBJ_ARRAY;
    }

    private int newArray(TypeId type, int capacity) {
        int elem = type == TypeId.FLOAT_ARRAY ? 8 : 4;
        int a = vm.alloc(Heap.header(type), 8 + elem * capacity);
        mem.storeWord(a + 4, capacity);
        return a;
    }

    private int strategyFor(int v) {
        if (Tag.isInt(v)) return INT;
        if (vm.floats.isFloat(v)) return FLOAT;
        return OBJECT;
    }

    public int length(int list) {
        return mem.loadWord(list + LEN);
    }

    public int strategy(int list) {
        return mem.loadWord(list + STRATEGY);
    }

    /** Element i (0 <= i < length) as a value word; a float list boxes. */
    public int get(int list, int i) {
        int storage = mem.loadWord(list + STORAGE);
        switch (mem.loadWord(list + STRATEGY)) {
            case INT:
                return Tag.box(mem.loadWord(storage + ITEMS + 4 * i));
            case FLOAT:
                return vm.floats.box(mem.loadDouble(storage + ITEMS + 8 * i));
            default:
                return mem.loadWord(storage + ITEMS + 4 * i);
        }
    }

    private void rawStore(int storage, int strategy, int i, int v) {
        switch (strategy) {
            case INT:
                mem.storeWord(storage + ITEMS + 4 * i, Tag.unbox(v));
                break;
            case FLOAT:
                mem.storeDouble(storage + ITEMS + 8 * i, vm.floats.value(v));
                break;
            default:
                mem.storeWord(storage + ITEMS + 4 * i, v);
                vm.heap.writeBarrier(storage, v);
        }
    }

    /** Makes the list's storage able to hold {@code v}, converting it if needed. */
    private void admit(int list, int v) {
        int strategy = mem.loadWord(list + STRATEGY);
        if (strategy == OBJECT) return;
        int want = strategyFor(v);
        if (strategy == EMPTY) {
            int storage = mem.loadWord(list + STORAGE);
            int cap = storage == 0 ? 4 : mem.loadWord(storage + 4);
            int storage2 = newArray(arrayType(want), cap);
            mem.storeWord(list + STORAGE, storage2);
            vm.heap.writeBarrier(list, storage2);
            mem.storeWord(list + STRATEGY, want);
            return;
        }
        if (want != strategy) toObjectStrategy(list);
    }

    private void toObjectStrategy(int list) {
        int n = length(list);
        int old = mem.loadWord(list + STORAGE);
        int cap = mem.loadWord(old + 4);
        int storage = newArray(TypeId.OBJ_ARRAY, Math.max(cap, 1));
        for (int i = 0; i < n; i++) mem.storeWord(storage + ITEMS + 4 * i, get(list, i));
        // get() may have allocated (boxing floats), but no safepoint: list and storage are still valid.
        mem.storeWord(list + STORAGE, storage);
        vm.heap.writeBarrier(list, storage);
        mem.storeWord(list + STRATEGY, OBJECT);
    }

    public void set(int list, int i, int v) {
        admit(list, v);
        rawStore(mem.loadWord(list + STORAGE), mem.loadWord(list + STRATEGY), i, v);
    }

    private void ensureCapacity(int list, int need) {
        int storage = mem.loadWord(list + STORAGE);
        int cap = storage == 0 ? 0 : mem.loadWord(storage + 4);
        if (need <= cap) return;
        int strategy = mem.loadWord(list + STRATEGY);
        int newCap = Math.max(need, cap + (cap >> 1) + 4);
        TypeId type = strategy == EMPTY ? TypeId.OBJ_ARRAY : arrayType(strategy);
        int fresh = newArray(type, newCap);
        if (storage != 0) {
            int elem = type == TypeId.FLOAT_ARRAY ? 8 : 4;
            mem.copy(storage + ITEMS, fresh + ITEMS, elem * length(list));
        }
        mem.storeWord(list + STORAGE, fresh);
        vm.heap.writeBarrier(list, fresh);
    }

    public void append(int list, int v) {
        admit(list, v);
        int n = length(list);
        ensureCapacity(list, n + 1);
        rawStore(mem.loadWord(list + STORAGE), mem.loadWord(list + STRATEGY), n, v);
        mem.storeWord(list + LEN, n + 1);
    }

    public void insert(int list, int at, int v) {
        admit(list, v);
        int n = length(list);
        ensureCapacity(list, n + 1);
        int storage = mem.loadWord(list + STORAGE);
        int elem = elemSize(list);
        mem.copy(storage + ITEMS + elem * at, storage + ITEMS + elem * (at + 1), elem * (n - at));
        rawStore(storage, mem.loadWord(list + STRATEGY), at, v);
        mem.storeWord(list + LEN, n + 1);
    }

    private int elemSize(int list) {
        return mem.loadWord(list + STRATEGY) == FLOAT ? 8 : 4;
    }

    /** Removes elements [from, to). */
    public void removeRange(int list, int from, int to) {
        int n = length(list);
        if (to <= from) return;
        int storage = mem.loadWord(list + STORAGE);
        int elem = elemSize(list);
        mem.copy(storage + ITEMS + elem * to, storage + ITEMS + elem * from, elem * (n - to));
        int newLen = n - (to - from);
        mem.zero(storage + ITEMS + elem * newLen, elem * (n - newLen));
        mem.storeWord(list + LEN, newLen);
    }

    /** Replaces elements [from, to) with {@code n} values from {@code src[off..]}. */
    public void replaceRange(int list, int from, int to, int[] src, int off, int n) {
        for (int i = 0; i < n; i++) admit(list, src[off + i]);
        int len = length(list);
        int delta = n - (to - from);
        if (delta > 0) ensureCapacity(list, len + delta);
        int storage = mem.loadWord(list + STORAGE);
        int elem = elemSize(list);
        mem.copy(storage + ITEMS + elem * to, storage + ITEMS + elem * (to + delta), elem * (len - to));
        int strategy = mem.loadWord(list + STRATEGY);
        for (int i = 0; i < n; i++) rawStore(storage, strategy, from + i, src[off + i]);
        if (delta < 0) mem.zero(storage + ITEMS + elem * (len + delta), -delta * elem);
        mem.storeWord(list + LEN, len + delta);
    }

    /** All elements as value words (boxing floats); for Java code that needs a snapshot. */
    public int[] toArray(int list) {
        int n = length(list);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = get(list, i);
        return out;
    }

    public int[] tupleToArray(int t) {
        int n = tupleLength(t);
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = tupleGet(t, i);
        return out;
    }

    /** Whether nothing was stored into {@code list} since {@link #clear} (an append then a pop counts). */
    public boolean untouchedSinceClear(int list) {
        return mem.loadWord(list + LEN) == 0 && mem.loadWord(list + STORAGE) == 0;
    }

    public void clear(int list) {
        mem.storeWord(list + LEN, 0);
        mem.storeWord(list + STORAGE, 0);
        mem.storeWord(list + STRATEGY, EMPTY);
    }

    /** Raw access for fast paths: the value of an INT-strategy list's element. */
    public int rawInt(int list, int i) {
        return mem.loadWord(mem.loadWord(list + STORAGE) + ITEMS + 4 * i);
    }

    public void reverse(int list) {
        int n = length(list);
        int[] items = toArray(list);
        int storage = mem.loadWord(list + STORAGE);
        int strategy = mem.loadWord(list + STRATEGY);
        for (int i = 0; i < n; i++) rawStore(storage, strategy, i, items[n - 1 - i]);
    }

    /** Stores {@code values} as the list's whole contents (same length or not). */
    public void setAll(int list, int[] values) {
        clear(list);
        if (values.length == 0) return;
        int tmp = listFrom(values, 0, values.length);
        mem.storeWord(list + LEN, mem.loadWord(tmp + LEN));
        int storage = mem.loadWord(tmp + STORAGE);
        mem.storeWord(list + STORAGE, storage);
        vm.heap.writeBarrier(list, storage);
        mem.storeWord(list + STRATEGY, mem.loadWord(tmp + STRATEGY));
    }
}
