package org.armjit.lang.vm;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;

/**
 * Linear-time access to a BigInteger's 32-bit magnitude words. {@link BigInteger} keeps them
 * in a private {@code int[] mag} (most significant first) and has a package-private
 * constructor over such an array; when {@code java.math} is opened to armjit (the jar's
 * manifest says {@code Add-Opens: java.base/java.math}, the tests' JVM gets
 * {@code --add-opens}) the conversion between guest digits and BigInteger is one word copy.
 * Otherwise {@link #available()} is false and {@link Ints} goes through byte arrays
 * (linear too, about four times the work).
 */
final class BigMagnitude {
    private static final VarHandle MAG;
    private static final MethodHandle NEW;

    static {
        VarHandle mag = null;
        MethodHandle make = null;
        try {
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(BigInteger.class, MethodHandles.lookup());
            mag = l.findVarHandle(BigInteger.class, "mag", int[].class);
            make = l.findConstructor(BigInteger.class, MethodType.methodType(void.class, int[].class, int.class));
            // Check that the shapes are the ones this class relies on.
            BigInteger probe = (BigInteger) make.invokeExact(new int[] {1, 2}, -1);
            int[] m = (int[]) mag.get(BigInteger.valueOf(-5));
            if (!probe.equals(BigInteger.ONE.shiftLeft(32).add(BigInteger.TWO).negate()) || m.length != 1 || m[0] != 5) {
                mag = null;
                make = null;
            }
        } catch (Throwable e) {
            mag = null;
            make = null;
        }
        MAG = mag;
        NEW = make;
    }

    private BigMagnitude() {}

    static boolean available() {
        return MAG != null;
    }

    /** The magnitude words, most significant first, no leading zero word (do not modify). */
    static int[] words(BigInteger v) {
        return (int[]) MAG.get(v);
    }

    /** A BigInteger over {@code words} (most significant first, no leading zero word; kept, not copied). */
    static BigInteger of(int[] words, int signum) {
        if (words.length == 0) return BigInteger.ZERO;
        try {
            return (BigInteger) NEW.invokeExact(words, signum);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
