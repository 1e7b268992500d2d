package org.armjit.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The jar on real ARM JVMs: Debian's OpenJDK 17 for armhf and armel, run under qemu-arm (the
 * sysroots come from tools/arm-sysroot). On such a JVM armjit must pick the native engine
 * by itself, with the target its host detection derives from the CPU (-cpu) and the JVM's float
 * ABI, and every program must print what CPython printed, with compiled code having run.
 *
 * <p>Runs after the jar is packaged (the integration-test phase). A corpus subset in CI; every
 * corpus program with -Darmjit.full=true.
 */
class NativeArmJvmIT {
    static final Path REPO = Path.of(System.getProperty("armjit.repo", "..")).toAbsolutePath().normalize();
    static final Path JAR = REPO.resolve("cli/target/armjit.jar");
    static final String EAGER = "threshold=1,function_threshold=1,trace_eagerness=1";
    static final boolean FULL = Boolean.getBoolean("armjit.full");
    static final long TIMEOUT_MINUTES = FULL ? 600 : 20;

    /** Hot loops, calls (more arguments than registers too), objects, floats, exceptions, generators, big ints. */
    static final List<String> CORTEX_A15_SUBSET = List.of("loop_int_sum", "loop_float_kernel", "loop_function_calls",
            "loop_object_attrs", "loop_list_ops", "loop_dict_counting", "exc_in_functions", "gen_expressions",
            "loop_bigint_growth", "real_matrix", "class_polymorphism", "real_sorting_algorithms", "math_trig",
            "func_star_args", "str_iteration", "loop_math_libm", "jit_direct_calls");
    /** What differs without SDIV is division: a smaller subset. */
    static final List<String> CORTEX_A9_SUBSET = List.of("loop_int_sum", "loop_float_kernel", "exc_in_functions",
            "class_polymorphism", "math_trig", "func_star_args");
    /**
     * Debian's armel JVM is Zero (an interpreter), ten times slower under qemu: two programs whose
     * floats cross calls in core registers (softfp), with calls of more arguments than registers.
     */
    static final List<String> ARMEL_SUBSET = List.of("math_trig", "func_star_args");
    /**
     * ARM926EJ-S (ARMv5TE, no FPU) under the armel JVM: the host detection picks armv5te-soft, whose
     * float ops call libgcc's run-time ABI routines directly. One program: Zero on an emulated
     * ARMv5 is slow.
     */
    static final List<String> ARM926_SUBSET = List.of("math_trig");

    static Stream<Arguments> configurations() {
        return Stream.of(
                Arguments.of("armhf", "cortex-a15", "armv7ve-hf", CORTEX_A15_SUBSET),
                Arguments.of("armhf", "cortex-a9", "armv7-hf", CORTEX_A9_SUBSET),
                Arguments.of("armel", "cortex-a9", "armv7-softfp", ARMEL_SUBSET),
                Arguments.of("armel", "arm926", "armv5te-soft", ARM926_SUBSET));
    }

    @BeforeAll
    static void jarExists() {
        assertTrue(Files.isRegularFile(JAR), JAR + " is missing: this test runs after `mvn package`");
    }

    @ParameterizedTest(name = "{0} JVM on {1}")
    @MethodSource("configurations")
    void corpusPassesNatively(String arch, String cpu, String expectedTarget, List<String> subset) throws Exception {
        Path sysroot = sysroot(arch);
        Path java = sysroot.resolve("usr/lib/jvm/java-17-openjdk-" + arch + "/bin/java");
        List<String> programs = new ArrayList<>();
        if (FULL) {
            try (Stream<Path> s = Files.list(REPO.resolve("tests/programs"))) {
                s.filter(p -> p.toString().endsWith(".py")).sorted().forEach(p -> programs.add(p.toString()));
            }
        } else {
            for (String name : subset) programs.add(REPO.resolve("tests/programs/" + name + ".py").toString());
        }
        List<String> cmd = new ArrayList<>(List.of("qemu-arm", "-L", sysroot.toString(), "-cpu", cpu, java.toString(),
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss16m", "-jar", JAR.toString(), "check", "--jit", EAGER));
        cmd.addAll(programs);
        String out = run(cmd, REPO);

        List<String> failures = new ArrayList<>();
        Pattern ok = Pattern.compile("^ok (\\S+) \\((.*)\\)$");
        int passed = 0;
        for (String line : out.split("\n")) {
            if (line.startsWith("FAIL ")) failures.add(line);
            Matcher m = ok.matcher(line);
            if (!m.matches()) continue;
            passed++;
            String stats = m.group(2);
            if (!stats.contains("engine native")) failures.add(m.group(1) + ": not run natively (" + stats + ")");
            // Runtime calls through our JNI upcalls, not the JNA callback fallback (several thousand instructions each).
            if (!stats.contains("runtime_calls jni")) failures.add(m.group(1) + ": runtime calls not through JNI (" + stats + ")");
            if (!stats.contains("target " + expectedTarget)) failures.add(m.group(1) + ": expected target " + expectedTarget + " (" + stats + ")");
            if (!FULL && !Pattern.compile("trace_enters [1-9]").matcher(stats).find()) {
                failures.add(m.group(1) + ": no compiled code ran (" + stats + ")");
            }
        }
        if (!failures.isEmpty()) fail(arch + " on " + cpu + ":\n" + String.join("\n", failures) + "\n--- output:\n" + out);
        assertEquals(programs.size(), passed, "every program reported ok:\n" + out);
    }

    /**
     * A code area the kernel offers across 0x8000_0000 is refused (addresses are compared as Java ints):
     * a CI run once failed with "code area full" when qemu's mappings, which move down as programs come
     * and go, put the 14th program's code area there. The hint asks for exactly that place.
     */
    @Test
    void codeAreaAcrossTheSignBoundaryIsRefused() throws Exception {
        Path sysroot = sysroot("armhf");
        String out = run(List.of("qemu-arm", "-L", sysroot.toString(), "-cpu", "cortex-a15",
                sysroot.resolve("usr/lib/jvm/java-17-openjdk-armhf/bin/java").toString(), "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Darmjit.nativeCodeHint=0x7fc00000", "-jar", JAR.toString(), "check", "--jit", EAGER,
                REPO.resolve("tests/programs/func_star_args.py").toString()), REPO);
        assertTrue(out.contains("engine native") && out.contains("1 of 1 programs match CPython"), out);
    }

    /** The sysroot of Debian's JVM for {@code arch}, built (once, cached) by tools/arm-sysroot. */
    static Path sysroot(String arch) throws Exception {
        String path = run(List.of(REPO.resolve("tools/arm-sysroot").toString(), arch, "jvm"), REPO).strip();
        Path p = Path.of(path.substring(path.lastIndexOf('\n') + 1));
        assertTrue(Files.isDirectory(p), "no sysroot at " + p);
        return p;
    }

    /** Runs {@code cmd}; its stdout, or a failure with everything it printed. */
    static String run(List<String> cmd, Path dir) throws IOException, InterruptedException {
        Path log = Files.createTempFile("armjit-it", ".err");
        try {
            Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(log.toFile()).start();
            byte[] out = p.getInputStream().readAllBytes();
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                fail("did not finish within " + TIMEOUT_MINUTES + " min: " + String.join(" ", cmd));
            }
            String text = new String(out, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                fail("exit " + p.exitValue() + ": " + String.join(" ", cmd.subList(0, Math.min(cmd.size(), 12))) + " ...\n--- stdout:\n"
                        + text + "\n--- stderr:\n" + Files.readString(log));
            }
            return text;
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
