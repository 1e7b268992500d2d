package org.armjit.jit.opt;

import org.armjit.jit.ir.Trace;

/** One optimisation: a function from a well-formed trace to an equivalent well-formed trace. */
public interface Pass {
    /** PyPy's enable_opts name this pass answers to. */
    String name();

    Trace run(Trace trace);
}
