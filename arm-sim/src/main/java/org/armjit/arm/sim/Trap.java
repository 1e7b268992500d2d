package org.armjit.arm.sim;

/**
 * Internal: an instruction could not complete (bad access, undefined encoding, ...). The run
 * loop turns it into a {@link SimFault} with a full report, since only it knows the pc and
 * the instruction history.
 */
final class Trap extends RuntimeException {
    final FaultKind kind;

    Trap(FaultKind kind, String message) {
        this(kind, message, null);
    }

    Trap(FaultKind kind, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
    }
}
