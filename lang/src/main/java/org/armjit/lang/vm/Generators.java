package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Generator objects: ITERATOR objects of kind GENERATOR whose state is a suspended frame.
 * Python values never live in Java objects, so a suspended frame is copied into guest
 * memory (an OBJ_ARRAY the generator refers to) at each yield, and copied back into a
 * fresh {@link Frame} on the next resumption. Fields: SUBJECT the function, INDEX (raw)
 * the pc to resume at ({@link #FINISHED}, {@link #RUNNING}), A the saved frame, B the
 * value of the finishing return (what {@code yield from} evaluates to).
 *
 * <p>Saved frame layout (value words): [sp, nblocks, handled exception or None] as tagged
 * ints / values, then {@code s[0..sp)} (unbound locals are NULL), then per handler block
 * kind, handler pc, depth (tagged) and the saved exception (or None).
 */
final class Generators {
    static final int FINISHED = -1;
    static final int RUNNING = -2;
    private static final int HEADER = 3;

    private final Vm vm;
    private final GuestMemory mem;

    Generators(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    /** A generator for a frame whose arguments are bound and which has not started. */
    int create(Frame f) {
        int h = vm.heap.handles.push(f.function);
        try {
            int saved = save(f);
            int gen = vm.interp.iters.create(IteratorKind.GENERATOR, vm.heap.handles.get(h), saved);
            mem.storeWord(gen + Iterators.INDEX, 0);
            return gen;
        } finally {
            vm.heap.handles.release(h);
        }
    }

    private int save(Frame f) {
        int n = HEADER + f.sp + 4 * f.nblocks;
        int a = vm.alloc(Heap.header(TypeId.OBJ_ARRAY), 8 + 4 * n);
        mem.storeWord(a + 4, n);
        int at = a + 8;
        mem.storeWord(at, Tag.box(f.sp));
        mem.storeWord(at + 4, Tag.box(f.nblocks));
        mem.storeWord(at + 8, f.handledExc != 0 ? f.handledExc : vm.none);
        at += 4 * HEADER;
        for (int i = 0; i < f.sp; i++) mem.storeWord(at + 4 * i, f.s[i]);
        at += 4 * f.sp;
        for (int b = 0; b < f.nblocks; b++) {
            mem.storeWord(at, Tag.box(f.blocks[4 * b]));
            mem.storeWord(at + 4, Tag.box(f.blocks[4 * b + 1]));
            mem.storeWord(at + 8, Tag.box(f.blocks[4 * b + 2]));
            int exc = f.blocks[4 * b + 3];
            mem.storeWord(at + 12, exc != 0 ? exc : vm.none);
            at += 16;
        }
        return a;
    }

    private void restore(Frame f, int a) {
        int at = a + 8;
        int sp = Tag.unbox(mem.loadWord(at));
        int nblocks = Tag.unbox(mem.loadWord(at + 4));
        int handled = mem.loadWord(at + 8);
        f.handledExc = handled == vm.none ? 0 : handled;
        at += 4 * HEADER;
        for (int i = 0; i < sp; i++) f.s[i] = mem.loadWord(at + 4 * i);
        f.sp = sp;
        at += 4 * sp;
        for (int b = 0; b < nblocks; b++) {
            int exc = mem.loadWord(at + 12);
            f.pushBlock(Tag.unbox(mem.loadWord(at)), Tag.unbox(mem.loadWord(at + 4)), Tag.unbox(mem.loadWord(at + 8)),
                    exc == vm.none ? 0 : exc, null);
            at += 16;
        }
    }

    /** Runs the generator to its next yield: the yielded value, or NULL when it finished. */
    int resume(int gen) {
        int state = mem.loadWord(gen + Iterators.INDEX);
        if (state == FINISHED) return 0;
        if (state == RUNNING) throw vm.valueError("generator already executing");
        var handles = vm.heap.handles;
        int mark = handles.mark();
        try {
            int hg = handles.push(gen);
            int func = mem.loadWord(gen + Iterators.SUBJECT);
            Frame f = vm.interp.newFrame(mem.loadWord(func + Interpreter.FN_CODE), func, vm.interp.top);
            restore(f, mem.loadWord(gen + Iterators.A));
            f.pc = state;
            if (state > 0) f.s[f.sp++] = vm.none; // the value of the yield expression (send is not supported)
            mem.storeWord(gen + Iterators.INDEX, RUNNING);
            int result;
            try {
                result = vm.interp.runGenerator(f);
            } catch (PyException e) {
                gen = handles.get(hg);
                mem.storeWord(gen + Iterators.INDEX, FINISHED);
                mem.storeWord(gen + Iterators.A, 0);
                if (vm.classes.isInstance(e.exc, vm.stopIteration)) {
                    throw vm.raise("RuntimeError", "generator raised StopIteration");
                }
                throw e;
            }
            int hr = handles.push(result);
            gen = handles.get(hg);
            if (f.yielded) {
                int saved = save(f);
                gen = handles.get(hg);
                mem.storeWord(gen + Iterators.A, saved);
                vm.heap.writeBarrier(gen, saved);
                mem.storeWord(gen + Iterators.INDEX, f.pc);
                return handles.get(hr);
            }
            mem.storeWord(gen + Iterators.INDEX, FINISHED);
            mem.storeWord(gen + Iterators.A, 0);
            mem.storeWord(gen + Iterators.B, result);
            vm.heap.writeBarrier(gen, result);
            return 0;
        } finally {
            handles.release(mark);
        }
    }

    /** What {@code yield from it} evaluates to once {@code it} is exhausted. */
    int returnValue(int it) {
        if (!Tag.isInt(it) && vm.typeOf(it) == TypeId.ITERATOR
                && mem.loadWord(it + Iterators.KIND) == IteratorKind.GENERATOR.ordinal()) {
            int v = mem.loadWord(it + Iterators.B);
            return v != 0 ? v : vm.none;
        }
        return vm.none;
    }
}
