package org.armjit.arm.asm;

import java.util.Locale;

/** An A32 core register. {@link #gnuName()} is the name GNU objdump prints (r10 = sl, r11 = fp, r12 = ip). */
public enum Register {
    R0, R1, R2, R3, R4, R5, R6, R7, R8, R9, R10, R11, R12, SP, LR, PC;

    public static final Register SL = R10;
    public static final Register FP = R11;
    public static final Register IP = R12;

    private static final Register[] BY_CODE = values();
    private static final String[] GNU_NAMES = {
        "r0", "r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "sl", "fp", "ip", "sp", "lr", "pc"};

    /** The 4-bit register number used in encodings. */
    public int code() {
        return ordinal();
    }

    /** Bit for this register in an LDM/STM/PUSH/POP register mask. */
    public int bit() {
        return 1 << ordinal();
    }

    public String gnuName() {
        return GNU_NAMES[ordinal()];
    }

    public static Register of(int code) {
        return BY_CODE[code & 15];
    }

    /** Parses a register name as GNU as accepts it (r0-r15, sb, sl, fp, ip, sp, lr, pc); null if it is not one. */
    public static Register parse(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        switch (n) {
            case "sb": return R9;
            case "sl": return R10;
            case "fp": return R11;
            case "ip": return R12;
            case "sp": return SP;
            case "lr": return LR;
            case "pc": return PC;
            default: break;
        }
        if (n.length() >= 2 && n.length() <= 3 && n.charAt(0) == 'r') {
            try {
                if (n.length() == 3 && n.charAt(1) == '0') {
                    return null;
                }
                int c = Integer.parseInt(n.substring(1));
                if (c >= 0 && c <= 15) {
                    return BY_CODE[c];
                }
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return gnuName();
    }
}
