package org.armjit.jit.driver;

import org.armjit.jit.ir.Value;

/**
 * What the recorder knows about one interpreter slot: an IR value and how it represents the
 * Python value. OBJ is a value word (REF); INT an unboxed Python int that fits 32 bits;
 * FLOAT an unboxed Python float; BOOL an INT 0/1 standing for False/True.
 */
record RecValue(Value value, Kind kind, boolean wide) {
    enum Kind { OBJ, INT, FLOAT, BOOL }

    RecValue(Value value, Kind kind) {
        this(value, kind, false);
    }

    /**
     * An INT whose value in the iteration being recorded does not fit a tagged small int
     * (31 bits): boxing it must make a big int, or the tag guard would fail at once.
     */
    static RecValue ofInt(Value v, long real) {
        return new RecValue(v, Kind.INT, real != (real << 33 >> 33));
    }

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
