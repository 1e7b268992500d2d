package org.armjit.lang.format;

import java.math.BigInteger;

/**
 * The values a '%' or str.format call formats, as the interpreter sees them: implemented
 * by the interpreter over its guest objects. str() and repr() are asked for only when needed
 * (they may run user code).
 *
 * <p>For {@code fmt % right}: when right is a tuple, {@link #isTuple()} is true and its items
 * are the arguments; otherwise right itself is the single argument at index 0. For
 * str.format, the positional arguments are a tuple.
 */
public interface FormatArgs {

    /** How the formatters treat an argument. */
    enum Kind {
        /** int (not bool) */
        INT,
        /** bool: an int for numeric conversions, "True"/"False" as str() */
        BOOL,
        FLOAT,
        STR,
        /** anything else: only str(), repr() and the type name are used */
        OTHER
    }

    /** Whether the arguments are the items of a tuple (else one value at index 0). */
    boolean isTuple();

    /** Number of arguments (1 when not a tuple). */
    int count();

    /**
     * Whether the single argument can be subscripted by key for '%(key)s': CPython's
     * "mapping and neither tuple nor str" test (true for a dict).
     */
    default boolean isMapping() {
        return false;
    }

    /**
     * The value at {@code key} of the single mapping argument, as a single (non-tuple)
     * argument. Throws the interpreter's KeyError (or a {@link FormatException} "KeyError").
     */
    default FormatArgs lookup(String key) {
        throw new FormatException("TypeError", "format requires a mapping");
    }

    Kind kind(int i);

    /** Whether the INT/BOOL argument fits a long. */
    default boolean fitsLong(int i) {
        return bigValue(i).bitLength() < 64;
    }

    /** Value of an INT/BOOL argument that {@link #fitsLong fits}. */
    default long longValue(int i) {
        return bigValue(i).longValue();
    }

    /** Value of an INT/BOOL argument. */
    BigInteger bigValue(int i);

    /** Value of a FLOAT argument. */
    double floatValue(int i);

    /** Value of a STR argument. */
    default String strValue(int i) {
        return str(i);
    }

    /** str(argument). */
    String str(int i);

    /** repr(argument). */
    String repr(int i);

    /** type(argument).__name__, for messages. */
    String typeName(int i);

    /**
     * format(argument, spec) for an OTHER argument: object.__format__, i.e. str() for the
     * empty spec and a TypeError otherwise. The interpreter may override.
     */
    default String formatOther(int i, String spec) {
        if (spec.isEmpty()) return str(i);
        throw FormatException.typeError("unsupported format string passed to " + typeName(i) + ".__format__");
    }

    /**
     * argument[key] for a str.format field "{0[key]}" (key is a Long for digits, else a
     * String), as a single argument. Not needed by the language subset: the default refuses.
     */
    default FormatArgs subscript(int i, Object key) {
        throw FormatException.typeError("armjit: '[...]' in str.format fields is not supported");
    }

    /** argument.name for "{0.name}", as a single argument; the default refuses. */
    default FormatArgs attribute(int i, String name) {
        throw FormatException.typeError("armjit: '.attribute' in str.format fields is not supported");
    }
}
