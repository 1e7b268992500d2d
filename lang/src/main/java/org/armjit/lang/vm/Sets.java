package org.armjit.lang.vm;

import org.armjit.runtime.heap.Handles;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * set and frozenset: CPython 3.11's table algorithm (linear probes of 9, then perturbed
 * probing; resize at 3/5 fill to 4x the live count, 2x past 50000; dummies for deleted
 * slots), with CPython's hashes ({@link PyHash}), so iteration order, pop order and the
 * results of the set operations come out in CPython's order.
 *
 * <p>Hashing a user object or comparing user objects runs Python code (a safepoint):
 * every method here keeps its sets and keys in handles across those calls.
 */
final class Sets {
    static final int USED = 4, KEYS = 8, HASHES = 12, FILL = 16, MASK = 20, FINGER = 24;
    private static final int MINSIZE = 8, LINEAR_PROBES = 9, PERTURB_SHIFT = 5;

    private final Vm vm;
    private final GuestMemory mem;
    private final Handles handles;
    /** Marks deleted slots; never a Python value. */
    private int dummy;
    /** While building a constant: every allocation goes to the permanent space. */
    private boolean permanent;

    Sets(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
        this.handles = vm.heap.handles;
    }

    private int dummy() {
        if (dummy == 0) {
            dummy = vm.heap.allocatePermanent(Heap.header(TypeId.OBJ_ARRAY), 8);
        }
        return dummy;
    }

    boolean isSet(int w) {
        if (Tag.isInt(w)) return false;
        TypeId t = vm.typeOf(w);
        return t == TypeId.SET || t == TypeId.FROZENSET;
    }

    boolean isFrozen(int w) {
        return vm.typeOf(w) == TypeId.FROZENSET;
    }

    private int alloc(int header, int size) {
        return permanent ? vm.heap.allocatePermanent(header, size) : vm.alloc(header, size);
    }

    /**
     * A frozenset constant of permanent items, itself permanent (constants never move).
     * CPython builds it twice: from the display's items, then again (when merging the code
     * object's constants) from the first one's iteration order; the slot layout follows.
     */
    int permanentFrozenSet(int[] items) {
        permanent = true;
        try {
            int first = newSet(true);
            for (int v : items) add(first, v);
            int s = newSet(true);
            for (int i = 0; (i = nextSlot(first, i)) >= 0; i++) add(s, keyAt(first, i));
            return s;
        } finally {
            permanent = false;
        }
    }

    int newSet(boolean frozen) {
        int s = alloc(Heap.header(frozen ? TypeId.FROZENSET : TypeId.SET), 32);
        int h = handles.push(s);
        try {
            installTable(h, MINSIZE);
            return handles.get(h);
        } finally {
            handles.release(h);
        }
    }

    /** A fresh empty table of {@code size} slots for the set in handle {@code h}. */
    private void installTable(int h, int size) {
        int keys = alloc(Heap.header(TypeId.OBJ_ARRAY), 8 + 4 * size);
        mem.storeWord(keys + 4, size);
        int hk = handles.push(keys);
        int hashes = alloc(Heap.header(TypeId.INT_ARRAY), 8 + 8 * size);
        mem.storeWord(hashes + 4, 2 * size);
        int s = handles.get(h);
        keys = handles.get(hk);
        handles.release(hk);
        mem.storeWord(s + KEYS, keys);
        mem.storeWord(s + HASHES, hashes);
        vm.heap.writeBarrier(s, keys);
        vm.heap.writeBarrier(s, hashes);
        mem.storeWord(s + MASK, size - 1);
        mem.storeWord(s + FILL, 0);
        mem.storeWord(s + USED, 0);
    }

    int size(int s) {
        return mem.loadWord(s + USED);
    }

    private int keyAt(int s, int i) {
        return mem.loadWord(mem.loadWord(s + KEYS) + 8 + 4 * i);
    }

    private long hashAt(int s, int i) {
        int a = mem.loadWord(s + HASHES) + 8 + 8 * i;
        return (mem.loadWord(a) & 0xffffffffL) | ((long) mem.loadWord(a + 4) << 32);
    }

