package org.armjit.jit.backend;

import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

/** The IR interpreter, the oracle, passes the conformance suite every backend must pass. */
class IRInterpreterConformanceTest extends BackendConformanceTest {
    @Override
    protected Backend createBackend(Heap heap, RuntimeCallTable calls) {
        return new IRInterpreterBackend(heap, calls);
    }
}
