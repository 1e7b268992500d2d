package org.armjit.lang.vm;

/**
 * What the interpreter asks of a JIT; absent with {@code --jit off}. Frames passed in have
 * {@code pc} and {@code sp} in sync with the interpreter loop.
 */
public interface JitHooks {
    /**
     * A loop back-edge was taken: {@code f.pc} is the loop header. May count, start
     * recording, or run compiled code; returns true if it changed {@code f} (pc, sp,
     * slots), so the interpreter reloads them.
     */
    boolean backEdge(Frame f);

    /**
     * After {@link #backEdge} returned true: the frames of calls that compiled code had
     * inlined when it exited (outermost first; see {@link Interpreter#resumeInlined}), or null.
     */
    java.util.List<Frame> takeInlinedFrames();

    /**
     * A Python function's fresh frame {@code f} is about to run its body (after the entry
     * safepoint). May count, start recording, or run the function's compiled trace. Returns
     * the function's result if compiled code ran it to its return; otherwise 0, and the
     * interpreter runs {@code f} from {@code f.pc}/{@code f.sp} (which an exit may have
     * moved), after finishing the frames {@link #takeInlinedFrames} returns.
     */
    int functionEntry(Frame f);

    /** A global, or an attribute of a class or module, named {@code name} (interned) is being rebound or deleted. */
    void nameRebound(int name);

    /** While {@link Interpreter#recording}: called before each instruction at {@code f.pc}. */
    void beforeInstruction(Frame f);

    /** While recording: an exception unwinds through {@code f}; recording must stop. */
    void exceptionWhileRecording(Frame f);
}
