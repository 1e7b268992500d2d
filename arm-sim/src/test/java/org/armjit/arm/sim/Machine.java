package org.armjit.arm.sim;

import org.armjit.arm.sim.oracle.GnuAs;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.mem.GuestMemory;

/** Test fixture: a simulator with code (assembled by GNU as) at CODE, a data page and a stack. */
final class Machine {
    static final int CODE = 0x0001_0000;
    static final int DATA = 0x0010_0000;

    final MemoryMap map = new MemoryMap();
    final GuestMemory code = GuestMemory.allocate(CODE, 0x1000);
    final GuestMemory data = GuestMemory.allocate(DATA, 0x1000);
    final RuntimeCallTable calls = new RuntimeCallTable();
    final ArmSimulator sim;

    Machine(String asm) { this(asm, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults()); }

    Machine(String asm, CpuModel cpu, SimOptions options) {
        this(GnuAs.assemble(asm), cpu, options, Access.RWX);
    }

    Machine(int[] words, CpuModel cpu, SimOptions options, int codeRights) {
        for (int i = 0; i < words.length; i++) code.storeWord(CODE + 4 * i, words[i]);
        map.map("code", code, codeRights);
        map.map("data", data, Access.RW);
        sim = ArmSimulator.withStack(cpu, map, calls, options);
    }

    /** Runs from CODE with the current registers until the code returns to lr. */
    ArmSimulator run() {
        sim.setReg(14, ArmSimulator.RETURN_SENTINEL);
        sim.run(CODE, ArmSimulator.RETURN_SENTINEL, sim.options().budget());
        return sim;
    }
}
