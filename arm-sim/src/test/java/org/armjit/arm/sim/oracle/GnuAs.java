package org.armjit.arm.sim.oracle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Assembles snippets with GNU as (ARMv7VE + VFPv3-D16): the encoding oracle for tests. */
public final class GnuAs {
    private GnuAs() {}

    public static int[] assemble(String source) {
        return assembleAll(List.of(source)).get(0);
    }

    /** Assembles many snippets in one run of as; each comes back as its own words. */
    public static List<int[]> assembleAll(List<String> sources) {
        Path dir = Tools.scratch("gnu-as");
        try {
            Path src = Files.createTempFile(dir, "snippets", ".s");
            Path obj = Path.of(src + ".o"), bin = Path.of(src + ".bin");
            StringBuilder sb = new StringBuilder(".syntax unified\n.arm\n.text\n");
            for (int i = 0; i < sources.size(); i++) {
                sb.append(".balign 4\n.global snip_").append(i).append("\nsnip_").append(i).append(":\n");
                sb.append(sources.get(i)).append('\n');
            }
            sb.append(".balign 4\n.global snip_end\nsnip_end:\n");
            Files.writeString(src, sb.toString(), StandardCharsets.UTF_8);
            try {
                Tools.run(List.of(Tools.AS, "-march=armv7ve", "-mfpu=vfpv3-d16", "-o", obj.toString(), src.toString()), dir);
                Tools.run(List.of(Tools.OBJCOPY, "-O", "binary", "-j", ".text", obj.toString(), bin.toString()), dir);
                String syms = new String(Tools.run(List.of(Tools.NM, obj.toString()), dir), StandardCharsets.UTF_8);
                long[] start = new long[sources.size() + 1];
                for (String line : syms.split("\n")) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length != 3 || !f[2].startsWith("snip_")) continue;
                    String id = f[2].substring(5);
                    int k = id.equals("end") ? sources.size() : Integer.parseInt(id);
                    start[k] = Long.parseLong(f[0], 16);
                }
                ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(bin)).order(ByteOrder.LITTLE_ENDIAN);
                List<int[]> out = new ArrayList<>();
                for (int i = 0; i < sources.size(); i++) {
                    int n = (int) ((start[i + 1] - start[i]) / 4);
                    int[] words = new int[n];
                    for (int k = 0; k < n; k++) words[k] = bytes.getInt((int) start[i] + 4 * k);
                    out.add(words);
                }
                return out;
            } finally {
                Files.deleteIfExists(src);
                Files.deleteIfExists(obj);
                Files.deleteIfExists(bin);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
