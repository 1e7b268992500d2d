package org.armjit.jit.backend;

import org.armjit.runtime.calls.RuntimeCall;

/**
 * What a backend needs from the driver to let compiled code call compiled functions
 * directly (PyPy's call_assembler): a trace's residual call of a Python function
 * ({@link #via}) whose callee has a compiled function trace runs that trace without passing
 * through Java and the interpreter, and falls back to the runtime call itself otherwise.
 *
 * <p>The fast path is exactly what the runtime call would do through the interpreter: the
 * interpreter would bind the arguments to a fresh frame (the function's parameters, the
 * missing trailing ones from its defaults, the rest of its locals NULL) and, finding the function's compiled trace, enter it with those slots.
 * The driver registers a callee ({@link Backend#setDirectEntry}) only where that holds.
 */
public interface DirectCalls {
    /**
     * The runtime calls that call a Python function: {@code via()[n]} takes the function,
     * n arguments and the count of frames the caller's trace has inlined at the call.
     */
    RuntimeCall[] via();

    /** Where in a function object the key of its code lies (a word; {@link Backend#setDirectEntry}'s key). */
    int keyOffset();

    /** Where in a function object its tuple of default values lies (a word; NULL if none). */
    int defaultsOffset();

    /**
     * How many Python frames compiled code may push from an entry made now without reaching
     * the recursion limit (counted as the interpreter would count them).
     */
    int budget();

    /**
     * A direct call's callee left its compiled code at an exit: finish the call (the
     * interpreter runs the rest of the function) and return its result, or 0 if it raised
     * (the caller's guard then exits, as after the runtime call). {@code inlined} is the
     * caller's count of inlined frames at the call.
     */
    long exited(int function, int inlined, ExitResult exit);
}
