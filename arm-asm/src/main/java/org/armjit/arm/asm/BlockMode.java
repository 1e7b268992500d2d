package org.armjit.arm.asm;

/** LDM/STM addressing: increment/decrement, after/before. */
public enum BlockMode {
    DA(0, 0), IA(0, 1), DB(1, 0), IB(1, 1);

    final int p;
    final int u;

    BlockMode(int p, int u) {
        this.p = p;
        this.u = u;
    }

    int bits() {
        return p << 24 | u << 23;
    }
}
