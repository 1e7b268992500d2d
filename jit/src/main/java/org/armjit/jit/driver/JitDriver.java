package org.armjit.jit.driver;

import org.armjit.jit.JitOptions;
import org.armjit.jit.JitParameter;
import org.armjit.jit.backend.Backend;
import org.armjit.jit.backend.CompiledTrace;
import org.armjit.jit.backend.ExitFrame;
import org.armjit.jit.backend.ExitResult;
import org.armjit.jit.backend.ExitState;
import org.armjit.jit.backend.Finished;
import org.armjit.jit.backend.GuardHandle;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Verifier;
import org.armjit.jit.opt.Optimizer;
import org.armjit.lang.vm.Frame;
import org.armjit.lang.bytecode.Opcode;
import org.armjit.lang.vm.JitHooks;
import org.armjit.lang.vm.PyException;
import org.armjit.lang.vm.Vm;
import org.armjit.runtime.heap.GuestOutOfMemoryError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tracing JIT's control: hot counters at loop headers, recording, compiling through a
 * {@link Backend}, entering compiled loops, turning exits back into interpreter frames,
 * bridges for guards that fail often, and invalidation when a folded name is rebound.
 */
public final class JitDriver implements JitHooks {
    /** How often recording may abort at one loop (or one guard's bridge) before it is left alone. */
    private static final int MAX_ABORTS = 3;
    /** How often a loop may be tried again soon (Recorder.Abort#later) before such aborts count as failures. */
    private static final int MAX_LATER_TRIES = 8;

    final Vm vm;
    private final JitOptions options;
    private final Backend backend;
    private final Optimizer optimizer;
    public final JitStats stats = new JitStats();
    final Helpers helpers;
    private final Map<Long, Loop> loops = new HashMap<>();
    private final Map<CompiledTrace, Loop> loopOfTrace = new HashMap<>();
    private int nextToken = 1;
    private Recorder recorder;
    private Loop recordingLoop;
    private List<Frame> pendingInlined;
    /** Where traces and exits are logged ({@code ARMJIT_JITLOG=1}: stderr), or null. */
    private final java.io.PrintStream log = System.getenv("ARMJIT_JITLOG") != null ? System.err : null;
    /** Names folded into constants by compiled traces, and the loops that did it. */
    private final Map<Integer, List<Loop>> dependents = new HashMap<>();
    /** Sees each optimised trace before it is compiled (true: a loop or function trace, false: a bridge); for tests. */
    java.util.function.BiConsumer<Boolean, Trace> traceListener;
    /** Names rebound after a trace folded them: never folded again. */
    private final Set<Integer> unstableNames = new HashSet<>();
    /** The JIT log's listener (--jit-log), or null: every use is behind a null test. */
    private org.armjit.jit.log.JitListener listener;
    /** With a listener: each compiled trace's id and counts, in compile order. */
    private final Map<CompiledTrace, org.armjit.jit.log.TraceProfile> profiles = new java.util.LinkedHashMap<>();

    /** Whether the backend calls compiled functions directly ({@link Backend#enableDirectCalls}). */
    private final boolean directCalls;

    private JitDriver(Vm vm, JitOptions options, Backend backend) {
        this.vm = vm;
        this.options = options;
        this.backend = backend;
        this.optimizer = Optimizer.of(options);
        this.helpers = new Helpers(vm, this);
        stats.interpBytecodes = () -> vm.interp.bytecodes;
        stats.compiledOps = backend::compiledOps;
        this.directCalls = backend.enableDirectCalls(new org.armjit.jit.backend.DirectCalls() {
            @Override
            public org.armjit.runtime.calls.RuntimeCall[] via() {
                return helpers.callFunction;
            }

            @Override
            public int keyOffset() {
                return org.armjit.lang.vm.Interpreter.FN_CODE;
            }

            @Override
            public int defaultsOffset() {
                return org.armjit.lang.vm.Interpreter.FN_DEFAULTS;
            }

            @Override
            public int budget() {
                return vm.interp.recursionLimit - vm.interp.depth();
            }

            @Override
            public long exited(int function, int inlined, ExitResult exit) {
                return directCallExited(function, inlined, (ExitState) exit);
            }
        });
        if (vm.trueObj != vm.falseObj + 8) throw new IllegalStateException("True must follow False in memory");
    }

