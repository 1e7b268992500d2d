package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/** Subscription: {@code obj[key]}, assignment and deletion, with integer indexes and slices. */
final class Subscripts {
    private final Vm vm;
    private final GuestMemory mem;

    Subscripts(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    int newSlice(int lo, int hi, int step) {
        int s = vm.alloc(Heap.header(TypeId.SLICE), 16);
        mem.storeWord(s + 4, lo);
        mem.storeWord(s + 8, hi);
        mem.storeWord(s + 12, step);
        return s;
    }

    private boolean isSlice(int key) {
        return !Tag.isInt(key) && vm.typeOf(key) == TypeId.SLICE;
    }

    /** Resolved slice: start, step and element count for a sequence of length {@code len}. */
    record Range(int start, int stop, int step, int count) {}

    Range resolve(int slice, int len) {
        int stepW = mem.loadWord(slice + 12);
        long step = stepW == vm.none ? 1 : sliceInt(stepW);
        if (step == 0) throw vm.valueError("slice step cannot be zero");
        long lower = step < 0 ? -1 : 0, upper = step < 0 ? len - 1 : len;
        int startW = mem.loadWord(slice + 4), stopW = mem.loadWord(slice + 8);
        long start = startW == vm.none ? (step < 0 ? upper : lower) : clampIndex(sliceInt(startW), len, lower, upper);
        long stop = stopW == vm.none ? (step < 0 ? lower : upper) : clampIndex(sliceInt(stopW), len, lower, upper);
        long count;
        if (step > 0) count = start < stop ? (stop - start - 1) / step + 1 : 0;
        else count = stop < start ? (start - stop - 1) / -step + 1 : 0;
        return new Range((int) start, (int) stop, (int) Math.max(Math.min(step, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) count);
    }

    private static long clampIndex(long i, int len, long lower, long upper) {
        if (i < 0) {
            i += len;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }

    private long sliceInt(int w) {
        if (!vm.ints.isInt(w)) {
            throw vm.typeError("slice indices must be integers or None or have an __index__ method");
        }
        if (vm.ints.fitsLong(w)) {
            long v = vm.ints.toLong(w);
            return Math.max(Math.min(v, Integer.MAX_VALUE), -(long) Integer.MAX_VALUE - 1);
        }
        return vm.ints.sign(w) < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    /** An index into a sequence of length len, or -1 if out of range (after negative adjustment). */
    private int index(int key, int len, String what) {
        if (Tag.isInt(key)) {
            int i = Tag.unbox(key);
            if (i < 0) i += len;
            return i < 0 || i >= len ? -1 : i;
        }
        if (vm.ints.isInt(key)) {
            if (!vm.ints.fitsLong(key)) {
                throw vm.raise("IndexError", "cannot fit 'int' into an index-sized integer");
            }
            long i = vm.ints.toLong(key);
            if (i < 0) i += len;
            return i < 0 || i >= len ? -1 : (int) i;
        }
        throw vm.typeError(what + " indices must be integers or slices, not " + vm.typeName(key));
    }

    int get(int obj, int key) {
        if (!Tag.isInt(obj)) {
            switch (vm.typeOf(obj)) {
                case LIST: {
                    int len = vm.seq.length(obj);
                    if (isSlice(key)) {
                        Range r = resolve(key, len);
                        int[] out = new int[r.count];
                        for (int i = 0, j = r.start; i < r.count; i++, j += r.step) out[i] = vm.seq.get(obj, j);
                        return vm.seq.listFrom(out, 0, out.length);
                    }
                    int i = index(key, len, "list");
                    if (i < 0) throw vm.raise("IndexError", "list index out of range");
                    return vm.seq.get(obj, i);
                }
                case TUPLE: {
                    int len = vm.seq.tupleLength(obj);
                    if (isSlice(key)) {
                        Range r = resolve(key, len);
                        if (r.step == 1 && r.count == len) return obj;
                        int t = vm.seq.newTuple(r.count);
                        for (int i = 0, j = r.start; i < r.count; i++, j += r.step) vm.seq.tupleSet(t, i, vm.seq.tupleGet(obj, j));
                        return t;
                    }
                    int i = index(key, len, "tuple");
                    if (i < 0) throw vm.raise("IndexError", "tuple index out of range");
                    return vm.seq.tupleGet(obj, i);
                }
                case STR: {
                    int len = vm.str.length(obj);
                    if (isSlice(key)) {
                        Range r = resolve(key, len);
                        if (r.step == 1 && r.count == len) return obj;
                        return vm.str.slice(obj, r.start, r.step, r.count);
                    }
                    if (!vm.ints.isInt(key)) {
                        throw vm.typeError("string indices must be integers, not '" + vm.typeName(key) + "'");
                    }
                    int i = index(key, len, "string");
                    if (i < 0) throw vm.raise("IndexError", "string index out of range");
                    return vm.str.ofChar(vm.str.charAt(obj, i));
                }
                case DICT: {
                    int v = vm.dict.get(obj, key);
                    if (v == 0) throw new PyException(vm.classes.newExceptionInstance(vm.builtinClass("KeyError"), vm.seq.tupleOf(key)));
                    return v;
                }
                case RANGE: {
                    if (isSlice(key)) return Ranges.slice(vm, obj, resolve(key, Ranges.length(vm, obj)));
                    int len = Ranges.length(vm, obj);
                    int i = index(key, len, "range");
                    if (i < 0) throw vm.raise("IndexError", "range object index out of range");
                    return Ranges.item(vm, obj, i);
                }
                case INSTANCE: {
                    int m = vm.ops.dunder(obj, "__getitem__");
                    if (m != 0) return vm.interp.callMethod(m, obj, key);
                    break;
                }
                case CLASS: {
                    int cg = vm.classes.lookup(obj, vm.intern("__class_getitem__"));
                    if (cg != 0 && !Tag.isInt(cg)) {
                        // an implicit classmethod
                        if (vm.typeOf(cg) == TypeId.INSTANCE && vm.classes.classOf(cg) == vm.classmethodClass) {
                            cg = vm.dict.getStr(vm.classes.instanceDict(cg), vm.intern("__func__"));
                        }
                        return vm.interp.call(cg, obj, key);
                    }
                    if (vm.classes.isSubclass(obj, vm.objectClass) && vm.heap.isPermanent(obj)) {
                        throw vm.typeError("type '" + vm.classes.name(obj) + "' is not subscriptable");
                    }
                    break;
                }
                default:
                    break;
            }
        }
        throw vm.typeError("'" + vm.typeName(obj) + "' object is not subscriptable");
    }

    void set(int obj, int key, int value) {
        if (!Tag.isInt(obj)) {
            switch (vm.typeOf(obj)) {
                case LIST: {
                    int len = vm.seq.length(obj);
                    if (isSlice(key)) {
                        setSlice(obj, key, value);
                        return;
                    }
                    int i = index(key, len, "list");
                    if (i < 0) throw vm.raise("IndexError", "list assignment index out of range");
                    vm.seq.set(obj, i, value);
                    return;
                }
                case DICT:
                    vm.dict.put(obj, key, value);
                    return;
                case INSTANCE: {
                    int m = vm.ops.dunder(obj, "__setitem__");
                    if (m != 0) {
                        vm.interp.callMethod(m, obj, key, value);
                        return;
                    }
                    break;
                }
                default:
                    break;
            }
        }
        throw vm.typeError("'" + vm.typeName(obj) + "' object does not support item assignment");
    }

    private void setSlice(int list, int slice, int value) {
        // The new items are taken first (the value may be the list itself); taking them may
        // run Python code, so the list and slice are re-read from handles afterwards.
        var handles = vm.heap.handles;
        int mark = handles.mark();
        int hl = handles.push(list), hs = handles.push(slice);
        int[] items = vm.builtins.iterableToArray(value);
        list = handles.get(hl);
        slice = handles.get(hs);
        handles.release(mark);
        int len = vm.seq.length(list);
        Range r = resolve(slice, len);
        if (r.step == 1) {
            int stop = Math.max(r.start, r.stop);
            vm.seq.replaceRange(list, r.start, stop, items, 0, items.length);
            return;
        }
        if (items.length != r.count) {
            throw vm.valueError("attempt to assign sequence of size " + items.length
                    + " to extended slice of size " + r.count);
        }
        for (int i = 0, j = r.start; i < r.count; i++, j += r.step) vm.seq.set(list, j, items[i]);
    }

    void delete(int obj, int key) {
        if (!Tag.isInt(obj)) {
            switch (vm.typeOf(obj)) {
                case LIST: {
                    int len = vm.seq.length(obj);
                    if (isSlice(key)) {
                        Range r = resolve(key, len);
                        if (r.step == 1) {
                            vm.seq.removeRange(obj, r.start, Math.max(r.start, r.stop));
                        } else if (r.count > 0) {
                            boolean[] drop = new boolean[len];
                            for (int i = 0, j = r.start; i < r.count; i++, j += r.step) drop[j] = true;
                            int[] all = vm.seq.toArray(obj);
                            int[] keep = new int[len - r.count];
                            for (int i = 0, k = 0; i < len; i++) if (!drop[i]) keep[k++] = all[i];
                            vm.seq.setAll(obj, keep);
                        }
                        return;
                    }
                    int i = index(key, len, "list");
                    if (i < 0) throw vm.raise("IndexError", "list assignment index out of range");
                    vm.seq.removeRange(obj, i, i + 1);
                    return;
                }
                case DICT:
                    if (vm.dict.remove(obj, key) == 0) {
                        throw new PyException(vm.classes.newExceptionInstance(vm.builtinClass("KeyError"), vm.seq.tupleOf(key)));
                    }
                    return;
                case INSTANCE: {
                    int m = vm.ops.dunder(obj, "__delitem__");
                    if (m != 0) {
                        vm.interp.callMethod(m, obj, key);
                        return;
                    }
                    break;
                }
                default:
                    break;
            }
        }
        throw vm.typeError("'" + vm.typeName(obj) + "' object doesn't support item deletion");
    }
}
