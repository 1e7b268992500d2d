package org.armjit.backend.arm;

import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.BackendConformanceTest;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

/** The conformance suite on a CPU with SDIV (division inline instead of through a helper), registers picked at random. */
class ArmIdivConformanceTest extends BackendConformanceTest {
    @Override
    protected Backend createBackend(Heap heap, RuntimeCallTable calls) {
        return new ArmBackend(heap, calls, new ArmBackend.Options(ArmTarget.ARMV7VE_HF, true, 42, true));
    }
}
