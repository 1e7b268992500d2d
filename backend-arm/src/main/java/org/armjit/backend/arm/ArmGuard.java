package org.armjit.backend.arm;

import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.backend.GuardHandle;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Value;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled guard: its index in the backend (what its exit stub reports), the location of
 * each fail argument when it fails (a register, saved by the exit stub, or a frame slot),
 * and the branches that leave for its stub, to be re-targeted at a bridge.
 */
final class ArmGuard implements GuardHandle {
    final ArmCompiledTrace owner;
    final Operation op;
    final int index;
    final List<Value> failArgs;
    final int[] locs;
    /** Frame slots in use when the guard fails: a bridge from here allocates above. */
    final int slotsInUse;
    /** The op's position in the owner's trace (for pc-to-op maps). */
    final int opIndex;
    /** Offsets (in the owner's code) of the conditional branches to the stub. */
    final List<Integer> branchOffsets = new ArrayList<>();
    volatile ArmCompiledTrace bridge;

    ArmGuard(ArmCompiledTrace owner, Operation op, int index, List<Value> failArgs, int[] locs, int slotsInUse, int opIndex) {
        this.owner = owner;
        this.op = op;
        this.index = index;
        this.failArgs = failArgs;
        this.locs = locs;
        this.slotsInUse = slotsInUse;
        this.opIndex = opIndex;
    }

    @Override
    public CompiledTrace owner() {
        return owner;
    }

    @Override
    public Operation op() {
        return op;
    }

    @Override
    public List<Value> failArgs() {
        return failArgs;
    }

    @Override
    public CompiledTrace bridge() {
        return bridge;
    }
}
