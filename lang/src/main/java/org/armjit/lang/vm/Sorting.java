package org.armjit.lang.vm;

import org.armjit.runtime.heap.Handles;
import org.armjit.runtime.heap.TypeId;

import java.util.Arrays;

/**
 * list.sort and sorted(): a stable merge sort that, like CPython, compares only with
 * {@code <}. Keys and items live in guest tuples held by handles, because key functions
 * and {@code __lt__} are Python code and may move objects.
 */
final class Sorting {
    private Sorting() {}

    /** Sorts the list in handle {@code hlist} in place. */
    static void sort(Vm vm, int hlist, int key, boolean reverse) {
        Handles handles = vm.heap.handles;
        int list = handles.get(hlist);
        int n = vm.seq.length(list);
        if (n < 2) return;
        if ((key == 0 || key == vm.none) && fastSort(vm, list, reverse)) return;
        int mark = handles.mark();
        int[] snapshot = vm.seq.toArray(list);
        int hitems = handles.push(vm.seq.tupleFrom(snapshot, 0, n));
        // As in CPython, the list is empty while key functions and __lt__ run; whatever they store
        // into it is dropped and reported: "list modified during sort".
        vm.seq.clear(handles.get(hlist));
        boolean done = false;
        try {
            int hkeys;
            if (key == 0 || key == vm.none) {
                hkeys = hitems;
            } else {
                int hkey = handles.push(key);
                hkeys = handles.push(vm.seq.newTuple(n));
                for (int i = 0; i < n; i++) {
                    int k = vm.interp.call(handles.get(hkey), vm.seq.tupleGet(handles.get(hitems), i));
                    vm.seq.tupleSet(handles.get(hkeys), i, k);
                }
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) order[i] = i;
            int[] tmp = new int[n];
            mergeSort(vm, order, tmp, 0, n, hkeys, reverse);
            int items = handles.get(hitems);
            int[] sorted = new int[n];
            for (int i = 0; i < n; i++) sorted[i] = vm.seq.tupleGet(items, order[i]);
            boolean modified = !vm.seq.untouchedSinceClear(handles.get(hlist));
            vm.seq.setAll(handles.get(hlist), sorted);
            done = true;
            if (modified) throw vm.raise("ValueError", "list modified during sort");
        } finally {
            if (!done) vm.seq.setAll(handles.get(hlist), vm.seq.tupleToArray(handles.get(hitems)));
            handles.release(mark);
        }
    }

    /** Whether b must come before a: b < a (or a < b when reversed, keeping equal items in order). */
    private static boolean before(Vm vm, int hkeys, int b, int a, boolean reverse) {
        int keys = vm.heap.handles.get(hkeys);
        int kb = vm.seq.tupleGet(keys, b), ka = vm.seq.tupleGet(keys, a);
        return reverse ? vm.ops.lt(ka, kb) : vm.ops.lt(kb, ka);
    }

    private static void mergeSort(Vm vm, int[] a, int[] tmp, int lo, int hi, int hkeys, boolean reverse) {
        if (hi - lo < 2) return;
        if (hi - lo <= 8) {
            for (int i = lo + 1; i < hi; i++) {
                int x = a[i];
                int j = i;
                while (j > lo && before(vm, hkeys, x, a[j - 1], reverse)) {
                    a[j] = a[j - 1];
                    j--;
                }
                a[j] = x;
            }
            return;
        }
        int mid = (lo + hi) >>> 1;
        mergeSort(vm, a, tmp, lo, mid, hkeys, reverse);
        mergeSort(vm, a, tmp, mid, hi, hkeys, reverse);
        if (!before(vm, hkeys, a[mid], a[mid - 1], reverse)) return;
        System.arraycopy(a, lo, tmp, lo, hi - lo);
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi) a[k++] = before(vm, hkeys, tmp[j], tmp[i], reverse) ? tmp[j++] : tmp[i++];
        while (i < mid) a[k++] = tmp[i++];
        while (j < hi) a[k++] = tmp[j++];
    }

    /** Lists of only small ints, only floats or only strs sort without calling Python code. */
    private static boolean fastSort(Vm vm, int list, boolean reverse) {
        int n = vm.seq.length(list);
        int strategy = vm.seq.strategy(list);
        if (strategy == Seqs.INT) {
            int[] v = new int[n];
            for (int i = 0; i < n; i++) v[i] = vm.seq.rawInt(list, i);
            Arrays.sort(v);
            if (reverse) reverseInts(v);
            for (int i = 0; i < n; i++) v[i] = Tag.box(v[i]);
            vm.seq.setAll(list, v);
            return true;
        }
        int[] items = vm.seq.toArray(list);
        if (strategy == Seqs.FLOAT) {
            double[] d = new double[n];
            for (int i = 0; i < n; i++) {
                d[i] = vm.floats.value(items[i]);
                if (Double.isNaN(d[i])) return false;
            }
            // Arrays.sort orders -0.0 before 0.0, Python keeps them in input order: only use it without zeros of both signs.
            boolean negZero = false, posZero = false;
            for (double x : d) {
                if (x == 0.0) {
                    if (Double.doubleToRawLongBits(x) != 0) negZero = true;
                    else posZero = true;
                }
            }
            if (negZero && posZero) return false;
            Arrays.sort(d);
            if (reverse) {
                for (int i = 0, j = n - 1; i < j; i++, j--) {
                    double t = d[i];
                    d[i] = d[j];
                    d[j] = t;
                }
            }
            for (int i = 0; i < n; i++) items[i] = vm.floats.box(d[i]);
            vm.seq.setAll(list, items);
            return true;
        }
        for (int v : items) {
            if (Tag.isInt(v) || vm.typeOf(v) != TypeId.STR) return false;
        }
        Integer[] boxed = new Integer[n];
        for (int i = 0; i < n; i++) boxed[i] = items[i];
        // Stable: equal strs keep their order (they are equal, so either order prints the same).
        Arrays.sort(boxed, reverse ? (x, y) -> vm.str.compare(y, x) : (x, y) -> vm.str.compare(x, y));
        for (int i = 0; i < n; i++) items[i] = boxed[i];
        vm.seq.setAll(list, items);
        return true;
    }

    private static void reverseInts(int[] v) {
        for (int i = 0, j = v.length - 1; i < j; i++, j--) {
            int t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }
}
