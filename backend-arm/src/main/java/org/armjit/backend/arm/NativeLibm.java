package org.armjit.backend.arm;

import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import org.armjit.lang.format.FloatMath;

/**
 * The platform's libm through JNA direct calls: on an ARM host the interpreter computes the
 * math functions with it ({@link FloatMath#useLibrary}), because compiled code calls the same
 * functions directly ({@link CLibrary}) and both must give the same bits.
 */
public final class NativeLibm implements FloatMath.CMath {
    private static boolean registered;

    private NativeLibm() {}

    /** The platform libm, or null where it cannot be loaded (then Java's functions stay). */
    public static synchronized NativeLibm load() {
        if (!registered) {
            try {
                Native.register(C.class, NativeLibrary.getInstance(CLibrary.LIBM));
                registered = true;
            } catch (UnsatisfiedLinkError | RuntimeException e) {
                return null;
            }
        }
        return new NativeLibm();
    }

    /** libm's functions, bound by name (JNA direct mapping). */
    private static final class C {
        static native double sin(double x);
        static native double cos(double x);
        static native double tan(double x);
        static native double asin(double x);
        static native double acos(double x);
        static native double atan(double x);
        static native double atan2(double y, double x);
        static native double exp(double x);
        static native double log(double x);
        static native double log10(double x);
        static native double pow(double x, double y);
    }

    @Override public double sin(double x) { return C.sin(x); }
    @Override public double cos(double x) { return C.cos(x); }
    @Override public double tan(double x) { return C.tan(x); }
    @Override public double asin(double x) { return C.asin(x); }
    @Override public double acos(double x) { return C.acos(x); }
    @Override public double atan(double x) { return C.atan(x); }
    @Override public double atan2(double y, double x) { return C.atan2(y, x); }
    @Override public double exp(double x) { return C.exp(x); }
    @Override public double log(double x) { return C.log(x); }
    @Override public double log10(double x) { return C.log10(x); }
    @Override public double pow(double x, double y) { return C.pow(x, y); }
}