    private void setSlot(int s, int i, int key, long hash) {
        int keys = mem.loadWord(s + KEYS);
        mem.storeWord(keys + 8 + 4 * i, key);
        vm.heap.writeBarrier(keys, key);
        int a = mem.loadWord(s + HASHES) + 8 + 8 * i;
        mem.storeWord(a, (int) hash);
        mem.storeWord(a + 4, (int) (hash >>> 32));
    }

    /** The next live slot at or after i, or -1. */
    int nextSlot(int s, int i) {
        int mask = mem.loadWord(s + MASK);
        int d = dummy();
        for (; i <= mask; i++) {
            int k = keyAt(s, i);
            if (k != 0 && k != d) return i;
        }
        return -1;
    }

    int slotKey(int s, int i) {
        return keyAt(s, i);
    }

    // ------------------------------------------------------------------ lookup and insertion

    /** Key equality: identity, then builtin equality, then a user __eq__ (which may collect). */
    private boolean same(int a, int b) {
        if (a == b) return true;
        return vm.ops.eq(a, b);
    }

    private boolean needsPython(int a, int b) {
        return !Tag.isInt(a) && vm.typeOf(a) == TypeId.INSTANCE || !Tag.isInt(b) && vm.typeOf(b) == TypeId.INSTANCE;
    }

