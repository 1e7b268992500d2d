package org.armjit.arm.sim;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.armjit.arm.abi.Signature;
import org.armjit.runtime.mem.GuestMemory;

/**
 * The one table of Java functions reachable from simulated code. Function {@code i} is called
 * by executing {@code svc #(SVC_BASE + i)}; {@link #writeStub} writes the two-instruction
 * redirection stub ({@code svc; bx lr}) that code reaches with {@code bl}/{@code blx}.
 */
public final class RuntimeCallTable {
    /** svc immediates at and above this select a runtime function (below: not ours). */
    public static final int SVC_BASE = 0xa00000;
    /** Largest number of functions the svc immediate can select. */
    public static final int MAX_FUNCTIONS = 0x10000;
    /** Bytes per stub. */
    public static final int STUB_SIZE = 8;

    private final List<RuntimeFunction> functions = new ArrayList<>();
    private final Map<String, Integer> byName = new HashMap<>();

    /** Registers a function; returns its index. Names are unique. */
    public synchronized int register(String name, Signature sig, RuntimeFunction.Body body) {
        if (byName.containsKey(name)) throw new IllegalArgumentException("already registered: " + name);
        if (functions.size() >= MAX_FUNCTIONS) throw new IllegalStateException("runtime call table full");
        functions.add(new RuntimeFunction(name, sig, body));
        byName.put(name, functions.size() - 1);
        return functions.size() - 1;
    }

    public int indexOf(String name) {
        Integer i = byName.get(name);
        if (i == null) throw new IllegalArgumentException("no runtime function " + name);
        return i;
    }

    public RuntimeFunction get(int index) {
        return index >= 0 && index < functions.size() ? functions.get(index) : null;
    }

    public int size() { return functions.size(); }

    /** The stub's first instruction: {@code svc #(SVC_BASE + index)}, condition AL. */
    public static int svcWord(int index) { return 0xef000000 | (SVC_BASE + index); }

    /** {@code bx lr}. */
    public static final int BX_LR = 0xe12fff1e;

    /**
     * Writes the stub for function {@code name} at {@code addr} ({@link #STUB_SIZE} bytes);
     * the caller flushes the i-cache afterwards like for any code write.
     */
    public void writeStub(GuestMemory mem, int addr, String name) {
        mem.storeWord(addr, svcWord(indexOf(name)));
        mem.storeWord(addr + 4, BX_LR);
    }
}
