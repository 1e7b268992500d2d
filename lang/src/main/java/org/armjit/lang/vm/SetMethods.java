package org.armjit.lang.vm;

import org.armjit.runtime.heap.Handles;

/** Methods of set and frozenset (the operators are in {@link Ops}). */
final class SetMethods {
    private final Vm vm;
    private final Builtins b;
    private final Args args;
    private final Handles handles;

    SetMethods(Vm vm, Builtins b) {
        this.vm = vm;
        this.b = b;
        this.args = b.args;
        this.handles = vm.heap.handles;
    }

    /** A method taking any number of iterables, folded one at a time. */
    private interface Fold {
        int apply(int acc, int other);
    }

    private BuiltinFunction fold(String name, Fold f) {
        return (self, a, off, n, kw) -> {
            args.onlyKeywords(name, kw);
            int mark = handles.mark();
            try {
                int base = handles.mark();
                for (int i = 0; i < n; i++) handles.push(a[off + i]);
                int acc = handles.push(vm.sets.copy(self, vm.sets.isFrozen(self)));
                for (int i = 0; i < n; i++) handles.set(acc, f.apply(handles.get(acc), handles.get(base + i)));
                return handles.get(acc);
            } finally {
                handles.release(mark);
            }
        };
    }

    void install() {
        for (int cls : new int[] {vm.setClass, vm.frozensetClass}) {
            int d = vm.classes.dict(cls);
            boolean frozen = cls == vm.frozensetClass;
            String t = frozen ? "frozenset." : "set.";
            b.def(d, "copy", (self, a, off, n, kw) -> {
                args.exactly(t + "copy", n, 0);
                return frozen ? self : vm.sets.copy(self, false);
            });
            b.def(d, "union", fold(t + "union", vm.sets::union));
            b.def(d, "intersection", fold(t + "intersection", vm.sets::intersection));
            b.def(d, "difference", fold(t + "difference", vm.sets::difference));
            b.def(d, "symmetric_difference", (self, a, off, n, kw) -> {
                args.exactly(t + "symmetric_difference", n, 1);
                return vm.sets.symmetricDifference(self, a[off]);
            });
            b.def(d, "issubset", (self, a, off, n, kw) -> {
                args.exactly(t + "issubset", n, 1);
                return vm.bool(vm.sets.isSubset(self, a[off]));
            });
            b.def(d, "issuperset", (self, a, off, n, kw) -> {
                args.exactly(t + "issuperset", n, 1);
                int mark = handles.mark();
                try {
                    int hs = handles.push(self);
                    int other = vm.sets.isSet(a[off]) ? a[off] : vm.sets.of(a[off], false);
                    return vm.bool(vm.sets.isSubset(other, handles.get(hs)));
                } finally {
                    handles.release(mark);
                }
            });
            b.def(d, "isdisjoint", (self, a, off, n, kw) -> {
                args.exactly(t + "isdisjoint", n, 1);
                return vm.bool(vm.sets.size(vm.sets.intersection(self, a[off])) == 0);
            });
            if (frozen) continue;
            b.def(d, "add", (self, a, off, n, kw) -> {
                args.exactly("set.add", n, 1);
                vm.sets.add(self, a[off]);
                return vm.none;
            });
            b.def(d, "discard", (self, a, off, n, kw) -> {
                args.exactly("set.discard", n, 1);
                vm.sets.discard(self, a[off]);
                return vm.none;
            });
            b.def(d, "remove", (self, a, off, n, kw) -> {
                args.exactly("set.remove", n, 1);
                int mark = handles.mark();
                try {
                    int hk = handles.push(a[off]);
                    if (!vm.sets.discard(self, a[off])) {
                        throw new PyException(vm.classes.newExceptionInstance(vm.builtinClass("KeyError"),
                                vm.seq.tupleOf(handles.get(hk))));
                    }
                    return vm.none;
                } finally {
                    handles.release(mark);
                }
            });
            b.def(d, "pop", (self, a, off, n, kw) -> {
                args.exactly("set.pop", n, 0);
                return vm.sets.pop(self);
            });
            b.def(d, "clear", (self, a, off, n, kw) -> {
                args.exactly("set.clear", n, 0);
                vm.sets.clear(self);
                return vm.none;
            });
            b.def(d, "update", (self, a, off, n, kw) -> {
                int mark = handles.mark();
                try {
                    int hs = handles.push(self);
                    int base = handles.mark();
                    for (int i = 0; i < n; i++) handles.push(a[off + i]);
                    for (int i = 0; i < n; i++) vm.sets.update(handles.get(hs), handles.get(base + i));
                    return vm.none;
                } finally {
                    handles.release(mark);
                }
            });
            b.def(d, "intersection_update", (self, a, off, n, kw) -> {
                args.exactly("set.intersection_update", n, 1);
                vm.sets.intersectionUpdate(self, a[off]);
                return vm.none;
            });
            b.def(d, "difference_update", (self, a, off, n, kw) -> {
                args.exactly("set.difference_update", n, 1);
                vm.sets.differenceUpdate(self, a[off]);
                return vm.none;
            });
            b.def(d, "symmetric_difference_update", (self, a, off, n, kw) -> {
                args.exactly("set.symmetric_difference_update", n, 1);
                vm.sets.symmetricDifferenceUpdate(self, a[off]);
                return vm.none;
            });
        }
    }
}
