package org.armjit.backend.arm.abi;

import org.armjit.arm.abi.ArgType;

/** The C types a random signature uses, with the machine type the calling convention sees. */
enum CType {
    INT("int", ArgType.INT),
    /** Placed exactly like int; present so the C side declares both. */
    UNSIGNED("unsigned", ArgType.INT),
    FLOAT("float", ArgType.FLOAT),
    DOUBLE("double", ArgType.DOUBLE),
    VOID("void", ArgType.VOID);

    final String c;
    final ArgType machine;

    CType(String c, ArgType machine) {
        this.c = c;
        this.machine = machine;
    }

    /** Words the value occupies (its echo slot holds two words regardless). */
    int words() { return machine.size() / 4; }
}
