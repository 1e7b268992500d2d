package org.armjit.arm.asm;

/** Word and unsigned byte loads/stores (addressing mode 2, immediate 12 bits or shifted register). */
public enum MemOp {
    STR(0, 0), LDR(0, 1), STRB(1, 0), LDRB(1, 1);

    final int b;
    final int l;

    MemOp(int b, int l) {
        this.b = b;
        this.l = l;
    }

    public boolean isLoad() {
        return l == 1;
    }

    int bits() {
        return b << 22 | l << 20;
    }
}
