package org.armjit.arm.abi;

/** The machine types a signature can mention. Values travel as raw bits in a {@code long}. */
public enum ArgType {
    /** 32-bit integer. */
    INT(4),
    /** 32-bit guest address. */
    POINTER(4),
    /** IEEE single (a C {@code float}). */
    FLOAT(4),
    /** IEEE double (a C {@code double}; Python's float). */
    DOUBLE(8),
    /** No value; only as a result type. */
    VOID(0);

    private final int size;

    ArgType(int size) { this.size = size; }

    /** Size in bytes (and alignment: AAPCS aligns each type to its size). */
    public int size() { return size; }

    public boolean isFloatingPoint() { return this == FLOAT || this == DOUBLE; }
}
