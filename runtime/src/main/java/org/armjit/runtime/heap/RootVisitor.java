package org.armjit.runtime.heap;

/** Called by the collector for every root slot: returns the (possibly moved) value to store back. */
@FunctionalInterface
public interface RootVisitor {
    int visit(int value);
}
