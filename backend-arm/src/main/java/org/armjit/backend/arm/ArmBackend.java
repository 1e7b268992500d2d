package org.armjit.backend.arm;

import org.armjit.arm.asm.CodeBuffer;
import org.armjit.arm.asm.Condition;
import org.armjit.arm.asm.DataOp;
import org.armjit.arm.asm.ICacheFlusher;
import org.armjit.arm.asm.Label;
import org.armjit.arm.asm.MacroAssembler;
import org.armjit.arm.asm.ModifiedImmediate;
import org.armjit.arm.asm.Register;
import org.armjit.arm.asm.VfpRegister;
import org.armjit.arm.sim.ArmSimulator;
import org.armjit.arm.sim.SimFault;
import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.backend.ExitResult;
import org.armjit.jit.backend.ExitStates;
import org.armjit.jit.backend.Finished;
import org.armjit.jit.backend.GuardHandle;
import org.armjit.jit.ir.InputArg;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.jit.ir.Verifier;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.RootVisitor;
import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import static org.armjit.arm.asm.Condition.AL;

/**
 * The ARM backend: traces become ARMv7 + VFP code in a code area, run by an
 * {@link ExecutionEngine} (the simulator on any host). Compiled code is entered through a
 * trampoline that saves the callee-saved registers and points fp at a {@link JitFrame} and
 * r10 at the {@link RuntimeBlock}; it leaves through the common exit (a guard failed: every
 * register saved into the frame) or the common finish.
 */
public final class ArmBackend implements Backend {
    /** Where generated code runs: {@code SIM} the simulator (any host), {@code NATIVE} the CPU (32-bit ARM Linux JVMs). */
    public enum Engine { SIM, NATIVE }

    /**
     * @param target          what the code may use
     * @param randomRegisters pick registers at random among the free ones (for random-trace testing)
     * @param checked         the simulator's contract checks
     * @param engine          where the code runs (NATIVE needs its heap in {@link NativeMemory})
     */
    public record Options(ArmTarget target, boolean randomRegisters, long seed, boolean checked, Engine engine) {
        public Options(ArmTarget target, boolean randomRegisters, long seed, boolean checked) {
            this(target, randomRegisters, seed, checked, Engine.SIM);
        }

        public static Options of(ArmTarget target) {
            return new Options(target, false, 0, true);
        }

        public Options withEngine(Engine e) {
            return new Options(target, randomRegisters, seed, checked, e);
        }
    }

    private static final int SAVED_CORE_MASK = 0x43ff; // r0-r9, lr: every register the allocator hands out

    private final Heap heap;
    private final RuntimeCallTable calls;
    private final Options options;
    private final ArmTarget target;
    private final ExecutionEngine engine;
    private final BackendHelpers helpers;
    private final HeapMirror mirror;
    private final GuestMemory data;
    private final int runtimeBase;
    private final int framesBase;
    private final int framesEnd;
    private final List<Integer> activeFrames = new ArrayList<>();
    /** The direct-call budget each active entry started with (see {@link #directCallFrames}). */
    private final List<Integer> activeBudgets = new ArrayList<>();
    /** The direct-call table ({@link DirectCallStub}): one row per code key. */
    private final int directTable;
    private org.armjit.jit.backend.DirectCalls direct;
    /** The trace entered at each active frame (for the report when nesting runs away). */
    private final List<ArmCompiledTrace> activeTraces = new ArrayList<>();

    private final List<ArmCompiledTrace> traces = new ArrayList<>();
    private final List<ArmGuard> guards = new ArrayList<>();
    private final List<Type[]> finishes = new ArrayList<>();
    private final List<int[]> gcSites = new ArrayList<>();
    private final Map<Integer, ArmLabel> labels = new HashMap<>();
    private final Map<Long, Integer> doubles = new HashMap<>();
    private final boolean[] callAddressWritten = new boolean[RuntimeBlock.MAX_CALLS];
    private long randomSeed;

    private int codeTop;
    private final int codeEnd;
    private int enterAddress, exitCommonAddress, finishCommonAddress, unwindAddress;

