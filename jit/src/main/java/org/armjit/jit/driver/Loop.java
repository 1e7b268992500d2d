package org.armjit.jit.driver;

import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.backend.GuardHandle;

import java.util.HashMap;
import java.util.Map;

/**
 * A place traces start from: a loop header (code id, pc), or a function's entry
 * ({@link #FUNCTION_ENTRY} as pc), with its hot counter, its compiled trace and the state of
 * its guards. A loop's trace jumps back to its label; a function's ends with finish.
 */
final class Loop {
    static final int FUNCTION_ENTRY = -1;

    final int codeId;
    final int pc;
    /** The label token of the loop's current trace (bridges jump to it); fresh for each trace recorded. */
    int token;
    int counter;
    int aborts;
    /**
     * The most calls its compiled code (trace, bridges, the loops it jumps to) has inlined at
     * once: it is entered only where that many more frames stay within the recursion limit.
     */
    int maxInlinedFrames;
    boolean blacklisted;
    /** Recordings abandoned to be tried again soon (a loop entered on its last iteration). */
    int laterTries;
    /** A function trace's function (permanent), the one direct calls may enter it for; 0 for loops. */
    int function;
    CompiledTrace compiled;
    /** What the label's arguments hold (boxed, unboxed int, unboxed float) per frame slot. */
    RecValue.Kind[] labelKinds;
    /** Frame slots dead at the loop header (see SlotLiveness): jumps to the label pass any value for them. */
    boolean[] deadSlots;
    /** Frame slots whose type changed across the back-edge in an earlier recording: the label keeps them boxed. */
    private boolean[] keptBoxed;

    void keepBoxed(int slot, int slots) {
        if (keptBoxed == null || keptBoxed.length < slots) {
            keptBoxed = keptBoxed == null ? new boolean[slots] : java.util.Arrays.copyOf(keptBoxed, slots);
        }
        keptBoxed[slot] = true;
    }

    boolean isKeptBoxed(int slot) {
        return keptBoxed != null && slot < keptBoxed.length && keptBoxed[slot];
    }

    /** Names folded by this loop's traces: a trace that jumps into its label depends on them too. */
    final java.util.Set<Integer> foldedNames = new java.util.HashSet<>();

    /** Failure counts and bridge aborts per guard. */
    final Map<GuardHandle, int[]> guardState = new HashMap<>();

    boolean isFunction() {
        return pc == FUNCTION_ENTRY;
    }

    Loop(int codeId, int pc, int token) {
        this.codeId = codeId;
        this.pc = pc;
        this.token = token;
    }
}