    /** Attaches a JIT to the VM's interpreter. */
    public static JitDriver install(Vm vm, JitOptions options, Backend backend) {
        JitDriver d = new JitDriver(vm, options, backend);
        vm.interp.jit = d;
        return d;
    }

    /** Sends JIT events to {@code l} from now on (install it before the program runs). */
    public void setListener(org.armjit.jit.log.JitListener l) {
        listener = l;
        backend.profileCode();
    }

    /** While a log is written: bytecodes the interpreter ran per code object and pc, or null. */
    private org.armjit.jit.log.BytecodeCounts bytecodeCounts;

    /**
     * Counts interpreted bytecodes per pc into {@code counts} from now on, through the
     * interpreter's recording hook (so a run without it pays nothing).
     */
    public void countBytecodes(org.armjit.jit.log.BytecodeCounts counts) {
        bytecodeCounts = counts;
        vm.interp.recording = true;
    }

    /** With a listener: the counts of every compiled trace, in compile (id) order. */
    public List<org.armjit.jit.log.TraceProfile> profiles() {
        return new ArrayList<>(profiles.values());
    }

    /** The backend that compiles and runs traces. */
    public Backend backend() {
        return backend;
    }

    private int traceId(CompiledTrace t) {
        org.armjit.jit.log.TraceProfile p = t == null ? null : profiles.get(t);
        return p == null ? 0 : p.id;
    }

    private void logInvalidated(CompiledTrace t, String reason) {
        if (listener != null) listener.invalidated(traceId(t), reason);
    }

    private final Map<Integer, SlotLiveness> liveness = new HashMap<>();

    /** Liveness of the locals of a code object, computed once. */
    SlotLiveness liveness(org.armjit.lang.vm.LoadedCode code) {
        return liveness.computeIfAbsent(code.id, id -> SlotLiveness.of(code));
    }

    int traceLimit() {
        return options.get(JitParameter.TRACE_LIMIT);
    }

    int maxInlineDepth() {
        return 8;
    }

    private int initName;

    /** The interned name {@code __init__}. */
    int initName() {
        if (initName == 0) initName = vm.intern("__init__");
        return initName;
    }

    private int fgetName;

    /** The interned name {@code fget} (a property's getter, in the property's dict). */
    int fgetName() {
        if (fgetName == 0) fgetName = vm.intern("fget");
        return fgetName;
    }

    int maxUnrollRecursion() {
        return options.get(JitParameter.MAX_UNROLL_RECURSION);
    }

    /** The exception a residual call raised in compiled code, raised again by the interpreter at the call. */
    PyException pendingException;
    private int reraiseBuiltin = -1;

    boolean isStoredName(int name) {
        return unstableNames.contains(name);
    }

    /** A global, module or class attribute named {@code name} was rebound. */
    void nameStored(int name) {
        List<Loop> deps = dependents.remove(name);
        if (deps == null) return;
        unstableNames.add(name);
        for (Loop loop : deps) {
            if (loop.compiled != null && !loop.compiled.isInvalidated()) {
                backend.invalidate(loop.compiled);
                clearDirectEntry(loop);
                stats.invalidations++;
                if (listener != null) logInvalidated(loop.compiled, "name rebound: " + vm.str.toJava(name));
            }
        }
    }

    /** Compiled code will store {@code name} without telling anybody: no trace may fold it any more. */
    void nameStoredByTrace(int name) {
        nameStored(name);
        unstableNames.add(name);
    }

    @Override
    public void nameRebound(int name) {
        nameStored(name);
    }

    private Loop loopAt(int codeId, int pc) {
        long key = (long) codeId << 32 | (pc & 0xffff_ffffL);
        Loop loop = loops.get(key);
        if (loop == null) {
            loop = new Loop(codeId, pc, nextToken++);
            loops.put(key, loop);
        }
        return loop;
    }