    // statistics
    private long codeBytes;
    private long compileNanos;
    private long entries;

    public ArmBackend(Heap heap, RuntimeCallTable calls, Options options) {
        this.heap = heap;
        this.calls = calls;
        this.options = options;
        this.target = options.target();
        this.randomSeed = options.seed();
        this.helpers = new BackendHelpers(heap, calls);
        ArmSimulator.CallOutHook hook = new ArmSimulator.CallOutHook() {
            @Override
            public void beforeCallOut(org.armjit.runtime.calls.RuntimeCall call) {
                mirror.toJava();
            }

            @Override
            public void afterCallOut() {
                mirror.toGuest();
            }
        };
        this.engine = options.engine() == Engine.NATIVE ? new NativeEngine(target, heap.memory(), hook)
                : new SimulatedEngine(target, heap.memory(), calls, options.checked(), hook);
        this.data = engine.data();
        this.runtimeBase = data.base() + RuntimeBlock.BASE_OFFSET;
        this.directTable = (data.base() + RuntimeBlock.SIZE + 15) & ~15;
        this.framesBase = directTable + DirectCallStub.TABLE_BYTES;
        this.framesEnd = data.end();
        this.mirror = new HeapMirror(heap, data, runtimeBase);
        this.codeTop = engine.code().base();
        this.codeEnd = engine.codeEnd();
        emitCommonCode();
        heap.roots(this::scanRoots);
    }

    @Override
    public String name() {
        return "arm-" + engine.name();
    }

    public ArmTarget target() {
        return target;
    }

    Options options() {
        return options;
    }

    Heap heap() {
        return heap;
    }

    RuntimeCallTable calls() {
        return calls;
    }

    BackendHelpers helpers() {
        return helpers;
    }

    long nextRandomSeed() {
        return randomSeed++;
    }

    int exitCommonAddress() {
        return exitCommonAddress;
    }

    int finishCommonAddress() {
        return finishCommonAddress;
    }

    // ------------------------------------------------------------------ common code

    /**
     * enter(frame=r0, start=r1): save what AAPCS says a callee keeps, set fp and r10, go.
     * exit_common(ip = guard index): record it, save every allocatable register, return.
     * finish_common(ip = -1 - finish id): record it, return.
     * unwind: a runtime call failed (native engine): sp back to the trampoline's saves, return.
     */
    private void emitCommonCode() {
        MacroAssembler m = new MacroAssembler(target.cpu(), new CodeBuffer(codeTop, ICacheFlusher.NONE));
        Label ret = new Label();
        enterAddress = m.buffer().address();
        m.push(AL, 0x5ff0); // r4-r12, lr: ten words keep sp 8-byte aligned
        if (target.hasVfp()) m.vpush(AL, VfpRegister.d(8), 8);
        m.mov(Register.FP, Register.R0);
        m.mov32(AL, Register.R10, runtimeBase);
        m.str(Register.SP, Register.R10, RuntimeBlock.ENTRY_SP);
        m.bx(AL, Register.R1);
        exitCommonAddress = m.buffer().address();
        m.str(Register.IP, Register.FP, JitFrame.EXIT);
        m.dataImm(AL, DataOp.ADD, false, Register.IP, Register.FP, ModifiedImmediate.tryEncode(JitFrame.SAVED_CORE));
        m.blockTransfer(AL, false, org.armjit.arm.asm.BlockMode.IA, Register.IP, false, SAVED_CORE_MASK);
        if (target.hasVfp()) for (int d = 0; d < 16; d++) m.vstr(AL, VfpRegister.d(d), Register.FP, true, JitFrame.SAVED_VFP + 8 * d);
        m.b(AL, ret);
        unwindAddress = m.buffer().address();
        m.ldr(Register.SP, Register.R10, RuntimeBlock.ENTRY_SP);
        m.b(AL, ret);
        finishCommonAddress = m.buffer().address();
        m.str(Register.IP, Register.FP, JitFrame.EXIT);
        m.bind(ret);
        if (target.hasVfp()) m.vpop(AL, VfpRegister.d(8), 8);
        m.pop(AL, 0x9ff0); // r4-r12, pc
        m.buffer().finish();
        install(m.buffer().toArray(), codeTop);
        codeTop += m.buffer().position();
        engine.attach(runtimeBase, unwindAddress);
    }

