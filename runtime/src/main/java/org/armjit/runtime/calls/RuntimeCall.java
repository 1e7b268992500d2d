package org.armjit.runtime.calls;

import java.util.List;

/**
 * A Java function that compiled code may call: its name, signature and implementation.
 * Arguments and the result travel as {@code long}s: INT and REF values sign-extended from
 * 32 bits, FLOAT values as raw IEEE bits ({@link Double#doubleToRawLongBits}).
 *
 * @param canCollect whether the function may reach a safepoint (allocate and collect, or
 *                   run Python code): callers must then have spilled every REF they keep
 *                   where the collector can update it
 */
public record RuntimeCall(int id, String name, Kind result, List<Kind> args, boolean canCollect, Impl impl) {
    @FunctionalInterface
    public interface Impl {
        long invoke(long[] args);
    }

    public long invoke(long... args) {
        return impl.invoke(args);
    }
}
