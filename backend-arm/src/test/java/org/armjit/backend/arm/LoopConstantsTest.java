package org.armjit.backend.arm;

import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TraceParser;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which constants a loop body would build in a register each iteration (what the header loads once instead). */
class LoopConstantsTest {
    private static LoopConstants scan(String body, boolean vfp) {
        Trace t = TraceParser.parse("[i0, i1, f0]\n" + body + "\nfinish(i0)", new RuntimeCallTable());
        List<Operation> ops = t.ops();
        return LoopConstants.scan(ops, vfp);
    }

    @Test
    void immediatesThatEncodeNeedNoRegister() {
        LoopConstants lc = scan("i2 = int_add(i0, 255)\ni3 = int_add(i2, -1)\ni4 = int_and(i3, -256)\ni5 = int_lt(i4, 1020)\n"
                + "i6 = int_mul(i5, 9)\ni7 = int_mul(i6, 8)\ni8 = int_py_mod(i7, 16)", true);
        assertEquals(Map.of(), lc.ints);
    }

    @Test
    void multiplierDivisionMagicAndWideOperandsDo() {
        LoopConstants lc = scan("i2 = int_mul_ovf(i0, 3)\ni3 = int_py_mod(i2, 7)\ni4 = int_add(i3, 74565)\ni5 = int_eq(i4, 74565)\n"
                + "i6 = int_mul(i5, 10)\ni7 = int_floordiv(i6, 7)", true);
        int magic7 = DivisionByConstant.of(7).magic();
        // int_floordiv (C truncation) needs only the magic number; Python's modulo also needs 7 for its fix-up.
        assertEquals(Map.of(3, 1, magic7, 2, 7, 1, 0x12345, 2, 10, 1), lc.ints);
        assertEquals(List.of(magic7, 0x12345), lc.intsByUse().subList(0, 2));
    }

    @Test
    void floatsExceptZeroComparandsAndOnlyWithAnFpu() {
        String body = "f1 = float_mul(f0, 0.5)\nf2 = float_add(f1, 0.5)\ni2 = float_lt(f2, 0.0)\ni3 = float_gt(f2, 1e100)";
        LoopConstants lc = scan(body, true);
        assertEquals(Map.of(Double.doubleToRawLongBits(0.5), 2, Double.doubleToRawLongBits(1e100), 1), lc.doubles);
        assertEquals(Map.of(), scan(body, false).doubles);
    }
}
