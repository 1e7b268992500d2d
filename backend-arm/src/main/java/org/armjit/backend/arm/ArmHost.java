package org.armjit.backend.arm;

import org.armjit.arm.abi.FloatAbi;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the machine under the JVM is, read once: whether generated code can run on it
 * natively, and as which target. The one place that looks at the host; everything else asks
 * the {@link ArmTarget} this picks.
 *
 * <p>Facts come from the kernel, not from /proc/cpuinfo (which qemu-user does not fake): the
 * HWCAP word of the auxiliary vector ({@code /proc/self/auxv}) and the float ABI in the ELF
 * header flags of the running JVM ({@code /proc/self/exe}).
 *
 * @param arch       {@code os.arch}
 * @param arm32      a 32-bit ARM JVM (the only kind that can call A32 code)
 * @param hwcap      AT_HWCAP (0 when unknown)
 * @param hardFloat  the JVM was built for the hard-float ABI (armhf)
 */
public record ArmHost(String arch, boolean arm32, int hwcap, boolean hardFloat) {
    // HWCAP bits of 32-bit ARM Linux (arch/arm/include/uapi/asm/hwcap.h).
    public static final int HWCAP_VFP = 1 << 6;
    public static final int HWCAP_EDSP = 1 << 7;
    public static final int HWCAP_NEON = 1 << 12;
    public static final int HWCAP_VFPV3 = 1 << 13;
    public static final int HWCAP_VFPV3D16 = 1 << 14;
    public static final int HWCAP_TLS = 1 << 15;
    public static final int HWCAP_VFPV4 = 1 << 16;
    public static final int HWCAP_IDIVA = 1 << 17;
    public static final int HWCAP_VFPD32 = 1 << 19;

    private static final int AT_HWCAP = 16;
    private static final int EF_ARM_ABI_FLOAT_HARD = 0x400;

    private static volatile ArmHost current;

    /** The host this JVM runs on (read once). */
    public static ArmHost current() {
        ArmHost h = current;
        if (h == null) current = h = detect(System.getProperty("os.arch", ""), Path.of("/proc/self/auxv"), Path.of("/proc/self/exe"));
        return h;
    }

    static ArmHost detect(String arch, Path auxv, Path exe) {
        boolean arm32 = arch.equals("arm") || arch.startsWith("armv") || arch.equals("aarch32");
        if (!arm32) return new ArmHost(arch, false, 0, false);
        int hwcap = 0;
        boolean hard = false;
        try {
            hwcap = hwcap(Files.readAllBytes(auxv));
        } catch (IOException | RuntimeException e) {
            // No auxv (not Linux, or no /proc): nothing is known, so nothing is assumed.
        }
        try (var in = Files.newInputStream(exe)) {
            hard = hardFloatElf(in.readNBytes(52));
        } catch (IOException | RuntimeException e) {
            // As above.
        }
        return new ArmHost(arch, true, hwcap, hard);
    }

    /** AT_HWCAP from a 32-bit auxiliary vector: (type, value) pairs of little-endian words, ended by type 0. */
    static int hwcap(byte[] auxv) {
        ByteBuffer b = ByteBuffer.wrap(auxv).order(ByteOrder.LITTLE_ENDIAN);
        while (b.remaining() >= 8) {
            int type = b.getInt();
            int value = b.getInt();
            if (type == 0) break;
            if (type == AT_HWCAP) return value;
        }
        return 0;
    }

    /** Whether a 32-bit little-endian ARM ELF header says hard-float (EF_ARM_ABI_FLOAT_HARD in e_flags). */
    static boolean hardFloatElf(byte[] header) {
        if (header.length < 40 || header[0] != 0x7f || header[1] != 'E' || header[2] != 'L' || header[3] != 'F') return false;
        if (header[4] != 1 || header[5] != 1) return false; // ELFCLASS32, ELFDATA2LSB
        ByteBuffer b = ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN);
        if ((b.getShort(18) & 0xffff) != 40) return false; // EM_ARM
        return (b.getInt(36) & EF_ARM_ABI_FLOAT_HARD) != 0;
    }

    public boolean has(int hwcapBit) {
        return (hwcap & hwcapBit) != 0;
    }

    public FloatAbi floatAbi() {
        return hardFloat ? FloatAbi.HARD : FloatAbi.SOFTFP;
    }

    /** Why generated code cannot run natively here, or null when it can. */
    public String whyNotNative() {
        if (!arm32) return "the JVM runs on " + (arch.isEmpty() ? "an unknown architecture" : arch) + ", not 32-bit ARM";
        if (hwcap == 0) return "the CPU's features are unknown (no AT_HWCAP in /proc/self/auxv)";
        // A soft-float JVM on a CPU without VFPv3 gets the no-FPU target; a hard-float JVM needs VFP itself.
        if (hardFloat && !has(HWCAP_VFPV3)) return "the CPU has no VFPv3 (a hard-float JVM without it cannot run ARMv7-VFP code)";
        return null;
    }

    public boolean nativeCapable() {
        return whyNotNative() == null;
    }

    /**
     * The target generated code should use on this host: ARMv7 + VFP, SDIV when the CPU has it, the
     * JVM's float ABI; without VFPv3 (ARM926, ARM11 with VFPv2 only) the no-FPU ARMv5TE target,
     * whose code runs on every later core too.
     */
    public ArmTarget nativeTarget() {
        String why = whyNotNative();
        if (why != null) throw new IllegalStateException("no native target: " + why);
        if (!has(HWCAP_VFPV3)) return ArmTarget.ARMV5TE_SOFT;
        boolean idiv = has(HWCAP_IDIVA);
        if (hardFloat) return idiv ? ArmTarget.ARMV7VE_HF : ArmTarget.ARMV7_HF;
        return idiv ? ArmTarget.ARMV7VE_SOFTFP : ArmTarget.ARMV7_SOFTFP;
    }

    /** Whether code for {@code target} may run natively here; else the reason. */
    public String whyTargetUnfit(ArmTarget target) {
        String why = whyNotNative();
        if (why != null) return why;
        if (target.floatAbi() != floatAbi()) return "target " + target.name() + " passes floats " + target.floatAbi()
                + " but this JVM is " + (hardFloat ? "hard-float (armhf)" : "soft-float (armel)");
        if (target.hasVfp() && !has(HWCAP_VFPV3)) return "target " + target.name() + " uses VFPv3, which this CPU lacks";
        if (target.hasIntegerDivide() && !has(HWCAP_IDIVA)) return "target " + target.name() + " uses SDIV, which this CPU lacks";
        return null;
    }

    /** The CPU features for --jit-stats and error messages: "vfpv3 vfpd32 neon idiva". */
    public String features() {
        List<String> f = new ArrayList<>();
        if (has(HWCAP_VFP)) f.add("vfp");
        if (has(HWCAP_VFPV3)) f.add("vfpv3");
        if (has(HWCAP_VFPV3D16)) f.add("vfpv3d16");
        if (has(HWCAP_VFPV4)) f.add("vfpv4");
        if (has(HWCAP_VFPD32)) f.add("vfpd32");
        if (has(HWCAP_NEON)) f.add("neon");
        if (has(HWCAP_IDIVA)) f.add("idiva");
        return String.join(" ", f);
    }
}