    /**
     * The loop whose header is at (codeId, pc) if it has a valid compiled loop trace that a
     * trace recorded now may jump into (its label kinds are those of that trace), else null.
     */
    Loop compiledLoopAt(int codeId, int pc) {
        Loop l = loops.get((long) codeId << 32 | (pc & 0xffff_ffffL));
        return l != null && !l.isFunction() && l.compiled != null && !l.compiled.isInvalidated() && l.labelKinds != null ? l : null;
    }

    // ------------------------------------------------------------------ hooks

    @Override
    public boolean backEdge(Frame f) {
        if (recorder != null) return false;
        Loop loop = loopAt(f.code.id, f.pc);
        if (loop.compiled != null) {
            if (!loop.compiled.isInvalidated()) return enter(loop, f);
            discard(loop);
        }
        if (loop.blacklisted || f.hasBlocks()) return false;
        if (++loop.counter >= options.get(JitParameter.THRESHOLD)) startLoop(loop, f);
        return false;
    }

    @Override
    public int functionEntry(Frame f) {
        if (recorder != null || f.function == 0 || !vm.heap.isPermanent(f.function)) return 0;
        Loop fn = loopAt(f.code.id, Loop.FUNCTION_ENTRY);
        if (fn.compiled != null) {
            if (!fn.compiled.isInvalidated()) return enterFunction(fn, f);
            discard(fn);
        }
        if (fn.blacklisted) return 0;
        if (++fn.counter >= options.get(JitParameter.FUNCTION_THRESHOLD)) startLoop(fn, f);
        return 0;
    }

    /**
     * Forgets an invalidated trace; the next one recorded for the place gets a fresh label
     * token, since the backend keeps the old trace's label (its bridges may still be running).
     */
    private void discard(Loop loop) {
        clearDirectEntry(loop);
        loop.compiled = null;
        loop.maxInlinedFrames = 0;
        loop.counter = 0;
        loop.token = nextToken++;
    }

    private void startLoop(Loop loop, Frame f) {
        decayCounters();
        long t0 = System.nanoTime();
        try {
            if (loop.isFunction()) loop.function = f.function;
            recorder = loop.isFunction() ? Recorder.forFunction(this, loop, f) : Recorder.forLoop(this, loop, f);
            recordingLoop = loop;
            vm.interp.recording = true;
        } catch (Recorder.Abort a) {
            if (listener != null) listener.aborted(a.reason, loop.isFunction() ? "function" : "loop", loop.codeId, loop.pc, 0, -1);
            abort(a.reason, a.retry, a.later);
        } catch (RuntimeException | AssertionError e) {
            if (e instanceof PyException || e instanceof GuestOutOfMemoryError) throw e;
            internalError(e);
        } finally {
            stats.traceNanos += System.nanoTime() - t0;
        }
    }

    @Override
    public void beforeInstruction(Frame f) {
        if (bytecodeCounts != null) {
            bytecodeCounts.count(f.code.id, f.pc, f.code.code.code.length);
            if (recorder == null) return;
        }
        long t0 = System.nanoTime();
        try {
            if (recorder.before(f)) finish();
        } catch (Recorder.Abort a) {
            abort(a.reason, a.retry, a.later);
        } catch (PyException | GuestOutOfMemoryError e) {
            abort("exception");
        } catch (RuntimeException | AssertionError e) {
            internalError(e);
        } finally {
            stats.traceNanos += System.nanoTime() - t0;
        }
    }

    @Override
    public void exceptionWhileRecording(Frame f) {
        if (recorder == null) return; // only counting bytecodes
        if (recorder.residualCall && f != recorder.frames.get(recorder.frames.size() - 1).real) return; // inside the callee
        abort("exception");
    }

    @Override
    public List<Frame> takeInlinedFrames() {
        List<Frame> inner = pendingInlined;
        pendingInlined = null;
        return inner;
    }

    private void abort(String reason) {
        abort(reason, false);
    }

