package org.armjit.backend.arm;

import com.sun.jna.CallbackProxy;
import com.sun.jna.CallbackReference;
import com.sun.jna.Function;
import com.sun.jna.Pointer;
import org.armjit.arm.asm.CodeBuffer;
import org.armjit.arm.asm.Condition;
import org.armjit.arm.asm.ICacheFlusher;
import org.armjit.arm.asm.MacroAssembler;
import org.armjit.arm.asm.Register;
import org.armjit.arm.sim.ArmSimulator;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs generated code on the CPU itself (32-bit ARM Linux JVMs). The heap, the backend's data
 * and the code area are mmap'd, so guest addresses are machine addresses; compiled code is
 * entered as a C function and reaches runtime calls through JNA callbacks.
 *
 * <p>A runtime call is reached through a thunk of ours in the code area, not directly: a Java
 * exception cannot unwind through native frames, so the callback catches it, marks it pending
 * in the runtime block and returns; the thunk sees the mark and leaves compiled code through
 * the backend's unwind path (sp back to where the entry trampoline left it, callee-saved
 * registers restored), and {@link #run} rethrows the exception in Java.
 */
final class NativeEngine implements ExecutionEngine {
    static final int CODE_SIZE = 8 << 20;
    static final int DATA_SIZE = 10 << 20;
    /** str lr; movw; movt; blx; ldr lr; ldr; cmp; bne; bx lr. */
    static final int THUNK_SIZE = 36;

    private final GuestMemory code = NativeMemory.mapCode(CODE_SIZE);
    private final GuestMemory data = NativeMemory.map(DATA_SIZE);
    private final ArmTarget target;
    private final ArmSimulator.CallOutHook hook;
    private final int thunks = code.end() - THUNK_SIZE * RuntimeBlock.MAX_CALLS;
    private final int[] thunkAddress = new int[RuntimeBlock.MAX_CALLS];
    /** Callbacks must stay strongly reachable while code may call them (JNA holds them weakly). */
    private final List<CallbackProxy> callbacks = new ArrayList<>();
    private int runtimeBase;
    private int unwindAddress;
    /** The entry trampoline as a C function (one address for the backend's life). */
    private Function trampoline;
    private int trampolineAddress;
    private Throwable pending;
    private final HelperCallCounts helperCalls = new HelperCallCounts();

    NativeEngine(ArmTarget target, GuestMemory heap, ArmSimulator.CallOutHook hook) {
        String why = ArmHost.current().whyTargetUnfit(target);
        if (why != null) throw new IllegalStateException("native engine: " + why);
        if (!NativeMemory.isNative(heap)) throw new IllegalStateException("native engine: the guest heap must be native memory (NativeMemory.map)");
        this.target = target;
        this.hook = hook;
    }

    @Override
    public String name() {
        return "native";
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
        return thunks;
    }

    @Override
    public void attach(int runtimeBase, int unwindAddress) {
        this.runtimeBase = runtimeBase;
        this.unwindAddress = unwindAddress;
    }

    @Override
    public void codeWritten(int addr, int len) {
        NativeMemory.flushICache(addr, len);
    }

    @Override
    public int entryPoint(RuntimeCall call) {
        int id = call.id();
        if (id >= RuntimeBlock.MAX_CALLS) throw new IllegalStateException("runtime call id " + id + " beyond the thunk area");
        if (thunkAddress[id] == 0) {
            if (unwindAddress == 0) throw new IllegalStateException("native engine used before the backend attached its common code");
            CallbackProxy cb = callback(call);
            callbacks.add(cb);
            int fn = (int) Pointer.nativeValue(CallbackReference.getFunctionPointer(cb));
            int at = thunks + THUNK_SIZE * id;
            writeThunk(at, fn);
            thunkAddress[id] = at;
        }
        return thunkAddress[id];
    }

    private void writeThunk(int at, int fn) {
        MacroAssembler m = new MacroAssembler(target.cpu(), new CodeBuffer(at, ICacheFlusher.NONE));
        // lr goes to the frame, not the stack: arguments past r0-r3 are at sp, where the callee looks.
        m.str(Register.LR, Register.FP, JitFrame.CALL_LR);
        m.mov32(Condition.AL, Register.IP, fn);
        m.blx(Condition.AL, Register.IP);
        m.ldr(Register.LR, Register.FP, JitFrame.CALL_LR);
        m.ldr(Register.IP, Register.R10, RuntimeBlock.PENDING_EXCEPTION);
        m.cmpImmediate(Condition.AL, Register.IP, 0);
        m.branchFar(Condition.NE, false, unwindAddress);
        m.bx(Condition.AL, Register.LR);
        m.buffer().finish();
        int[] words = m.buffer().toArray();
        if (4 * words.length > THUNK_SIZE) throw new IllegalStateException("thunk of " + 4 * words.length + " bytes");
        for (int i = 0; i < words.length; i++) code.storeWord(at + 4 * i, words[i]);
        codeWritten(at, 4 * words.length);
    }

    /** The JNA callback for {@code call}: its C signature follows the call's kinds; Java exceptions become pending. */
    private CallbackProxy callback(RuntimeCall call) {
        List<Kind> args = call.args();
        Class<?>[] types = new Class<?>[args.size()];
        for (int i = 0; i < types.length; i++) types[i] = args.get(i) == Kind.FLOAT ? double.class : int.class;
        Class<?> result = switch (call.result()) {
            case FLOAT -> double.class;
            case VOID -> void.class;
            default -> int.class;
        };
        return new CallbackProxy() {
            @Override
            public Object callback(Object[] in) {
                helperCalls.count(call);
                long[] a = new long[in.length];
                for (int i = 0; i < a.length; i++) {
                    a[i] = in[i] instanceof Double d ? Double.doubleToRawLongBits(d) : ((Number) in[i]).intValue();
                }
                long r = 0;
                try {
                    hook.beforeCallOut(call);
                    try {
                        r = call.invoke(a);
                    } finally {
                        // Even when the call throws: the unwind path reads the allocation state back.
                        hook.afterCallOut();
                    }
                } catch (Throwable t) {
                    pending = t;
                    data.storeWord(runtimeBase + RuntimeBlock.PENDING_EXCEPTION, 1);
                }
                if (result == double.class) return Double.longBitsToDouble(r);
                if (result == void.class) return null;
                return (int) r;
            }

            @Override
            public Class<?>[] getParameterTypes() {
                return types;
            }

            @Override
            public Class<?> getReturnType() {
                return result;
            }
        };
    }

    @Override
    public void run(int entry, int frame, int start) {
        // A nested run (compiled code -> runtime call -> interpreter -> compiled code) moves the
        // unwind point; the outer run's must be back when control returns to it.
        int outerSp = data.loadWord(runtimeBase + RuntimeBlock.ENTRY_SP);
        try {
            if (trampoline == null || trampolineAddress != entry) {
                trampoline = Function.getFunction(new Pointer(Integer.toUnsignedLong(entry)));
                trampolineAddress = entry;
            }
            trampoline.invokeVoid(new Object[] {frame, start});
        } finally {
            data.storeWord(runtimeBase + RuntimeBlock.ENTRY_SP, outerSp);
        }
        if (data.loadWord(runtimeBase + RuntimeBlock.PENDING_EXCEPTION) != 0) {
            data.storeWord(runtimeBase + RuntimeBlock.PENDING_EXCEPTION, 0);
            Throwable t = pending;
            pending = null;
            if (t instanceof RuntimeException e) throw e;
            if (t instanceof Error e) throw e;
            throw new IllegalStateException(t);
        }
    }

    @Override
    public long instructions() {
        return 0;
    }

    @Override
    public boolean countsInstructions() {
        return false;
    }

    @Override
    public HelperCallCounts helperCalls() {
        return helperCalls;
    }

    @Override
    public void close() {
        NativeMemory.unmap(code);
        NativeMemory.unmap(data);
        callbacks.clear();
    }
}
