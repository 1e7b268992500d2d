package org.armjit.jit.backend;

import org.armjit.jit.ir.Trace;

/**
 * What the JIT driver needs from a code generator. Values cross the boundary as
 * {@code long}s, as in {@link org.armjit.runtime.calls.RuntimeCall}: INT and REF
 * sign-extended from 32 bits, FLOAT as raw IEEE bits.
 *
 * <h2>GC contract</h2>
 * Compiled code never collects by itself: allocation ({@code new}) only requests a
 * collection, and loops end with {@code guard_not_collect} so the interpreter collects at
 * its safepoint after the exit. Only a runtime call whose {@code canCollect} is set may
 * collect; across such a call the backend keeps every live REF where the collector
 * updates it (a registered {@link org.armjit.runtime.heap.RootSet}) and reloads it after.
 * Constant REFs embedded in traces must be immortal (permanent space) or tagged ints.
 */
public interface Backend {
    /** A short name: "ir", "arm-sim", ... */
    String name();

    /**
     * Compiles a trace that starts at its inputs and ends with a jump to one of its own
     * labels (a loop), with a jump to a label compiled earlier (an outer loop entering its
     * inner loop), or with finish. Its labels' tokens become jump targets for bridges and
     * traces compiled later; a token may be compiled only once per backend.
     */
    CompiledTrace compileLoop(Trace trace);

    /**
     * Compiles a bridge and attaches it to {@code guard}: from then on, when the guard
     * fails, execution continues in the bridge instead of exiting. The bridge's inputs
     * correspond one to one (same order and kinds) to {@link GuardHandle#failArgs()}. It
     * ends with a jump to any label compiled earlier (or its own), or with finish.
     */
    CompiledTrace compileBridge(GuardHandle guard, Trace bridge);

    /**
     * Runs compiled code from the start of {@code trace} with its inputs, until a finish
     * or a guard without a bridge fails. Virtual objects of the failing guard's snapshot
     * are allocated (never collecting) before this returns.
     */
    ExitResult enter(CompiledTrace trace, long... inputs);

    /**
     * Whether {@link #enter} can run a trace now: false when compiled code is already nested as
     * deep as the backend has frames for (recursion through helpers that enter compiled code
     * again); the interpreter then runs the code itself.
     */
    default boolean canEnter() {
        return true;
    }

    /**
     * Lets compiled code call compiled functions directly ({@link DirectCalls}); returns
     * false if this backend cannot (the runtime calls then always go through Java).
     */
    default boolean enableDirectCalls(DirectCalls calls) {
        return false;
    }

    /**
     * From now on a direct call of {@code function} (whose code has key {@code key}) with
     * {@code minArgs} to {@code maxArgs} arguments (the parameters after the arguments take the
     * last values of the function's defaults) enters {@code trace} (or nothing, if null: the
     * runtime call runs) when {@code maxInlinedFrames} more frames fit in the recursion budget.
     */
    default void setDirectEntry(int key, int function, CompiledTrace trace, int minArgs, int maxArgs, int maxInlinedFrames) {
    }

    /** Python frames that direct calls in progress have pushed on the current entry (0 without direct calls). */
    default int directCallFrames() {
        return 0;
    }

    /**
     * How much work compiled code has done so far, for {@code --jit-stats compiled_ops}: IR
     * ops executed (labels not counted) for the IR interpreter, instructions executed for a
     * machine-code backend; 0 if the backend does not count.
     */
    default long compiledOps() {
        return 0;
    }

    /** Counts the work of each compiled trace on its own from now on ({@link #ownWork}), where the backend can. */
    default void profileCode() {
    }

    /**
     * The work done inside {@code trace}'s own code since {@link #profileCode} (its bridges and
     * the traces it jumps or calls into not included), or -1 where the backend does not count.
     */
    default long ownWork(CompiledTrace trace) {
        return -1;
    }

    /** Makes every guard_not_invalidated of {@code trace} fail from now on. */
    void invalidate(CompiledTrace trace);

    /** The backend's own figures for {@code --jit-stats}, in print order (name: value). */
    default java.util.Map<String, Long> stats() {
        return java.util.Map.of();
    }

    /** The compiled code of {@code trace} as text for the JIT log (machine code with its IR ops), or null. */
    default String listing(CompiledTrace trace) {
        return null;
    }

    /**
     * The machine code of {@code trace}, one line per instruction with the IR op that emitted
     * it ({@code --jit-log}, {@link #listing}); empty for a backend without machine code.
     */
    default java.util.List<CodeLine> code(CompiledTrace trace) {
        return java.util.List.of();
    }
}