    /**
     * A bug in the recorder, optimizer or backend: counted apart from ordinary aborts
     * ({@code internal_errors}), shown with --debug or ARMJIT_JITLOG=1, and then the trace is
     * abandoned so the interpreter carries on correctly. With
     * {@code -Darmjit.jit.failOnInternalError=true} (the test suites) it is rethrown instead,
     * so that every test fails when one happens.
     */
    private void internalError(Throwable e) {
        stats.internalError();
        java.io.PrintStream show = log != null ? log : internalErrorStream;
        if (show != null) {
            show.println("armjit: JIT internal error (trace abandoned): " + e);
            e.printStackTrace(show);
        }
        if (failOnInternalError) {
            stop();
            if (e instanceof RuntimeException r) throw r;
            throw (Error) e;
        }
        abort("internal error: " + e.getClass().getSimpleName());
    }

    /** Rethrow internal errors (the test suites set -Darmjit.jit.failOnInternalError=true). */
    boolean failOnInternalError = Boolean.getBoolean("armjit.jit.failOnInternalError");

    /** Where internal errors are shown (--debug: the program's stderr), or null. */
    private java.io.PrintStream internalErrorStream;

    /** Shows JIT internal errors on {@code s} (armjit --debug). */
    public void showInternalErrorsOn(java.io.PrintStream s) {
        internalErrorStream = s;
    }

    private void abort(String reason, boolean retry) {
        abort(reason, retry, false);
    }

    private void abort(String reason, boolean retry, boolean later) {
        stats.abort(reason);
        Recorder r = recorder;
        if (listener != null && r != null) {
            listener.aborted(reason, r.parentGuard != null ? "bridge" : r.loop.isFunction() ? "function" : "loop",
                    r.codeIdNow(), r.pcNow(), r.parentGuard == null ? 0 : traceId(r.parentGuard.owner()),
                    r.parentGuard == null ? -1 : r.parentGuard.id());
        }
        if (log != null && r != null) log.println("# abort: " + reason + " at " + r.position());
        stop();
        if (r == null) return;
        if (r.parentGuard != null && retry && r.loop.compiled != null && !r.loop.compiled.isInvalidated()) {
            // A bridge found a slot of changing type: the loop is recorded again with it boxed.
            backend.invalidate(r.loop.compiled);
            clearDirectEntry(r.loop);
            stats.invalidations++;
            if (listener != null) logInvalidated(r.loop.compiled, "retrace: a slot's type changes at the loop header");
        }
        if (r.parentGuard != null) {
            int[] state = r.loop.guardState.computeIfAbsent(r.parentGuard, g -> new int[2]);
            if (!later) state[1]++;
            state[0] = 0;
        } else if (later && ++r.loop.laterTries <= MAX_LATER_TRIES) {
            // e.g. recording began on the loop's last iteration: again at its next back-edge
            r.loop.counter = r.loop.isFunction() ? 0 : options.get(JitParameter.THRESHOLD) - 1;
        } else if (retry) {
            r.loop.counter = 0;
        } else if (++r.loop.aborts >= MAX_ABORTS) {
            r.loop.blacklisted = true;
        } else {
            r.loop.counter = 0;
        }
    }

    private void stop() {
        recorder = null;
        recordingLoop = null;
        vm.interp.recording = bytecodeCounts != null;
    }

