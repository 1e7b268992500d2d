package org.armjit.jit.driver;

import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CompareOp;
import org.armjit.lang.vm.PyException;
import org.armjit.lang.vm.Vm;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.heap.Handles;
import org.armjit.runtime.heap.TypeId;
import org.armjit.lang.vm.Tag;

import java.util.List;

/**
 * The runtime helpers that traces call, registered in the VM's runtime-call table. The
 * recorder only calls them on receivers whose classes it has guarded to be builtin types
 * that never run Python code, so none of them collects. A helper that would raise returns
 * NULL (or 0) instead: the trace guards the result and exits to the interpreter, which
 * runs the operation again and raises for real.
 */
final class Helpers {
    final RuntimeCall boxInt;
    final RuntimeCall dictGetStr;
    final RuntimeCall dictSetStr;
    final RuntimeCall getattr;
    final RuntimeCall setattr;
    final RuntimeCall binaryOp;
    final RuntimeCall compareOp;
    final RuntimeCall contains;
    final RuntimeCall truth;
    final RuntimeCall getitem;
    final RuntimeCall setitem;
    /** dict_delitem: del d[k] for a plain or tuple key (see Recorder, DELETE_SUBSCR). */
    final RuntimeCall dictDelitem;
    final RuntimeCall listAppend;
    final RuntimeCall iter;
    /** new_instance: a fresh instance of a class defined in Python, before its __init__ runs. */
    final RuntimeCall newInstance;
    /** make_function: the function object of a nested def or lambda (see Recorder, MAKE_FUNCTION). */
    final RuntimeCall makeFunction;
    /** iter_next: the next item of a builtin iterator, or NULL when exhausted or declined (see PlainIteration). */
    final RuntimeCall iterNext;
    /** iter_exhausted: 1 if a builtin iterator's next step ends the loop, changing nothing. */
    final RuntimeCall iterExhausted;
    final MathCalls math;
    final PlainIteration plainIteration;
    final RuntimeCall[] callBuiltin = new RuntimeCall[5];
    /** call_function_N: calls a Python function with N positional arguments (a residual call; may collect). */
    final RuntimeCall[] callFunction = new RuntimeCall[5];
    /**
     * call_residual_N: calls a builtin function, builtin method (self not NULL) or class with
     * N positional arguments through the interpreter (may run Python code and collect).
     */
    final RuntimeCall[] callResidual = new RuntimeCall[5];
    /** build_list_N: a new list of N items (BUILD_LIST with up to 4 items). */
    final RuntimeCall[] buildList = new RuntimeCall[5];

