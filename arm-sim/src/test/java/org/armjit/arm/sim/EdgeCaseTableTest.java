package org.armjit.arm.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.armjit.arm.sim.oracle.GnuAs;
import org.junit.jupiter.api.Test;

/**
 * Per-family tables over edge operands. Each row: one instruction, the inputs it reads, and
 * every output it changes; everything else (all 16 core registers, d0-d15, NZCV, Q, GE and
 * FPSCR) must come out unchanged. Values written {@code 0x...} are raw bits.
 */
class EdgeCaseTableTest {
    /** One row: instruction text, inputs "r1=5 d0=0x... nzcv=2 fpscr=0x...", expected outputs in the same form. */
    record Row(String insn, String inputs, String outputs) {}

    private static final List<Row> INTEGER = List.of(
            // adds/subs: carry and overflow in and out
            new Row("adds r0, r1, r2", "r1=0x7fffffff r2=1", "r0=0x80000000 nzcv=0x9"),
            new Row("adds r0, r1, r2", "r1=0xffffffff r2=1", "r0=0 nzcv=0x6"),
            new Row("adds r0, r1, r2", "r1=0x80000000 r2=0x80000000", "r0=0 nzcv=0x7"),
            new Row("subs r0, r1, r2", "r1=0 r2=1", "r0=0xffffffff nzcv=0x8"),
            new Row("subs r0, r1, r2", "r1=0x80000000 r2=1", "r0=0x7fffffff nzcv=0x3"),
            new Row("cmp r1, r2", "r1=5 r2=5", "nzcv=0x6"),
            new Row("adcs r0, r1, r2", "r1=0xffffffff r2=0 nzcv=0x2", "r0=0 nzcv=0x6"),
            new Row("sbcs r0, r1, r2", "r1=0 r2=0 nzcv=0x0", "r0=0xffffffff nzcv=0x8"),
            new Row("rscs r0, r1, r2", "r1=1 r2=0 nzcv=0x2", "r0=0xffffffff nzcv=0x8"),
            new Row("add r0, r1, r2", "r1=0xffffffff r2=1 nzcv=0x5", "r0=0"),
            // shifter carry-out: immediate shifts 0/1/31/32, register shifts 0/31/32/>32
            new Row("movs r0, r1, lsl #1", "r1=0x80000001", "r0=2 nzcv=0x2"),
            new Row("movs r0, r1, lsl #31", "r1=3", "r0=0x80000000 nzcv=0xa"),
            new Row("movs r0, r1", "r1=0 nzcv=0x2", "r0=0 nzcv=0x6"),
            new Row("movs r0, r1, lsr #32", "r1=0x80000000", "r0=0 nzcv=0x6"),
            new Row("movs r0, r1, asr #32", "r1=0x80000000", "r0=0xffffffff nzcv=0xa"),
            new Row("movs r0, r1, ror #1", "r1=1", "r0=0x80000000 nzcv=0xa"),
            new Row("movs r0, r1, rrx", "r1=1 nzcv=0x2", "r0=0x80000000 nzcv=0xa"),
            new Row("movs r0, r1, lsl r2", "r1=1 r2=32", "r0=0 nzcv=0x6"),
            new Row("movs r0, r1, lsl r2", "r1=1 r2=33 nzcv=0x2", "r0=0 nzcv=0x4"),
            new Row("movs r0, r1, lsl r2", "r1=5 r2=0x100 nzcv=0x2", "r0=5 nzcv=0x2"),
            new Row("movs r0, r1, lsr r2", "r1=0x80000000 r2=32", "r0=0 nzcv=0x6"),
            new Row("movs r0, r1, asr r2", "r1=0x80000000 r2=200", "r0=0xffffffff nzcv=0xa"),
            new Row("movs r0, r1, ror r2", "r1=0x80000000 r2=32", "r0=0x80000000 nzcv=0xa"),
            new Row("ands r0, r1, #0xff000000", "r1=0xffffffff", "r0=0xff000000 nzcv=0xa"),
            new Row("ands r0, r1, #255", "r1=0x100 nzcv=0x2", "r0=0 nzcv=0x6"),
            // conditional execution: failing condition changes nothing
            new Row("addeq r0, r1, #1", "r0=7 r1=1 nzcv=0x0", ""),
            new Row("addne r0, r1, #1", "r0=7 r1=1 nzcv=0x0", "r0=2"),
            // multiplies
            new Row("umull r0, r1, r2, r3", "r2=0xffffffff r3=0xffffffff", "r0=1 r1=0xfffffffe"),
            new Row("smull r0, r1, r2, r3", "r2=0x80000000 r3=0x80000000", "r0=0 r1=0x40000000"),
            new Row("muls r0, r1, r2", "r1=0x10000 r2=0x10000 nzcv=0x3", "r0=0 nzcv=0x7"),
            new Row("mls r0, r1, r2, r3", "r1=3 r2=4 r3=10", "r0=0xfffffffe"),
            // divide: by zero gives 0, INT_MIN / -1 gives INT_MIN
            new Row("sdiv r0, r1, r2", "r1=0x80000000 r2=0xffffffff", "r0=0x80000000"),
            new Row("udiv r0, r1, r2", "r0=9 r1=5 r2=0", "r0=0"),
            new Row("sdiv r0, r1, r2", "r1=0xfffffff9 r2=2", "r0=0xfffffffd"),
            // saturation and the Q flag (sticky), GE bits
            new Row("qadd r0, r1, r2", "r1=0x7fffffff r2=1", "r0=0x7fffffff q=1"),
            new Row("qsub r0, r1, r2", "r1=0x80000000 r2=1", "r0=0x80000000 q=1"),
            new Row("ssat r0, #8, r1", "r1=0xffffff00", "r0=0xffffff80 q=1"),
            new Row("usat r0, #8, r1", "r1=0xffffffff", "r0=0 q=1"),
            new Row("usat r0, #8, r1", "r1=200", "r0=200"),
            new Row("uadd8 r0, r1, r2", "r1=0xff01ff01 r2=0x01010101", "r0=0x00020002 ge=0xa"),
            new Row("ssub16 r0, r1, r2", "r1=0x00010000 r2=0x00020001", "r0=0xffffffff ge=0x0"),
            new Row("sel r0, r1, r2", "r1=0x11223344 r2=0xaabbccdd ge=0x5", "r0=0xaa22cc44"),
            new Row("clz r0, r1", "r1=0", "r0=32"),
            new Row("rbit r0, r1", "r1=1", "r0=0x80000000"),
            new Row("rev r0, r1", "r1=0x11223344", "r0=0x44332211"),
            new Row("sxth r0, r1, ror #8", "r1=0x00ff8000", "r0=0xffffff80"),
            new Row("ubfx r0, r1, #28, #4", "r1=0xf0000000", "r0=15"),
            new Row("sbfx r0, r1, #0, #32", "r1=0x80000000", "r0=0x80000000"),
            new Row("bfi r0, r1, #8, #8", "r0=0xffffffff r1=0", "r0=0xffff00ff"),
            new Row("movt r0, #0xffff", "r0=0x1234", "r0=0xffff1234"));

