package org.armjit.arm.abi;

import java.util.ArrayList;
import java.util.List;

/**
 * The procedure call standard for one float ABI: where arguments and results are placed, and
 * which registers a callee must preserve. Independent of any execution engine; the JIT's
 * code generator and the simulator both use it.
 *
 * <p>Rules (AAPCS, section 5.5): integers and pointers take the next core register r0-r3,
 * then 4-byte stack slots. A double under the base standard takes an even/odd core register
 * pair (r0:r1 or r2:r3), else an 8-byte aligned stack slot, and once anything has gone to the
 * stack no later argument uses core registers. Under AAPCS-VFP floats and doubles take VFP
 * registers s0-s15 / d0-d7 with back-filling of single-precision holes; once a floating-point
 * argument has gone to the stack, no later one uses VFP registers.
 */
public final class CallingConvention {
    private static final CallingConvention HARD = new CallingConvention(FloatAbi.HARD);
    private static final CallingConvention SOFTFP = new CallingConvention(FloatAbi.SOFTFP);

    /** Core registers a callee must preserve: r4-r11 (and sp). */
    public static final int CALLEE_SAVED_CORE_MASK = 0x0ff0;
    /** Core registers a call may change: r0-r3, r12, lr. */
    public static final int CALLER_SAVED_CORE_MASK = 0x500f;
    /** Double registers a callee must preserve: d8-d15. */
    public static final int CALLEE_SAVED_VFP_MASK = 0xff00;
    /** Double registers a call may change: d0-d7 (the D16 register file). */
    public static final int CALLER_SAVED_VFP_MASK = 0x00ff;

    private final FloatAbi abi;

    private CallingConvention(FloatAbi abi) { this.abi = abi; }

    public static CallingConvention of(FloatAbi abi) {
        return abi == FloatAbi.HARD ? HARD : SOFTFP;
    }

    public FloatAbi floatAbi() { return abi; }

    /** Places every argument and the result of {@code sig}. */
    public Placement place(Signature sig) {
        List<Location> out = new ArrayList<>();
        int ncrn = 0;          // next core register number
        int nsaa = 0;          // next stacked argument offset
        boolean vfpClosed = false;
        long freeSingles = 0xffffL; // s0-s15 available for arguments (AAPCS-VFP)
        for (ArgType t : sig.params()) {
            if (abi == FloatAbi.HARD && t.isFloatingPoint() && !vfpClosed) {
                int s = t == ArgType.FLOAT ? firstFree(freeSingles, 1, 1) : firstFree(freeSingles, 2, 2);
                if (s >= 0) {
                    if (t == ArgType.FLOAT) {
                        freeSingles &= ~(1L << s);
                        out.add(new Location.VfpSingle(s));
                    } else {
                        freeSingles &= ~(3L << s);
                        out.add(new Location.VfpDouble(s / 2));
                    }
                    continue;
                }
                vfpClosed = true;
            }
            if (abi == FloatAbi.HARD && t.isFloatingPoint()) {
                // C.5/C.6: a VFP candidate that did not fit goes to the stack, never core registers.
                nsaa = align(nsaa, t.size());
                out.add(new Location.Stack(nsaa, t.size()));
                nsaa += t.size();
                continue;
            }
            if (t.size() == 8) {
                ncrn = align(ncrn, 2);
                if (ncrn <= 2) {
                    out.add(new Location.CorePair(ncrn, ncrn + 1));
                    ncrn += 2;
                } else {
                    ncrn = 4;
                    nsaa = align(nsaa, 8);
                    out.add(new Location.Stack(nsaa, 8));
                    nsaa += 8;
                }
            } else if (ncrn < 4) {
                out.add(new Location.CoreReg(ncrn++));
            } else {
                out.add(new Location.Stack(nsaa, 4));
                nsaa += 4;
            }
        }
        return new Placement(sig, out, resultLocation(sig.result()), align(nsaa, 8));
    }

    private Location resultLocation(ArgType t) {
        switch (t) {
            case VOID: return new Location.None();
            case INT: case POINTER: return new Location.CoreReg(0);
            case FLOAT: return abi == FloatAbi.HARD ? new Location.VfpSingle(0) : new Location.CoreReg(0);
            case DOUBLE: return abi == FloatAbi.HARD ? new Location.VfpDouble(0) : new Location.CorePair(0, 1);
            default: throw new AssertionError(t);
        }
    }

    /** First run of {@code n} free singles starting at a multiple of {@code align}, or -1. */
    private static int firstFree(long free, int n, int align) {
        long want = (1L << n) - 1;
        for (int s = 0; s + n <= 16; s += align) {
            if (((free >>> s) & want) == want) return s;
        }
        return -1;
    }

    private static int align(int v, int a) { return (v + a - 1) & -a; }

    @Override
    public String toString() { return "CallingConvention[" + abi + "]"; }
}
