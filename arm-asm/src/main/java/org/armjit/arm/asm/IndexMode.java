package org.armjit.arm.asm;

/** Addressing of single loads/stores: [rn, off], [rn, off]! and [rn], off. */
public enum IndexMode {
    OFFSET(1, 0), PRE_INDEX(1, 1), POST_INDEX(0, 0);

    final int p;
    final int w;

    IndexMode(int p, int w) {
        this.p = p;
        this.w = w;
    }

    /** P and W bits in place (bits 24 and 21). */
    int bits() {
        return p << 24 | w << 21;
    }

    public boolean writesBack() {
        return this != OFFSET;
    }
}
