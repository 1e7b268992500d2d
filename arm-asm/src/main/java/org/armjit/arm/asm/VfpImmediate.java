package org.armjit.arm.asm;

import java.util.Optional;

/**
 * A VFPv3 VMOV immediate: +-(16..31)/16 * 2^(-3..4). Exists only for values that encode.
 * The same 8-bit field stands for the same value in .f32 and .f64.
 */
public final class VfpImmediate {
    private static final double[] VALUES = new double[256];

    static {
        for (int imm8 = 0; imm8 < 256; imm8++) {
            VALUES[imm8] = decode(imm8);
        }
    }

    private final int imm8;

    private VfpImmediate(int imm8) {
        this.imm8 = imm8;
    }

    /** The value an 8-bit field stands for (VFPExpandImm). */
    public static double decode(int imm8) {
        int sign = (imm8 >>> 7) & 1;
        int b = (imm8 >>> 6) & 1;
        int cd = (imm8 >>> 4) & 3;
        int efgh = imm8 & 15;
        // exponent field NOT(b):b..b:c:d, i.e. unbiased cd+1 (b=0) or cd-3 (b=1)
        int exp = b == 1 ? cd - 3 : cd + 1;
        double v = (16 + efgh) / 16.0 * Math.scalb(1.0, exp);
        return sign == 1 ? -v : v;
    }

    /** The 8-bit field for {@code value}, or -1 if it does not encode. */
    public static int encode(double value) {
        for (int i = 0; i < 256; i++) {
            if (Double.doubleToRawLongBits(VALUES[i]) == Double.doubleToRawLongBits(value)) {
                return i;
            }
        }
        return -1;
    }

    public static Optional<VfpImmediate> of(double value) {
        return Optional.ofNullable(tryEncode(value));
    }

    public static VfpImmediate tryEncode(double value) {
        int f = encode(value);
        return f < 0 ? null : new VfpImmediate(f);
    }

    public static VfpImmediate ofField(int imm8) {
        return new VfpImmediate(imm8 & 0xff);
    }

    public int imm8() {
        return imm8;
    }

    public double value() {
        return VALUES[imm8];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VfpImmediate && ((VfpImmediate) o).imm8 == imm8;
    }

    @Override
    public int hashCode() {
        return imm8;
    }

    @Override
    public String toString() {
        return "#" + value();
    }
}