    private void finish() {
        Recorder r = recorder;
        Loop loop = recordingLoop;
        stop();
        Map<Integer, List<org.armjit.jit.ir.Type>> labels = new HashMap<>();
        if (r.parentGuard != null) labels.put(loop.token, labelTypes(loop));
        if (r.jumpTarget != null) labels.put(r.jumpTarget.token, labelTypes(r.jumpTarget));
        Trace trace = r.trace();
        Verifier.verify(trace, vm.calls, labels);
        List<org.armjit.jit.log.TraceInfo.Stage> stages = null;
        if (listener != null) {
            List<org.armjit.jit.log.TraceInfo.Stage> st = stages = new ArrayList<>();
            st.add(new org.armjit.jit.log.TraceInfo.Stage("recorded", trace));
            trace = optimizer.optimize(trace, labels, (pass, t) -> st.add(new org.armjit.jit.log.TraceInfo.Stage(pass, t)));
        } else {
            trace = optimizer.optimize(trace, labels);
        }
        if (traceListener != null) traceListener.accept(r.parentGuard == null, trace);
        if (log != null) log.print("# " + (r.parentGuard == null ? "loop" : "bridge") + " at code " + loop.codeId + " pc " + loop.pc + "\n"
                + org.armjit.jit.ir.TracePrinter.print(trace, vm.calls));
        Verifier.verify(trace, vm.calls, labels);
        long c0 = System.nanoTime();
        CompiledTrace made;
        loop.maxInlinedFrames = Math.max(loop.maxInlinedFrames, r.maxInlinedFrames());
        if (r.jumpTarget != null) loop.maxInlinedFrames = Math.max(loop.maxInlinedFrames, r.jumpTarget.maxInlinedFrames);
        if (r.parentGuard == null) {
            made = loop.compiled = backend.compileLoop(trace);
            loopOfTrace.put(loop.compiled, loop);
            if (loop.isFunction()) stats.functions++;
            else stats.loops++;
        } else {
            made = backend.compileBridge(r.parentGuard, trace);
            loopOfTrace.put(made, loop);
            stats.bridges++;
        }
        if (listener != null) {
            int id = profiles.size() + 1;
            profiles.put(made, new org.armjit.jit.log.TraceProfile(id, made));
            boolean bridge = r.parentGuard != null;
            listener.traceCompiled(new org.armjit.jit.log.TraceInfo(id, bridge ? "bridge" : loop.isFunction() ? "function" : "loop",
                    loop.codeId, loop.pc, bridge ? traceId(r.parentGuard.owner()) : 0, bridge ? r.parentGuard.id() : -1,
                    stages, made, System.nanoTime() - c0));
        }
        for (int name : r.foldedNames) dependents.computeIfAbsent(name, n -> new ArrayList<>()).add(loop);
        loop.foldedNames.addAll(r.foldedNames);
        updateDirectEntry(loop);
        if (log != null) {
            String listing = backend.listing(r.parentGuard == null ? loop.compiled : r.parentGuard.bridge());
            if (listing != null) log.print(listing);
        }
    }

    private List<org.armjit.jit.ir.Type> labelTypes(Loop loop) {
        List<org.armjit.jit.ir.Type> types = new ArrayList<>();
        for (RecValue.Kind k : loop.labelKinds) {
            types.add(switch (k) {
                case INT, BOOL -> org.armjit.jit.ir.Type.INT;
                case FLOAT -> org.armjit.jit.ir.Type.FLOAT;
                default -> org.armjit.jit.ir.Type.REF;
            });
        }
        return types;
    }

    // ------------------------------------------------------------------ running compiled code

    private boolean enter(Loop loop, Frame f) {
        if (f.sp != loop.labelKinds.length || f.hasBlocks() || !backend.canEnter() || nearRecursionLimit(loop)) return false;
        ExitResult result = run(loop, f);
        if (result instanceof Finished done) {
            returnFromLoop(f, done);
            return true;
        }
        exited(loop, f, (ExitState) result);
        return true;
    }

    /**
     * A bridge of a loop trace reached its frame's return (Recorder#returnValue): the frame is
     * left at that RETURN_VALUE with the value on its stack, for the interpreter to execute.
     */
    private void returnFromLoop(Frame f, Finished done) {
        if (done.values().length != 2) throw new IllegalStateException("a loop trace finished without a pc");
        f.setTryBlocks(new int[0]);
        f.sp = f.stackBase;
        f.s[f.sp++] = done.refAt(0);
        f.pc = (int) done.values()[1];
    }

    /**
     * Each time something gets hot, every other counter loses decay/1000 of its count, so
     * places that warm up slowly over a long run do not all end up traced.
     */
    private void decayCounters() {
        int keep = 1000 - Math.min(1000, options.get(JitParameter.DECAY));
        for (Loop l : loops.values()) l.counter = (int) ((long) l.counter * keep / 1000);
    }

