package org.armjit.backend.arm;

import org.armjit.arm.asm.Register;
import org.armjit.arm.asm.VfpRegister;

/**
 * Where a value lives, as one int: a core register (0-15), a VFP double register (16-31) or
 * a byte offset in the {@link JitFrame} ({@link #FRAME} and up). Guard location maps, label
 * locations and parallel moves are arrays of these.
 */
final class Loc {
    private Loc() {}

    static final int NONE = -1;
    static final int VFP = 16;
    static final int FRAME = 1024;

    static int core(Register r) { return r.code(); }

    static int vfp(int d) { return VFP + d; }

    static int frame(int offset) { return FRAME + offset; }

    static int slot(int slot) { return frame(JitFrame.slotOffset(slot)); }

    static boolean isCore(int loc) { return loc >= 0 && loc < VFP; }

    static boolean isVfp(int loc) { return loc >= VFP && loc < VFP + 16; }

    static boolean isReg(int loc) { return loc >= 0 && loc < VFP + 16; }

    static boolean isFrame(int loc) { return loc >= FRAME; }

    static Register coreReg(int loc) { return Register.of(loc); }

    static VfpRegister vfpReg(int loc) { return VfpRegister.d(loc - VFP); }

    static int frameOffset(int loc) { return loc - FRAME; }

    static String text(int loc) {
        if (isCore(loc)) return Register.of(loc).gnuName();
        if (isVfp(loc)) return "d" + (loc - VFP);
        if (isFrame(loc)) return "[fp, #" + frameOffset(loc) + "]";
        return "-";
    }
}
