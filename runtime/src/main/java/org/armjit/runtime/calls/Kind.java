package org.armjit.runtime.calls;

/** Machine-level kinds of values crossing into and out of compiled code. */
public enum Kind {
    /** A 32-bit integer (raw, untagged). */
    INT,
    /** An IEEE double. */
    FLOAT,
    /** A guest value word: tagged small int, NULL or object address (the collector must see it). */
    REF,
    /** No value (results only). */
    VOID
}
