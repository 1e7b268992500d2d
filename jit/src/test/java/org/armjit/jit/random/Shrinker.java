package org.armjit.jit.random;

import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Verifier;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Greedy shrinking of a failing random trace: remove one op line at a time, keeping the
 * removal whenever the rest is still a well-formed trace that still fails; repeat until
 * no single removal keeps it failing.
 */
final class Shrinker {
    private Shrinker() {}

    static TraceGenerator.Case shrink(TraceGenerator.Case failing) {
        return shrink(failing, RandomTraceCheck::check);
    }

    /** Shrinks against any check (null: passes, else the problem). */
    static TraceGenerator.Case shrink(TraceGenerator.Case failing, java.util.function.Function<TraceGenerator.Case, String> check) {
        World w = new World(failing.worldSeed());
        List<String> lines = new ArrayList<>(Arrays.asList(failing.text(w.calls).split("\n")));
        String kind = RandomTraceCheck.category(check.apply(failing));
        boolean progress = true;
        while (progress) {
            progress = false;
            for (int i = lines.size() - 2; i >= 0; i--) {
                String line = lines.get(i);
                if (line.startsWith("#") || line.startsWith("[") || line.startsWith("label(")) continue;
                List<String> candidate = new ArrayList<>(lines);
                candidate.remove(i);
                TraceGenerator.Case c = tryParse(String.join("\n", candidate), w);
                if (c != null && kind.equals(RandomTraceCheck.category(check.apply(c)))) {
                    lines = candidate;
                    progress = true;
                }
            }
        }
        return TraceGenerator.Case.parse(String.join("\n", lines), w.calls);
    }

    private static TraceGenerator.Case tryParse(String text, World w) {
        try {
            TraceGenerator.Case c = TraceGenerator.Case.parse(text, w.calls);
            Trace t = c.trace();
            Verifier.verify(t, w.calls, Map.of());
            return c;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static int countOps(TraceGenerator.Case c) {
        return c.trace().size();
    }

    static String text(TraceGenerator.Case c) {
        return c.text(new World(c.worldSeed()).calls);
    }

}
