package org.armjit.arm.asm;

/** Zero/sign extension of a byte or halfword (ARMv6). */
public enum ExtendOp {
    SXTB(0x06af0070), SXTH(0x06bf0070), UXTB(0x06ef0070), UXTH(0x06ff0070);

    final int pattern;

    ExtendOp(int pattern) {
        this.pattern = pattern;
    }
}
