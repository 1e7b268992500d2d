package org.armjit.arm.sim.oracle;

/** Compares two result windows field by field, naming what differs. */
public final class WindowDiff {
    /** FPSCR bits compared: everything except the cumulative exception flags (optional in the simulator). */
    public static final int FPSCR_MASK = ~0x9f;

    private WindowDiff() {}

    /** Null if equal, else a description of every differing field. */
    public static String diff(int[] expected, int[] actual) {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < SnippetLayout.WINDOW_WORDS; k++) {
            int e = expected[k], a = actual[k];
            if (k == SnippetLayout.W_FPSCR) {
                e &= FPSCR_MASK;
                a &= FPSCR_MASK;
            }
            if (k < 32 && (k & 1) == 1) continue; // doubles compared as pairs at the even word
            if (k < 32) {
                long ed = (expected[k] & 0xffff_ffffL) | ((long) expected[k + 1] << 32);
                long ad = (actual[k] & 0xffff_ffffL) | ((long) actual[k + 1] << 32);
                if (ed != ad) sb.append(String.format("d%d: qemu 0x%016x sim 0x%016x%n", k / 2, ed, ad));
                continue;
            }
            if (e != a) sb.append(String.format("%s: qemu 0x%08x sim 0x%08x%n", name(k), e, a));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String name(int k) {
        if (k == SnippetLayout.W_APSR) return "apsr";
        if (k == SnippetLayout.W_FPSCR) return "fpscr";
        if (k >= SnippetLayout.W_R0 && k < SnippetLayout.W_LR) return "r" + (k - SnippetLayout.W_R0);
        if (k == SnippetLayout.W_LR) return "lr";
        return String.format("mem[sp+%d]", 4 * (k - SnippetLayout.W_MEM));
    }
}
