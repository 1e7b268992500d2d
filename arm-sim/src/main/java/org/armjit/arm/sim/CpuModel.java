package org.armjit.arm.sim;

/**
 * The CPU the simulator pretends to be. Instructions the configured CPU lacks decode as
 * undefined, so a backend for an older target cannot silently use them.
 */
public record CpuModel(String name, Arch arch, boolean vfp, boolean idiv) {
    /** Architecture levels in order; a level includes everything below it. */
    public enum Arch {
        ARMV5TE, ARMV6, ARMV6T2, ARMV7;

        public boolean atLeast(Arch other) { return compareTo(other) >= 0; }
    }

    /** ARMv7-A with VFPv3-D16 and hardware divide (Cortex-A15 class). */
    public static final CpuModel ARMV7_VFPV3_IDIV = new CpuModel("armv7-vfpv3-idiv", Arch.ARMV7, true, true);
    /** ARMv7-A with VFPv3-D16, no divide instructions (Cortex-A8/A9 class). */
    public static final CpuModel ARMV7_VFPV3 = new CpuModel("armv7-vfpv3", Arch.ARMV7, true, false);
    /** ARMv6 (ARM11) without FPU. */
    public static final CpuModel ARMV6_SOFT = new CpuModel("armv6-soft", Arch.ARMV6, false, false);
    /** ARMv5TE without FPU. */
    public static final CpuModel ARMV5TE_SOFT = new CpuModel("armv5te-soft", Arch.ARMV5TE, false, false);

    public boolean has(Arch level) { return arch.atLeast(level); }

    @Override
    public String toString() { return name; }
}
