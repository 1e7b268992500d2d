package org.armjit.arm.sim;

/** Why a simulated run stopped abnormally. */
public enum FaultKind {
    /** Access to an unmapped address or without the needed right. */
    BAD_ADDRESS,
    /** An access that the architecture requires to be aligned was not. */
    ALIGNMENT,
    /** An encoding that is undefined (for the configured CPU) or that the simulator does not model. */
    UNDEFINED,
    /** An encoding whose behaviour the architecture leaves unpredictable. */
    UNPREDICTABLE,
    /** The instruction budget of the call ran out. */
    BUDGET_EXHAUSTED,
    /** An ABI contract check failed (callee-saved registers, stack alignment at a call out). */
    CONTRACT,
    /** Execution reached an instruction written since the last i-cache flush. */
    STALE_CODE,
    /** BKPT, an unknown svc, or an exception thrown by a Java runtime function. */
    TRAP
}
