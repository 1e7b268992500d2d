package org.armjit.arm.sim;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.armjit.arm.sim.oracle.DifferentialRun;
import org.armjit.arm.sim.oracle.RecordedResults;
import org.junit.jupiter.api.Test;

/** The simulator against qemu-arm results recorded in src/test/resources: needs no ARM tools. */
class RecordedQemuResultsTest {
    @Test
    void simulatorReproducesRecordedQemuResults() throws Exception {
        List<DifferentialRun.Case> cases = RecordedResults.load();
        assertTrue(cases.size() >= 2000, "recorded snippets: " + cases.size());
        StringBuilder failures = new StringBuilder();
        int failed = 0;
        for (DifferentialRun.Case c : cases) {
            String diff = DifferentialRun.check(c);
            if (diff != null && ++failed <= 5) failures.append("---- seed ").append(c.seed()).append('\n').append(diff);
        }
        assertTrue(failed == 0, failed + " of " + cases.size() + " recorded snippets differ:\n" + failures);
    }
}
