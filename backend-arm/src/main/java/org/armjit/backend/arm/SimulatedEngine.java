package org.armjit.backend.arm;

import org.armjit.arm.abi.ArgType;
import org.armjit.arm.abi.Signature;
import org.armjit.arm.sim.Access;
import org.armjit.arm.sim.ArmSimulator;
import org.armjit.arm.sim.MemoryMap;
import org.armjit.arm.sim.SimFault;
import org.armjit.arm.sim.SimOptions;
import org.armjit.arm.sim.SvcStubs;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Runs generated code in armjit's ARM simulator, with every contract check on unless asked
 * otherwise. Guest memory is mapped as it would be on a board: the heap where the VM put it,
 * the code area (read/execute), the backend's data and a machine stack. Runtime calls are
 * {@code svc} stubs at the end of the code area that reach the runtime-call table.
 */
final class SimulatedEngine implements ExecutionEngine {
    static final int CODE_BASE = 0xa000_0000;
    static final int CODE_SIZE = 8 << 20;
    /** The last part of the code area holds one svc stub per runtime call. */
    static final int STUBS = CODE_BASE + CODE_SIZE - SvcStubs.STUB_SIZE * RuntimeBlock.MAX_CALLS;
    static final int DATA_BASE = 0xa200_0000;
    static final int DATA_SIZE = 10 << 20;

    private static final Signature ENTRY = Signature.of(ArgType.VOID, ArgType.POINTER, ArgType.POINTER);

    private final GuestMemory code = GuestMemory.allocate(CODE_BASE, CODE_SIZE);
    private final GuestMemory data = GuestMemory.allocate(DATA_BASE, DATA_SIZE);
    private final MemoryMap map = new MemoryMap();
    private final ArmSimulator sim;
    private final boolean[] stubWritten = new boolean[RuntimeBlock.MAX_CALLS];
    private final HelperCallCounts helperCalls = new HelperCallCounts();

    SimulatedEngine(ArmTarget target, GuestMemory heap, RuntimeCallTable calls, boolean checked, ArmSimulator.CallOutHook hook) {
        map.map("heap", heap, Access.RW);
        map.map("jit-code", code, Access.RX);
        map.map("jit-data", data, Access.RW);
        SimOptions options = SimOptions.defaults().withFloatAbi(target.floatAbi()).withBudget(Long.MAX_VALUE);
        if (!checked) options = options.unchecked();
        sim = ArmSimulator.withStack(target.simModel(), map, calls, options);
        sim.setCallOutHook(new ArmSimulator.CallOutHook() {
            @Override
            public void beforeCallOut(RuntimeCall call) {
                helperCalls.count(call);
                hook.beforeCallOut(call);
            }

            @Override
            public void afterCallOut() {
                hook.afterCallOut();
            }
        });
    }

    @Override
    public String name() {
        return "sim";
    }

    @Override
    public GuestMemory code() {
        return code;
    }

    @Override
    public GuestMemory data() {
        return data;
    }

    @Override
    public int codeEnd() {
        return STUBS;
    }

    @Override
    public void codeWritten(int addr, int len) {
        map.flushICache(addr, len);
    }

    @Override
    public int entryPoint(RuntimeCall call) {
        int id = call.id();
        if (id >= RuntimeBlock.MAX_CALLS) throw new IllegalStateException("runtime call id " + id + " beyond the stub area");
        int addr = STUBS + SvcStubs.STUB_SIZE * id;
        if (!stubWritten[id]) {
            SvcStubs.write(code, addr, call);
            codeWritten(addr, SvcStubs.STUB_SIZE);
            stubWritten[id] = true;
        }
        return addr;
    }

    @Override
    public void run(int entry, int frame, int start) {
        int sp = sim.reg(13);
        try {
            sim.call(entry, ENTRY, frame, start);
        } catch (SimFault f) {
            sim.setReg(13, sp);
            // A Java exception thrown by a runtime call (MemoryError, an internal error) keeps its identity.
            if (f.getCause() instanceof RuntimeException cause && !(cause instanceof SimFault)) throw cause;
            throw f;
        } catch (RuntimeException e) {
            sim.setReg(13, sp);
            throw e;
        }
    }

    @Override
    public long instructions() {
        return sim.instructionsExecuted();
    }

    @Override
    public void profileCode() {
        sim.profileBlocks(code.base(), code.size());
    }

    @Override
    public long instructionsIn(int from, int to) {
        return sim.profiledInstructions(from, to);
    }

    @Override
    public HelperCallCounts helperCalls() {
        return helperCalls;
    }
}
