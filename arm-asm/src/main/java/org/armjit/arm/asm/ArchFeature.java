package org.armjit.arm.asm;

/**
 * What an instruction form needs from the CPU. Architecture levels are cumulative
 * (ARMv7 implies ARMv6T2 implies ARMv6 implies ARMv5TE); VFPv3 implies VFPv2.
 */
public enum ArchFeature {
    ARMV5TE, ARMV6, ARMV6T2, ARMV7, VFPV2, VFPV3, IDIV;

    int bit() {
        return 1 << ordinal();
    }
}
