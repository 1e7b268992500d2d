package org.armjit.arm.asm;

import java.util.Locale;

/** A32 condition codes, in encoding order. {@link #suffix()} is what GNU tools print ("" for AL). */
public enum Condition {
    EQ, NE, CS, CC, MI, PL, VS, VC, HI, LS, GE, LT, GT, LE, AL;

    public static final Condition HS = CS;
    public static final Condition LO = CC;

    private static final Condition[] BY_CODE = values();

    public int code() {
        return ordinal();
    }

    /** The condition field already shifted into bits 28-31. */
    int bits() {
        return ordinal() << 28;
    }

    public String suffix() {
        return this == AL ? "" : name().toLowerCase(Locale.ROOT);
    }

    public Condition invert() {
        if (this == AL) {
            throw new IllegalArgumentException("AL has no inverse");
        }
        return BY_CODE[ordinal() ^ 1];
    }

    /** Condition for a 4-bit code 0-14; null for 15 (the unconditional space). */
    public static Condition of(int code) {
        return code < 15 ? BY_CODE[code] : null;
    }

    /** Parses a condition suffix (eq..le, al, hs, lo); null if it is not one. */
    public static Condition parse(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "eq": return EQ;
            case "ne": return NE;
            case "cs": case "hs": return CS;
            case "cc": case "lo": return CC;
            case "mi": return MI;
            case "pl": return PL;
            case "vs": return VS;
            case "vc": return VC;
            case "hi": return HI;
            case "ls": return LS;
            case "ge": return GE;
            case "lt": return LT;
            case "gt": return GT;
            case "le": return LE;
            case "al": return AL;
            default: return null;
        }
    }
}
