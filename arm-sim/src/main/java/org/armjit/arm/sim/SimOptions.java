package org.armjit.arm.sim;

import org.armjit.arm.abi.FloatAbi;

/**
 * Simulator configuration. The contract checks are all on by default: tests should run with
 * them; {@link #unchecked()} turns them off for measurements that want raw speed.
 *
 * @param floatAbi        calling convention used for calls in and calls out
 * @param budget          instructions allowed per call into simulated code (and per run)
 * @param checkCalleeSaved r4-r11, sp and d8-d15 must be preserved by every call into simulated code
 * @param checkStackAlignment sp must be 8-byte aligned at every call out
 * @param trashCallerSaved r0-r3, r12, d0-d7 (less the result) and the flags are overwritten after every call out
 * @param checkStaleCode  executing an instruction word changed since the last i-cache flush faults
 */
public record SimOptions(FloatAbi floatAbi, long budget, boolean checkCalleeSaved,
                         boolean checkStackAlignment, boolean trashCallerSaved, boolean checkStaleCode) {

    public static final long DEFAULT_BUDGET = 100_000_000L;

    public static SimOptions defaults() {
        return new SimOptions(FloatAbi.HARD, DEFAULT_BUDGET, true, true, true, true);
    }

    /** No contract checks (the budget stays). */
    public SimOptions unchecked() {
        return new SimOptions(floatAbi, budget, false, false, false, false);
    }

    public SimOptions withFloatAbi(FloatAbi abi) {
        return new SimOptions(abi, budget, checkCalleeSaved, checkStackAlignment, trashCallerSaved, checkStaleCode);
    }

    public SimOptions withBudget(long b) {
        return new SimOptions(floatAbi, b, checkCalleeSaved, checkStackAlignment, trashCallerSaved, checkStaleCode);
    }

    public SimOptions withCheckCalleeSaved(boolean on) {
        return new SimOptions(floatAbi, budget, on, checkStackAlignment, trashCallerSaved, checkStaleCode);
    }

    public SimOptions withCheckStackAlignment(boolean on) {
        return new SimOptions(floatAbi, budget, checkCalleeSaved, on, trashCallerSaved, checkStaleCode);
    }

    public SimOptions withTrashCallerSaved(boolean on) {
        return new SimOptions(floatAbi, budget, checkCalleeSaved, checkStackAlignment, on, checkStaleCode);
    }

    public SimOptions withCheckStaleCode(boolean on) {
        return new SimOptions(floatAbi, budget, checkCalleeSaved, checkStackAlignment, trashCallerSaved, on);
    }
}
