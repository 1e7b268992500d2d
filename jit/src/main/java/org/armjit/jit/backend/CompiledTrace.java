package org.armjit.jit.backend;

import org.armjit.jit.ir.Trace;

import java.util.List;

/** A trace as a backend compiled it: what it was made from and its guards. */
public interface CompiledTrace {
    /** The IR that was compiled (after optimisation: whatever was passed in). */
    Trace trace();

    /** The guards, in trace order. */
    List<GuardHandle> guards();

    /** The guard with this id (as printed {@code <Guard0x..>}). */
    GuardHandle guard(int guardId);

    boolean isInvalidated();
}
