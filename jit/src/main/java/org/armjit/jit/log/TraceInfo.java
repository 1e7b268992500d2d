package org.armjit.jit.log;

import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.ir.Trace;

import java.util.List;

/**
 * A compiled trace as the log sees it.
 *
 * @param kind        "loop", "function" or "bridge"
 * @param codeId      the code object of the loop header or function (for a bridge: of its loop)
 * @param pc          the loop header's pc, -1 for a function's entry
 * @param parentTrace a bridge's trace of origin (0 otherwise)
 * @param guard       the guard of {@code parentTrace} the bridge is attached to (-1 otherwise)
 * @param stages      the IR as recorded, then after each optimiser pass
 * @param compiled    what the backend made of the last stage
 * @param compileNanos time in the backend
 */
public record TraceInfo(int id, String kind, int codeId, int pc, int parentTrace, int guard,
                        List<Stage> stages, CompiledTrace compiled, long compileNanos) {
    /** The IR after one step: "recorded", or an optimiser pass's name. */
    public record Stage(String name, Trace trace) {}
}
