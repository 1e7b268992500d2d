package org.armjit.backend.arm;

import org.armjit.runtime.calls.RuntimeCall;

import java.util.Set;

/**
 * The runtime calls that are C library functions on an ARM Linux system: the run-time ABI's
 * soft-float routines (libgcc_s), and the math functions traces call on raw doubles (libm).
 * A native engine calls these directly (no thunk, no Java): they are leaf functions that
 * neither allocate nor throw, and take their arguments as the platform's calling convention,
 * which is the target's. The interpreter computes math with the same libm on such hosts
 * ({@link NativeLibm}), so compiled code and the interpreter agree bit for bit.
 */
final class CLibrary {
    /** A function {@code symbol} of shared library {@code library}. */
    record Routine(String library, String symbol) {}

    static final String LIBM = "libm.so.6";

    /** The math module's functions that are libm's own (the runtime call is "math_" + the name). */
    private static final Set<String> MATH = Set.of("sin", "cos", "tan", "asin", "acos", "atan", "atan2", "exp", "log",
            "log10", "pow", "fmod");

    private CLibrary() {}

    /** Where {@code call} lives in the C libraries, or null when it is Java's. */
    static Routine of(RuntimeCall call) {
        String name = call.name();
        if (name.startsWith("__aeabi_")) return new Routine("libgcc_s.so.1", name);
        if (name.equals("sqrt")) return new Routine(LIBM, name);
        if (name.startsWith("math_") && MATH.contains(name.substring(5))) return new Routine(LIBM, name.substring(5));
        return null;
    }
}