    private void install(int[] words, int at) {
        GuestMemory code = engine.code();
        for (int i = 0; i < words.length; i++) code.storeWord(at + 4 * i, words[i]);
        engine.codeWritten(at, 4 * words.length);
    }

    /** Where the exit stub saved core register r. */
    static int savedCoreOffset(int r) {
        return JitFrame.SAVED_CORE + 4 * Integer.bitCount(SAVED_CORE_MASK & ((1 << r) - 1));
    }

    // ------------------------------------------------------------------ compiling

    @Override
    public CompiledTrace compileLoop(Trace trace) {
        Verifier.verify(trace, calls, externalLabels());
        return compile(trace, null, 0);
    }

    @Override
    public CompiledTrace compileBridge(GuardHandle guard, Trace bridge) {
        if (!(guard instanceof ArmGuard g) || !traces.contains(g.owner)) throw new IllegalArgumentException("not a guard of this backend");
        List<InputArg> in = bridge.inputs();
        if (in.size() != g.failArgs.size()) throw new IllegalArgumentException("bridge takes " + in.size() + " inputs, guard has " + g.failArgs.size() + " fail args");
        for (int i = 0; i < in.size(); i++) {
            if (in.get(i).type() != g.failArgs.get(i).type()) throw new IllegalArgumentException("bridge input " + i + " kind differs from the guard's fail arg");
        }
        Verifier.verify(bridge, calls, externalLabels());
        ArmCompiledTrace t = compile(bridge, g.locs, g.slotsInUse);
        g.bridge = t;
        retarget(g, t.address);
        return t;
    }

    private ArmCompiledTrace compile(Trace trace, int[] entryLocs, int slotBase) {
        long t0 = System.nanoTime();
        int address = (codeTop + 7) & ~7;
        ArmCompiledTrace t = new ArmCompiledTrace(trace, address);
        int guardsBefore = guards.size();
        ArmCompiledTrace.Code code;
        try {
            code = new TraceAssembler(this, trace, address, entryLocs, slotBase, t).assemble();
        } catch (RuntimeException e) {
            // Nothing of a failed compilation stays reachable.
            while (guards.size() > guardsBefore) guards.remove(guards.size() - 1);
            throw e;
        }
        if (address + 4L * code.words().length > codeEnd) throw new TraceAssembler.CompileError("code area full");
        for (ArmLabel l : code.labels()) {
            if (labels.containsKey(l.token())) throw new IllegalArgumentException("label Loop" + l.token() + " compiled twice");
        }
        for (ArmLabel l : code.labels()) labels.put(l.token(), l);
        install(code.words(), address);
        t.setCode(code);
        codeTop = address + 4 * code.words().length;
        traces.add(t);
        codeBytes += 4L * code.words().length;
        compileNanos += System.nanoTime() - t0;
        return t;
    }

    private Map<Integer, List<Type>> externalLabels() {
        Map<Integer, List<Type>> m = new HashMap<>();
        for (ArmLabel l : labels.values()) m.put(l.token(), Arrays.asList(l.types()));
        return m;
    }

    ArmLabel label(int token) {
        return labels.get(token);
    }

    ArmGuard newGuard(ArmCompiledTrace owner, Operation op, List<Value> failArgs, int[] locs, int slotsInUse, int opIndex) {
        ArmGuard g = new ArmGuard(owner, op, guards.size(), failArgs, locs, slotsInUse, opIndex);
        guards.add(g);
        return g;
    }

    int newFinish(Type[] types) {
        finishes.add(types);
        return finishes.size() - 1;
    }

    int newGcSite(int[] refSlotOffsets) {
        gcSites.add(refSlotOffsets);
        return gcSites.size() - 1;
    }

