package org.armjit.backend.arm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Native regions never cross 0x8000_0000: addresses are compared as Java ints. */
class NativeMemoryTest {
    @Test
    void regionsOnEitherSideOfTheSignBoundaryAreFine() {
        assertFalse(NativeMemory.straddlesSignBoundary(0x4000_0000, 8 << 20));
        assertFalse(NativeMemory.straddlesSignBoundary(0x7ff0_0000, 0x000f_ffff), "ends one byte below 0x8000_0000");
        assertFalse(NativeMemory.straddlesSignBoundary(0x8000_0000, 8 << 20), "starts at the boundary");
        assertFalse(NativeMemory.straddlesSignBoundary(0xf000_0000, 8 << 20));
    }

    @Test
    void regionsThatReachTheBoundaryStraddleIt() {
        // The code area of the failed CI run: its end, as an int, was below its base, so every trace was "too big".
        assertTrue(NativeMemory.straddlesSignBoundary(0x7fc0_0000, 8 << 20));
        assertTrue(NativeMemory.straddlesSignBoundary(0x7ff0_0000, 0x0010_0000), "ends exactly at 0x8000_0000: end() is MIN_VALUE");
    }
}
