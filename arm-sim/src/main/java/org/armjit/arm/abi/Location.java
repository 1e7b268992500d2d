package org.armjit.arm.abi;

/** Where one argument or result lives at the moment of a call. */
public sealed interface Location {
    /** One core register r0..r3 holding a 32-bit value. */
    record CoreReg(int reg) implements Location {
        @Override public String toString() { return "r" + reg; }
    }

    /** A 64-bit value in two core registers: low word in {@code lo}, high word in {@code hi}. */
    record CorePair(int lo, int hi) implements Location {
        @Override public String toString() { return "r" + lo + ":r" + hi; }
    }

    /** A single in VFP register s{@code reg}. */
    record VfpSingle(int reg) implements Location {
        @Override public String toString() { return "s" + reg; }
    }

    /** A double in VFP register d{@code reg}. */
    record VfpDouble(int reg) implements Location {
        @Override public String toString() { return "d" + reg; }
    }

    /** {@code size} bytes at {@code [sp + offset]}, sp being its value at the call. */
    record Stack(int offset, int size) implements Location {
        @Override public String toString() { return "[sp, #" + offset + "]"; }
    }

    /** Nothing (a void result). */
    record None() implements Location {
        @Override public String toString() { return "-"; }
    }
}
