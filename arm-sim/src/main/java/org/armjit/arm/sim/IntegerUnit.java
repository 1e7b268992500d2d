package org.armjit.arm.sim;

/** The less frequent integer instructions: multiplies, saturation, SIMD-in-register, bit fields, status. */
final class IntegerUnit {
    private IntegerUnit() {}

    private static final long U = 0xffff_ffffL;

    static int exec(ArmSimulator s, Insn i, int pc) {
        int[] r = s.r;
        switch (i.op) {
            case Insn.UNDEF:
                throw new Trap(FaultKind.UNDEFINED, String.format("undefined instruction %08x (%s)", i.word, i.message));
            case Insn.UNPRED:
                throw new Trap(FaultKind.UNPREDICTABLE, String.format("unpredictable instruction %08x (%s)", i.word, i.message));
            case Insn.BKPT:
                throw new Trap(FaultKind.TRAP, String.format("bkpt #0x%x", i.imm));
            case Insn.MUL: {
                int p = r[i.rm] * r[i.rs];
                int res = i.sub == 0 ? p : i.sub == 1 ? p + r[i.ra] : r[i.ra] - p;
                r[i.rd] = res;
                if (i.setFlags) s.setFlagsNZ(res);
                return pc + 4;
            }
            case Insn.MULL: {
                long a = r[i.rm], b = r[i.rs];
                long lo = r[i.ra] & U, hi = r[i.rd] & U;
                long res;
                switch (i.sub) {
                    case 0: res = (a & U) * (b & U); break;
                    case 1: res = (a & U) * (b & U) + ((hi << 32) | lo); break;
                    case 2: res = a * b; break;
                    case 3: res = a * b + ((hi << 32) | lo); break;
                    default: res = (a & U) * (b & U) + lo + hi; break; // UMAAL: cannot overflow 64 bits
                }
                r[i.ra] = (int) res;
                r[i.rd] = (int) (res >>> 32);
                if (i.setFlags) {
                    s.n = res < 0;
                    s.z = res == 0;
                }
                return pc + 4;
            }
            case Insn.MULXY: return halfwordMultiply(s, i, pc);
            case Insn.DIV: {
                int num = r[i.rn], den = r[i.rm];
                if (den == 0) r[i.rd] = 0;
                else r[i.rd] = i.sub == 0 ? num / den : Integer.divideUnsigned(num, den);
                return pc + 4;
            }
            case Insn.CLZ:
                r[i.rd] = Integer.numberOfLeadingZeros(r[i.rm]);
                return pc + 4;
            case Insn.EXTEND: {
                int x = Integer.rotateRight(r[i.rm], i.shiftAmount);
                int acc = i.rn == 15 ? 0 : r[i.rn];
                int res;
                switch (i.sub) {
                    case 0: res = halves((byte) x + (short) acc, (byte) (x >>> 16) + (acc >> 16)); break;
                    case 2: res = acc + (byte) x; break;
                    case 3: res = acc + (short) x; break;
                    case 4: res = halves((x & 0xff) + acc, ((x >>> 16) & 0xff) + (acc >>> 16)); break;
                    case 6: res = acc + (x & 0xff); break;
                    default: res = acc + (x & 0xffff); break;
                }
                r[i.rd] = res;
                return pc + 4;
            }
            case Insn.REV: {
                int x = r[i.rm];
                int res;
                switch (i.sub) {
                    case 0: res = Integer.reverseBytes(x); break;
                    case 1: res = ((x & 0x00ff00ff) << 8) | ((x >>> 8) & 0x00ff00ff); break;
                    case 2: res = (short) (((x & 0xff) << 8) | ((x >>> 8) & 0xff)); break;
                    default: res = Integer.reverse(x); break;
                }
                r[i.rd] = res;
                return pc + 4;
            }
            case Insn.SAT: {
                int x = i.shiftType == 0 ? r[i.rm] << i.shiftAmount : r[i.rm] >> Math.min(i.shiftAmount, 31);
                r[i.rd] = i.sub == 0 ? signedSat(s, x, i.imm) : unsignedSat(s, x, i.imm);
                return pc + 4;
            }
            case Insn.SAT16: {
                int x = r[i.rm];
                int lo = i.sub == 0 ? signedSat(s, (short) x, i.imm) : unsignedSat(s, (short) x, i.imm);
                int hi = i.sub == 0 ? signedSat(s, x >> 16, i.imm) : unsignedSat(s, x >> 16, i.imm);
                r[i.rd] = halves(lo, hi);
                return pc + 4;
            }
            case Insn.QARITH: {
                long m = r[i.rm], n = r[i.rn];
                if (i.sub >= 2) n = sat32(s, 2 * n);
                r[i.rd] = sat32(s, (i.sub & 1) == 0 ? m + n : m - n);
                return pc + 4;
            }
            case Insn.PARALLEL:
                r[i.rd] = parallel(s, i.sub, r[i.rn], r[i.rm]);
                return pc + 4;
            case Insn.SEL: {
                int a = r[i.rn], b = r[i.rm], res = 0;
                for (int k = 0; k < 4; k++) {
                    int mask = 0xff << (8 * k);
                    res |= ((s.ge >>> k) & 1) != 0 ? a & mask : b & mask;
                }
                r[i.rd] = res;
                return pc + 4;
            }
            case Insn.USAD8: {
                int a = r[i.rn], b = r[i.rm], sum = 0;
                for (int k = 0; k < 32; k += 8) sum += Math.abs(((a >>> k) & 0xff) - ((b >>> k) & 0xff));
                r[i.rd] = i.ra == 15 ? sum : sum + r[i.ra];
                return pc + 4;
            }
            case Insn.PKH: {
                int a = r[i.rn], b = r[i.rm];
                r[i.rd] = i.sub == 0 ? (a & 0xffff) | ((b << i.shiftAmount) & 0xffff0000)
                        : (a & 0xffff0000) | ((b >> Math.min(i.shiftAmount, 31)) & 0xffff);
                return pc + 4;
            }
            case Insn.BFI: {
                int lsb = i.imm, msb = i.ra;
                int mask = (int) ((-1L >>> (63 - msb)) & (-1L << lsb));
                int src = i.rn == 15 ? 0 : r[i.rn] << lsb;
                r[i.rd] = (r[i.rd] & ~mask) | (src & mask);
                return pc + 4;
            }
            case Insn.BFX: {
                int lsb = i.imm, width = i.ra;
                int x = r[i.rn] << (32 - lsb - width);
                r[i.rd] = i.sub == 0 ? x >> (32 - width) : x >>> (32 - width);
                return pc + 4;
            }
            case Insn.MRS:
                r[i.rd] = s.apsr();
                return pc + 4;
            case Insn.MSR: {
                int val = i.rn < 0 ? i.imm : r[i.rn];
                if ((i.sub & 2) != 0) {
                    s.n = val < 0;
                    s.z = (val & (1 << 30)) != 0;
                    s.c = (val & (1 << 29)) != 0;
                    s.v = (val & (1 << 28)) != 0;
                    s.q = (val & (1 << 27)) != 0;
                }
                if ((i.sub & 1) != 0) {
                    if (!s.cpu().has(CpuModel.Arch.ARMV6)) {
                        throw new Trap(FaultKind.UNPREDICTABLE, "MSR of the GE bits before ARMv6");
                    }
                    s.ge = (val >>> 16) & 0xf;
                }
                return pc + 4;
            }
            default:
                throw new AssertionError("no executor for op " + i.op);
        }
    }

