package org.armjit.arm.sim.oracle;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Builds the harness with the cross gcc (into target/) and runs snippets under qemu-arm. */
public final class QemuHarness {
    /** The CPU qemu emulates: ARMv7-A with VFP and hardware divide, like CpuModel.ARMV7_VFPV3_IDIV. */
    public static final String CPU = "cortex-a15";

    private static Path binary;

    private QemuHarness() {}

    private static synchronized Path binary() {
        if (binary != null) return binary;
        Path dir = Tools.scratch("qemu-harness");
        try (InputStream in = QemuHarness.class.getResourceAsStream("/qemu/harness.c")) {
            Path src = dir.resolve("harness.c");
            Files.write(src, in.readAllBytes());
            Path out = dir.resolve("harness");
            Tools.run(List.of(Tools.GCC, "-O1", "-ffreestanding", "-fno-builtin",
                    "-fno-tree-loop-distribute-patterns", "-nostdlib", "-static", "-e", "_start", "-marm",
                    "-march=armv7-a", "-mfpu=vfpv3-d16", "-mfloat-abi=hard", "-o", out.toString(), src.toString()), dir);
            binary = out;
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Runs every snippet (code words and data seed) in one qemu-arm process; returns each window. */
    public static List<int[]> run(List<int[]> codes, List<Integer> seeds) {
        Path bin = binary();
        Tools.require(Tools.QEMU);
        try {
            Path dir = bin.getParent();
            Path in = Files.createTempFile(dir, "snippets", ".bin"), out = Path.of(in + ".out");
            int words = 1;
            for (int[] c : codes) words += 2 + c.length;
            ByteBuffer buf = ByteBuffer.allocate(4 * words).order(ByteOrder.LITTLE_ENDIAN);
            buf.putInt(codes.size());
            for (int i = 0; i < codes.size(); i++) {
                buf.putInt(seeds.get(i)).putInt(codes.get(i).length);
                for (int w : codes.get(i)) buf.putInt(w);
            }
            Files.write(in, buf.array());
            try {
                Tools.run(List.of(Tools.QEMU, "-cpu", CPU, "-L", Tools.SYSROOT, bin.toString(), in.toString(), out.toString()), dir);
                ByteBuffer res = ByteBuffer.wrap(Files.readAllBytes(out)).order(ByteOrder.LITTLE_ENDIAN);
                if (res.capacity() != codes.size() * SnippetLayout.WINDOW_WORDS * 4) {
                    throw new AssertionError("harness wrote " + res.capacity() + " bytes for " + codes.size() + " snippets");
                }
                List<int[]> windows = new ArrayList<>();
                for (int i = 0; i < codes.size(); i++) {
                    int[] w = new int[SnippetLayout.WINDOW_WORDS];
                    for (int k = 0; k < w.length; k++) w[k] = res.getInt();
                    windows.add(w);
                }
                return windows;
            } finally {
                Files.deleteIfExists(in);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
