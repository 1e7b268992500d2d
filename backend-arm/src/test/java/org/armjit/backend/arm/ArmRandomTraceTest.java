package org.armjit.backend.arm;

import org.armjit.jit.random.BackendRandomTraces;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Random traces (module jit's generator: every op, guards, virtuals, helper calls, collections)
 * compiled by the ARM backend and run in the simulator with every contract check, against the
 * reference evaluator: 334 per configuration in CI (1,670 in all, five configurations), 100,000 with -Darmjit.full=true. Failures
 * are shrunk into src/test/resources/regressions, which every configuration re-checks.
 */
class ArmRandomTraceTest {
    static final boolean FULL = Boolean.getBoolean("armjit.full");

    static final BackendRandomTraces HARD = new BackendRandomTraces("armv7-hf",
            (h, c) -> new ArmBackend(h, c, ArmBackend.Options.of(ArmTarget.ARMV7_HF)));
    static final BackendRandomTraces SOFTFP_RANDOM = new BackendRandomTraces("armv7-softfp-random",
            (h, c) -> new ArmBackend(h, c, new ArmBackend.Options(ArmTarget.ARMV7_SOFTFP, true, 7, true)));
    static final BackendRandomTraces IDIV_RANDOM = new BackendRandomTraces("armv7ve-hf-random",
            (h, c) -> new ArmBackend(h, c, new ArmBackend.Options(ArmTarget.ARMV7VE_HF, true, 11, true)));
    static final BackendRandomTraces ARMV6_SOFT = new BackendRandomTraces("armv6-soft",
            (h, c) -> new ArmBackend(h, c, ArmBackend.Options.of(ArmTarget.ARMV6_SOFT)));
    static final BackendRandomTraces ARMV5TE_SOFT_RANDOM = new BackendRandomTraces("armv5te-soft-random",
            (h, c) -> new ArmBackend(h, c, new ArmBackend.Options(ArmTarget.ARMV5TE_SOFT, true, 13, true)));

    static Path regressions() {
        String repo = System.getProperty("armjit.repo");
        Path base = repo != null && !repo.isEmpty() ? Path.of(repo, "backend-arm") : Path.of("");
        return base.resolve("src/test/resources/regressions");
    }

    private static void check(BackendRandomTraces traces) throws IOException {
        assertEquals(List.of(), traces.run(FULL ? 100_000 : 334, 40, regressions()));
    }

    @Test
    void hardFloat() throws IOException {
        check(HARD);
    }

    @Test
    void softFpWithRandomRegisters() throws IOException {
        check(SOFTFP_RANDOM);
    }

    @Test
    void integerDivideWithRandomRegisters() throws IOException {
        check(IDIV_RANDOM);
    }

    @Test
    void armv6SoftFloat() throws IOException {
        check(ARMV6_SOFT);
    }

    @Test
    void armv5teSoftFloatWithRandomRegisters() throws IOException {
        check(ARMV5TE_SOFT_RANDOM);
    }

    @Test
    void savedRegressionsStillPass() throws IOException {
        List<String> failures = new ArrayList<>();
        for (BackendRandomTraces t : List.of(HARD, SOFTFP_RANDOM, IDIV_RANDOM, ARMV6_SOFT, ARMV5TE_SOFT_RANDOM)) failures.addAll(t.regressions(regressions()));
        assertEquals(List.of(), failures);
    }
}
