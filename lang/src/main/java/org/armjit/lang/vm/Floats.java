package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/** float objects: a boxed IEEE double at +8 (traces keep floats unboxed in VFP registers). */
public final class Floats {
    static final int VALUE = 8;
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

    /** Python's float // : floor of the quotient, with the signs CPython gives. */
    public double floorDiv(double a, double b) {
        if (b == 0.0) throw vm.raise("ZeroDivisionError", "float floor division by zero");
        return divmod(a, b)[0];
    }

    /** Python's float % : the result has the sign of the divisor. */
    public double mod(double a, double b) {
        if (b == 0.0) throw vm.raise("ZeroDivisionError", "float modulo");
        return divmod(a, b)[1];
    }

    /** CPython's float divmod algorithm (floatobject.c semantics, written from its documented behaviour). */
    public double[] divmod(double vx, double wx) {
        if (wx == 0.0) throw vm.raise("ZeroDivisionError", "float divmod()");
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0.0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0.0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) floordiv += 1.0;
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    /** float ** float with Python's errors. */
    public double pow(double x, double y) {
        if (x == 0.0 && y < 0.0) throw vm.raise("ZeroDivisionError", "0.0 cannot be raised to a negative power");
        if (x < 0.0 && y != Math.floor(y) && !Double.isInfinite(y) && !Double.isNaN(y)) {
            throw vm.valueError("math domain error");
        }
        if (x == 1.0 || y == 0.0) return 1.0;
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw vm.raise("OverflowError", "(34, 'Numerical result out of range')");
        }
        return r;
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
