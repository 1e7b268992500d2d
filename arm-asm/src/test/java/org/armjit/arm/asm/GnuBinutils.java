package org.armjit.arm.asm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The oracle: GNU as and objdump for arm-linux-gnueabihf, run as processes. Fails (never skips) if missing. */
final class GnuBinutils {
    static final String AS = "arm-linux-gnueabihf-as";
    static final String OBJCOPY = "arm-linux-gnueabihf-objcopy";
    static final String OBJDUMP = "arm-linux-gnueabihf-objdump";

    private GnuBinutils() {
    }

    static void requireInstalled() {
        for (String tool : new String[] {AS, OBJCOPY, OBJDUMP}) {
            try {
                Process p = new ProcessBuilder(tool, "--version").redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                if (p.waitFor() == 0) {
                    continue;
                }
            } catch (IOException | InterruptedException e) {
                // fall through
            }
            throw new AssertionError(tool + " is not installed: run ./run-tests, which installs binutils-arm-linux-gnueabihf");
        }
    }

    /** Assembles GNU source with {@code -march=armv7ve -mfpu=vfpv3-d16} and returns the .text words. */
    static int[] assemble(String source, Path dir) throws IOException, InterruptedException {
        Path s = dir.resolve("in.s");
        Path o = dir.resolve("in.o");
        Path bin = dir.resolve("in.bin");
        Files.writeString(s, source);
        try {
            run(AS, "-march=armv7ve", "-mfpu=vfpv3-d16", "-o", o.toString(), s.toString());
        } catch (AssertionError e) {
            // name the offending source lines
            String[] lines = source.split("\n", -1);
            StringBuilder sb = new StringBuilder(e.getMessage());
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("in\\.s:(\\d+): Error").matcher(e.getMessage());
            while (m.find()) {
                int n = Integer.parseInt(m.group(1));
                sb.append("\nline ").append(n).append(": ").append(lines[n - 1]);
            }
            throw new AssertionError(sb.toString());
        }
        run(OBJCOPY, "-O", "binary", "-j", ".text", o.toString(), bin.toString());
        byte[] b = Files.readAllBytes(bin);
        int[] words = new int[b.length / 4];
        for (int i = 0; i < words.length; i++) {
            words[i] = (b[4 * i] & 0xff) | (b[4 * i + 1] & 0xff) << 8 | (b[4 * i + 2] & 0xff) << 16 | (b[4 * i + 3] & 0xff) << 24;
        }
        return words;
    }

    /** objdump's normalised text for each word, the first at {@code base} (raw binary, -marm, no symbols). */
    static List<String> disassemble(int[] words, int base, Path dir) throws IOException, InterruptedException {
        Path bin = dir.resolve("words.bin");
        byte[] b = new byte[words.length * 4];
        for (int i = 0; i < words.length; i++) {
            for (int k = 0; k < 4; k++) {
                b[4 * i + k] = (byte) (words[i] >>> (8 * k));
            }
        }
        Files.write(bin, b);
        String out = run(OBJDUMP, "-D", "-b", "binary", "-marm", "--adjust-vma=0x" + Integer.toHexString(base), bin.toString());
        List<String> texts = new ArrayList<>();
        for (String line : out.split("\n")) {
            // "   4:\te59f0008 \tldr\tr0, [pc, #8]\t@ 0x14"
            int colon = line.indexOf(":\t");
            if (colon < 0 || !line.substring(0, colon).trim().matches("[0-9a-f]+")) {
                continue;
            }
            String rest = line.substring(colon + 2);
            int tab = rest.indexOf('\t');
            String text = tab < 0 ? "" : rest.substring(tab + 1);
            texts.add(ObjdumpText.normalise(text));
        }
        if (texts.size() != words.length) {
            throw new AssertionError("objdump printed " + texts.size() + " lines for " + words.length + " words");
        }
        return texts;
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES) || p.exitValue() != 0) {
            throw new AssertionError(String.join(" ", cmd) + " failed:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
