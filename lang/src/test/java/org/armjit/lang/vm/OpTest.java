package org.armjit.lang.vm;

import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CompareOp;
import org.armjit.lang.bytecode.Opcode;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The interpreter's opcode and operator numbers are the bytecode's: one constant per enum constant, equal to its ordinal. */
class OpTest {
    @Test
    void opcodes() throws Exception {
        assertMirrors(Opcode.values(), Op.class);
    }

    @Test
    void binaryOperators() throws Exception {
        assertMirrors(BinaryOp.values(), Op.Bin.class);
    }

    @Test
    void compareOperators() throws Exception {
        assertMirrors(CompareOp.values(), Op.Cmp.class);
    }

    private static void assertMirrors(Enum<?>[] values, Class<?> constants) throws Exception {
        for (Enum<?> e : values) {
            Field f = constants.getDeclaredField(e.name());
            f.setAccessible(true);
            assertEquals(e.ordinal(), f.getInt(null), e.name());
        }
        int n = 0;
        for (Field f : constants.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers())) n++;
        }
        assertEquals(values.length, n, "constants beside the enum's in " + constants.getSimpleName());
    }
}
