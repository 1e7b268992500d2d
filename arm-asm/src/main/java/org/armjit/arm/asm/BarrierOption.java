package org.armjit.arm.asm;

import java.util.Locale;

/** DMB/DSB/ISB options of ARMv7. {@link #gnuName()} is what objdump prints (NSH prints as "un"). */
public enum BarrierOption {
    OSHST(2, "oshst"), OSH(3, "osh"), NSHST(6, "unst"), NSH(7, "un"),
    ISHST(10, "ishst"), ISH(11, "ish"), ST(14, "st"), SY(15, "sy");

    private final int code;
    private final String gnuName;

    BarrierOption(int code, String gnuName) {
        this.code = code;
        this.gnuName = gnuName;
    }

    public int code() {
        return code;
    }

    public String gnuName() {
        return gnuName;
    }

    public static BarrierOption of(int code) {
        for (BarrierOption o : values()) {
            if (o.code == code) {
                return o;
            }
        }
        return null;
    }

    /** Accepts both the architectural names (nsh, nshst) and objdump's (un, unst). */
    public static BarrierOption parse(String s) {
        String n = s.toLowerCase(Locale.ROOT);
        if (n.equals("nsh")) {
            return NSH;
        }
        if (n.equals("nshst")) {
            return NSHST;
        }
        for (BarrierOption o : values()) {
            if (o.gnuName.equals(n)) {
                return o;
            }
        }
        return null;
    }
}