    private static int halves(int lo, int hi) { return (lo & 0xffff) | (hi << 16); }

    /** Signed saturation to {@code bits} bits (1..32); sets Q when it saturates. */
    static int signedSat(ArmSimulator s, long x, int bits) {
        long max = (1L << (bits - 1)) - 1, min = -(1L << (bits - 1));
        if (x > max) { s.q = true; return (int) max; }
        if (x < min) { s.q = true; return (int) min; }
        return (int) x;
    }

    static int unsignedSat(ArmSimulator s, long x, int bits) {
        long max = (1L << bits) - 1;
        if (x > max) { s.q = true; return (int) max; }
        if (x < 0) { s.q = true; return 0; }
        return (int) x;
    }

    private static int sat32(ArmSimulator s, long x) { return signedSat(s, x, 32); }

    private static int halfwordMultiply(ArmSimulator s, Insn i, int pc) {
        int[] r = s.r;
        int x = r[i.rm], y = r[i.rs];
        int hy = (i.imm & 2) != 0 ? y >> 16 : (short) y;
        switch (i.sub) {
            case 0: { // SMLAxy
                int hx = (i.imm & 1) != 0 ? x >> 16 : (short) x;
                long res = (long) hx * hy + r[i.ra];
                if (res != (int) res) s.q = true;
                r[i.rd] = (int) res;
                break;
            }
            case 1: { // SMLAWy
                long res = (((long) x * hy) >> 16) + r[i.ra];
                if (res != (int) res) s.q = true;
                r[i.rd] = (int) res;
                break;
            }
            case 2: // SMULWy
                r[i.rd] = (int) (((long) x * hy) >> 16);
                break;
            case 3: { // SMLALxy: RdHi = rd, RdLo = ra
                int hx = (i.imm & 1) != 0 ? x >> 16 : (short) x;
                long acc = ((long) r[i.rd] << 32) | (r[i.ra] & U);
                long res = acc + (long) hx * hy;
                r[i.ra] = (int) res;
                r[i.rd] = (int) (res >>> 32);
                break;
            }
            default: { // SMULxy
                int hx = (i.imm & 1) != 0 ? x >> 16 : (short) x;
                r[i.rd] = hx * hy;
                break;
            }
        }
        return pc + 4;
    }

