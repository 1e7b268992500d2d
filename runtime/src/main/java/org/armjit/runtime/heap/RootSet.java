package org.armjit.runtime.heap;

/**
 * Something that holds guest references outside guest memory (interpreter frames, code
 * constants, JIT exit states) and lets the collector visit and update each of them.
 */
@FunctionalInterface
public interface RootSet {
    void scanRoots(RootVisitor visitor);
}
