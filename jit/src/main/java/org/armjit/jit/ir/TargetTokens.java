package org.armjit.jit.ir;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Fresh label tokens ({@code descr=<LoopN>}). Labels compiled into one backend must have
 * distinct tokens: the recorder and passes take theirs from here. Hand-written traces
 * (tests) use small numbers; fresh ones start high to stay clear of them.
 */
public final class TargetTokens {
    private static final AtomicInteger NEXT = new AtomicInteger(1 << 20);

    private TargetTokens() {}

    public static int fresh() {
        return NEXT.getAndIncrement();
    }
}
