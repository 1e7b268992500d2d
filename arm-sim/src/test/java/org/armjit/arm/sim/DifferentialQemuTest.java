package org.armjit.arm.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.armjit.arm.sim.oracle.DifferentialRun;
import org.junit.jupiter.api.Test;

/**
 * The simulator against qemu-arm on random self-initialising snippets: registers, flags,
 * FPSCR (less the cumulative exception flags) and stack memory must match exactly.
 * 5,000 snippets by default, 100,000 with -Darmjit.full=true.
 */
class DifferentialQemuTest {
    static final boolean FULL = Boolean.getBoolean("armjit.full");

    @Test
    void simulatorMatchesQemuOnRandomSnippets() {
        int count = FULL ? 100_000 : 5_000;
        List<DifferentialRun.Case> cases = DifferentialRun.qemuCases(0x5eed_0005L, count, 2_500);
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (DifferentialRun.Case c : cases) {
            String diff = DifferentialRun.check(c);
            if (diff == null) continue;
            if (++failed <= 5) failures.append("---- snippet (seed ").append(c.seed()).append(")\n")
                    .append(c.source()).append(diff).append('\n');
        }
        assertTrue(failed == 0, failed + " of " + count + " snippets differ from qemu-arm:\n" + failures);
    }
}