    /** The slot holding key (with hash), or -1. Set and key are in handles hs and hk. */
    private int find(int hs, int hk, long hash) {
        int s = handles.get(hs);
        int mask = mem.loadWord(s + MASK);
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                s = handles.get(hs);
                int k = keyAt(s, j);
                if (k == 0) return -1;
                if (k != dummy() && hashAt(s, j) == hash) {
                    int key = handles.get(hk);
                    if (k == key) return j;
                    if (needsPython(k, key)) {
                        int keysBefore = mem.loadWord(s + KEYS);
                        int hkeys = handles.push(keysBefore);
                        boolean eq = same(k, key);
                        boolean changed = mem.loadWord(handles.get(hs) + KEYS) != handles.get(hkeys);
                        handles.release(hkeys);
                        if (changed) throw vm.raise("RuntimeError", "set changed size during iteration");
                        if (eq) return j;
                    } else if (vm.ops.keyEquals(k, key)) {
                        return j;
                    }
                }
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    boolean contains(int s, int key) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s), hk = handles.push(key);
            long hash = vm.pyHash.of(key);
            return find(hs, hk, hash) >= 0;
        } finally {
            handles.release(mark);
        }
    }

    /** Whether s holds key, for keys that must be hashable ({@code x in s}: TypeError for unhashable x). */
    void add(int s, int key) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s), hk = handles.push(key);
            long hash = vm.pyHash.of(key);
            addEntry(hs, hk, hash);
        } finally {
            handles.release(mark);
        }
    }

    private void addEntry(int hs, int hk, long hash) {
        if (find(hs, hk, hash) >= 0) return;
        int s = handles.get(hs);
        int mask = mem.loadWord(s + MASK);
        // CPython's set_add_entry: the first dummy on the probe sequence, else the unused slot
        long perturb = hash;
        int i = (int) (hash & mask);
        int free = -1, d = dummy();
        int slot;
        search:
        while (true) {
            int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
            int j = i;
            do {
                int k = keyAt(s, j);
                if (k == 0) {
                    slot = j;
                    break search;
                }
                if (k == d && free < 0) free = j;
                j++;
            } while (probes-- > 0);
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
        mem.storeWord(s + USED, mem.loadWord(s + USED) + 1);
        if (free >= 0) {
            setSlot(s, free, handles.get(hk), hash);
            return;
        }
        setSlot(s, slot, handles.get(hk), hash);
        int fill = mem.loadWord(s + FILL) + 1;
        mem.storeWord(s + FILL, fill);
        if ((long) fill * 5 < (long) mask * 3) return;
        int used = mem.loadWord(s + USED);
        resize(hs, used > 50000 ? used * 2 : used * 4);
    }

    private void resize(int hs, int minused) {
        int size = MINSIZE;
        while (size <= minused) size <<= 1;
        int s = handles.get(hs);
        int oldKeys = handles.push(mem.loadWord(s + KEYS));
        int oldHashes = handles.push(mem.loadWord(s + HASHES));
        int oldMask = mem.loadWord(s + MASK);
        int used = mem.loadWord(s + USED);
        installTable(hs, size);
        s = handles.get(hs);
        int d = dummy();
        for (int i = 0; i <= oldMask; i++) {
            int k = mem.loadWord(handles.get(oldKeys) + 8 + 4 * i);
            if (k == 0 || k == d) continue;
            int a = handles.get(oldHashes) + 8 + 8 * i;
            long hash = (mem.loadWord(a) & 0xffffffffL) | ((long) mem.loadWord(a + 4) << 32);
            insertClean(s, k, hash);
        }
        mem.storeWord(s + USED, used);
        mem.storeWord(s + FILL, used);
        handles.release(oldKeys);
    }

    private void insertClean(int s, int key, long hash) {
        int mask = mem.loadWord(s + MASK);
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keyAt(s, i) == 0) {
                setSlot(s, i, key, hash);
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keyAt(s, i + j) == 0) {
                        setSlot(s, i + j, key, hash);
                        return;
                    }
                }
            }
            perturb >>>= PERTURB_SHIFT;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** Removes key; whether it was there. */
    boolean discard(int s, int key) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s), hk = handles.push(key);
            long hash = vm.pyHash.of(key);
            return discardEntry(hs, hk, hash);
        } finally {
            handles.release(mark);
        }
    }

    private boolean discardEntry(int hs, int hk, long hash) {
        int j = find(hs, hk, hash);
        if (j < 0) return false;
        int s = handles.get(hs);
        setSlot(s, j, dummy(), -1);
        mem.storeWord(s + USED, mem.loadWord(s + USED) - 1);
        return true;
    }

    int pop(int s) {
        int mask = mem.loadWord(s + MASK);
        if (size(s) == 0) throw new PyException(vm.newException("KeyError", "pop from an empty set"));
        int i = mem.loadWord(s + FINGER) & mask;
        int d = dummy();
        while (keyAt(s, i) == 0 || keyAt(s, i) == d) {
            i++;
            if (i > mask) i = 0;
        }
        int key = keyAt(s, i);
        setSlot(s, i, d, -1);
        mem.storeWord(s + USED, mem.loadWord(s + USED) - 1);
        mem.storeWord(s + FINGER, i + 1);
        return key;
    }

    void clear(int s) {
        int h = handles.push(s);
        try {
            installTable(h, MINSIZE);
        } finally {
            handles.release(h);
        }
    }

    // ------------------------------------------------------------------ bulk operations

    int fromArray(int[] a, int off, int n, boolean frozen) {
        int mark = handles.mark();
        try {
            int base = handles.mark();
            for (int i = 0; i < n; i++) handles.push(a[off + i]);
            int hs = handles.push(newSet(frozen));
            for (int i = 0; i < n; i++) add(handles.get(hs), handles.get(base + i));
            return handles.get(hs);
        } finally {
            handles.release(mark);
        }
    }

    /** set(iterable) / frozenset(iterable). */
    int of(int iterable, boolean frozen) {
        int mark = handles.mark();
        try {
            int hi = handles.push(iterable);
            int hs = handles.push(newSet(frozen));
            update(handles.get(hs), handles.get(hi));
            return handles.get(hs);
        } finally {
            handles.release(mark);
        }
    }

    int copy(int s, boolean frozen) {
        return of(s, frozen);
    }

    /** CPython's set_update_internal: merge another set keeping its hashes, else add what the iterable yields. */
    void update(int s, int other) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s), ho = handles.push(other);
            if (isSet(other)) {
                merge(hs, ho);
                return;
            }
            if (!Tag.isInt(other) && vm.typeOf(other) == TypeId.DICT) {
                int n = vm.dict.size(other);
                s = handles.get(hs);
                if ((long) (mem.loadWord(s + FILL) + n) * 5 >= (long) mem.loadWord(s + MASK) * 3) {
                    resize(hs, (size(s) + n) * 2);
                }
            }
            int hit = handles.push(vm.interp.iter(handles.get(ho)));
            while (true) {
                int v = vm.interp.next(handles.get(hit));
                if (v == 0) return;
                add(handles.get(hs), v);
            }
        } finally {
            handles.release(mark);
        }
    }

    private void merge(int hs, int ho) {
        int s = handles.get(hs), o = handles.get(ho);
        if (s == o || size(o) == 0) return;
        if ((long) (mem.loadWord(s + FILL) + size(o)) * 5 >= (long) mem.loadWord(s + MASK) * 3) {
            resize(hs, (size(s) + size(o)) * 2);
        }
        s = handles.get(hs);
        o = handles.get(ho);
        int d = dummy();
        int omask = mem.loadWord(o + MASK);
        if (mem.loadWord(s + FILL) == 0 && mem.loadWord(s + MASK) == omask && mem.loadWord(o + FILL) == size(o)) {
            for (int i = 0; i <= omask; i++) {
                int k = keyAt(o, i);
                if (k != 0) setSlot(s, i, k, hashAt(o, i));
            }
            mem.storeWord(s + FILL, mem.loadWord(o + FILL));
            mem.storeWord(s + USED, size(o));
            return;
        }
        if (mem.loadWord(s + FILL) == 0) {
            mem.storeWord(s + FILL, size(o));
            mem.storeWord(s + USED, size(o));
            for (int i = 0; i <= omask; i++) {
                int k = keyAt(o, i);
                if (k != 0 && k != d) insertClean(s, k, hashAt(o, i));
            }
            return;
        }
        for (int i = 0; i <= omask; i++) {
            o = handles.get(ho);
            int k = keyAt(o, i);
            if (k == 0 || k == d) continue;
            int hk = handles.push(k);
            addEntry(hs, hk, hashAt(o, i));
            handles.release(hk);
        }
    }

    /** A set of the iterable's items (other itself when it is a set). */
    private int asSet(int other) {
        return isSet(other) ? other : of(other, false);
    }

    int union(int s, int other) {
        int mark = handles.mark();
        try {
            int ho = handles.push(other);
            int hr = handles.push(copy(s, isFrozen(s)));
            update(handles.get(hr), handles.get(ho));
            return handles.get(hr);
        } finally {
            handles.release(mark);
        }
    }

    int intersection(int s, int other) {
        int mark = handles.mark();
        try {
            boolean frozen = isFrozen(s);
            int hs = handles.push(s);
            int ho = handles.push(asSet(other));
            int hr = handles.push(newSet(frozen));
            if (size(handles.get(ho)) > size(handles.get(hs))) {
                int t = handles.get(hs);
                handles.set(hs, handles.get(ho));
                handles.set(ho, t);
            }
            // iterate the smaller (ho), keep what the larger (hs) holds
            for (int i = 0; (i = nextSlot(handles.get(ho), i)) >= 0; i++) {
                int hk = handles.push(keyAt(handles.get(ho), i));
                long hash = hashAt(handles.get(ho), i);
                if (find(hs, hk, hash) >= 0) addEntry(hr, hk, hash);
                handles.release(hk);
            }
            return handles.get(hr);
        } finally {
            handles.release(mark);
        }
    }

    int difference(int s, int other) {
        int mark = handles.mark();
        try {
            boolean frozen = isFrozen(s);
            int hs = handles.push(s);
            int ho = handles.push(asSet(other));
            if ((size(handles.get(hs)) >> 2) > size(handles.get(ho))) {
                int hr = handles.push(copy(handles.get(hs), frozen));
                for (int i = 0; (i = nextSlot(handles.get(ho), i)) >= 0; i++) {
                    int hk = handles.push(keyAt(handles.get(ho), i));
                    discardEntry(hr, hk, hashAt(handles.get(ho), i));
                    handles.release(hk);
                }
                return handles.get(hr);
            }
            int hr = handles.push(newSet(frozen));
            for (int i = 0; (i = nextSlot(handles.get(hs), i)) >= 0; i++) {
                int hk = handles.push(keyAt(handles.get(hs), i));
                long hash = hashAt(handles.get(hs), i);
                if (find(ho, hk, hash) < 0) addEntry(hr, hk, hash);
                handles.release(hk);
            }
            return handles.get(hr);
        } finally {
            handles.release(mark);
        }
    }

    /** CPython: a copy of other, then each of s's items toggled in it. */
    int symmetricDifference(int s, int other) {
        int mark = handles.mark();
        try {
            boolean frozen = isFrozen(s);
            int hs = handles.push(s);
            int hr = handles.push(of(other, frozen));
            symmetricUpdate(hr, hs);
            return handles.get(hr);
        } finally {
            handles.release(mark);
        }
    }

    void symmetricDifferenceUpdate(int s, int other) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s);
            int ho = handles.push(asSet(other));
            symmetricUpdate(hs, ho);
        } finally {
            handles.release(mark);
        }
    }

    private void symmetricUpdate(int hr, int ho) {
        for (int i = 0; (i = nextSlot(handles.get(ho), i)) >= 0; i++) {
            int hk = handles.push(keyAt(handles.get(ho), i));
            long hash = hashAt(handles.get(ho), i);
            if (!discardEntry(hr, hk, hash)) addEntry(hr, hk, hash);
            handles.release(hk);
        }
    }

    void intersectionUpdate(int s, int other) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s);
            int r = intersection(s, other);
            replaceContents(handles.get(hs), r);
        } finally {
            handles.release(mark);
        }
    }

    void differenceUpdate(int s, int other) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s);
            int ho = handles.push(asSet(other));
            for (int i = 0; (i = nextSlot(handles.get(ho), i)) >= 0; i++) {
                int hk = handles.push(keyAt(handles.get(ho), i));
                discardEntry(hs, hk, hashAt(handles.get(ho), i));
                handles.release(hk);
            }
        } finally {
            handles.release(mark);
        }
    }

    /** s takes over r's table (r is a fresh set nobody else refers to). */
    private void replaceContents(int s, int r) {
        for (int off = USED; off <= FINGER; off += 4) mem.storeWord(s + off, mem.loadWord(r + off));
        vm.heap.writeBarrier(s, mem.loadWord(r + KEYS));
        vm.heap.writeBarrier(s, mem.loadWord(r + HASHES));
    }

    boolean isSubset(int s, int other) {
        int mark = handles.mark();
        try {
            int hs = handles.push(s);
            int ho = handles.push(asSet(other));
            if (size(handles.get(hs)) > size(handles.get(ho))) return false;
            for (int i = 0; (i = nextSlot(handles.get(hs), i)) >= 0; i++) {
                int hk = handles.push(keyAt(handles.get(hs), i));
                boolean in = find(ho, hk, hashAt(handles.get(hs), i)) >= 0;
                handles.release(hk);
                if (!in) return false;
            }
            return true;
        } finally {
            handles.release(mark);
        }
    }

    boolean setEquals(int a, int b) {
        return size(a) == size(b) && isSubset(a, b);
    }

    /** CPython's frozenset hash: shuffled hashes xor-ed, mixed with the size. */
    long frozenHash(int s) {
        long hash = 0;
        for (int i = 0; (i = nextSlot(s, i)) >= 0; i++) {
            long h = hashAt(s, i);
            hash ^= ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
        }
        hash ^= ((long) size(s) + 1) * 1927868237L;
        hash ^= (hash >>> 11) ^ (hash >>> 25);
        hash = hash * 69069L + 907133923L;
        if (hash == -1) hash = 590923713L;
        return hash;
    }

    String repr(int s) {
        boolean frozen = isFrozen(s);
        String name = frozen ? "frozenset" : "set";
        if (size(s) == 0) return name + "()";
        StringBuilder sb = new StringBuilder(frozen ? "frozenset({" : "{");
        int h = handles.push(s);
        try {
            boolean first = true;
            for (int i = 0; (i = nextSlot(handles.get(h), i)) >= 0; i++) {
                if (!first) sb.append(", ");
                first = false;
                sb.append(vm.ops.repr(keyAt(handles.get(h), i)));
            }
        } finally {
            handles.release(h);
        }
        return sb.append(frozen ? "})" : "}").toString();
    }
}
