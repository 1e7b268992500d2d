package org.armjit.lang.vm;

/**
 * Value words: a small int is tagged {@code v << 1 | 1} (31 bits of value), anything else
 * with the low bit clear is the address of an object, and 0 is NULL (no value).
 */
public final class Tag {
    public static final int MIN = -(1 << 30);
    public static final int MAX = (1 << 30) - 1;

    private Tag() {}

    public static boolean isInt(int w) {
        return (w & 1) != 0;
    }

    public static int box(int v) {
        return v << 1 | 1;
    }

    public static int unbox(int w) {
        return w >> 1;
    }

    public static boolean fits(long v) {
        return v >= MIN && v <= MAX;
    }
}
