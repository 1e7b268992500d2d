package org.armjit.arm.sim.oracle;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * qemu-arm results recorded for snippets, checked in so the comparison also runs where qemu is
 * absent. One text line per snippet (gzip-compressed): data seed, code words, the 48 register
 * words of the window, then the scratch-memory words that differ from the seed's fill
 * ({@code index=value}), all hex. Regenerate with {@code main} (needs GNU as and qemu-arm).
 */
public final class RecordedResults {
    public static final String RESOURCE = "/qemu/recorded-snippets.txt.gz";

    private RecordedResults() {}

    public static List<DifferentialRun.Case> load() throws IOException {
        List<DifferentialRun.Case> out = new ArrayList<>();
        try (InputStream in = RecordedResults.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IOException("missing resource " + RESOURCE);
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.US_ASCII));
            for (String line; (line = r.readLine()) != null; ) {
                String[] f = line.split(" ", -1);
                int seed = Integer.parseUnsignedInt(f[0], 16);
                int[] code = words(f[1]);
                int[] window = new int[SnippetLayout.WINDOW_WORDS];
                int[] regs = words(f[2]);
                System.arraycopy(regs, 0, window, 0, SnippetLayout.W_MEM);
                int[] fill = new int[SnippetLayout.DATA_SIZE / 4];
                SnippetLayout.fill(seed, fill);
                int memStart = (SnippetLayout.STACK_TOP - SnippetLayout.DATA) / 4;
                for (int k = SnippetLayout.W_MEM; k < window.length; k++) window[k] = fill[memStart + k - SnippetLayout.W_MEM];
                if (!f[3].isEmpty()) {
                    for (String d : f[3].split(",")) {
                        String[] kv = d.split("=");
                        window[Integer.parseInt(kv[0], 16)] = Integer.parseUnsignedInt(kv[1], 16);
                    }
                }
                out.add(new DifferentialRun.Case("(recorded; code words only)", seed, code, window));
            }
        }
        return out;
    }

    private static int[] words(String hex) {
        String[] p = hex.split(",");
        int[] w = new int[p.length];
        for (int i = 0; i < p.length; i++) w[i] = Integer.parseUnsignedInt(p[i], 16);
        return w;
    }

    /** Records {@code args[0]} snippets into {@code args[1]} (default: the source resource path). */
    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Path dest = Path.of(args.length > 1 ? args[1] : "src/test/resources" + RESOURCE);
        List<DifferentialRun.Case> cases = DifferentialRun.qemuCases(0x7ec0_4d3dL, count, 2500);
        int[] fill = new int[SnippetLayout.DATA_SIZE / 4];
        int memStart = (SnippetLayout.STACK_TOP - SnippetLayout.DATA) / 4;
        try (OutputStream os = new GZIPOutputStream(Files.newOutputStream(dest));
             PrintWriter w = new PrintWriter(new java.io.OutputStreamWriter(os, StandardCharsets.US_ASCII))) {
            for (DifferentialRun.Case c : cases) {
                SnippetLayout.fill(c.seed(), fill);
                StringBuilder sb = new StringBuilder(Integer.toHexString(c.seed())).append(' ');
                for (int i = 0; i < c.code().length; i++) sb.append(i > 0 ? "," : "").append(Integer.toHexString(c.code()[i]));
                sb.append(' ');
                for (int k = 0; k < SnippetLayout.W_MEM; k++) sb.append(k > 0 ? "," : "").append(Integer.toHexString(c.qemu()[k]));
                sb.append(' ');
                boolean first = true;
                for (int k = SnippetLayout.W_MEM; k < SnippetLayout.WINDOW_WORDS; k++) {
                    if (c.qemu()[k] == fill[memStart + k - SnippetLayout.W_MEM]) continue;
                    sb.append(first ? "" : ",").append(Integer.toHexString(k)).append('=').append(Integer.toHexString(c.qemu()[k]));
                    first = false;
                }
                w.println(sb);
            }
        }
        System.out.println("recorded " + cases.size() + " snippets into " + dest);
    }
}