    private static final List<Row> VFP = List.of(
            // NaN rules: signalling NaN wins and is quieted; else the first operand's NaN
            new Row("vadd.f64 d0, d1, d2", "d1=0x7ff8000000000001 d2=0x7ff0000000000002", "d0=0x7ff8000000000002"),
            new Row("vadd.f64 d0, d1, d2", "d1=0xfff8000000000001 d2=0x7ff8000000000002", "d0=0xfff8000000000001"),
            new Row("vmul.f32 s0, s2, s4", "s2=0x7f800001 s4=0x3f800000", "s0=0x7fc00001"),
            new Row("vadd.f64 d0, d1, d2", "d1=0x7ff8000000000001 fpscr=0x02000000", "d0=0x7ff8000000000000"),
            // invalid operations give the (positive) default NaN
            new Row("vsub.f64 d0, d1, d2", "d1=0x7ff0000000000000 d2=0x7ff0000000000000", "d0=0x7ff8000000000000"),
            new Row("vmul.f64 d0, d1, d2", "d1=0x7ff0000000000000 d2=0", "d0=0x7ff8000000000000"),
            new Row("vsqrt.f64 d0, d1", "d1=0xbff0000000000000", "d0=0x7ff8000000000000"),
            new Row("vdiv.f64 d0, d1, d2", "d1=0 d2=0x8000000000000000", "d0=0x7ff8000000000000"),
            // signed zeros, infinities, denormals
            new Row("vsqrt.f64 d0, d1", "d1=0x8000000000000000", "d0=0x8000000000000000"),
            new Row("vdiv.f64 d0, d1, d2", "d1=0x3ff0000000000000 d2=0x8000000000000000", "d0=0xfff0000000000000"),
            new Row("vsub.f64 d0, d1, d1", "d1=0x3ff0000000000000", "d0=0"),
            new Row("vsub.f64 d0, d1, d1", "d1=0x3ff0000000000000 fpscr=0x00800000", "d0=0x8000000000000000"),
            new Row("vmul.f64 d0, d1, d2", "d1=0x0000000000000001 d2=0x3fe0000000000000", "d0=0"),
            new Row("vmul.f64 d0, d1, d2", "d1=0x0000000000000001 d2=0x3fe0000000000000 fpscr=0x00400000", "d0=1"),
            new Row("vadd.f64 d0, d1, d2", "d1=0x0008000000000000 d2=0 fpscr=0x01000000", "d0=0"),
            new Row("vneg.f64 d0, d1", "d1=0x7ff0000000000001", "d0=0xfff0000000000001"),
            // every rounding mode on 1 + 2^-53 (a tie) and -(1 + 2^-53)
            new Row("vadd.f64 d0, d1, d2", "d1=0x3ff0000000000000 d2=0x3ca0000000000000", "d0=0x3ff0000000000000"),
            new Row("vadd.f64 d0, d1, d2", "d1=0x3ff0000000000000 d2=0x3ca0000000000000 fpscr=0x00400000", "d0=0x3ff0000000000001"),
            new Row("vadd.f64 d0, d1, d2", "d1=0xbff0000000000000 d2=0xbca0000000000000 fpscr=0x00800000", "d0=0xbff0000000000001"),
            new Row("vadd.f64 d0, d1, d2", "d1=0xbff0000000000000 d2=0xbca0000000000000 fpscr=0x00c00000", "d0=0xbff0000000000000"),
            new Row("vmul.f64 d0, d1, d1", "d1=0x7fefffffffffffff fpscr=0x00c00000", "d0=0x7fefffffffffffff"),
            // directed rounding of a sum of operands near the largest double (found by the full differential run)
            new Row("vadd.f64 d0, d1, d2", "d1=0x7fdb9332ff7fffff d2=0xffefffffffffffff fpscr=0x00c00000", "d0=0xffe23666803fffff"),
            // conversions saturate; NaN converts to 0; VCVTR uses the FPSCR mode
            new Row("vcvt.s32.f64 s0, d1", "d1=0x41f0000000000000", "s0=0x7fffffff"),
            new Row("vcvt.u32.f64 s0, d1", "d1=0xbff0000000000000", "s0=0"),
            new Row("vcvt.s32.f64 s0, d1", "d1=0x7ff8000000000000", "s0=0"),
            new Row("vcvt.s32.f64 s0, d1", "d1=0xc004000000000000", "s0=0xfffffffe"),
            new Row("vcvtr.s32.f64 s0, d1", "d1=0xc004000000000000", "s0=0xfffffffe"),
            new Row("vcvtr.s32.f64 s0, d1", "d1=0xc004000000000000 fpscr=0x00800000", "s0=0xfffffffd"),
            new Row("vcvt.f32.f64 s0, d1", "d1=0x7ff0000000000001", "s0=0x7fc00000"),
            new Row("vcvt.f32.f64 s0, d1", "d1=0x7ff4000020000000", "s0=0x7fe00001"),
            new Row("vcvt.f32.f64 s0, d1", "d1=0x47f0000000000000 fpscr=0x00c00000", "s0=0x7f7fffff"),
            new Row("vcvt.f32.u32 s0, s2", "s2=0xffffffff fpscr=0x00c00000", "s0=0x4f7fffff"),
            // compare and the FPSCR NZCV -> APSR path
            new Row("vcmp.f64 d1, d2", "d1=0 d2=0x8000000000000000", "fpscr=0x60000000"),
            new Row("vcmp.f64 d1, d2", "d1=0x7ff8000000000000 d2=0", "fpscr=0x30000000"),
            new Row("vcmpe.f32 s2, #0", "s2=0xbf800000", "fpscr=0x80000000"),
            new Row("vmrs APSR_nzcv, fpscr", "fpscr=0x20000000", "nzcv=0x2"));

