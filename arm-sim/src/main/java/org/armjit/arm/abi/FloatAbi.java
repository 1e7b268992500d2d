package org.armjit.arm.abi;

/**
 * How floating-point values cross a call boundary. The float ABI is a run-time value: the
 * code generator and the simulator both ask {@link CallingConvention#of(FloatAbi)}.
 */
public enum FloatAbi {
    /** AAPCS-VFP ("armhf"): float and double arguments and results in VFP registers. */
    HARD,
    /**
     * Base AAPCS ("softfp", also the no-FPU targets): floating-point values travel in core
     * registers and stack slots exactly like integers of the same size.
     */
    SOFTFP
}
