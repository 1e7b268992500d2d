package org.armjit.backend.arm;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Host detection reads the kernel's auxiliary vector and the JVM's ELF header; these are its rules. */
class ArmHostTest {
    static final int CORTEX_A9 = ArmHost.HWCAP_VFP | ArmHost.HWCAP_VFPV3 | ArmHost.HWCAP_NEON | ArmHost.HWCAP_TLS;
    static final int CORTEX_A15 = CORTEX_A9 | ArmHost.HWCAP_VFPV4 | ArmHost.HWCAP_IDIVA | ArmHost.HWCAP_VFPD32;
    static final int ARM926 = 0x1d7 & ~ArmHost.HWCAP_VFP; // swp half thumb fast_mult edsp java, no VFP

    /** A 32-bit auxiliary vector: (type, value) words, AT_NULL last. */
    static byte[] auxv(int... pairs) {
        ByteBuffer b = ByteBuffer.allocate(4 * pairs.length + 8).order(ByteOrder.LITTLE_ENDIAN);
        for (int v : pairs) b.putInt(v);
        b.putInt(0).putInt(0);
        return b.array();
    }

    /** The first 52 bytes of a 32-bit little-endian ARM executable with these e_flags. */
    static byte[] elf(int flags) {
        ByteBuffer b = ByteBuffer.allocate(52).order(ByteOrder.LITTLE_ENDIAN);
        b.put(new byte[] {0x7f, 'E', 'L', 'F', 1, 1, 1});
        b.putShort(16, (short) 3).putShort(18, (short) 40).putInt(20, 1).putInt(36, flags);
        return b.array();
    }

    @Test
    void hwcapIsFoundAmongOtherEntries() {
        assertEquals(CORTEX_A15, ArmHost.hwcap(auxv(6, 4096, 16, CORTEX_A15, 26, 0, 15, 0x7eff0000)));
        assertEquals(0, ArmHost.hwcap(auxv(6, 4096)), "no AT_HWCAP");
        assertEquals(0, ArmHost.hwcap(new byte[5]), "truncated");
    }

    @Test
    void floatAbiComesFromTheElfFlags() {
        assertTrue(ArmHost.hardFloatElf(elf(0x05000400)), "EABI5, hard-float (armhf)");
        assertFalse(ArmHost.hardFloatElf(elf(0x05000200)), "EABI5, soft-float (armel)");
        byte[] x86 = elf(0x400);
        x86[18] = 62; // EM_X86_64
        assertFalse(ArmHost.hardFloatElf(x86));
        assertFalse(ArmHost.hardFloatElf("#!/bin/sh\n".getBytes()));
    }

    @Test
    void targetFollowsTheCpuAndTheJvm(@TempDir Path dir) throws IOException {
        assertEquals(ArmTarget.ARMV7VE_HF, host(dir, "arm", CORTEX_A15, 0x05000400).nativeTarget());
        assertEquals(ArmTarget.ARMV7_HF, host(dir, "arm", CORTEX_A9, 0x05000400).nativeTarget());
        assertEquals(ArmTarget.ARMV7_SOFTFP, host(dir, "arm", CORTEX_A9, 0x05000200).nativeTarget());
        assertEquals(ArmTarget.ARMV7VE_SOFTFP, host(dir, "arm", CORTEX_A15, 0x05000200).nativeTarget());
    }

    @Test
    void nativeNeedsA32BitArmJvm(@TempDir Path dir) throws IOException {
        ArmHost x86 = host(dir, "amd64", CORTEX_A15, 0x05000400);
        assertFalse(x86.nativeCapable());
        assertTrue(x86.whyNotNative().contains("amd64"));
        assertFalse(host(dir, "aarch64", CORTEX_A15, 0x05000400).nativeCapable(), "a 64-bit JVM cannot call A32 code");
    }

    @Test
    void withoutVfpv3ASoftFloatJvmGetsTheNoFpuTarget(@TempDir Path dir) throws IOException {
        ArmHost arm926 = host(dir, "arm", ARM926, 0x05000200);
        assertNull(arm926.whyNotNative());
        assertEquals(ArmTarget.ARMV5TE_SOFT, arm926.nativeTarget());
        assertTrue(arm926.whyTargetUnfit(ArmTarget.ARMV7_SOFTFP).contains("VFPv3"));
        // ARM11 with VFPv2 only: the VFPv3 code of the ARMv7 targets would fault, so no FPU is used.
        assertEquals(ArmTarget.ARMV5TE_SOFT, host(dir, "arm", ArmHost.HWCAP_VFP | ArmHost.HWCAP_TLS, 0x05000200).nativeTarget());
        ArmHost hardWithoutVfp = host(dir, "arm", ARM926, 0x05000400);
        assertTrue(hardWithoutVfp.whyNotNative().contains("VFPv3"));
        assertThrows(IllegalStateException.class, hardWithoutVfp::nativeTarget);
    }

    @Test
    void aTargetTheHostCannotRunIsExplained(@TempDir Path dir) throws IOException {
        ArmHost a9hf = host(dir, "arm", CORTEX_A9, 0x05000400);
        assertNull(a9hf.whyTargetUnfit(ArmTarget.ARMV7_HF));
        assertTrue(a9hf.whyTargetUnfit(ArmTarget.ARMV7VE_HF).contains("SDIV"));
        assertTrue(a9hf.whyTargetUnfit(ArmTarget.ARMV7_SOFTFP).contains("hard-float"));
        assertEquals("vfp vfpv3 neon", a9hf.features());
    }

    static ArmHost host(Path dir, String arch, int hwcap, int elfFlags) throws IOException {
        Path auxv = Files.write(dir.resolve("auxv"), auxv(16, hwcap));
        Path exe = Files.write(dir.resolve("exe"), elf(elfFlags));
        return ArmHost.detect(arch, auxv, exe);
    }
}
