package org.armjit.lang.vm;

/**
 * A function implemented in Java. Arguments are {@code argv[off .. off+n)}, a slice of the
 * caller's value stack or of the handle array: both are roots, so the collector updates
 * them and they stay valid across a call back into Python code (re-read them from
 * {@code argv} after such a call). {@code kwnames} is NULL or a tuple naming the last
 * {@code len(kwnames)} arguments. {@code self} is the bound receiver for methods, else NULL.
 *
 * <h2>The safepoint rule (read this before writing a builtin)</h2>
 * Guest objects move when the collector runs, and it runs only at safepoints: loop
 * back-edges and the entry of every Python function. Allocation ({@code vm.alloc},
 * {@code str.of}, {@code newList}, ...) never collects, so between two safepoints a raw
 * {@code int} reference in a Java local stays valid.
 * <ul>
 *   <li>A call that may run Python code is a safepoint: {@code vm.interp.call},
 *   {@code callMethod}, {@code iter}/{@code next} (user {@code __getitem__}), and everything
 *   that may reach a special method: {@code vm.ops.eq}, {@code compare}, {@code lt},
 *   {@code truth}, {@code len}, {@code str}, {@code repr}, {@code listOf},
 *   {@code extendList}, instantiating a class ({@code __init__}), sorting.</li>
 *   <li>After such a call, every raw reference held in a Java local, {@code self} and
 *   {@code kwnames} included, is stale. Keep what you need in
 *   {@code vm.heap.handles} ({@code int mark = handles.mark(); try { int h = handles.push(x);
 *   ...; x = handles.get(h); } finally { handles.release(mark); }}) and read it back.</li>
 *   <li>A store of a reference into an existing object needs
 *   {@code vm.heap.writeBarrier(obj, value)} unless {@code obj} was allocated since the
 *   last safepoint.</li>
 * </ul>
 * {@code --gc-stress --gc-verify} collects at every safepoint, poisons freed memory and
 * checks the heap; a corpus program exercising the new builtin under that mode (see
 * tests/programs/class_gc_callbacks.py) finds violations of the rule.
 */
@FunctionalInterface
public interface BuiltinFunction {
    int call(int self, int[] argv, int off, int n, int kwnames);
}
