package org.armjit.jit.driver;

import org.armjit.jit.ir.Value;

/**
 * What the recorder knows about one interpreter slot: an IR value and how it represents the
 * Python value. OBJ is a value word (REF); INT an unboxed Python int that fits 32 bits;
 * FLOAT an unboxed Python float; BOOL an INT 0/1 standing for False/True.
 */
record RecValue(Value value, Kind kind) {
    enum Kind { OBJ, INT, FLOAT, BOOL }

    static RecValue obj(Value v) {
        return new RecValue(v, Kind.OBJ);
    }

    static RecValue ofInt(Value v) {
        return new RecValue(v, Kind.INT);
    }

    static RecValue ofFloat(Value v) {
        return new RecValue(v, Kind.FLOAT);
    }

    static RecValue bool(Value v) {
        return new RecValue(v, Kind.BOOL);
    }
}
