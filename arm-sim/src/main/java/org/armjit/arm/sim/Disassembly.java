package org.armjit.arm.sim;

import org.armjit.arm.asm.Disassembler;

/** Instruction text for fault reports and traces, as GNU objdump prints it (arm-asm's disassembler). */
final class Disassembly {
    private Disassembly() {}

    static String text(int word, int address) {
        try {
            return Disassembler.disassemble(word, address);
        } catch (RuntimeException e) {
            // A report must never fail because of its decoration.
            return String.format(".word 0x%08x", word);
        }
    }
}
