package org.armjit.backend.arm.abi;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The calling conventions against gcc, both directions, for hard-float (armhf gcc), softfp and
 * soft-float (armel gcc; soft-float under qemu's arm926, which has no FPU): random signatures
 * of int, unsigned, float and double with up to 16 parameters and every result kind. 500
 * signatures per ABI in CI, 10,000 with -Darmjit.full=true (in executables of 1,000).
 */
class CallingConventionGccTest {
    static final boolean FULL = Boolean.getBoolean("armjit.full");
    static final int COUNT = FULL ? 10_000 : 500;
    static final int BATCH = 1_000;

    private static void check(GccAbiRun abi, long seed) throws IOException {
        SignatureGenerator gen = new SignatureGenerator(seed);
        List<String> problems = new ArrayList<>();
        for (int start = 0; start < COUNT; start += BATCH) {
            List<CSignature> batch = new ArrayList<>();
            for (int i = start; i < Math.min(COUNT, start + BATCH); i++) batch.add(gen.next(i - start));
            problems.addAll(abi.run(batch, Path.of("target", "abi-gcc", abi.name(), "batch" + start / BATCH).toAbsolutePath()));
        }
        assertEquals(List.of(), problems.size() > 50 ? problems.subList(0, 50) : problems);
    }

    @Test
    void hardFloat() throws IOException { check(GccAbiRun.HARD, 0x4846L); }

    @Test
    void softfp() throws IOException { check(GccAbiRun.SOFTFP, 0x5346L); }

    @Test
    void softFloat() throws IOException { check(GccAbiRun.SOFT, 0x5346_4eL); }
}
