package org.armjit.jit.backend;

import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Snapshot;
import org.armjit.jit.ir.Value;

import java.util.List;

/** One compiled guard: identity for failure counting and for attaching a bridge. */
public interface GuardHandle {
    CompiledTrace owner();

    /** The guard operation in {@link CompiledTrace#trace()}. */
    Operation op();

    default int id() {
        return op().guardId;
    }

    default Snapshot snapshot() {
        return op().snapshot;
    }

    /** The values a bridge from this guard receives as inputs: {@link Snapshot#liveValues()}. */
    List<Value> failArgs();

    /** The attached bridge, or null. */
    CompiledTrace bridge();
}
