package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Iterators over the builtin iterables. {@link #next} returns NULL when an iterator is
 * exhausted (no StopIteration object is made for the common case).
 */
public final class Iterators {
    public static final int KIND = 4;
    public static final int SUBJECT = 8;
    public static final int INDEX = 12;
    public static final int A = 16;
    public static final int B = 20;

    private final Vm vm;
    private final GuestMemory mem;

    Iterators(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    int create(IteratorKind kind, int subject, int a) {
        int it = vm.alloc(Heap.header(TypeId.ITERATOR), 24);
        mem.storeWord(it + KIND, kind.ordinal());
        mem.storeWord(it + SUBJECT, subject);
        mem.storeWord(it + A, a);
        return it;
    }

    /**
     * A dict iterator: A holds the size it expects, B the items it has left to yield. An item
     * found when none are left means keys were deleted and others added (the size unchanged):
     * CPython's "dictionary keys changed during iteration".
     */
    private int dictIterator(IteratorKind kind, int dict) {
        int size = Tag.box(vm.dict.size(dict));
        int it = create(kind, dict, size);
        mem.storeWord(it + B, size);
        return it;
    }

    boolean isIterable(int obj) {
        if (Tag.isInt(obj)) return false;
        switch (vm.typeOf(obj)) {
            case LIST: case TUPLE: case STR: case RANGE: case DICT: case DICT_VIEW: case ITERATOR: case SET: case FROZENSET:
                return true;
            case CLASS:
                return vm.classes.metaHook(obj, "iter") != 0;
            case INSTANCE:
                return vm.ops.dunder(obj, "__iter__") != 0 || vm.ops.dunder(obj, "__getitem__") != 0
                        || vm.ops.dunder(obj, "__next__") != 0;
            default:
                return false;
        }
    }

    int iter(int obj) {
        if (!Tag.isInt(obj)) {
            switch (vm.typeOf(obj)) {
                case LIST: return create(IteratorKind.LIST, obj, 0);
                case TUPLE: return create(IteratorKind.TUPLE, obj, 0);
                case STR: return create(IteratorKind.STR, obj, 0);
                case RANGE: return create(IteratorKind.RANGE, obj, Tag.box(Ranges.length(vm, obj)));
                case DICT: return dictIterator(IteratorKind.DICT_KEYS, obj);
                case DICT_VIEW: {
                    int d = mem.loadWord(obj + 8);
                    IteratorKind k = IteratorKind.values()[IteratorKind.DICT_KEYS.ordinal() + mem.loadWord(obj + 4)];
                    return dictIterator(k, d);
                }
                case ITERATOR: return obj;
                case CLASS: {
                    int m = vm.classes.metaHook(obj, "iter");
                    if (m != 0) return vm.interp.call(m, obj);
                    break;
                }
                case SET: case FROZENSET: return create(IteratorKind.SET, obj, Tag.box(vm.sets.size(obj)));
                case INSTANCE: {
                    int m = vm.ops.dunder(obj, "__iter__");
                    if (m != 0 && m != vm.none) {
                        int r = vm.interp.callMethod(m, obj);
                        if (Tag.isInt(r) || vm.typeOf(r) != TypeId.ITERATOR && vm.ops.dunder(r, "__next__") == 0) {
                            throw vm.typeError("iter() returned non-iterator of type '" + vm.typeName(r) + "'");
                        }
                        return r;
                    }
                    if (vm.ops.dunder(obj, "__getitem__") != 0) return create(IteratorKind.GETITEM, obj, 0);
                    break;
                }
                default:
                    break;
            }
        }
        throw vm.typeError("'" + vm.typeName(obj) + "' object is not iterable");
    }

    /** next() of a user iterator: __next__, with StopIteration meaning exhausted. */
    private int userNext(int it) {
        int m = vm.ops.dunder(it, "__next__");
        if (m == 0) throw vm.typeError("'" + vm.typeName(it) + "' object is not an iterator");
        try {
            return vm.interp.callMethod(m, it);
        } catch (PyException e) {
            if (vm.classes.isInstance(e.exc, vm.stopIteration)) return 0;
            throw e;
        }
    }

    int next(int it) {
        if (!Tag.isInt(it) && vm.typeOf(it) == TypeId.INSTANCE) return userNext(it);
        if (Tag.isInt(it) || vm.typeOf(it) != TypeId.ITERATOR) {
            throw vm.typeError("'" + vm.typeName(it) + "' object is not an iterator");
        }
        int subject = mem.loadWord(it + SUBJECT);
        int i = mem.loadWord(it + INDEX);
        switch (IteratorKind.of(mem.loadWord(it + KIND))) {
            case LIST:
                if (i >= vm.seq.length(subject)) return 0;
                mem.storeWord(it + INDEX, i + 1);
                return vm.seq.get(subject, i);
            case TUPLE:
                if (i >= vm.seq.tupleLength(subject)) return 0;
                mem.storeWord(it + INDEX, i + 1);
                return vm.seq.tupleGet(subject, i);
            case STR:
                if (i >= vm.str.length(subject)) return 0;
                mem.storeWord(it + INDEX, i + 1);
                return vm.str.ofChar(vm.str.charAt(subject, i));
            case RANGE:
                if (i >= Tag.unbox(mem.loadWord(it + A))) return 0;
                mem.storeWord(it + INDEX, i + 1);
                return Ranges.item(vm, subject, i);
            case DICT_KEYS: case DICT_VALUES: case DICT_ITEMS: {
                if (vm.dict.size(subject) != Tag.unbox(mem.loadWord(it + A))) {
                    mem.storeWord(it + A, Tag.box(-1));
                    throw vm.raise("RuntimeError", "dictionary changed size during iteration");
                }
                int e = vm.dict.nextEntry(subject, i);
                if (e < 0) {
                    mem.storeWord(it + INDEX, vm.dict.used(subject));
                    return 0;
                }
                int left = Tag.unbox(mem.loadWord(it + B));
                if (left <= 0) {
                    mem.storeWord(it + INDEX, vm.dict.used(subject));
                    throw vm.raise("RuntimeError", "dictionary keys changed during iteration");
                }
                mem.storeWord(it + B, Tag.box(left - 1));
                mem.storeWord(it + INDEX, e + 1);
                IteratorKind k = IteratorKind.of(mem.loadWord(it + KIND));
                if (k == IteratorKind.DICT_KEYS) return vm.dict.entryKey(subject, e);
                if (k == IteratorKind.DICT_VALUES) return vm.dict.entryValue(subject, e);
                return vm.seq.tupleOf(vm.dict.entryKey(subject, e), vm.dict.entryValue(subject, e));
            }
            case ENUMERATE: {
                int mark = vm.heap.handles.mark();
                int h = vm.heap.handles.push(it);
                try {
                    int v = next(subject);
                    if (v == 0) return 0;
                    it = vm.heap.handles.get(h);
                    int count = mem.loadWord(it + A);
                    int next = vm.ints.add(count, Tag.box(1));
                    mem.storeWord(it + A, next);
                    vm.heap.writeBarrier(it, next);
                    return vm.seq.tupleOf(count, v);
                } finally {
                    vm.heap.handles.release(mark);
                }
            }
            case ZIP: {
                int n = vm.seq.tupleLength(subject);
                int mark = vm.heap.handles.mark();
                int h = vm.heap.handles.push(it);
                try {
                    int[] vals = new int[n];
                    int first = vm.heap.handles.mark();
                    for (int k = 0; k < n; k++) {
                        int v = next(vm.seq.tupleGet(mem.loadWord(vm.heap.handles.get(h) + SUBJECT), k));
                        if (v == 0) return 0;
                        vm.heap.handles.push(v);
                    }
                    for (int k = 0; k < n; k++) vals[k] = vm.heap.handles.get(first + k);
                    return vm.seq.tupleFrom(vals, 0, n);
                } finally {
                    vm.heap.handles.release(mark);
                }
            }
            case REVERSED: {
                if (i <= 0) return 0;
                i--;
                mem.storeWord(it + INDEX, i);
                TypeId t = vm.typeOf(subject);
                if (t == TypeId.LIST) {
                    if (i >= vm.seq.length(subject)) return 0;
                    return vm.seq.get(subject, i);
                }
                if (t == TypeId.TUPLE) return vm.seq.tupleGet(subject, i);
                if (t == TypeId.STR) return vm.str.ofChar(vm.str.charAt(subject, i));
                if (t == TypeId.RANGE) return Ranges.item(vm, subject, i);
                return vm.interp.callMethod(vm.ops.dunder(subject, "__getitem__"), subject, Tag.box(i));
            }
            case GENERATOR:
                return vm.interp.gens.resume(it);
            case SET: {
                if (vm.sets.size(subject) != Tag.unbox(mem.loadWord(it + A))) {
                    mem.storeWord(it + A, Tag.box(-1));
                    throw vm.raise("RuntimeError", "Set changed size during iteration");
                }
                int slot = vm.sets.nextSlot(subject, i);
                if (slot < 0) {
                    mem.storeWord(it + INDEX, Integer.MAX_VALUE);
                    return 0;
                }
                mem.storeWord(it + INDEX, slot + 1);
                return vm.sets.slotKey(subject, slot);
            }
            case MAP: {
                int mark = vm.heap.handles.mark();
                try {
                    int h = vm.heap.handles.push(it);
                    int iters = mem.loadWord(it + A);
                    int n = vm.seq.tupleLength(iters);
                    int base = vm.heap.handles.mark();
                    for (int k = 0; k < n; k++) {
                        int v = next(vm.seq.tupleGet(mem.loadWord(vm.heap.handles.get(h) + A), k));
                        if (v == 0) return 0;
                        vm.heap.handles.push(v);
                    }
                    int fn = mem.loadWord(vm.heap.handles.get(h) + SUBJECT);
                    return vm.interp.call(fn, vm.heap.handles.array(), base, n, 0);
                } finally {
                    vm.heap.handles.release(mark);
                }
            }
            case FILTER: {
                int mark = vm.heap.handles.mark();
                try {
                    int h = vm.heap.handles.push(it);
                    while (true) {
                        int v = next(mem.loadWord(vm.heap.handles.get(h) + A));
                        if (v == 0) return 0;
                        int hv = vm.heap.handles.push(v);
                        int fn = mem.loadWord(vm.heap.handles.get(h) + SUBJECT);
                        boolean keep = fn == vm.none ? vm.ops.truth(v) : vm.ops.truth(vm.interp.call(fn, v));
                        if (keep) return vm.heap.handles.get(hv);
                        vm.heap.handles.release(hv);
                    }
                } finally {
                    vm.heap.handles.release(mark);
                }
            }
            case GETITEM: {
                mem.storeWord(it + INDEX, i + 1);
                try {
                    return vm.interp.callMethod(vm.ops.dunder(subject, "__getitem__"), subject, Tag.box(i));
                } catch (PyException e) {
                    if (vm.classes.isInstance(e.exc, vm.builtinClass("IndexError"))
                            || vm.classes.isInstance(e.exc, vm.stopIteration)) {
                        return 0;
                    }
                    throw e;
                }
            }
            default:
                throw new IllegalStateException();
        }
    }
}