    /**
     * Parallel add/subtract. sub bits 2:0 = op (ADD16, ASX, SAX, SUB16, ADD8, -, -, SUB8),
     * bits 4:3 = kind (1 plain with GE, 2 saturating, 3 halving), bit 5 = unsigned.
     */
    private static int parallel(ArmSimulator s, int sub, int a, int b) {
        int op = sub & 7, kind = (sub >>> 3) & 3;
        boolean unsigned = (sub & 0x20) != 0;
        boolean bytes = op >= 4;
        int lanes = bytes ? 4 : 2, width = bytes ? 8 : 16;
        int mask = (1 << width) - 1;
        int res = 0, ge = 0;
        for (int k = 0; k < lanes; k++) {
            int x = lane(a, k, width, unsigned);
            boolean subtract;
            int y;
            switch (op) {
                case 1: // ASX: high lane adds a.hi + b.lo, low lane subtracts a.lo - b.hi
                    y = lane(b, 1 - k, width, unsigned);
                    subtract = k == 0;
                    break;
                case 2: // SAX
                    y = lane(b, 1 - k, width, unsigned);
                    subtract = k == 1;
                    break;
                default:
                    y = lane(b, k, width, unsigned);
                    subtract = op == 3 || op == 7;
                    break;
            }
            int full = subtract ? x - y : x + y;
            int out;
            switch (kind) {
                case 1: {
                    out = full;
                    boolean set = unsigned ? (subtract ? full >= 0 : full >= (1 << width)) : full >= 0;
                    if (set) ge |= (bytes ? 1 : 3) << (bytes ? k : 2 * k);
                    break;
                }
                case 2:
                    if (unsigned) out = Math.max(0, Math.min(mask, full));
                    else out = Math.max(-(1 << (width - 1)), Math.min((1 << (width - 1)) - 1, full));
                    break;
                default:
                    out = full >> 1;
                    break;
            }
            res |= (out & mask) << (k * width);
        }
        if (kind == 1) s.ge = ge;
        return res;
    }

    private static int lane(int v, int k, int width, boolean unsigned) {
        int x = v >>> (k * width);
        if (width == 8) return unsigned ? x & 0xff : (byte) x;
        return unsigned ? x & 0xffff : (short) x;
    }
}
