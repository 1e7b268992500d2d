package org.armjit.arm.sim.oracle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Development aid: runs a differential batch and prints failure categories with one example each. */
public final class Triage {
    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
        List<DifferentialRun.Case> cases = DifferentialRun.qemuCases(seed, n, 2500);
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> examples = new TreeMap<>();
        for (DifferentialRun.Case c : cases) {
            String d = DifferentialRun.check(c);
            if (d == null) continue;
            String key = d.lines().findFirst().orElse("").replaceAll("0x[0-9a-f]+", "X").replaceAll("\\d+", "N");
            counts.merge(key, 1, Integer::sum);
            examples.putIfAbsent(key, c.source().replaceAll("(?s)9:.*", "") + d);
        }
        counts.forEach((k, v) -> System.out.println(v + "  " + k));
        examples.forEach((k, v) -> System.out.println("==== " + k + "\n" + v));
    }
}
