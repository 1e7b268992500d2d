package org.armjit.arm.sim;

/**
 * A simulated run that ended in a fault. Carries the full report: pc, the last instructions
 * executed (disassembled) and the registers.
 */
public final class SimFault extends RuntimeException {
    private final FaultKind kind;
    private final int pc;
    private final String report;

    SimFault(FaultKind kind, String message, int pc, String report, Throwable cause) {
        super(kind + " at pc 0x" + String.format("%08x", pc) + ": " + message, cause);
        this.kind = kind;
        this.pc = pc;
        this.report = report;
    }

    public FaultKind kind() { return kind; }

    /** Address of the faulting instruction. */
    public int pc() { return pc; }

    /** Multi-line report: reason, recent instructions, register dump. */
    public String report() { return report; }
}
