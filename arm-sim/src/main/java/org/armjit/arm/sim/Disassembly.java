package org.armjit.arm.sim;

import java.lang.reflect.Method;

/**
 * Instruction text for fault reports and traces, as GNU objdump prints it, from the arm-asm
 * module's disassembler.
 */
final class Disassembly {
    private static final Method DISASSEMBLE = find();

    private Disassembly() {}

    private static Method find() {
        try {
            return Class.forName("org.armjit.arm.asm.Disassembler").getMethod("disassemble", int.class, int.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            return null;
        }
    }

    static String text(int word, int address) {
        if (DISASSEMBLE != null) {
            try {
                return String.valueOf(DISASSEMBLE.invoke(null, word, address));
            } catch (ReflectiveOperationException | RuntimeException e) {
                // fall through to the raw word
            }
        }
        return String.format(".word 0x%08x", word);
    }
}
