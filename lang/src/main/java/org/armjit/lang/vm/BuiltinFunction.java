package org.armjit.lang.vm;

/**
 * A function implemented in Java. Arguments are {@code argv[off .. off+n)}, a slice of the
 * caller's value stack (so they stay valid, and are updated by the collector, if the
 * function calls back into Python code: re-read them from {@code argv} after such a call).
 * {@code kwnames} is NULL or a tuple naming the last {@code len(kwnames)} arguments.
 * {@code self} is the bound receiver for methods, else NULL.
 */
@FunctionalInterface
public interface BuiltinFunction {
    int call(int self, int[] argv, int off, int n, int kwnames);
}
