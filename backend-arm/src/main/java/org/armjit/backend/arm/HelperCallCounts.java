package org.armjit.backend.arm;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.armjit.runtime.calls.RuntimeCall;

/**
 * Runtime calls made from generated code, per call: the first thing to look at when compiled
 * code is slower than it should be (a call out costs far more than any inline sequence,
 * natively most of all).
 */
final class HelperCallCounts {
    private final long[] byId = new long[RuntimeBlock.MAX_CALLS];
    private final RuntimeCall[] calls = new RuntimeCall[RuntimeBlock.MAX_CALLS];
    private long total;

    void count(RuntimeCall call) {
        int id = call.id();
        byId[id]++;
        calls[id] = call;
        total++;
    }

    long total() {
        return total;
    }

    long of(RuntimeCall call) {
        return byId[call.id()];
    }

    /** The {@code n} most frequent calls, most frequent first. */
    List<Entry> top(int n) {
        List<Entry> all = new ArrayList<>();
        for (int id = 0; id < byId.length; id++) {
            if (byId[id] > 0) all.add(new Entry(calls[id].name(), byId[id]));
        }
        all.sort(Comparator.comparingLong(Entry::count).reversed().thenComparing(Entry::name));
        return all.subList(0, Math.min(n, all.size()));
    }

    record Entry(String name, long count) {}
}
