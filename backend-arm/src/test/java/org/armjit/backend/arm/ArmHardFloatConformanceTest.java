package org.armjit.backend.arm;

import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.BackendConformanceTest;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

/** The backend conformance suite on ARMv7 hard-float code, in the simulator with every contract check. */
class ArmHardFloatConformanceTest extends BackendConformanceTest {
    @Override
    protected Backend createBackend(Heap heap, RuntimeCallTable calls) {
        return new ArmBackend(heap, calls, ArmBackend.Options.of(ArmTarget.ARMV7_HF));
    }
}