    @Test
    void integerFamilies() { check(INTEGER); }

    @Test
    void vfpFamilies() { check(VFP); }

    private static void check(List<Row> rows) {
        List<String> sources = new ArrayList<>();
        for (Row r : rows) sources.add(r.insn() + "\nbx lr");
        List<int[]> code = GnuAs.assembleAll(sources);
        List<String> failures = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Row row = rows.get(k);
            Machine m = new Machine(code.get(k), CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults(), Access.RX);
            // Distinct background values so an unexpected write shows.
            for (int i = 0; i <= 12; i++) m.sim.setReg(i, 0x1000 + i);
            for (int i = 0; i < 16; i++) m.sim.setDreg(i, 0x4000_0000_0000_0000L + i);
            apply(m.sim, parse(row.inputs()));
            Map<String, Long> before = snapshot(m.sim);
            Map<String, Long> expected = new TreeMap<>(before);
            expected.putAll(parse(row.outputs()));
            if (row.outputs().contains("s0=")) expected.put("d0", (before.get("d0") & 0xffff_ffff_0000_0000L) | parse(row.outputs()).get("s0"));
            expected.remove("s0");
            m.run();
            Map<String, Long> after = snapshot(m.sim);
            after.keySet().retainAll(expected.keySet());
            if (!after.equals(expected)) failures.add(row + "\n  expected " + diff(expected, after));
        }
        assertEquals(List.of(), failures);
    }

    private static String diff(Map<String, Long> e, Map<String, Long> a) {
        StringBuilder sb = new StringBuilder();
        e.forEach((k, v) -> {
            if (!v.equals(a.get(k))) sb.append(String.format("%s=0x%x got 0x%x  ", k, v, a.get(k)));
        });
        return sb.toString();
    }

    private static Map<String, Long> parse(String spec) {
        Map<String, Long> m = new TreeMap<>();
        for (String kv : spec.trim().split("\\s+")) {
            if (kv.isEmpty()) continue;
            String[] p = kv.split("=");
            m.put(p[0], Long.parseUnsignedLong(p[1].replace("0x", ""), p[1].startsWith("0x") ? 16 : 10));
        }
        return m;
    }

    private static void apply(ArmSimulator s, Map<String, Long> in) {
        int apsr = s.apsr();
        for (Map.Entry<String, Long> e : in.entrySet()) {
            String k = e.getKey();
            long v = e.getValue();
            if (k.equals("nzcv")) apsr = (apsr & 0x0fffffff) | ((int) v << 28);
            else if (k.equals("ge")) apsr = (apsr & ~0xf0000) | ((int) v << 16);
            else if (k.equals("fpscr")) s.setFpscr((int) v);
            else if (k.startsWith("r")) s.setReg(Integer.parseInt(k.substring(1)), (int) v);
            else if (k.startsWith("d")) s.setDreg(Integer.parseInt(k.substring(1)), v);
            else if (k.startsWith("s")) s.setSreg(Integer.parseInt(k.substring(1)), (int) v);
        }
        s.setApsr(apsr);
    }

    private static Map<String, Long> snapshot(ArmSimulator s) {
        Map<String, Long> m = new TreeMap<>();
        for (int i = 0; i <= 13; i++) m.put("r" + i, s.reg(i) & 0xffff_ffffL);
        for (int i = 0; i < 16; i++) m.put("d" + i, s.dreg(i));
        m.put("nzcv", (long) s.nzcv());
        m.put("q", (long) ((s.apsr() >>> 27) & 1));
        m.put("ge", (long) ((s.apsr() >>> 16) & 0xf));
        m.put("fpscr", s.fpscr() & 0xffff_ffffL);
        return m;
    }

    @Test
    void instructionsTheConfiguredCpuLacksAreUndefined() {
        // movw (ARMv6T2), uxtb (ARMv6), vadd (VFP), sdiv (divide extension)
        int[] movw = {0xe3010234, 0xe12fff1e};
        int[] uxtb = {0xe6ef0071, 0xe12fff1e};
        int[] vadd = {0xee300b01, 0xe12fff1e};
        int[] sdiv = {0xe710f211, 0xe12fff1e};
        assertUndefined(movw, CpuModel.ARMV6_SOFT);
        assertUndefined(uxtb, CpuModel.ARMV5TE_SOFT);
        assertUndefined(vadd, CpuModel.ARMV6_SOFT);
        assertUndefined(sdiv, CpuModel.ARMV7_VFPV3);
        new Machine(uxtb, CpuModel.ARMV6_SOFT, SimOptions.defaults(), Access.RX).run();
        new Machine(movw, CpuModel.ARMV7_VFPV3, SimOptions.defaults(), Access.RX).run();
    }

    private static void assertUndefined(int[] code, CpuModel cpu) {
        Machine m = new Machine(code, cpu, SimOptions.defaults(), Access.RX);
        assertEquals(FaultKind.UNDEFINED, assertThrows(SimFault.class, m::run).kind());
    }

    @Test
    void unalignedWordAccessIsAllowedButLdrdAndLdmMustBeWordAligned() {
        int data = Machine.DATA + 1;
        Machine ok = new Machine(new int[] {0xe5912000, 0xe12fff1e}, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults(), Access.RX);
        ok.data.storeWord(Machine.DATA, 0x44332211);
        ok.data.storeWord(Machine.DATA + 4, 0x88776655);
        ok.sim.setReg(1, data);
        assertEquals(0x55443322, ok.run().reg(2)); // ldr r2, [r1]
        Machine ldrd = new Machine(new int[] {0xe1c120d0, 0xe12fff1e}, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults(), Access.RX);
        ldrd.sim.setReg(1, Machine.DATA + 2);
        assertEquals(FaultKind.ALIGNMENT, assertThrows(SimFault.class, ldrd::run).kind()); // ldrd r2, r3, [r1]
        Machine ldm = new Machine(new int[] {0xe891000c, 0xe12fff1e}, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults(), Access.RX);
        ldm.sim.setReg(1, Machine.DATA + 2);
        assertEquals(FaultKind.ALIGNMENT, assertThrows(SimFault.class, ldm::run).kind()); // ldm r1, {r2, r3}
        Machine v5 = new Machine(new int[] {0xe5912000, 0xe12fff1e}, CpuModel.ARMV5TE_SOFT, SimOptions.defaults(), Access.RX);
        v5.data.storeWord(Machine.DATA, 0x44332211);
        v5.sim.setReg(1, data);
        assertEquals(0x11443322, v5.run().reg(2), "ARMv5 rotates an unaligned word load");
    }
}
