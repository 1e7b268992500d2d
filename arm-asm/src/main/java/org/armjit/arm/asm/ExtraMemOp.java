package org.armjit.arm.asm;

/** Halfword, signed byte and doubleword loads/stores (addressing mode 3: 8-bit immediate or register). */
public enum ExtraMemOp {
    STRH(0, 0xb0, ArchFeature.ARMV5TE), LDRH(1, 0xb0, ArchFeature.ARMV5TE),
    LDRSB(1, 0xd0, ArchFeature.ARMV5TE), LDRSH(1, 0xf0, ArchFeature.ARMV5TE),
    LDRD(0, 0xd0, ArchFeature.ARMV5TE), STRD(0, 0xf0, ArchFeature.ARMV5TE);

    final int l;
    final int sh;
    final ArchFeature feature;

    ExtraMemOp(int l, int sh, ArchFeature feature) {
        this.l = l;
        this.sh = sh;
        this.feature = feature;
    }

    public boolean isLoad() {
        return this == LDRH || this == LDRSB || this == LDRSH || this == LDRD;
    }

    /** LDRD/STRD: a pair of registers rt, rt+1 with rt even. */
    public boolean isDual() {
        return this == LDRD || this == STRD;
    }

    int bits() {
        return l << 20 | sh;
    }
}
