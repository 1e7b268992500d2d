package org.armjit.arm.abi;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Argument and result placement, independent of any engine (AAPCS 5.5, AAPCS-VFP 6.1.2). */
class CallingConventionTest {
    private static String place(FloatAbi abi, ArgType result, ArgType... params) {
        Placement p = CallingConvention.of(abi).place(Signature.of(result, params));
        return p.args() + " -> " + p.result() + " stack " + p.stackBytes();
    }

    @Test
    void hardFloatPutsDoublesInVfpRegistersAndIntsInCoreRegisters() {
        assertEquals("[r0, d0, r1, d1] -> d0 stack 0",
                place(FloatAbi.HARD, ArgType.DOUBLE, ArgType.INT, ArgType.DOUBLE, ArgType.POINTER, ArgType.DOUBLE));
    }

    @Test
    void hardFloatBackFillsSingles() {
        assertEquals("[s0, d1, s1] -> s0 stack 0", place(FloatAbi.HARD, ArgType.FLOAT, ArgType.FLOAT, ArgType.DOUBLE, ArgType.FLOAT));
    }

    @Test
    void hardFloatSpillsTheNinthDoubleToTheStackNotToCoreRegisters() {
        ArgType d = ArgType.DOUBLE;
        assertEquals("[d0, d1, d2, d3, d4, d5, d6, d7, [sp, #0], r0] -> r0 stack 8",
                place(FloatAbi.HARD, ArgType.INT, d, d, d, d, d, d, d, d, d, ArgType.INT));
    }

    @Test
    void softFpAlignsDoublesToEvenRegisterPairsAndEightByteStackSlots() {
        assertEquals("[r0, r2:r3, [sp, #0], [sp, #8]] -> r0:r1 stack 16",
                place(FloatAbi.SOFTFP, ArgType.DOUBLE, ArgType.INT, ArgType.DOUBLE, ArgType.INT, ArgType.DOUBLE));
    }

    @Test
    void softFpNeverSplitsADoubleAndStopsUsingRegistersOnceOnTheStack() {
        assertEquals("[r0, r1, r2, [sp, #0], [sp, #8]] -> r0 stack 16",
                place(FloatAbi.SOFTFP, ArgType.INT, ArgType.INT, ArgType.INT, ArgType.INT, ArgType.DOUBLE, ArgType.INT));
    }

    @Test
    void voidResultHasNoLocation() {
        assertEquals("[] -> - stack 0", place(FloatAbi.SOFTFP, ArgType.VOID));
    }
}
