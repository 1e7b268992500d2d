package org.armjit.backend.arm;

import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.BackendConformanceTest;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

/** The backend conformance suite on ARMv7 softfp code (floats in core registers at calls). */
class ArmSoftFpConformanceTest extends BackendConformanceTest {
    @Override
    protected Backend createBackend(Heap heap, RuntimeCallTable calls) {
        return new ArmBackend(heap, calls, ArmBackend.Options.of(ArmTarget.ARMV7_SOFTFP));
    }
}
