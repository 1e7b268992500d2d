package org.armjit.lang.vm;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CPython 3.11's "Did you mean" (Python/suggestions.c): among candidate names, the closest to
 * the missing one by a Levenshtein distance where a case change costs 1 and any other edit 2,
 * within a third of the characters involved; the first of equally close ones wins.
 */
final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;

    private Suggestions() {}

    /** The suggestion for {@code name} among {@code candidates} (in CPython's order), or null. */
    static String best(String name, List<String> candidates) {
        if (candidates.size() >= MAX_CANDIDATE_ITEMS) return null;
        byte[] n = name.getBytes(StandardCharsets.UTF_8);
        String suggestion = null;
        int suggestionDistance = Integer.MAX_VALUE;
        for (String item : candidates) {
            if (item.equals(name)) continue;
            byte[] c = item.getBytes(StandardCharsets.UTF_8);
            // no more than a third of the characters involved may need to change
            int maxDistance = (n.length + c.length + 3) * MOVE_COST / 6;
            maxDistance = Math.min(maxDistance, suggestionDistance - 1);
            int d = distance(n, c, maxDistance);
            if (d > maxDistance) continue;
            if (suggestion == null || d < suggestionDistance) {
                suggestion = item;
                suggestionDistance = d;
            }
        }
        return suggestion;
    }

    private static int substitutionCost(byte a, byte b) {
        if ((a & 31) != (b & 31)) return MOVE_COST;
        if (a == b) return 0;
        if (a >= 'A' && a <= 'Z') a += 'a' - 'A';
        if (b >= 'A' && b <= 'Z') b += 'a' - 'A';
        return a == b ? CASE_COST : MOVE_COST;
    }

    private static int distance(byte[] a0, byte[] b0, int maxCost) {
        byte[] a = a0, b = b0;
        if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
        if (b.length < a.length) {
            byte[] t = a;
            a = b;
            b = t;
        }
        if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
        int as = 0, ae = a.length, bs = 0, be = b.length;
        while (as < ae && bs < be && a[as] == b[bs]) {
            as++;
            bs++;
        }
        while (as < ae && bs < be && a[ae - 1] == b[be - 1]) {
            ae--;
            be--;
        }
        int aSize = ae - as, bSize = be - bs;
        if (aSize == 0 || bSize == 0) return (aSize + bSize) * MOVE_COST;
        int[] buffer = new int[aSize];
        for (int i = 0; i < aSize; i++) buffer[i] = (i + 1) * MOVE_COST;
        int result = 0;
        for (int bi = 0; bi < bSize; bi++) {
            byte code = b[bs + bi];
            int distance = result = bi * MOVE_COST;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < aSize; i++) {
                int substitute = distance + substitutionCost(code, a[as + i]);
                distance = buffer[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                buffer[i] = result;
                if (result < minimum) minimum = result;
            }
            if (minimum > maxCost) return maxCost + 1;
        }
        return result;
    }
}
