package org.armjit.jit.log;

import java.util.HashMap;
import java.util.Map;

/**
 * Bytecodes the interpreter dispatched, per code object and pc, for the JIT log's per-line
 * figures. Counted through the recording hook, so only while a log is written (the
 * interpreter then runs plain instructions, no superinstructions: each counts once).
 */
public final class BytecodeCounts {
    private final Map<Integer, long[]> byCode = new HashMap<>();

    public void count(int codeId, int pc, int codeLength) {
        long[] c = byCode.get(codeId);
        if (c == null) byCode.put(codeId, c = new long[codeLength]);
        c[pc]++;
    }

    /** Counts per pc of every code object that ran, by code id. */
    public Map<Integer, long[]> byCode() {
        return byCode;
    }
}