    /** Makes the runtime block's entry for {@code call} point at its entry point; returns its id. */
    int ensureCallAddress(RuntimeCall call) {
        int id = call.id();
        if (id >= RuntimeBlock.MAX_CALLS || !callAddressWritten[id]) setCallAddress(call, engine.entryPoint(call));
        return id;
    }

    /** What compiled code calls for {@code call} from now on (its table slot). */
    private void setCallAddress(RuntimeCall call, int address) {
        int id = call.id();
        if (id >= RuntimeBlock.MAX_CALLS) throw new TraceAssembler.CompileError("runtime call id " + id + " beyond the call table");
        data.storeWord(runtimeBase + RuntimeBlock.callOffset(id), address);
        callAddressWritten[id] = true;
    }

    /** The offset below r10 of a pooled double constant, or 0 when the pool is full. */
    int doubleConstant(long bits) {
        Integer k = doubles.get(bits);
        if (k == null) {
            if (doubles.size() >= RuntimeBlock.DOUBLE_POOL) return 0;
            k = doubles.size() + 1;
            doubles.put(bits, k);
            data.storeLong(runtimeBase - 8 * k, bits);
        }
        return 8 * k;
    }

    /** Re-targets every branch of guard g (to its stub so far) at {@code address}. */
    private void retarget(ArmGuard g, int address) {
        GuestMemory code = engine.code();
        for (int off : g.branchOffsets) {
            int at = g.owner.address + off;
            int w = code.loadWord(at);
            int delta = address - (at + 8);
            code.storeWord(at, (w & 0xff000000) | ((delta >> 2) & 0xffffff));
            engine.codeWritten(at, 4);
        }
        if (g.owner.invalidated) invalidateGuard(g);
    }

    @Override
    public void invalidate(CompiledTrace trace) {
        ArmCompiledTrace t = (ArmCompiledTrace) trace;
        if (t.invalidated) return;
        t.invalidated = true;
        for (ArmGuard g : t.code.invalidationGuards()) invalidateGuard(g);
    }

    /** guard_not_invalidated is a nop until its trace is invalidated, then a branch to its stub (or bridge). */
    private void invalidateGuard(ArmGuard g) {
        List<ArmGuard> gs = g.owner.code.invalidationGuards();
        for (int i = 0; i < gs.size(); i++) {
            if (gs.get(i) != g) continue;
            int at = g.owner.address + g.owner.code.invalidationNops().get(i);
            int dest = g.bridge != null ? g.bridge.address : stubAddress(g);
            int delta = dest - (at + 8);
            engine.code().storeWord(at, 0xea000000 | ((delta >> 2) & 0xffffff));
            engine.codeWritten(at, 4);
        }
    }

    /** The stub a guard's branches reach before any bridge: read back from its first branch. */
    private int stubAddress(ArmGuard g) {
        // guard_not_invalidated has no branch of its own: its stub is found through the trace's stub table.
        return g.owner.address + g.owner.code.stubOffsets().get(g.owner.code.guards().indexOf(g));
    }

    // ------------------------------------------------------------------ direct calls

    @Override
    public boolean enableDirectCalls(org.armjit.jit.backend.DirectCalls d) {
        if (direct != null) throw new IllegalStateException("direct calls enabled twice");
        RuntimeCall exit = registerUnique("direct_call_exit", a -> {
            int frame = (int) a[0];
            return d.exited((int) a[1], (int) a[2], exitResult(frame));
        });
        for (int i = 0; i < DirectCallStub.TABLE_BYTES; i += 4) data.storeWord(directTable + i, 0);
        DirectCallStub.Layout layout = new DirectCallStub.Layout(directTable, d.keyOffset(), d.defaultsOffset(), framesEnd, enterAddress, unwindAddress,
                engine.entryPoint(exit));
        RuntimeCall[] via = d.via();
        for (int n = 0; n < via.length; n++) {
            int at = (codeTop + 7) & ~7;
            int[] words = DirectCallStub.emit(target, at, n, engine.entryPoint(via[n]), layout);
            if (at + 4L * words.length > codeEnd) throw new TraceAssembler.CompileError("code area full");
            install(words, at);
            codeTop = at + 4 * words.length;
            // Compiled code calls the runtime call through its table slot: the slot now holds the stub.
            setCallAddress(via[n], at);
        }
        direct = d;
        return true;
    }

