package org.armjit.arm.sim.oracle;

import org.armjit.arm.sim.Access;
import org.armjit.arm.sim.ArmSimulator;
import org.armjit.arm.sim.CpuModel;
import org.armjit.arm.sim.MemoryMap;

import org.armjit.arm.sim.SimOptions;
import org.armjit.arm.abi.ArgType;
import org.armjit.arm.abi.Signature;
import org.armjit.runtime.mem.GuestMemory;

/** Runs a snippet in the simulator exactly as the qemu harness does and returns the window. */
public final class SimSnippetRunner {
    private SimSnippetRunner() {}

    public static int[] run(int[] code, int seed) {
        MemoryMap map = new MemoryMap();
        GuestMemory codeMem = GuestMemory.allocate(SnippetLayout.CODE, (code.length * 4 + 4095) & ~4095);
        for (int i = 0; i < code.length; i++) codeMem.storeWord(SnippetLayout.CODE + 4 * i, code[i]);
        GuestMemory data = GuestMemory.allocate(SnippetLayout.DATA, SnippetLayout.DATA_SIZE);
        int[] fill = new int[SnippetLayout.DATA_SIZE / 4];
        SnippetLayout.fill(seed, fill);
        for (int i = 0; i < fill.length; i++) data.storeWord(SnippetLayout.DATA + 4 * i, fill[i]);
        map.map("code", codeMem, Access.RX);
        map.map("data", data, Access.RW);
        ArmSimulator sim = ArmSimulator.withStack(CpuModel.ARMV7_VFPV3_IDIV, map, new org.armjit.runtime.calls.RuntimeCallTable(),
                SimOptions.defaults().withBudget(100_000));
        sim.call(SnippetLayout.CODE, Signature.of(ArgType.VOID));
        int[] window = new int[SnippetLayout.WINDOW_WORDS];
        for (int i = 0; i < window.length; i++) window[i] = data.loadWord(SnippetLayout.WINDOW_START + 4 * i);
        return window;
    }
}
