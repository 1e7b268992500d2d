package org.armjit.jit.ir;

/**
 * A constant operand: INT (a raw int), FLOAT (a double, kept as raw bits so that -0.0 and
 * NaN payloads survive) or REF (a value word: NULL, a tagged int or the address of an
 * object that never moves). Equal when kind and bits are equal.
 */
public final class Const extends Value {
    public static final Const NULL = new Const(Type.REF, 0);
    public static final Const INT_ZERO = new Const(Type.INT, 0);
    public static final Const INT_ONE = new Const(Type.INT, 1);

    private final Type type;
    /** INT and REF: the int sign-extended; FLOAT: {@link Double#doubleToRawLongBits}. */
    public final long bits;

    private Const(Type type, long bits) {
        this.type = type;
        this.bits = bits;
    }

    public static Const ofInt(int v) {
        return v == 0 ? INT_ZERO : v == 1 ? INT_ONE : new Const(Type.INT, v);
    }

    public static Const ofFloat(double v) {
        return new Const(Type.FLOAT, Double.doubleToRawLongBits(v));
    }

    public static Const ofRef(int word) {
        return word == 0 ? NULL : new Const(Type.REF, word);
    }

    /** A constant of {@code type} from raw bits as used in register files and exit states. */
    public static Const ofBits(Type type, long bits) {
        return switch (type) {
            case INT -> ofInt((int) bits);
            case REF -> ofRef((int) bits);
            case FLOAT -> new Const(Type.FLOAT, bits);
            case VOID -> throw new IllegalArgumentException("void constant");
        };
    }

    /** The zero of a kind: what a freshly allocated field holds. */
    public static Const zero(Type type) {
        return ofBits(type, 0);
    }

    public int intValue() {
        return (int) bits;
    }

    public double floatValue() {
        return Double.longBitsToDouble(bits);
    }

    @Override
    public Type type() {
        return type;
    }

    @Override
    public boolean isConst() {
        return true;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Const c && c.type == type && c.bits == bits;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(bits) * 31 + type.ordinal();
    }

    /** The text form: {@code 42}, {@code 1.5}, {@code -0.0}, {@code NaN}, {@code ConstPtr(0x10000008)}, {@code ConstPtr(null)}. */
    @Override
    public String toString() {
        return switch (type) {
            case INT -> Integer.toString((int) bits);
            case FLOAT -> Double.toString(floatValue());
            case REF -> bits == 0 ? "ConstPtr(null)" : "ConstPtr(0x" + Integer.toHexString((int) bits) + ")";
            case VOID -> "void";
        };
    }
}
