package org.armjit.lang.vm;

/** Sequence operations that build new lists and tuples. */
final class Lists {
    private Lists() {}

    static int concat(Vm vm, int a, int b) {
        int[] x = vm.seq.toArray(a), y = vm.seq.toArray(b);
        int[] all = new int[x.length + y.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(y, 0, all, x.length, y.length);
        return vm.seq.listFrom(all, 0, all.length);
    }

    static int concatTuples(Vm vm, int a, int b) {
        int n = vm.seq.tupleLength(a), m = vm.seq.tupleLength(b);
        if (n == 0) return b;
        if (m == 0) return a;
        int t = vm.seq.newTuple(n + m);
        for (int i = 0; i < n; i++) vm.seq.tupleSet(t, i, vm.seq.tupleGet(a, i));
        for (int i = 0; i < m; i++) vm.seq.tupleSet(t, n + i, vm.seq.tupleGet(b, i));
        return t;
    }

    static int repeat(Vm vm, int list, int times, boolean inplace) {
        int[] x = vm.seq.toArray(list);
        int[] all = new int[x.length * times];
        for (int t = 0; t < times; t++) System.arraycopy(x, 0, all, t * x.length, x.length);
        if (inplace) {
            vm.seq.setAll(list, all);
            return list;
        }
        return vm.seq.listFrom(all, 0, all.length);
    }

    static int repeatTuple(Vm vm, int tuple, int times) {
        int n = vm.seq.tupleLength(tuple);
        if (times == 1) return tuple;
        int t = vm.seq.newTuple(n * times);
        for (int k = 0; k < times; k++) {
            for (int i = 0; i < n; i++) vm.seq.tupleSet(t, k * n + i, vm.seq.tupleGet(tuple, i));
        }
        return t;
    }
}
