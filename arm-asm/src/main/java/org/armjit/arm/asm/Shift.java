package org.armjit.arm.asm;

import java.util.Locale;

/** Barrel-shifter operations. RRX is encoded as ROR with amount 0. */
public enum Shift {
    LSL(0), LSR(1), ASR(2), ROR(3), RRX(3);

    private final int type;

    Shift(int type) {
        this.type = type;
    }

    /** The 2-bit shift type field. */
    public int type() {
        return type;
    }

    /** Whether {@code amount} is a legal immediate shift amount (LSL 0-31, LSR/ASR 1-32, ROR 1-31, RRX 0). */
    public boolean isValidAmount(int amount) {
        switch (this) {
            case LSL: return amount >= 0 && amount <= 31;
            case LSR: case ASR: return amount >= 1 && amount <= 32;
            case ROR: return amount >= 1 && amount <= 31;
            default: return amount == 0;
        }
    }

    /** The 5-bit imm5 field for an immediate shift (32 encodes as 0). */
    int imm5(int amount) {
        return amount & 31;
    }

    public String gnuName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Shift parse(String s) {
        switch (s.toLowerCase(Locale.ROOT)) {
            case "lsl": case "asl": return LSL;
            case "lsr": return LSR;
            case "asr": return ASR;
            case "ror": return ROR;
            case "rrx": return RRX;
            default: return null;
        }
    }
}