    Helpers(Vm vm, JitDriver driver) {
        var calls = vm.calls;
        Kind R = Kind.REF, I = Kind.INT, V = Kind.VOID;
        boxInt = calls.register("box_int", R, List.of(I), false, a -> vm.ints.of((int) a[0]));
        dictGetStr = calls.register("dict_get_str", R, List.of(R, R), false, a -> vm.dict.getStr((int) a[0], (int) a[1]));
        dictSetStr = calls.register("dict_set_str", V, List.of(R, R, R), false, a -> {
            driver.nameStored((int) a[1]);
            vm.dict.put((int) a[0], (int) a[1], vm.str.hash((int) a[1]), (int) a[2]);
            return 0;
        });
        getattr = calls.register("getattr", R, List.of(R, R), false, a -> guarded(() -> vm.interp.getAttribute((int) a[0], (int) a[1])));
        setattr = calls.register("setattr", I, List.of(R, R, R), false, a -> guarded(() -> {
            // as in the interpreter: only a store into a class or module rebinds a name traces may fold
            int target = (int) a[0];
            if (Tag.isInt(target) || vm.typeOf(target) != TypeId.INSTANCE) driver.nameStored((int) a[1]);
            vm.interp.setAttribute((int) a[0], (int) a[1], (int) a[2]);
            return 1;
        }));
        binaryOp = calls.register("binary_op", R, List.of(I, R, R), false, a -> guarded(() ->
                vm.ops.binary(BinaryOp.of((int) a[0]), BinaryOp.isInplace((int) a[0]), (int) a[1], (int) a[2])));
        compareOp = calls.register("compare_op", R, List.of(I, R, R), false, a -> guarded(() -> {
            CompareOp op = CompareOp.of((int) a[0]);
            return switch (op) {
                case IN -> vm.bool(vm.ops.contains((int) a[2], (int) a[1]));
                case NOT_IN -> vm.bool(!vm.ops.contains((int) a[2], (int) a[1]));
                case IS -> vm.bool(a[1] == a[2]);
                case IS_NOT -> vm.bool(a[1] != a[2]);
                default -> vm.ops.compare((int) a[1], (int) a[2], op);
            };
        }));
        contains = calls.register("contains", R, List.of(R, R), false, a -> guarded(() -> vm.bool(vm.ops.contains((int) a[0], (int) a[1]))));
        truth = calls.register("truth", I, List.of(R), false, a -> vm.ops.truth((int) a[0]) ? 1 : 0);
        getitem = calls.register("getitem", R, List.of(R, R), false, a -> guarded(() -> vm.interp.getItem((int) a[0], (int) a[1])));
        setitem = calls.register("setitem", I, List.of(R, R, R), false, a -> guarded(() -> {
            vm.interp.setItem((int) a[0], (int) a[1], (int) a[2]);
            return 1;
        }));
        // dict_delitem(dict, key): 0 when the key is absent (the guard exits, the interpreter raises KeyError)
        dictDelitem = calls.register("dict_delitem", I, List.of(R, R), false, a -> vm.dict.remove((int) a[0], (int) a[1]) != 0 ? 1 : 0);
        listAppend = calls.register("list_append", V, List.of(R, R), false, a -> {
            vm.seq.append((int) a[0], (int) a[1]);
            return 0;
        });
        newInstance = calls.register("new_instance", R, List.of(R), false, a -> vm.classes.newInstance((int) a[0]));
        // make_function(code id, globals, defaults, closure): a nested def or lambda; allocates, never collects
        makeFunction = calls.register("make_function", R, List.of(I, R, R, R), false,
                a -> vm.interp.newFunction((int) a[0], (int) a[1], (int) a[2], (int) a[3], false));
        iter = calls.register("iter", R, List.of(R), false, a -> guarded(() -> vm.interp.iter((int) a[0])));
        PlainIteration plain = plainIteration = new PlainIteration(vm);
        iterNext = calls.register("iter_next", R, List.of(R), false, a -> plain.next((int) a[0]));
        iterExhausted = calls.register("iter_exhausted", I, List.of(R), false, a -> plain.isExhausted((int) a[0]));
        math = new MathCalls(vm);
        for (int n = 0; n < callFunction.length; n++) {
            int nargs = n;
            // call_function_n(function, args..., inlined frames): the last, a constant, is how many
            // frames the trace has inlined at the call, which the callee's recursion check counts
            List<Kind> kinds = new java.util.ArrayList<>(refs(n + 1));
            kinds.add(Kind.INT);
            callFunction[n] = calls.register("call_function_" + n, R, kinds, true, a -> {
                Handles h = vm.heap.handles;
                int mark = h.mark();
                int inlined = (int) a[1 + nargs] + driver.directCallFrames();
                vm.interp.addInlinedFrames(inlined);
                try {
                    for (int i = 0; i < nargs; i++) h.push((int) a[1 + i]);
                    return vm.interp.call((int) a[0], h.array(), mark, nargs, 0);
                } catch (PyException e) {
                    driver.pendingException = e;
                    return 0;
                } finally {
                    vm.interp.addInlinedFrames(-inlined);
                    h.release(mark);
                }
            });
        }
        for (int n = 0; n < callResidual.length; n++) {
            int nargs = n;
            List<Kind> residualKinds = new java.util.ArrayList<>(refs(n + 2));
            residualKinds.add(Kind.INT); // inlined frames, as for call_function_n
            callResidual[n] = calls.register("call_residual_" + n, R, residualKinds, true, a -> {
                Handles h = vm.heap.handles;
                int mark = h.mark();
                int inlined = (int) a[2 + nargs] + driver.directCallFrames();
                vm.interp.addInlinedFrames(inlined);
                try {
                    for (int i = 0; i < nargs; i++) h.push((int) a[2 + i]);
                    int fn = (int) a[0], self = (int) a[1];
                    if (self != 0) return vm.builtinFunction(vm.mem.loadWord(fn + 4)).call(self, h.array(), mark, nargs, 0);
                    return vm.interp.call(fn, h.array(), mark, nargs, 0);
                } catch (PyException e) {
                    driver.pendingException = e;
                    return 0;
                } finally {
                    vm.interp.addInlinedFrames(-inlined);
                    h.release(mark);
                }
            });
        }
        for (int n = 0; n < buildList.length; n++) {
            int count = n;
            List<Kind> kinds = refs(n);
            buildList[n] = calls.register("build_list_" + n, R, kinds, false, a -> {
                int[] items = new int[count];
                for (int i = 0; i < count; i++) items[i] = (int) a[i];
                return vm.seq.listFrom(items, 0, count);
            });
        }
        for (int n = 0; n < callBuiltin.length; n++) {
            int nargs = n;
            List<Kind> kinds = refs(n + 2);
            callBuiltin[n] = calls.register("call_builtin_" + n, R, kinds, false, a -> guarded(() -> {
                Handles h = vm.heap.handles;
                int mark = h.mark();
                try {
                    int base = h.mark();
                    for (int i = 0; i < nargs; i++) h.push((int) a[2 + i]);
                    int fn = (int) a[0];
                    if (vm.typeOf(fn) == TypeId.CLASS) return vm.interp.call(fn, h.array(), base, nargs, 0); // int(x), str(x), ...
                    return vm.builtinFunction(vm.mem.loadWord(fn + 4)).call((int) a[1], h.array(), base, nargs, 0);
                } finally {
                    h.release(mark);
                }
            }));
        }
    }

    private static List<Kind> refs(int n) {
        return java.util.Collections.nCopies(n, Kind.REF);
    }

    private interface Body {
        int run();
    }

    /** Runs a helper body; a Python exception becomes the result 0 (the trace's guard exits). */
    private static long guarded(Body body) {
        try {
            return body.run();
        } catch (PyException e) {
            return 0;
        }
    }
}