    /**
     * Tells the backend where direct calls of {@code loop}'s function go: its compiled trace,
     * when entering it is exactly what {@link #enterFunction} would do with the fresh frame of
     * a positional call (no cells, free variables, keyword-only or star parameters: the frame's
     * slots are the arguments, then defaults for the missing ones, then NULLs), and every input is a boxed slot.
     */
    private void updateDirectEntry(Loop loop) {
        if (!directCalls || !loop.isFunction() || loop.function == 0) return;
        org.armjit.lang.vm.LoadedCode code = vm.code(loop.codeId);
        org.armjit.lang.bytecode.CodeObject co = code.code;
        boolean plain = code.ncells == 0 && code.nfree == 0 && !co.isGenerator() && co.kwOnlyCount() == 0
                && (co.flags & (org.armjit.lang.bytecode.CodeObject.VARARGS | org.armjit.lang.bytecode.CodeObject.VARKEYWORDS)) == 0
                && co.argCount < helpers.callFunction.length && loop.labelKinds != null && loop.labelKinds.length == code.nlocals
                && java.util.Arrays.stream(loop.labelKinds).allMatch(k -> k == RecValue.Kind.OBJ);
        boolean valid = loop.compiled != null && !loop.compiled.isInvalidated();
        int defaults = vm.mem.loadWord(loop.function + org.armjit.lang.vm.Interpreter.FN_DEFAULTS);
        int nd = defaults == 0 ? 0 : Math.min(vm.seq.tupleLength(defaults), co.argCount);
        backend.setDirectEntry(loop.codeId, loop.function, plain && valid ? loop.compiled : null, co.argCount - nd, co.argCount, loop.maxInlinedFrames);
    }

    private void clearDirectEntry(Loop loop) {
        if (directCalls && loop.isFunction()) backend.setDirectEntry(loop.codeId, loop.function, null, 0, 0, 0);
    }

    /** Frames that direct calls in progress have pushed: a residual call's callee counts them as inlined frames. */
    int directCallFrames() {
        return backend.directCallFrames();
    }

    /**
     * A direct call of {@code function} left its compiled code at an exit: the interpreter
     * finishes the call from there, counting the frames the caller had inlined, as
     * call_function_n would have. Its result, or 0 with the exception pending (the caller's
     * guard exits and the call raises it again, see {@link #raiseAtCall}).
     */
    private int directCallExited(int function, int inlined, ExitState exit) {
        Loop fn = loopAt(vm.mem.loadWord(function + org.armjit.lang.vm.Interpreter.FN_CODE), Loop.FUNCTION_ENTRY);
        int frames = inlined + backend.directCallFrames();
        vm.interp.addInlinedFrames(frames);
        try {
            return vm.interp.finishCall(function, f -> exited(fn, f, exit));
        } catch (PyException e) {
            pendingException = e;
            return 0;
        } finally {
            vm.interp.addInlinedFrames(-frames);
        }
    }

    /** Runs a function's trace on its fresh frame: the result, or 0 after an exit moved the frame. */
    private int enterFunction(Loop fn, Frame f) {
        if (f.sp != fn.labelKinds.length || !backend.canEnter() || nearRecursionLimit(fn)) return 0;
        ExitResult result = run(fn, f);
        if (result instanceof Finished done) return done.refAt(0);
        exited(fn, f, (ExitState) result);
        return 0;
    }

    /**
     * Whether one of the calls the compiled code inlines would hit the recursion limit here:
     * the interpreter runs those (and raises RecursionError exactly where CPython does).
     * Compiled code does not check the limit at inlined calls; residual calls pass their
     * inlined-frame count to the callee (Recorder#withInlinedFrames).
     */
    private boolean nearRecursionLimit(Loop loop) {
        return vm.interp.depth() + loop.maxInlinedFrames > vm.interp.recursionLimit;
    }

    private ExitResult run(Loop loop, Frame f) {
        long[] inputs = new long[f.sp];
        for (int i = 0; i < f.sp; i++) inputs[i] = f.s[i];
        stats.traceEnters++;
        if (listener == null) return backend.enter(loop.compiled, inputs);
        org.armjit.jit.log.TraceProfile p = profiles.get(loop.compiled);
        long w0 = backend.compiledOps();
        try {
            return backend.enter(loop.compiled, inputs);
        } finally {
            if (p != null) {
                p.entries++;
                p.work += backend.compiledOps() - w0;
            }
        }
    }

