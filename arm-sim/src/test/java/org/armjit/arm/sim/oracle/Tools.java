package org.armjit.arm.sim.oracle;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The external ARM oracles (GNU binutils, cross gcc, qemu-arm). Missing tools fail, never skip. */
public final class Tools {
    public static final String AS = "arm-linux-gnueabihf-as";
    public static final String OBJCOPY = "arm-linux-gnueabihf-objcopy";
    public static final String NM = "arm-linux-gnueabihf-nm";
    public static final String GCC = "arm-linux-gnueabihf-gcc";
    public static final String QEMU = "qemu-arm";
    public static final String SYSROOT = "/usr/arm-linux-gnueabihf";

    private Tools() {}

    public static String require(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) return Path.of(dir, tool).toString();
        }
        throw new AssertionError(tool + " not found: run ./run-tests, which installs binutils-arm-linux-gnueabihf, "
                + "gcc-arm-linux-gnueabihf and qemu-user");
    }

    /** Runs a command, returns stdout; fails with stderr on a nonzero exit. */
    public static byte[] run(List<String> cmd, Path dir) {
        try {
            List<String> full = new ArrayList<>(cmd);
            full.set(0, require(cmd.get(0)));
            Path err = Files.createTempFile("armjit-tool", ".err");
            Path out = Files.createTempFile("armjit-tool", ".out");
            try {
                Process p = new ProcessBuilder(full).directory(dir == null ? null : dir.toFile())
                        .redirectError(err.toFile()).redirectOutput(out.toFile()).start();
                if (!p.waitFor(10, TimeUnit.MINUTES)) {
                    p.destroyForcibly();
                    throw new AssertionError("timed out: " + cmd);
                }
                if (p.exitValue() != 0) {
                    throw new AssertionError(String.join(" ", cmd) + " exited " + p.exitValue() + ":\n"
                            + truncate(Files.readString(err, StandardCharsets.UTF_8)));
                }
                return Files.readAllBytes(out);
            } finally {
                Files.deleteIfExists(err);
                Files.deleteIfExists(out);
            }
        } catch (IOException e) {
            throw new AssertionError("running " + cmd + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static String truncate(String s) {
        return s.length() > 4000 ? s.substring(0, 4000) + "\n..." : s;
    }

    /** A scratch directory under the module's target/. */
    public static Path scratch(String name) {
        try {
            Path dir = Path.of("target", name).toAbsolutePath();
            Files.createDirectories(dir);
            return dir;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
