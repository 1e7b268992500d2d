package org.armjit.arm.asm;

import java.util.Locale;

/** A VFP register: single precision s0-s31 or double precision d0-d15 (VFPv3-D16 / VFPv2 register file). */
public final class VfpRegister {
    public static final int SINGLE_COUNT = 32;
    public static final int DOUBLE_COUNT = 16;

    private static final VfpRegister[] S = new VfpRegister[SINGLE_COUNT];
    private static final VfpRegister[] D = new VfpRegister[DOUBLE_COUNT];

    static {
        for (int i = 0; i < SINGLE_COUNT; i++) {
            S[i] = new VfpRegister(false, i);
        }
        for (int i = 0; i < DOUBLE_COUNT; i++) {
            D[i] = new VfpRegister(true, i);
        }
    }

    private final boolean isDouble;
    private final int index;

    private VfpRegister(boolean isDouble, int index) {
        this.isDouble = isDouble;
        this.index = index;
    }

    public static VfpRegister s(int index) {
        return S[index];
    }

    public static VfpRegister d(int index) {
        return D[index];
    }

    public boolean isDouble() {
        return isDouble;
    }

    public boolean isSingle() {
        return !isDouble;
    }

    public int index() {
        return index;
    }

    /** The 4-bit Vd/Vn/Vm field. */
    int field() {
        return isDouble ? index & 15 : index >>> 1;
    }

    /** The extra D/N/M bit. */
    int extraBit() {
        return isDouble ? index >>> 4 : index & 1;
    }

    /** Parses s0-s31 or d0-d15; null if the text is not such a register. */
    public static VfpRegister parse(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        if (t.length() < 2 || t.length() > 3 || (t.charAt(0) != 's' && t.charAt(0) != 'd')) {
            return null;
        }
        for (int i = 1; i < t.length(); i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return null;
            }
        }
        if (t.length() == 3 && t.charAt(1) == '0') {
            return null;
        }
        int n = Integer.parseInt(t.substring(1));
        if (t.charAt(0) == 's') {
            return n < SINGLE_COUNT ? S[n] : null;
        }
        return n < DOUBLE_COUNT ? D[n] : null;
    }

    @Override
    public String toString() {
        return (isDouble ? "d" : "s") + index;
    }
}