    /** direct_call_exit(frame, function, inlined): once per table (a second backend on it gets a numbered name). */
    private RuntimeCall registerUnique(String name, RuntimeCall.Impl impl) {
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (RuntimeCall c : calls.all()) taken.add(c.name());
        String n = name;
        for (int k = 2; taken.contains(n); k++) n = name + "_" + k;
        return calls.register(n, org.armjit.runtime.calls.Kind.REF,
                List.of(org.armjit.runtime.calls.Kind.INT, org.armjit.runtime.calls.Kind.REF, org.armjit.runtime.calls.Kind.INT), true, impl);
    }

    @Override
    public void setDirectEntry(int key, int function, CompiledTrace trace, int minArgs, int maxArgs, int maxInlinedFrames) {
        if (direct == null || key < 0 || key >= DirectCallStub.KEYS) return;
        int row = directTable + key * DirectCallStub.ROW;
        if (trace == null) {
            data.storeWord(row + DirectCallStub.ROW_ADDRESS, 0);
            return;
        }
        ArmCompiledTrace t = (ArmCompiledTrace) trace;
        if (!traces.contains(t)) throw new IllegalArgumentException("not a trace of this backend");
        for (InputArg in : t.trace.inputs()) {
            if (in.type() == Type.FLOAT) { // the stub passes words only
                data.storeWord(row + DirectCallStub.ROW_ADDRESS, 0);
                return;
            }
        }
        data.storeWord(row + DirectCallStub.ROW_FUNCTION, function);
        data.storeWord(row + DirectCallStub.ROW_NARGS, maxArgs);
        data.storeWord(row + DirectCallStub.ROW_MIN_ARGS, minArgs);
        data.storeWord(row + DirectCallStub.ROW_INPUTS, t.trace.inputs().size());
        data.storeWord(row + DirectCallStub.ROW_MAX_INLINED, maxInlinedFrames);
        data.storeWord(row + DirectCallStub.ROW_ADDRESS, t.address);
    }

    @Override
    public int directCallFrames() {
        if (direct == null || activeBudgets.isEmpty()) return 0;
        return activeBudgets.get(activeBudgets.size() - 1) - data.loadWord(runtimeBase + RuntimeBlock.DIRECT_BUDGET);
    }

    // ------------------------------------------------------------------ running

    @Override
    public boolean canEnter() {
        return nextFrame() + JitFrame.SIZE <= framesEnd;
    }

    /** The frame an entry from Java gets: after the innermost frame in use (direct calls' frames included). */
    private int nextFrame() {
        if (activeFrames.isEmpty()) return framesBase;
        return innermost(activeFrames.get(activeFrames.size() - 1)) + JitFrame.SIZE;
    }

    /** The last frame of the chain of direct calls that {@code frame}'s code is making. */
    private int innermost(int frame) {
        for (int child = data.loadWord(frame + JitFrame.CHILD); child != 0; child = data.loadWord(frame + JitFrame.CHILD)) frame = child;
        return frame;
    }

