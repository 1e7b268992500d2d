package org.armjit.arm.asm;

/** Three-register VFP arithmetic: d = n op m (VMLA/VMLS accumulate into d). */
public enum VfpOp3 {
    VMLA(0x0e000a00), VMLS(0x0e000a40), VMUL(0x0e200a00), VNMUL(0x0e200a40),
    VADD(0x0e300a00), VSUB(0x0e300a40), VDIV(0x0e800a00);

    final int pattern;

    VfpOp3(int pattern) {
        this.pattern = pattern;
    }
}
