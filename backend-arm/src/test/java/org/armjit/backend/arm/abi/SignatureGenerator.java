package org.armjit.backend.arm.abi;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random C signatures that reach every rule of the procedure call standard: a mix of profiles
 * (uniform; float-heavy, which fills s0-s15, back-fills single holes left by doubles and
 * overflows to the stack; double/int mixes, which skip r3 for an even pair and align stacked
 * doubles to 8; int-heavy with late doubles) and every result kind. Values are random bit
 * patterns with edge cases (zero, -0.0, infinities, denormals, INT_MIN), never NaN, so a copy
 * through any register keeps them bit-exact.
 */
final class SignatureGenerator {
    private static final CType[] ARGS = {CType.INT, CType.UNSIGNED, CType.FLOAT, CType.DOUBLE};
    private static final CType[] RESULTS = CType.values();

    private final Random rnd;

    SignatureGenerator(long seed) { rnd = new Random(seed); }

    CSignature next(int id) {
        int profile = rnd.nextInt(4);
        int n;
        double[] weights; // int, unsigned, float, double
        switch (profile) {
            case 0 -> { n = rnd.nextInt(CSignature.MAX_PARAMS + 1); weights = new double[]{1, 1, 1, 1}; }
            case 1 -> { n = 8 + rnd.nextInt(CSignature.MAX_PARAMS - 7); weights = new double[]{0.1, 0.05, 0.5, 0.35}; }
            case 2 -> { n = 1 + rnd.nextInt(10); weights = new double[]{0.3, 0.15, 0.1, 0.45}; }
            default -> { n = 4 + rnd.nextInt(CSignature.MAX_PARAMS - 3); weights = new double[]{0.45, 0.3, 0.05, 0.2}; }
        }
        List<CType> params = new ArrayList<>();
        long[] bits = new long[n];
        for (int k = 0; k < n; k++) {
            CType t = pick(weights);
            params.add(t);
            bits[k] = value(t);
        }
        CType result = RESULTS[rnd.nextInt(RESULTS.length)];
        return new CSignature(id, result, params, bits, result == CType.VOID ? 0 : value(result));
    }

    private CType pick(double[] w) {
        double total = 0;
        for (double x : w) total += x;
        double r = rnd.nextDouble() * total;
        for (int i = 0; i < w.length; i++) {
            r -= w[i];
            if (r < 0) return ARGS[i];
        }
        return ARGS[w.length - 1];
    }

    private long value(CType t) {
        boolean edge = rnd.nextInt(8) == 0;
        switch (t) {
            case INT, UNSIGNED -> {
                int[] edges = {0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE, 0x80, 0xffff};
                return (edge ? edges[rnd.nextInt(edges.length)] : rnd.nextInt()) & 0xffffffffL;
            }
            case FLOAT -> {
                int[] edges = {0, 0x80000000, 0x7f800000, 0xff800000, 1, 0x3f800000, 0x7f7fffff};
                int b;
                do {
                    b = edge ? edges[rnd.nextInt(edges.length)] : rnd.nextInt();
                } while (Float.isNaN(Float.intBitsToFloat(b)));
                return b & 0xffffffffL;
            }
            case DOUBLE -> {
                long[] edges = {0, 0x8000000000000000L, 0x7ff0000000000000L, 0xfff0000000000000L, 1,
                        Double.doubleToRawLongBits(1.5), Double.doubleToRawLongBits(-2.75e300)};
                long b;
                do {
                    b = edge ? edges[rnd.nextInt(edges.length)] : rnd.nextLong();
                } while (Double.isNaN(Double.longBitsToDouble(b)));
                return b;
            }
            default -> throw new AssertionError(t);
        }
    }
}
