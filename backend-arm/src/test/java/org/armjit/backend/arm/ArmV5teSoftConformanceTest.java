package org.armjit.backend.arm;

import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.BackendConformanceTest;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

/**
 * The backend conformance suite on ARMv5TE without an FPU: float ops through the run-time
 * ABI's routines, constants from literal pools, in the simulator's ARMv5TE model (a VFP,
 * MOVW/MOVT or SDIV instruction would fault), with random register choices.
 */
class ArmV5teSoftConformanceTest extends BackendConformanceTest {
    @Override
    protected Backend createBackend(Heap heap, RuntimeCallTable calls) {
        return new ArmBackend(heap, calls, new ArmBackend.Options(ArmTarget.ARMV5TE_SOFT, true, 5, true));
    }
}