    /** Compiled code left {@code loop}'s trace at a guard: rebuild the frames, maybe start a bridge. */
    private void exited(Loop loop, Frame f, ExitState exit) {
        stats.guardFailures++;
        if (log != null) log.println("# exit at guard " + exit.guard() + ": " + exit.frames());
        List<Frame> realFrames = restore(f, exit);
        if (pendingException != null) {
            raiseAtCall(realFrames.get(realFrames.size() - 1));
            return;
        }
        GuardHandle guard = exit.guard();
        if (listener != null) {
            org.armjit.jit.log.TraceProfile p = profiles.get(guard.owner());
            if (p != null) p.guardFailures.merge(guard.id(), 1L, Long::sum);
        }
        Loop owner = loopOfTrace.getOrDefault(guard.owner(), loop);
        int[] state = owner.guardState.computeIfAbsent(guard, g -> new int[2]);
        if (guard.bridge() == null && state[1] < MAX_ABORTS && ++state[0] >= options.get(JitParameter.TRACE_EAGERNESS)
                && owner.labelKinds != null && owner.compiled != null && !owner.compiled.isInvalidated()) {
            if (listener != null) listener.guardHot(traceId(guard.owner()), guard.id(), state[0]);
            try {
                recorder = Recorder.forBridge(this, owner, guard, realFrames);
                recordingLoop = owner;
                vm.interp.recording = true;
            } catch (Recorder.Abort a) {
                if (listener != null) listener.aborted(a.reason, "bridge", owner.codeId, owner.pc, traceId(guard.owner()), guard.id());
                abort(a.reason, a.retry, a.later);
            } catch (RuntimeException | AssertionError e) {
                if (e instanceof PyException || e instanceof GuestOutOfMemoryError) throw e;
                internalError(e);
            }
        }
    }

    /**
     * A residual call raised: {@code f} was restored to the state before that call. Its
     * callable becomes a builtin that raises the pending exception, so the interpreter's
     * re-execution of the call raises it there, with the frames' handlers and traceback.
     */
    private void raiseAtCall(Frame f) {
        int insn = f.code.code.code[f.pc];
        if (Opcode.of(insn) != Opcode.CALL) throw new IllegalStateException("residual call exit not at a call");
        int base = f.sp - Opcode.arg(insn);
        if (reraiseBuiltin < 0) {
            reraiseBuiltin = vm.registerBuiltin("<jit re-raise>", (self, argv, off, n, kw) -> {
                PyException e = pendingException;
                pendingException = null;
                throw e;
            });
        }
        f.s[base - 2] = 0;
        f.s[base - 1] = vm.builtinObject(reraiseBuiltin, 0);
    }

    /** Writes an exit state into the root frame and new frames for inlined calls; returns all of them, outermost first. */
    private List<Frame> restore(Frame root, ExitState exit) {
        List<Frame> all = new ArrayList<>();
        List<Frame> inner = new ArrayList<>();
        Frame below = root;
        for (int k = 0; k < exit.frames().size(); k++) {
            ExitFrame ef = exit.frames().get(k);
            Frame f;
            FrameTrailer.Decoded trailer = FrameTrailer.read(ef.size(), i -> ef.values()[i]);
            if (k == 0) {
                f = root;
            } else {
                f = vm.interp.newFrame(ef.codeId(), trailer.function(), below);
                f.initCall = trailer.init();
                f.operatorCall = trailer.operatorCall();
                inner.add(f);
            }
            f.setTryBlocks(trailer.blocks());
            int n = trailer.valueCount();
            for (int i = 0; i < n; i++) {
                f.s[i] = switch (ef.kind(i)) {
                    case INT -> vm.ints.of(ef.intAt(i));
                    case FLOAT -> vm.floats.box(ef.floatAt(i));
                    default -> ef.refAt(i);
                };
            }
            f.sp = n;
            f.pc = ef.pc();
            all.add(f);
            below = f;
        }
        pendingInlined = inner.isEmpty() ? null : inner;
        return all;
    }
}
