package org.armjit.backend.arm;

import org.armjit.arm.asm.Label;
import org.armjit.jit.ir.Type;

/**
 * A compiled label: its address and where each of its arguments lives. Jumps from any trace
 * move their values into {@code locs} and branch to {@code address}.
 *
 * @param bound the assembler label, for jumps within the trace that defines it
 */
record ArmLabel(int token, int address, int[] locs, Type[] types, Label bound) {}