    @Override
    public ExitResult enter(CompiledTrace compiled, long... inputs) {
        ArmCompiledTrace t = (ArmCompiledTrace) compiled;
        List<InputArg> in = t.trace.inputs();
        if (inputs.length != in.size()) throw new IllegalArgumentException("trace takes " + in.size() + " inputs, got " + inputs.length);
        int frame = nextFrame();
        if (frame + JitFrame.SIZE > framesEnd) {
            // Say which traces keep re-entering: the innermost entries, most recent last.
            List<String> chain = new ArrayList<>();
            for (int i = Math.max(0, activeTraces.size() - 6); i < activeTraces.size(); i++) chain.add(String.format("0x%08x", activeTraces.get(i).address));
            throw new IllegalStateException("compiled code nested too deeply (frames exhausted at depth " + activeFrames.size()
                    + "; innermost entries: " + String.join(" -> ", chain) + " -> " + String.format("0x%08x", t.address) + ", see ARMJIT_JITLOG=1 for the traces at those addresses)");
        }
        int outerBudget = data.loadWord(runtimeBase + RuntimeBlock.DIRECT_BUDGET);
        int budget = direct == null ? 0 : direct.budget();
        data.storeWord(runtimeBase + RuntimeBlock.DIRECT_BUDGET, budget);
        activeFrames.add(frame);
        activeBudgets.add(budget);
        activeTraces.add(t);
        entries++;
        try {
            data.storeWord(frame + JitFrame.EXIT, 0);
            data.storeWord(frame + JitFrame.GCMAP, -1);
            data.storeWord(frame + JitFrame.CHILD, 0);
            for (int i = 0; i < inputs.length; i++) {
                int at = frame + JitFrame.slotOffset(i);
                if (in.get(i).type() == Type.FLOAT) data.storeLong(at, inputs[i]);
                else data.storeWord(at, (int) inputs[i]);
            }
            mirror.toGuest();
            try {
                engine.run(enterAddress, frame, t.address);
            } catch (SimFault f) {
                throw new ArmCodeFault(describeFault(f), f);
            } finally {
                mirror.toJava();
            }
            return exitResult(frame);
        } finally {
            activeFrames.remove(activeFrames.size() - 1);
            activeBudgets.remove(activeBudgets.size() - 1);
            activeTraces.remove(activeTraces.size() - 1);
            data.storeWord(runtimeBase + RuntimeBlock.DIRECT_BUDGET, outerBudget);
        }
    }

