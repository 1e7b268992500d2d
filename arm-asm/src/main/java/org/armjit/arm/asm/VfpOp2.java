package org.armjit.arm.asm;

/** Two-register VFP operations on one precision: d = op m, or compare d with m. */
public enum VfpOp2 {
    VMOV(0x0eb00a40), VABS(0x0eb00ac0), VNEG(0x0eb10a40), VSQRT(0x0eb10ac0),
    VCMP(0x0eb40a40), VCMPE(0x0eb40ac0);

    final int pattern;

    VfpOp2(int pattern) {
        this.pattern = pattern;
    }
}
