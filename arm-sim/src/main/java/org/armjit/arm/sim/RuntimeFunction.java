package org.armjit.arm.sim;

import org.armjit.arm.abi.Signature;

/**
 * A Java function that simulated code can call through an {@code svc} redirection stub.
 * Arguments and the result are raw bits: an int or pointer as a (sign-extended) int value,
 * a double as {@link Double#doubleToRawLongBits}, a float as {@link Float#floatToRawIntBits}.
 */
public record RuntimeFunction(String name, Signature signature, Body body) {
    @FunctionalInterface
    public interface Body {
        long call(long[] args);
    }
}
