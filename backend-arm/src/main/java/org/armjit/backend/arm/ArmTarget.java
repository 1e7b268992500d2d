package org.armjit.backend.arm;

import org.armjit.arm.abi.CallingConvention;
import org.armjit.arm.abi.FloatAbi;
import org.armjit.arm.asm.ArchFeature;
import org.armjit.arm.asm.Cpu;
import org.armjit.arm.sim.CpuModel;

import java.util.List;

/**
 * What the code generator may assume about the machine: architecture level, VFP, integer
 * divide and the float calling convention. The one place these choices are made; the
 * backend asks this object, never the host.
 *
 * @param name     the {@code --target} name
 * @param cpu      the assembler's view (which instructions exist)
 * @param simModel the simulator's CPU model for the same machine
 * @param floatAbi how floats cross calls (hard: VFP registers; softfp: core registers)
 */
public record ArmTarget(String name, Cpu cpu, CpuModel simModel, FloatAbi floatAbi) {
    /** ARMv7-A, VFPv3-D16, hard-float calls (Debian armhf): the default. */
    public static final ArmTarget ARMV7_HF = new ArmTarget("armv7-hf", Cpu.ARMV7_VFPV3, CpuModel.ARMV7_VFPV3, FloatAbi.HARD);
    /** ARMv7-A, VFPv3-D16, floats in core registers at calls (Debian armel on a VFP CPU). */
    public static final ArmTarget ARMV7_SOFTFP = new ArmTarget("armv7-softfp", Cpu.ARMV7_VFPV3, CpuModel.ARMV7_VFPV3, FloatAbi.SOFTFP);
    /** As {@link #ARMV7_HF} with SDIV/UDIV (Cortex-A7/A15 and later). */
    public static final ArmTarget ARMV7VE_HF = new ArmTarget("armv7ve-hf", Cpu.ARMV7VE_VFPV3, CpuModel.ARMV7_VFPV3_IDIV, FloatAbi.HARD);
    /** As {@link #ARMV7_SOFTFP} with SDIV/UDIV. */
    public static final ArmTarget ARMV7VE_SOFTFP = new ArmTarget("armv7ve-softfp", Cpu.ARMV7VE_VFPV3, CpuModel.ARMV7_VFPV3_IDIV, FloatAbi.SOFTFP);
    /** ARMv6 without an FPU (Debian armel on an ARM11 without VFP): floats through the run-time ABI's routines. */
    public static final ArmTarget ARMV6_SOFT = new ArmTarget("armv6-soft", Cpu.ARMV6, CpuModel.ARMV6_SOFT, FloatAbi.SOFTFP);
    /** ARMv5TE without an FPU (ARM926EJ-S, Debian armel's baseline): as {@link #ARMV6_SOFT}, no LDREX/REV. */
    public static final ArmTarget ARMV5TE_SOFT = new ArmTarget("armv5te-soft", Cpu.ARMV5TE, CpuModel.ARMV5TE_SOFT, FloatAbi.SOFTFP);

    public static final List<ArmTarget> ALL = List.of(ARMV7_HF, ARMV7_SOFTFP, ARMV7VE_HF, ARMV7VE_SOFTFP, ARMV6_SOFT, ARMV5TE_SOFT);

    public static ArmTarget byName(String name) {
        for (ArmTarget t : ALL) if (t.name.equals(name)) return t;
        throw new IllegalArgumentException("unknown target '" + name + "' (known: "
                + String.join(", ", ALL.stream().map(ArmTarget::name).toList()) + ")");
    }

    public boolean hasVfp() { return cpu.has(ArchFeature.VFPV2); }

    public boolean hasIntegerDivide() { return cpu.has(ArchFeature.IDIV); }

    /** MOVW/MOVT, MLS, UBFX and friends. */
    public boolean hasArmv6t2() { return cpu.has(ArchFeature.ARMV6T2); }

    public CallingConvention callingConvention() { return CallingConvention.of(floatAbi); }

    @Override
    public String toString() { return name; }
}
