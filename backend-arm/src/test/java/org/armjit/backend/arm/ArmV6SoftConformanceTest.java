package org.armjit.backend.arm;

import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.BackendConformanceTest;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

/** The backend conformance suite on ARMv6 without an FPU (the simulator's ARMv6 model). */
class ArmV6SoftConformanceTest extends BackendConformanceTest {
    @Override
    protected Backend createBackend(Heap heap, RuntimeCallTable calls) {
        return new ArmBackend(heap, calls, ArmBackend.Options.of(ArmTarget.ARMV6_SOFT));
    }
}
