package org.armjit.arm.asm;

import java.util.Locale;

/** The 16 A32 data-processing opcodes, in encoding order. */
public enum DataOp {
    AND, EOR, SUB, RSB, ADD, ADC, SBC, RSC, TST, TEQ, CMP, CMN, ORR, MOV, BIC, MVN;

    private static final DataOp[] BY_CODE = values();

    public int code() {
        return ordinal();
    }

    /** TST, TEQ, CMP, CMN: no destination, always set flags. */
    public boolean isComparison() {
        return ordinal() >= 8 && ordinal() <= 11;
    }

    /** MOV, MVN: no first operand register. */
    public boolean isMove() {
        return this == MOV || this == MVN;
    }

    public String gnuName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DataOp of(int code) {
        return BY_CODE[code & 15];
    }
}
