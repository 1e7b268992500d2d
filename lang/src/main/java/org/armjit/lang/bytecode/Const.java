package org.armjit.lang.bytecode;

/** Compile-time constants that have no natural Java value. */
public enum Const {
    NONE;

    /** Python-style text of a constant, for listings. */
    public static String repr(Object c) {
        if (c == NONE) return "None";
        if (c instanceof Boolean) return ((Boolean) c) ? "True" : "False";
        if (c instanceof String) return "'" + ((String) c).replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
        if (c instanceof ConstTuple || c instanceof ConstFrozenSet) return c.toString();
        return String.valueOf(c);
    }
}
