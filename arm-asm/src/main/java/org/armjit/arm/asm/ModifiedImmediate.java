package org.armjit.arm.asm;

import java.util.Optional;

/**
 * An A32 "modified immediate" (8 bits rotated right by an even amount). An instance exists only
 * for values that encode; the encoding chosen is the one with the smallest rotation, as GNU as does.
 */
public final class ModifiedImmediate {
    private final int value;
    private final int field;

    private ModifiedImmediate(int value, int field) {
        this.value = value;
        this.field = field;
    }

    /** The 12-bit field (rotation in bits 8-11, imm8 in 0-7) for {@code value}, or -1 if it does not encode. */
    public static int encode(int value) {
        for (int rot = 0; rot < 16; rot++) {
            int imm8 = Integer.rotateLeft(value, 2 * rot);
            if ((imm8 & ~0xff) == 0) {
                return rot << 8 | imm8;
            }
        }
        return -1;
    }

    public static boolean isEncodable(int value) {
        return encode(value) >= 0;
    }

    /** The immediate for {@code value}, or empty if it has no modified-immediate encoding. */
    public static Optional<ModifiedImmediate> of(int value) {
        return Optional.ofNullable(tryEncode(value));
    }

    /** The immediate for {@code value}, or null if it has no modified-immediate encoding. */
    public static ModifiedImmediate tryEncode(int value) {
        int f = encode(value);
        return f < 0 ? null : new ModifiedImmediate(value, f);
    }

    /** Decodes a 12-bit field to the value it stands for. */
    public static int decode(int field12) {
        return Integer.rotateRight(field12 & 0xff, 2 * ((field12 >>> 8) & 15));
    }

    public int value() {
        return value;
    }

    /** The 12-bit field. */
    public int field() {
        return field;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ModifiedImmediate && ((ModifiedImmediate) o).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    @Override
    public String toString() {
        return "#" + value;
    }
}
