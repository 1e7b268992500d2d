package org.armjit.jit.driver;

import org.armjit.lang.vm.IteratorKind;
import org.armjit.lang.vm.Iterators;
import org.armjit.lang.vm.Tag;
import org.armjit.lang.vm.Vm;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Steps of builtin iterators that traces take through a helper (str, tuple, dict, enumerate,
 * zip, reversed): only when the step runs no Python code and raises nothing, so a trace can
 * call it without a frame. A step the helper declines has no effect: the trace exits and the
 * interpreter runs the FOR_ITER itself (raising, or calling __getitem__, as it must).
 */
final class PlainIteration {
    private final Vm vm;
    private final GuestMemory mem;

    PlainIteration(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    private IteratorKind kind(int it) {
        return IteratorKind.of(mem.loadWord(it + Iterators.KIND));
    }

    private boolean isIterator(int w) {
        return w != 0 && !Tag.isInt(w) && vm.typeOf(w) == TypeId.ITERATOR;
    }

    /** Whether stepping {@code it} runs no Python code and cannot raise. */
    boolean plain(int it) {
        if (!isIterator(it)) return false;
        int subject = mem.loadWord(it + Iterators.SUBJECT);
        switch (kind(it)) {
            case LIST: case TUPLE: case STR: case RANGE:
                return true;
            case DICT_KEYS: case DICT_VALUES: case DICT_ITEMS:
                // A changed size raises RuntimeError: the interpreter does that.
                return vm.dict.size(subject) == Tag.unbox(mem.loadWord(it + Iterators.A));
            case ENUMERATE:
                return Tag.isInt(mem.loadWord(it + Iterators.A)) && plain(subject);
            case ZIP: {
                int n = vm.seq.tupleLength(subject);
                for (int k = 0; k < n; k++) if (!plain(vm.seq.tupleGet(subject, k))) return false;
                return true;
            }
            case REVERSED: {
                TypeId t = Tag.isInt(subject) ? null : vm.typeOf(subject);
                return t == TypeId.LIST || t == TypeId.TUPLE || t == TypeId.STR || t == TypeId.RANGE;
            }
            default:
                return false;
        }
    }

    /** Whether the next step of a plain iterator ends the iteration (and changes nothing). */
    boolean exhausted(int it) {
        int subject = mem.loadWord(it + Iterators.SUBJECT);
        int i = mem.loadWord(it + Iterators.INDEX);
        switch (kind(it)) {
            case LIST: return i >= vm.seq.length(subject);
            case TUPLE: return i >= vm.seq.tupleLength(subject);
            case STR: return i >= vm.str.length(subject);
            case RANGE: return i >= Tag.unbox(mem.loadWord(it + Iterators.A));
            // Exhaustion moves the index to the end: only already-moved iterators change nothing.
            case DICT_KEYS: case DICT_VALUES: case DICT_ITEMS: return i >= vm.dict.used(subject);
            case ENUMERATE: return exhausted(subject);
            case ZIP: {
                int n = vm.seq.tupleLength(subject);
                return n > 0 && exhausted(vm.seq.tupleGet(subject, 0));
            }
            case REVERSED: return i <= 0;
            default: return false;
        }
    }

    /** Whether no inner iterator of a zip is exhausted (a zip stepping past a short one advances the others). */
    private boolean noneExhausted(int it) {
        if (kind(it) == IteratorKind.ZIP) {
            int subject = mem.loadWord(it + Iterators.SUBJECT);
            int n = vm.seq.tupleLength(subject);
            for (int k = 0; k < n; k++) if (!noneExhausted(vm.seq.tupleGet(subject, k))) return false;
            return true;
        }
        if (kind(it) == IteratorKind.ENUMERATE) return noneExhausted(mem.loadWord(it + Iterators.SUBJECT));
        return !exhausted(it);
    }

    /** The next item of {@code it}, or NULL when it is exhausted or the step is declined (nothing changed then). */
    int next(int it) {
        if (!plain(it) || !noneExhausted(it)) return 0;
        return vm.interp.next(it);
    }

    /** 1 if {@code it} is plain and exhausted (its FOR_ITER leaves the loop, changing nothing), else 0. */
    int isExhausted(int it) {
        return plain(it) && exhausted(it) ? 1 : 0;
    }
}
