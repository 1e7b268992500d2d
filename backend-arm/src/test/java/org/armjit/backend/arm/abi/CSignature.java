package org.armjit.backend.arm.abi;

import org.armjit.arm.abi.Signature;

import java.util.ArrayList;
import java.util.List;

/**
 * One random C signature with the argument values and the result value its test passes (raw
 * bits: the low 32 for int, unsigned and float, all 64 for double).
 */
record CSignature(int id, CType result, List<CType> params, long[] argBits, long resultBits) {
    /** Echo slots: two words per parameter, then the result. */
    static final int MAX_PARAMS = 16;
    static final int RESULT_WORD = 2 * MAX_PARAMS;
    static final int IMAGE_WORDS = RESULT_WORD + 2;
    /** What an echo word holds when nothing wrote it. */
    static final int UNTOUCHED = 0xdeadbeef;

    CSignature {
        params = List.copyOf(params);
        if (params.size() > MAX_PARAMS) throw new IllegalArgumentException("too many parameters");
    }

    Signature machine() {
        List<org.armjit.arm.abi.ArgType> ps = new ArrayList<>();
        for (CType t : params) ps.add(t.machine);
        return new Signature(result.machine, ps);
    }

    /**
     * The exchange buffer after a correct call in either direction: every argument's bits in its
     * echo slot, the result's bits in the result slot, {@link #UNTOUCHED} elsewhere.
     */
    int[] expectedImage() {
        int[] img = new int[IMAGE_WORDS];
        java.util.Arrays.fill(img, UNTOUCHED);
        for (int k = 0; k < params.size(); k++) put(img, 2 * k, params.get(k), argBits[k]);
        put(img, RESULT_WORD, result, resultBits);
        return img;
    }

    private static void put(int[] img, int at, CType t, long bits) {
        if (t.words() >= 1) img[at] = (int) bits;
        if (t.words() == 2) img[at + 1] = (int) (bits >>> 32);
    }

    /** C declaration text, e.g. {@code double f(int a0, float a1)}. */
    String declaration(String name) {
        StringBuilder sb = new StringBuilder(result.c).append(' ').append(name).append('(');
        if (params.isEmpty()) sb.append("void");
        for (int k = 0; k < params.size(); k++) {
            if (k > 0) sb.append(", ");
            sb.append(params.get(k).c).append(" a").append(k);
        }
        return sb.append(')').toString();
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("#").append(id).append(' ').append(result.c).append('(');
        for (int k = 0; k < params.size(); k++) {
            if (k > 0) sb.append(", ");
            sb.append(params.get(k).c);
        }
        return sb.append(')').toString();
    }
}
