package org.armjit.runtime.heap;

/**
 * Called by the collector for every root slot: returns the (possibly moved) value to store
 * back. Root sets pass every slot they hold, NULL and tagged small ints included; only the
 * visitor decides what is a reference ({@link ObjectLayout#isPointer}).
 */
@FunctionalInterface
public interface RootVisitor {
    int visit(int value);
}