    private ExitResult exitResult(int frame) {
        int exit = data.loadWord(frame + JitFrame.EXIT);
        if (exit < 0) {
            Type[] types = finishes.get(-1 - exit);
            long[] values = new long[types.length];
            for (int i = 0; i < types.length; i++) values[i] = read(frame, Loc.slot(i), types[i]);
            return new Finished(List.of(types), values);
        }
        ArmGuard g = guards.get(exit);
        Map<Value, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < g.failArgs.size(); i++) index.put(g.failArgs.get(i), i);
        return ExitStates.build(g, heap, v -> read(frame, g.locs[index.get(v)], v.type()));
    }

    private long read(int frame, int loc, Type type) {
        int at;
        if (Loc.isCore(loc)) at = frame + savedCoreOffset(loc);
        else if (Loc.isVfp(loc)) at = frame + JitFrame.SAVED_VFP + 8 * (loc - Loc.VFP);
        else at = frame + Loc.frameOffset(loc);
        return type == Type.FLOAT ? data.loadLong(at) : data.loadWord(at);
    }

    /** The frames of running compiled code are roots: their GC map names the slots holding REFs. */
    private void scanRoots(RootVisitor v) {
        for (int entered : activeFrames) {
            for (int frame = entered; frame != 0; frame = data.loadWord(frame + JitFrame.CHILD)) {
                int site = data.loadWord(frame + JitFrame.GCMAP);
                if (site < 0) continue;
                for (int off : gcSites.get(site)) {
                    int at = frame + off;
                    data.storeWord(at, v.visit(data.loadWord(at)));
                }
            }
        }
    }

    // ------------------------------------------------------------------ faults and statistics

    private String describeFault(SimFault f) {
        StringBuilder sb = new StringBuilder();
        sb.append("fault in compiled code: ").append(f.getMessage()).append('\n');
        ArmCompiledTrace t = traceAt(f.pc());
        if (t != null) {
            int op = t.opAt(f.pc());
            sb.append("in trace at 0x").append(Integer.toHexString(t.address));
            if (op >= 0) sb.append(", emitted for op ").append(op).append(": ").append(org.armjit.jit.ir.TracePrinter.print(t.trace, calls).split("\n")[op + 1]);
            sb.append('\n');
        }
        if (f.report() != null) sb.append(f.report());
        return sb.toString();
    }

    ArmCompiledTrace traceAt(int pc) {
        for (ArmCompiledTrace t : traces) if (pc >= t.address && pc < t.address + t.size()) return t;
        return null;
    }

    /**
     * The trace's code as objdump prints it, each IR op as a comment before the instructions
     * it emitted (PyPy's jit-backend-dump, LuaJIT's -jdump).
     */
    @Override
    public String listing(CompiledTrace compiled) {
        ArmCompiledTrace t = (ArmCompiledTrace) compiled;
        String[] irLines = org.armjit.jit.ir.TracePrinter.print(t.trace, calls).split("\n");
        StringBuilder sb = new StringBuilder();
        sb.append(String.format("# ARM code at 0x%08x, %d bytes (%s)%n", t.address, t.size(), target.name()));
        int[] starts = t.code.opStart();
        int lastOp = -2;
        for (org.armjit.jit.backend.CodeLine line : code(compiled)) {
            if (line.op() != lastOp) {
                if (line.op() >= 0) sb.append("  @ ").append(irLines[line.op() + 1]).append('\n');
                else if (line.address() - t.address >= starts[starts.length - 1]) sb.append("  @ (pool)\n");
                lastOp = line.op();
            }
            sb.append(String.format("  %08x:  %08x  %s%n", line.address(), line.word(), line.text()));
        }
        return sb.toString();
    }

    /** Each instruction of the trace's code with the IR op that emitted it (the data behind {@link #listing}). */
    @Override
    public List<org.armjit.jit.backend.CodeLine> code(CompiledTrace compiled) {
        ArmCompiledTrace t = (ArmCompiledTrace) compiled;
        GuestMemory code = engine.code();
        List<org.armjit.jit.backend.CodeLine> lines = new java.util.ArrayList<>(t.size() / 4);
        for (int off = 0; off < t.size(); off += 4) {
            int addr = t.address + off;
            int w = code.loadWord(addr);
            lines.add(new org.armjit.jit.backend.CodeLine(addr & 0xffff_ffffL, w,
                    org.armjit.arm.asm.Disassembler.disassemble(w, addr), t.opAt(addr)));
        }
        return lines;
    }

    /** ARM instructions executed (compiled code, stubs and trampolines): the machine's measure of compiled work. */
    @Override
    public long compiledOps() {
        return engine.instructions();
    }

    /** Figures for --jit-stats. */
    @Override
    public Map<String, Long> stats() {
        Map<String, Long> m = new java.util.LinkedHashMap<>();
        if (engine.countsInstructions()) m.put("arm_instructions", engine.instructions());
        m.put("arm_helper_calls", engine.helperCalls().total());
        // The calls that dominate, by name: what to inline or make cheaper next.
        for (HelperCallCounts.Entry e : engine.helperCalls().top(5)) m.put("arm_helper_calls." + e.name(), e.count());
        if (direct != null) m.put("arm_direct_calls", (long) data.loadWord(runtimeBase + RuntimeBlock.DIRECT_CALL_COUNT));
        m.put("code_bytes", codeBytes);
        m.put("compile_time_ms", compileNanos / 1_000_000);
        return m;
    }

    @Override
    public void profileCode() {
        engine.profileCode();
    }

    @Override
    public long ownWork(CompiledTrace trace) {
        ArmCompiledTrace t = (ArmCompiledTrace) trace;
        if (t.code == null) return -1;
        return engine.instructionsIn(t.address, t.address + 4 * t.code.words().length);
    }

    /** How compiled code reaches a runtime call: "svc" (simulator), "jni" or "jna (why)" (native). */
    public String runtimeCallPath() {
        return engine.runtimeCallPath();
    }

    /** The engine's name: "sim" or "native". */
    public String engineName() {
        return engine.name();
    }

    /** Releases the engine's memory (native: the code and data mappings); the backend is unusable afterwards. */
    public void close() {
        engine.close();
    }

    /** Every compiled trace in compilation order (for logs and tools). */
    public List<? extends CompiledTrace> compiledTraces() {
        return List.copyOf(traces);
    }

    /** A fault in generated code: the simulator's report with the IR op that emitted the faulting instruction. */
    public static final class ArmCodeFault extends RuntimeException {
        public ArmCodeFault(String report, Throwable cause) {
            super(report, cause);
        }
    }
}
