package org.armjit.lang.vm;

import org.armjit.lang.format.FloatMath;
import org.armjit.lang.format.FormatException;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/** float objects: a boxed IEEE double at +8 (traces keep floats unboxed in VFP registers). */
public final class Floats {
    public static final int VALUE = 8;
    private final Vm vm;
    private final GuestMemory mem;

    Floats(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    public boolean isFloat(int w) {
        return !Tag.isInt(w) && (mem.loadWord(w) & Heap.TYPE_MASK) == TypeId.FLOAT.id();
    }

    public int box(double d) {
        int ref = vm.alloc(Heap.header(TypeId.FLOAT), 16);
        mem.storeDouble(ref + VALUE, d);
        return ref;
    }

    int permanent(double d) {
        int ref = vm.heap.allocatePermanent(Heap.header(TypeId.FLOAT), 16);
        mem.storeDouble(ref + VALUE, d);
        return ref;
    }

    public double value(int ref) {
        return mem.loadDouble(ref + VALUE);
    }

    /** Python's float // (signs as CPython). */
    public double floorDiv(double a, double b) {
        try {
            return FloatMath.floorDiv(a, b);
        } catch (FormatException e) {
            throw vm.builtins.fmt.raise(e);
        }
    }

    /** Python's float % : the result has the sign of the divisor. */
    public double mod(double a, double b) {
        try {
            return FloatMath.mod(a, b);
        } catch (FormatException e) {
            throw vm.builtins.fmt.raise(e);
        }
    }

    public double[] divmod(double a, double b) {
        try {
            return FloatMath.divmod(a, b);
        } catch (FormatException e) {
            throw vm.builtins.fmt.raise(e);
        }
    }

    /** float ** float with Python's errors. */
    public double pow(double x, double y) {
        try {
            return FloatMath.pow(x, y);
        } catch (FormatException e) {
            throw vm.builtins.fmt.raise(e);
        }
    }

    /** Numeric hash: integral floats hash like the equal int. */
    public int hash(double d) {
        if (d == Math.rint(d) && !Double.isInfinite(d)) {
            if (Math.abs(d) < 9.0e18) return Ints.hashLong((long) d);
            return Ints.hashBig(new java.math.BigDecimal(d).toBigInteger());
        }
        long bits = Double.doubleToLongBits(d);
        return (int) (bits ^ (bits >>> 32)) & Tag.MAX;
    }
}
