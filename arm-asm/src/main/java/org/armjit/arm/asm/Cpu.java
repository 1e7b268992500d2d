package org.armjit.arm.asm;

import java.util.EnumSet;
import java.util.Set;

/** A CPU as the assembler sees it: the set of {@link ArchFeature}s it implements. */
public final class Cpu {
    /** ARMv5TE without FPU (armv5te-soft). */
    public static final Cpu ARMV5TE = of(ArchFeature.ARMV5TE);
    /** ARMv6 without FPU (armv6-soft). */
    public static final Cpu ARMV6 = of(ArchFeature.ARMV6);
    /** ARMv6 with VFPv2 (e.g. ARM1176JZF-S). */
    public static final Cpu ARMV6_VFPV2 = of(ArchFeature.ARMV6, ArchFeature.VFPV2);
    /** ARMv7-A with VFPv3-D16, no integer divide (armv7-hf, armv7-softfp). */
    public static final Cpu ARMV7_VFPV3 = of(ArchFeature.ARMV7, ArchFeature.VFPV3);
    /** ARMv7-A with VFPv3-D16 and SDIV/UDIV: what {@code as -march=armv7ve -mfpu=vfpv3-d16} accepts. */
    public static final Cpu ARMV7VE_VFPV3 = of(ArchFeature.ARMV7, ArchFeature.VFPV3, ArchFeature.IDIV);

    private final int bits;

    private Cpu(int bits) {
        this.bits = bits;
    }

    /** A CPU with the given features and everything they imply. */
    public static Cpu of(ArchFeature... features) {
        int b = ArchFeature.ARMV5TE.bit();
        for (ArchFeature f : features) {
            b |= f.bit();
        }
        if ((b & ArchFeature.ARMV7.bit()) != 0) {
            b |= ArchFeature.ARMV6T2.bit();
        }
        if ((b & ArchFeature.ARMV6T2.bit()) != 0) {
            b |= ArchFeature.ARMV6.bit();
        }
        if ((b & ArchFeature.VFPV3.bit()) != 0) {
            b |= ArchFeature.VFPV2.bit();
        }
        return new Cpu(b);
    }

    public boolean has(ArchFeature f) {
        return (bits & f.bit()) != 0;
    }

    int bits() {
        return bits;
    }

    public Set<ArchFeature> features() {
        EnumSet<ArchFeature> s = EnumSet.noneOf(ArchFeature.class);
        for (ArchFeature f : ArchFeature.values()) {
            if (has(f)) {
                s.add(f);
            }
        }
        return s;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Cpu && ((Cpu) o).bits == bits;
    }

    @Override
    public int hashCode() {
        return bits;
    }

    @Override
    public String toString() {
        return "Cpu" + features();
    }
}
