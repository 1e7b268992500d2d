package org.armjit.jit.driver;

import org.armjit.jit.backend.GuardHandle;
import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.FrameState;
import org.armjit.jit.ir.InputArg;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Snapshot;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TraceBuilder;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.jit.ir.VirtualObject;
import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.CompareOp;
import org.armjit.lang.bytecode.Opcode;
import org.armjit.lang.vm.Classes;
import org.armjit.lang.vm.Dicts;
import org.armjit.lang.vm.Floats;
import org.armjit.lang.vm.Frame;
import org.armjit.lang.vm.Interpreter;
import org.armjit.lang.vm.IteratorKind;
import org.armjit.lang.vm.Iterators;
import org.armjit.lang.vm.LoadedCode;
import org.armjit.lang.vm.Ops;
import org.armjit.lang.vm.Seqs;
import org.armjit.lang.vm.Tag;
import org.armjit.lang.vm.Vm;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Records one iteration of a loop (or a bridge from a guard back to the loop) into trace
 * IR, mirroring what the interpreter does bytecode by bytecode (LuaJIT style). It runs
 * beside the interpreter: before each instruction it sees the real frame, so it specialises
 * on the actual types and branch directions and guards each assumption. Python calls are
 * inlined (their frames appear in the snapshots); what it does not model aborts the trace.
 *
 * <p>Loops have the shape {@code inputs (value words) -> type guards and unboxing ->
 * label(unboxed values) -> body -> guard_not_collect -> jump}; bridges start from a guard's
 * fail arguments and end with a jump to their loop's label.
 */
final class Recorder {
    /** Thrown to stop recording; the driver counts the reason. */
    static final class Abort extends RuntimeException {
        final String reason;

        /** The recording learned something (a slot to keep boxed): trying again does not count as a failure. */
        final boolean retry;

        /**
         * The place was recorded at a bad moment (a loop entered on its last iteration, an inner
         * loop not compiled yet): try again later, not counted as a failure.
         */
        final boolean later;

        Abort(String reason) {
            this(reason, false);
        }

        Abort(String reason, boolean retry) {
            this(reason, retry, false);
        }

        Abort(String reason, boolean retry, boolean later) {
            super(reason, null, false, false);
            this.reason = reason;
            this.retry = retry;
            this.later = later;
        }
    }

    /** A frame being recorded: the real interpreter frame and what each of its slots holds. */
    static final class VFrame {
        final Frame real;
        final LoadedCode code;
        final RecValue[] slots;
        int sp;
        /** For frames below the top: where they resume after the call, and their stack depth then. */
        int resumePc;
        int resumeSp;
        /**
         * The function object of an inlined frame (a constant if immortal, else the traced value
         * the callee's code was guarded on); NULL for the root.
         */
        final Value function;
        /** An inlined {@code __init__}: its None result is dropped, the caller already holds the instance. */
        boolean init;
        /** An inlined user operator method ({@code Frame#operatorCall}): the caller's stack keeps both operands. */
        int operatorCall;
        /** Open try blocks: handler pc and stack depth of each, outermost first (replaced, never changed in place). */
        int[] blocks = new int[0];

        VFrame(Frame real, Value function) {
            this.real = real;
            this.code = real.code;
            this.slots = new RecValue[real.s.length];
            this.function = function;
        }
    }


    private final JitDriver driver;
    private final Vm vm;
    private final GuestMemory mem;
    final TraceBuilder tb = new TraceBuilder();
    final List<VFrame> frames = new ArrayList<>();
    final Loop loop;
    final GuardHandle parentGuard;
    /** Interned names whose global/attribute values this trace folded into constants. */
    final Set<Integer> foldedNames = new HashSet<>();
    private final int traceLimit;
    /** Another loop whose label this trace ends by jumping to (see {@link #jumpInto}), or null. */
    Loop jumpTarget;
    /** A loop trace's label arguments, per frame slot (null for bridges and function traces). */
    private Value[] labelArgs;
    private int pc;
    /** A Python call recorded but not entered yet: its function (real word and traced value) and arguments. */
    private int pendingFunction;
    private Value pendingFunctionValue;
    /** The keyword names tuple of the next CALL (KW_NAMES), or 0. */
    private int pendingKw;
    private RecValue[] pendingArgs;
    /** The pending call is a class's {@code __init__} (see {@link #instantiation}). */
    private boolean pendingInit;
    /** The pending call is a user operator method (see {@link #operatorMethod}): its operator-call code. */
    private int pendingOperator;
    /** Instances this trace made ({@link #newInstance}). */
    private final Set<Operation> freshInstances = new HashSet<>();
    /** A residual call was recorded and the interpreter is running the callee: its frames are not traced. */
    boolean residualCall;
    /** The frames, top slots and stack depth before the instruction being recorded (see {@link #snapshot()}). */
    private List<VFrame> insnFrames;
    private RecValue[] insnSlots;
    private int insnSp;

    private Recorder(JitDriver driver, Loop loop, GuardHandle parentGuard) {
        this.driver = driver;
        this.vm = driver.vm;
        this.mem = vm.mem;
        this.loop = loop;
        this.parentGuard = parentGuard;
        this.traceLimit = driver.traceLimit();
    }

    /** Starts recording the loop whose header {@code f} is at. */
    static Recorder forLoop(JitDriver driver, Loop loop, Frame f) {
        Recorder r = new Recorder(driver, loop, null);
        VFrame root = new VFrame(f, Const.NULL);
        r.frames.add(root);
        r.pc = f.pc;
        int n = f.sp;
        RecValue[] entry = new RecValue[n];
        for (int i = 0; i < n; i++) entry[i] = RecValue.obj(r.tb.input(Type.REF));
        root.sp = n;
        System.arraycopy(entry, 0, root.slots, 0, n);
        // Type-specialise the loop's variables once, before the label: small ints and floats are unboxed.
        Value[] labelArgs = new Value[n];
        RecValue.Kind[] kinds = new RecValue.Kind[n];
        SlotLiveness live = driver.liveness(root.code);
        boolean[] dead = new boolean[n];
        for (int i = 0; i < n; i++) {
            int real = f.s[i];
            RecValue rv = root.slots[i];
            dead[i] = i < root.code.nlocals && !live.liveAt(f.pc, i);
            if (dead[i] || loop.isKeptBoxed(i)) {
                // Never read before written, or of changing type: stays a value word, not guarded or unboxed.
            } else if (Tag.isInt(real)) {
                rv = r.unboxInt(rv, real);
            } else if (real != 0 && r.isType(real, TypeId.FLOAT)) {
                rv = r.unboxFloat(rv);
            }
            root.slots[i] = rv;
            labelArgs[i] = rv.value();
            kinds[i] = rv.kind();
        }
        // The label gets fresh names: after it, only its arguments are visible.
        r.tb.label(loop.token, labelArgs);
        loop.labelKinds = kinds;
        loop.deadSlots = dead;
        r.labelArgs = labelArgs;
        return r;
    }

    /**
     * Starts recording a function from its entry: {@code f} is its fresh frame. The trace takes
     * the frame's slots (arguments, unbound locals) as they are and ends with finish when the
     * function returns.
     */
    static Recorder forFunction(JitDriver driver, Loop fn, Frame f) {
        Recorder r = new Recorder(driver, fn, null);
        VFrame root = new VFrame(f, Const.NULL);
        r.frames.add(root);
        r.pc = f.pc;
        int n = f.sp;
        RecValue.Kind[] kinds = new RecValue.Kind[n];
        for (int i = 0; i < n; i++) {
            root.slots[i] = RecValue.obj(r.tb.input(Type.REF));
            kinds[i] = RecValue.Kind.OBJ;
        }
        root.sp = n;
        fn.labelKinds = kinds;
        return r;
    }

    /** Starts recording a bridge from a failed guard; {@code realFrames} are the restored frames, outermost first. */
    static Recorder forBridge(JitDriver driver, Loop loop, GuardHandle guard, List<Frame> realFrames) {
        Recorder r = new Recorder(driver, loop, guard);
        List<Value> failArgs = guard.failArgs();
        java.util.Map<Value, Value> inputs = new java.util.IdentityHashMap<>();
        for (Value v : failArgs) inputs.put(v, r.tb.input(v.type()));
        Snapshot snap = guard.snapshot().map(inputs::get);
        List<FrameState> states = snap.frames();
        for (int k = 0; k < states.size(); k++) {
            FrameState fs = states.get(k);
            Frame real = realFrames.get(k);
            FrameTrailer.Decoded trailer = FrameTrailer.read(fs.size(), i -> fs.slot(i) instanceof Const c ? c.bits : 0);
            Value fnSlot = fs.slot(fs.size() - 1);
            Value function = k == 0 ? Const.NULL : fnSlot instanceof Const ? Const.ofRef(trailer.function()) : fnSlot;
            VFrame vf = new VFrame(real, function);
            vf.init = k > 0 && trailer.init();
            vf.operatorCall = k > 0 ? trailer.operatorCall() : 0;
            vf.blocks = trailer.blocks();
            int n = trailer.valueCount();
            for (int i = 0; i < n; i++) vf.slots[i] = r.fromSnapshot(fs.slot(i), real.s[i]);
            vf.sp = n;
            if (k < states.size() - 1) {
                vf.resumePc = fs.pc();
                vf.resumeSp = n;
            }
            r.frames.add(vf);
        }
        r.maxFrames = r.frames.size();
        r.pc = states.get(states.size() - 1).pc();
        return r;
    }

    /** Objects of the parent's snapshot that its trace never allocated, allocated by this bridge. */
    private final java.util.Map<VirtualObject, Operation> materialized = new java.util.IdentityHashMap<>();

    /**
     * A virtual object of the guard's snapshot, allocated at the bridge's start as the exit
     * would have (the same fields, from the bridge's inputs; nested and cyclic virtuals too).
     * The optimizer may keep it virtual again.
     */
    private Operation materialize(VirtualObject vo) {
        Operation o = materialized.get(vo);
        if (o != null) return o;
        o = tb.newObject(vo.typeId, vo.size);
        materialized.put(vo, o);
        for (int i = 0; i < vo.fieldCount(); i++) {
            Value f = vo.fieldValue(i);
            tb.setfield(o, vo.fieldOffset(i), f instanceof VirtualObject inner ? materialize(inner) : f);
        }
        return o;
    }

    /** A bridge input; {@code real} is the value word the exit wrote into the interpreter frame. */
    private RecValue fromSnapshot(Value v, int real) {
        if (v instanceof VirtualObject vo) return RecValue.obj(materialize(vo));
        switch (v.type()) {
            case INT: return RecValue.ofInt(v, Tag.isInt(real) ? Tag.unbox(real) : vm.ints.toLong(real));
            case FLOAT: return RecValue.ofFloat(v);
            default: return RecValue.obj(v);
        }
    }

    // ------------------------------------------------------------------ helpers

    private VFrame top() {
        return frames.get(frames.size() - 1);
    }

    private boolean isType(int word, TypeId t) {
        return !Tag.isInt(word) && word != 0 && (mem.loadWord(word) & Heap.TYPE_MASK) == t.id();
    }

    private RecValue pop() {
        VFrame t = top();
        return t.slots[--t.sp];
    }

    private void push(RecValue v) {
        VFrame t = top();
        t.slots[t.sp++] = v;
    }

    private RecValue peekRec(int depth) {
        VFrame t = top();
        return t.slots[t.sp - 1 - depth];
    }

    /** The real value word of the stack slot {@code depth} below the top. */
    private int real(int depth) {
        VFrame t = top();
        return t.real.s[t.sp - 1 - depth];
    }

    /**
     * The state guards resume in: the one before the instruction being recorded. A failing
     * guard (or a helper that raised) makes the interpreter execute the whole instruction
     * again, which is right because an instruction's recorded side effects come after its
     * guards, and a helper that fails has made none.
     */
    private Snapshot snapshot() {
        if (insnFrames == null) return snapshot(frames, top().slots, top().sp);
        return snapshot(insnFrames, insnSlots, insnSp);
    }

    /** Remembers the state before the instruction at {@link #pc}. */
    private void beginInstruction() {
        VFrame t = top();
        insnFrames = new ArrayList<>(frames);
        insnSlots = java.util.Arrays.copyOf(t.slots, t.sp);
        insnSp = t.sp;
    }

    private Snapshot snapshot(List<VFrame> frames, RecValue[] topSlots, int topSp) {
        List<FrameState> states = new ArrayList<>(frames.size());
        for (int k = 0; k < frames.size(); k++) {
            VFrame vf = frames.get(k);
            boolean top = k == frames.size() - 1;
            int n = top ? topSp : vf.resumeSp;
            RecValue[] from = top ? topSlots : vf.slots;
            Value[] slots = new Value[n + FrameTrailer.size(vf.blocks)];
            for (int i = 0; i < n; i++) slots[i] = snapshotValue(from[i]);
            FrameTrailer.write(slots, n, vf.blocks, vf.function, vf.init, vf.operatorCall);
            states.add(new FrameState(vf.code.id, top ? pc : vf.resumePc, slots));
        }
        return new Snapshot(states);
    }

    private Value snapshotValue(RecValue rv) {
        if (rv == null) return Const.NULL;
        return rv.kind() == RecValue.Kind.BOOL ? boxBool(rv.value()) : rv.value();
    }

    private Operation guard(Op op, Value... args) {
        if (op == Op.GUARD_NO_OVERFLOW || op == Op.GUARD_OVERFLOW) {
            // The snapshot may box booleans (ops of their own): they go before the _ovf op, which
            // its guard must follow directly. The snapshot is the state before the instruction,
            // so it never uses the _ovf op's result.
            List<Operation> ops = tb.ops();
            Operation ovf = ops.remove(ops.size() - 1);
            Snapshot s = snapshot();
            ops.add(ovf);
            return tb.guard(op, s, args);
        }
        return tb.guard(op, snapshot(), args);
    }

    private void guardClass(Value v, TypeId t) {
        tb.guardClass(t.id(), snapshot(), v);
    }

    private Operation op(Op op, Value... args) {
        return tb.op(op, args);
    }

    private RecValue unboxInt(RecValue rv, int real) {
        if (rv.kind() != RecValue.Kind.OBJ) return rv;
        if (rv.value().isConst()) return RecValue.ofInt(Const.ofInt(Tag.unbox(real)));
        guard(Op.GUARD_TAGGED, rv.value());
        return RecValue.ofInt(op(Op.INT_UNTAG, rv.value()));
    }

    private RecValue unboxFloat(RecValue rv) {
        if (rv.value().isConst()) {
            return RecValue.ofFloat(Const.ofFloat(mem.loadDouble((int) ((Const) rv.value()).bits + Floats.VALUE)));
        }
        guardClass(rv.value(), TypeId.FLOAT);
        return RecValue.ofFloat(tb.getfield(Type.FLOAT, rv.value(), Floats.VALUE));
    }

    /** The value at stack depth as an unboxed int (guarding), or null if it is not a small int or bool. */
    private RecValue asInt(int depth) {
        RecValue rv = peekRec(depth);
        if (rv.kind() == RecValue.Kind.INT) return rv;
        if (rv.kind() == RecValue.Kind.BOOL) return RecValue.ofInt(rv.value());
        if (rv.kind() != RecValue.Kind.OBJ) return null;
        int real = real(depth);
        if (!Tag.isInt(real)) return null;
        RecValue unboxed = unboxInt(rv, real);
        replaceEverywhere(rv, unboxed);
        return unboxed;
    }

    private RecValue asFloat(int depth) {
        RecValue rv = peekRec(depth);
        if (rv.kind() == RecValue.Kind.FLOAT) return rv;
        if (rv.kind() == RecValue.Kind.OBJ && isType(real(depth), TypeId.FLOAT)) {
            RecValue unboxed = unboxFloat(rv);
            replaceEverywhere(rv, unboxed);
            return unboxed;
        }
        RecValue i = asInt(depth);
        if (i == null) return null;
        return RecValue.ofFloat(op(Op.CAST_INT_TO_FLOAT, i.value()));
    }

    /** After unboxing a value word, every slot of the top frame holding it sees the unboxed value. */
    private void replaceEverywhere(RecValue from, RecValue to) {
        VFrame t = top();
        for (int i = 0; i < t.sp; i++) {
            if (t.slots[i] == from) t.slots[i] = to;
        }
    }

    /** A value word for any recorded value (boxing ints, floats and bools). */
    private Value box(RecValue rv) {
        switch (rv.kind()) {
            case OBJ:
                return rv.value();
            case INT: {
                if (rv.value() instanceof Const c && Tag.fits(c.bits)) return Const.ofRef(Tag.box((int) c.bits));
                if (rv.wide()) return tb.call(Type.REF, driver.helpers.boxInt.id(), rv.value());
                Operation t = op(Op.INT_TAG_OVF, rv.value());
                guard(Op.GUARD_NO_OVERFLOW);
                return t;
            }
            case FLOAT: {
                Operation obj = tb.newObject(TypeId.FLOAT.id(), 16);
                tb.setfield(obj, Floats.VALUE, rv.value());
                return obj;
            }
            default:
                return boxBool(rv.value());
        }
    }

    /** True and False are adjacent permanent objects: False + 8 * b. */
    private Value boxBool(Value b) {
        if (b instanceof Const c) return Const.ofRef(c.bits != 0 ? vm.trueObj : vm.falseObj);
        Operation scaled = op(Op.INT_LSHIFT, b, Const.ofInt(3));
        Operation addr = op(Op.INT_ADD, scaled, Const.ofInt(vm.falseObj));
        return op(Op.CAST_INT_TO_PTR, addr);
    }

    private RecValue constant(int word) {
        if (Tag.isInt(word)) return RecValue.ofInt(Const.ofInt(Tag.unbox(word)));
        if (isType(word, TypeId.FLOAT) && vm.heap.isPermanent(word)) return RecValue.ofFloat(Const.ofFloat(vm.floats.value(word)));
        if (word == vm.trueObj || word == vm.falseObj) return RecValue.bool(Const.ofInt(word == vm.trueObj ? 1 : 0));
        if (!vm.heap.isPermanent(word)) throw new Abort("non-permanent constant");
        return RecValue.obj(Const.ofRef(word));
    }

    // ------------------------------------------------------------------ recording

    /** Records the instruction that {@code f} is about to execute; returns true when the trace is complete. */
    boolean before(Frame f) {
        if (residualCall) {
            if (f != top().real) return false; // inside a function called (not inlined) by the trace
            residualCall = false;
        }
        if (f != top().real) enterPendingCall(f);
        pc = f.pc;
        if (pendingFunction != 0) throw new Abort("call not entered");
        if (tb.ops().size() > traceLimit) throw new Abort("trace too long");
        VFrame t = top();
        if (t.sp != f.sp) throw new Abort("stack out of sync");
        int open = f.openTryBlocks();
        if (open < 0) throw new Abort("exception handler active");
        if (open != t.blocks.length / 2) throw new Abort("try blocks out of sync");
        if (parentGuard != null && !loop.isFunction() && frames.size() == 1 && pc == loop.pc
                && t.code.id == loop.codeId && tb.ops().size() > 0) {
            beginInstruction();
            closeLoop();
            return true;
        }
        if (frames.size() == 1 && tb.ops().size() > 0 && !(pc == loop.pc && t.code.id == loop.codeId)) {
            Loop inner = driver.compiledLoopAt(t.code.id, pc);
            if (inner != null && inner.labelKinds.length == t.sp) {
                beginInstruction();
                jumpInto(inner);
                return true;
            }
        }
        int insn = t.code.code.code[pc];
        Opcode opcode = Opcode.of(insn);
        int arg = Opcode.arg(insn);
        driver.stats.recordedOps++;
        beginInstruction();
        tb.debugMergePoint(t.code.id, pc);
        switch (opcode) {
            case NOP:
            case JUMP_FORWARD:
                return false;
            case POP_TOP:
                pop();
                return false;
            case DUP_TOP:
                push(peekRec(0));
                return false;
            case DUP_TOP_TWO: {
                RecValue a = peekRec(1), b = peekRec(0);
                push(a);
                push(b);
                return false;
            }
            case ROT_TWO: {
                RecValue a = pop(), b = pop();
                push(a);
                push(b);
                return false;
            }
            case ROT_THREE: {
                RecValue a = pop(), b = pop(), c = pop();
                push(a);
                push(c);
                push(b);
                return false;
            }
            case ROT_FOUR: {
                RecValue a = pop(), b = pop(), c = pop(), d = pop();
                push(a);
                push(d);
                push(c);
                push(b);
                return false;
            }
            case KW_NAMES:
                pendingKw = t.code.consts[arg];
                return false;
            case LOAD_CONST: {
                int c = t.code.consts[arg];
                if (t.code.code.consts[arg] instanceof CodeObject) {
                    // a nested def or lambda: the code id, consumed by MAKE_FUNCTION right after
                    if (Opcode.of(t.code.code.code[pc + 1]) != Opcode.MAKE_FUNCTION) throw new Abort("code object constant");
                }
                push(constant(c));
                return false;
            }
            case LOAD_FAST: {
                if (f.s[arg] == 0) throw new Abort("unbound local");
                push(t.slots[arg]);
                return false;
            }
            case STORE_FAST:
                t.slots[arg] = pop();
                return false;
            case LOAD_DEREF: {
                RecValue cell = t.slots[t.code.nlocals + arg];
                if (mem.loadWord(f.s[t.code.nlocals + arg] + 4) == 0) throw new Abort("unbound cell");
                Operation v = tb.getfield(Type.REF, cell.value(), 4);
                guard(Op.GUARD_NONNULL, v);
                push(RecValue.obj(v));
                return false;
            }
            case STORE_DEREF: {
                RecValue cell = t.slots[t.code.nlocals + arg];
                Value v = box(pop());
                tb.setfield(cell.value(), 4, v);
                return false;
            }
            case LOAD_GLOBAL:
                push(loadGlobal(f, t.code.names[arg]));
                return false;
            case STORE_GLOBAL: {
                int name = t.code.names[arg];
                if (foldedNames.contains(name)) throw new Abort("store to a folded global");
                int globals = globalsConst(f);
                int e = vm.dict.find(globals, name, vm.str.hash(name));
                Value v = box(pop());
                if (e >= 0) {
                    // An existing global: a store into its entry. Compiled code tells nobody, so
                    // from now on no trace may fold the name (and those that did are invalidated).
                    driver.nameStoredByTrace(name);
                    tb.setfield(globalEntries(globals, name, e), entryValueOffset(e), v);
                    return false;
                }
                tb.call(Type.VOID, driver.helpers.dictSetStr.id(), Const.ofRef(globals), Const.ofRef(name), v);
                guardNotInvalidatedAfter();
                return false;
            }
            case LOAD_ATTR: {
                int name = t.code.names[arg];
                int getter = propertyGetter(real(0), name);
                if (getter != 0) {
                    propertyOf(peekRec(0), real(0), name);
                    inlineGetter(getter);
                    return false;
                }
                push(loadAttr(name));
                return false;
            }
            case STORE_ATTR: {
                int name = t.code.names[arg];
                int realObj = real(0);
                if (isType(realObj, TypeId.INSTANCE) && vm.classes.hasDescriptors(vm.classes.classOf(realObj))
                        && propertyOf(peekRec(0), realObj, name) != 0) {
                    throw new Abort("property setter");
                }
                RecValue obj = pop();
                Value v = box(pop());
                if (foldedNames.contains(name)) {
                    // Only a store into a class or module can rebind a folded name; an instance's own dict cannot.
                    if (!isType(realObj, TypeId.INSTANCE)) throw new Abort("store to a folded attribute");
                    guardClass(obj.value(), TypeId.INSTANCE);
                }
                int e = storableInstanceEntry(realObj, name);
                if (e >= 0) {
                    // The interpreter's quick path, as code: an ordinary instance of this class
                    // (no properties, not an exception) whose dict holds the name already.
                    guardClass(obj.value(), TypeId.INSTANCE);
                    guard(Op.GUARD_VALUE, tb.getfield(Type.REF, obj.value(), Classes.CLASS), Const.ofRef(vm.classes.classOf(realObj)));
                    Value attrs = tb.getfield(Type.REF, obj.value(), Classes.ATTRS);
                    tb.setfield(dictEntries(attrs, name, e), entryValueOffset(e), v);
                    return false;
                }
                if (appendToFreshInstance(obj.value(), realObj, name, v)) return false;
                Operation ok = tb.call(Type.INT, driver.helpers.setattr.id(), obj.value(), Const.ofRef(name), v);
                guard(Op.GUARD_TRUE, ok);
                guardNotInvalidatedAfter();
                return false;
            }
            case LOAD_METHOD:
                loadMethod(t.code.names[arg]);
                return false;
            case PUSH_NULL:
                push(RecValue.obj(Const.NULL));
                return false;
            case SETUP_EXCEPT: {
                // The normal path is traced; snapshots carry the open blocks, so an exception
                // at an exit is handled by the interpreter as if it had run all along.
                int[] blocks = java.util.Arrays.copyOf(t.blocks, t.blocks.length + 2);
                blocks[blocks.length - 2] = arg;
                blocks[blocks.length - 1] = t.sp;
                t.blocks = blocks;
                return false;
            }
            case POP_BLOCK:
                if (t.blocks.length == 0) throw new Abort("pop_block without a block");
                t.blocks = java.util.Arrays.copyOf(t.blocks, t.blocks.length - 2);
                return false;
            case CALL:
                call(f, arg);
                return false;
            case RETURN_VALUE:
                return returnValue();
            case BINARY_OP:
                binaryOp(arg);
                return false;
            case UNARY_NEGATIVE: {
                RecValue i = asInt(0);
                if (i != null) {
                    long neg = -realInt(real(0));
                    pop();
                    Operation r = op(Op.INT_SUB_OVF, Const.INT_ZERO, i.value());
                    guard(Op.GUARD_NO_OVERFLOW);
                    push(RecValue.ofInt(r, neg));
                    return false;
                }
                if (unaryMethod("__neg__", 1)) return false;
                RecValue x = asFloat(0);
                if (x == null) throw new Abort("unary - on " + vm.typeName(real(0)));
                pop();
                push(RecValue.ofFloat(op(Op.FLOAT_NEG, x.value())));
                return false;
            }
            case UNARY_NOT: {
                Value truth = truthOf(0);
                pop();
                push(RecValue.bool(op(Op.INT_IS_ZERO, truth)));
                return false;
            }
            case UNARY_INVERT: {
                RecValue i = asInt(0);
                if (i == null) throw new Abort("unary ~ on " + vm.typeName(real(0)));
                pop();
                push(RecValue.ofInt(op(Op.INT_INVERT, i.value())));
                return false;
            }
            case COMPARE_OP:
                compareOp(CompareOp.of(arg));
                return false;
            case POP_JUMP_IF_FALSE:
            case POP_JUMP_IF_TRUE: {
                Value truth = truthOf(0);
                boolean taken = vm.ops.truth(real(0));
                // When the guard fails the value had the other truth: a bool tested here is a
                // constant in the guard's snapshot, not boxed for it.
                if (peekRec(0).kind() == RecValue.Kind.BOOL) {
                    insnSlots[insnSp - 1] = RecValue.bool(Const.ofInt(taken ? 0 : 1));
                }
                guard(taken ? Op.GUARD_TRUE : Op.GUARD_FALSE, truth);
                pop();
                return false;
            }
            case JUMP_IF_FALSE_OR_POP:
            case JUMP_IF_TRUE_OR_POP: {
                Value truth = truthOf(0);
                boolean value = vm.ops.truth(real(0));
                guard(value ? Op.GUARD_TRUE : Op.GUARD_FALSE, truth);
                boolean jumps = value == (opcode == Opcode.JUMP_IF_TRUE_OR_POP);
                if (!jumps) pop();
                return false;
            }
            case JUMP_BACKWARD:
                if (frames.size() == 1 && arg == loop.pc && t.code.id == loop.codeId) {
                    closeLoop();
                    return true;
                }
                // A bridge of an inner loop may run once round the outer loop and come back
                // into its own loop's header; a loop trace may not (it would need another
                // trace's label).
                if (parentGuard != null && frames.size() == 1 && t.code.id == loop.codeId && !loop.isFunction()) {
                    return false;
                }
                // Back to the header of a loop that has a compiled trace (a `continue` in a function
                // trace or a bridge): the header's instruction is where the trace jumps into it.
                Loop header = frames.size() == 1 ? driver.compiledLoopAt(t.code.id, arg) : null;
                if (header != null && header.labelKinds.length == t.sp) return false;
                if (frames.size() == 1 && (parentGuard != null || loop.isFunction())) {
                    exitAtBackEdge();
                    return true;
                }
                throw new Abort("inner loop");
            case GET_ITER: {
                int real = real(0);
                if (!iterable(real)) throw new Abort("iter over " + vm.typeName(real));
                RecValue seq = pop();
                guardClass(seq.value(), vm.typeOf(real));
                if (isType(real, TypeId.ITERATOR)) { // iter(it) is it
                    push(seq);
                    return false;
                }
                IteratorKind kind = isType(real, TypeId.LIST) ? IteratorKind.LIST : isType(real, TypeId.TUPLE) ? IteratorKind.TUPLE
                        : isType(real, TypeId.STR) ? IteratorKind.STR : null;
                if (kind != null) {
                    // Iterators.iter's object built inline (kind, subject; index 0): no call, and
                    // virtual when it does not escape the trace.
                    Operation it = tb.newObject(TypeId.ITERATOR.id(), 24);
                    tb.setfield(it, Iterators.KIND, Const.ofInt(kind.ordinal()));
                    tb.setfield(it, Iterators.SUBJECT, seq.value());
                    push(RecValue.obj(it));
                    return false;
                }
                Operation it = tb.call(Type.REF, driver.helpers.iter.id(), seq.value());
                guard(Op.GUARD_NONNULL, it);
                push(RecValue.obj(it));
                return false;
            }
            case FOR_ITER:
                forIter();
                return false;
            case BINARY_SUBSCR:
                binarySubscr();
                return false;
            case STORE_SUBSCR:
                storeSubscr();
                return false;
            case BUILD_LIST: {
                if (arg >= driver.helpers.buildList.length) throw new Abort("build_list");
                Value[] items = new Value[arg];
                for (int i = arg - 1; i >= 0; i--) items[i] = box(pop());
                push(RecValue.obj(tb.call(Type.REF, driver.helpers.buildList[arg].id(), items)));
                return false;
            }
            case LIST_APPEND: {
                Value item = box(pop());
                tb.call(Type.VOID, driver.helpers.listAppend.id(), t.slots[t.sp - arg].value(), item);
                return false;
            }
            case BUILD_TUPLE: {
                Value[] items = new Value[arg];
                for (int i = arg - 1; i >= 0; i--) items[i] = box(pop());
                Operation tuple = tb.newObject(TypeId.TUPLE.id(), 8 + 4 * arg);
                tb.setfield(tuple, 4, Const.ofInt(arg));
                for (int i = 0; i < arg; i++) tb.setfield(tuple, 8 + 4 * i, items[i]);
                push(RecValue.obj(tuple));
                return false;
            }
            case BUILD_SLICE: {
                // Bounds that are ints or None (guarded) make a slice whose use runs no Python code.
                Value[] parts = new Value[] {null, null, Const.ofRef(vm.none)};
                for (int k = arg - 1; k >= 0; k--) {
                    int real = real(0);
                    if (!Tag.isInt(real) && real != vm.none) throw new Abort("slice bound " + vm.typeName(real));
                    parts[k] = box(peekRec(0));
                    guardPlainType(parts[k], real);
                    pop();
                }
                Operation slice = tb.newObject(TypeId.SLICE.id(), 16);
                for (int k = 0; k < 3; k++) tb.setfield(slice, 4 + 4 * k, parts[k]);
                push(RecValue.obj(slice));
                return false;
            }
            case UNPACK_SEQUENCE: {
                int real = real(0);
                if (!isType(real, TypeId.TUPLE) || vm.seq.tupleLength(real) != arg) throw new Abort("unpack of non-tuple");
                RecValue seq = pop();
                guardClass(seq.value(), TypeId.TUPLE);
                Operation len = op(Op.ARRAYLEN_GC, seq.value());
                push(seq);
                guard(Op.GUARD_VALUE, len, Const.ofInt(arg));
                pop();
                for (int i = arg - 1; i >= 0; i--) {
                    push(RecValue.obj(tb.getfield(Type.REF, seq.value(), 8 + 4 * i)));
                }
                return false;
            }
            case DELETE_SUBSCR: {
                int obj = real(1), key = real(0);
                // only dicts with keys whose hash and equality run no Python code
                if (!isType(obj, TypeId.DICT) || !(plain(key) || isType(key, TypeId.TUPLE))) throw new Abort("delete_subscr");
                Value k = box(peekRec(0));
                Value d = peekRec(1).value();
                guardClass(d, TypeId.DICT);
                guardPlainType(k, key);
                guard(Op.GUARD_TRUE, tb.call(Type.INT, driver.helpers.dictDelitem.id(), d, k));
                pop();
                pop();
                return false;
            }
            case LOAD_CLOSURE:
                push(t.slots[t.code.nlocals + arg]); // the cell itself, for a closure tuple
                return false;
            case MAKE_FUNCTION: {
                if ((arg & ~9) != 0) throw new Abort("make_function with annotations");
                if (t.code.code.isModule() || f.namespace != 0) throw new Abort("module-level function definition");
                int codeId = Tag.unbox(real(0));
                pop();
                Value defaults = (arg & 1) != 0 ? box(pop()) : Const.NULL;
                Value closure = (arg & 8) != 0 ? box(pop()) : Const.NULL;
                push(RecValue.obj(tb.call(Type.REF, driver.helpers.makeFunction.id(), Const.ofInt(codeId),
                        Const.ofRef(globalsConst(f)), defaults, closure)));
                return false;
            }
            default:
                throw new Abort(opcode.name().toLowerCase());
        }
    }


    // ------------------------------------------------------------------ names and attributes

    private int globalsConst(Frame f) {
        if (!vm.heap.isPermanent(f.globals)) throw new Abort("globals not permanent");
        return f.globals;
    }

    private RecValue loadGlobal(Frame f, int name) {
        int v = vm.dict.getStr(f.globals, name);
        boolean builtin = false;
        if (v == 0) {
            v = vm.dict.getStr(vm.builtinsDict, name);
            builtin = true;
        }
        if (v == 0) throw new Abort("undefined global");
        if (!Tag.isInt(v) && vm.heap.isPermanent(v) && !isType(v, TypeId.FLOAT) && !isType(v, TypeId.BIGINT)
                && !isType(v, TypeId.STR) && !driver.isStoredName(name)) {
            // Functions, classes, modules, builtins: folded, the trace invalidated if the name is rebound.
            foldedNames.add(name);
            return RecValue.obj(Const.ofRef(v));
        }
        if (builtin) throw new Abort("global shadowing a builtin");
        int globals = globalsConst(f);
        int e = vm.dict.find(globals, name, vm.str.hash(name));
        return RecValue.obj(tb.getfield(Type.REF, globalEntries(globals, name, e), entryValueOffset(e)));
    }

    /**
     * The entries table of the globals dict, validated for a global at entry number {@code e}
     * as the interpreter's inline cache validates it: the entry exists and holds the name (a
     * resize renumbers entries, a deletion clears the key). A few loads and two guards, which
     * the optimizer shares between the globals of one iteration, instead of a hash lookup call.
     */
    private Value globalEntries(int globals, int name, int e) {
        return dictEntries(Const.ofRef(globals), name, e);
    }

    /** {@link #globalEntries} for any dict: its entries table, with entry {@code e} checked to hold {@code name}. */
    private Value dictEntries(Value dict, int name, int e) {
        Operation entries = tb.getfield(Type.REF, dict, Dicts.ENTRIES);
        Operation length = tb.getfield(Type.INT, entries, 4);
        guard(Op.GUARD_TRUE, op(Op.UINT_LT, Const.ofInt(3 * e + 2), length));
        guard(Op.GUARD_VALUE, tb.getfield(Type.REF, entries, 8 + 12 * e + 4), Const.ofRef(name));
        return entries;
    }

    /**
     * Guards that {@code dict} (an instance's, with {@code used} entry positions now) has no key
     * {@code name}: for a small dict, its used count and then each key compared by identity
     * (instance dicts' keys are interned names: attribute stores, setattr and getattr intern
     * them); a lookup call for a large one.
     */
    private void guardNotInDict(Value dict, int used, int name) {
        if (used > 6) {
            guard(Op.GUARD_ISNULL, tb.call(Type.REF, driver.helpers.dictGetStr.id(), dict, Const.ofRef(name)));
            return;
        }
        guard(Op.GUARD_VALUE, tb.getfield(Type.INT, dict, Dicts.USED), Const.ofInt(used));
        Operation entries = tb.getfield(Type.REF, dict, Dicts.ENTRIES);
        for (int i = 0; i < used; i++) {
            guard(Op.GUARD_TRUE, op(Op.PTR_NE, tb.getfield(Type.REF, entries, 8 + 12 * i + 4), Const.ofRef(name)));
        }
    }

    /**
     * The entry number of {@code name} in the dict of {@code obj} when a store there is what the
     * interpreter's quick path would do (an ordinary, non-permanent instance of a permanent class
     * without properties, the name present), else -1 (the setattr helper).
     */
    private int storableInstanceEntry(int obj, int name) {
        if (!isType(obj, TypeId.INSTANCE) || vm.heap.isPermanent(obj)) return -1;
        int cls = vm.classes.classOf(obj);
        if (!vm.heap.isPermanent(cls) || (mem.loadWord(cls + Classes.FLAGS) & (Classes.EXCEPTION | Classes.DESCRIPTORS)) != 0) return -1;
        return vm.dict.find(mem.loadWord(obj + Classes.ATTRS), name, vm.str.hash(name));
    }

    /** Where entry {@code e}'s value lives in the entries table ([hash, key, value] triples after the array header). */
    /**
     * {@code obj.name = v} adding a new attribute to an instance this trace made (new_instance)
     * when nothing but this trace's own stores can have touched its dict since: the dict's
     * state is then the same on every run, so the entry number and index slot the interpreter
     * uses now are constants, and the insertion is plain stores (hash, key, value, index slot,
     * counts). The usual case is {@code self.x = x} in an inlined {@code __init__}.
     */
    private boolean appendToFreshInstance(Value obj, int realObj, int name, Value v) {
        if (!(obj instanceof Operation made) || !freshInstances.contains(made)) return false;
        List<Operation> ops = tb.ops();
        for (int i = ops.indexOf(made) + 1; i < ops.size(); i++) {
            if (ops.get(i).op.isCall()) return false; // may have run Python code
        }
        int cls = vm.classes.classOf(realObj);
        if ((mem.loadWord(cls + Classes.FLAGS) & (Classes.EXCEPTION | Classes.DESCRIPTORS)) != 0) return false;
        int dict = mem.loadWord(realObj + Classes.ATTRS);
        int used = vm.dict.used(dict), count = vm.dict.size(dict);
        int entries = mem.loadWord(dict + Dicts.ENTRIES), index = mem.loadWord(dict + Dicts.INDEX);
        int hash = vm.str.hash(name);
        if (used != count || 3 * (used + 1) > mem.loadWord(entries + 4) || vm.dict.find(dict, name, hash) >= 0) return false;
        int mask = mem.loadWord(index + 4) - 1, slot = hash & mask;
        while (mem.loadWord(index + 8 + 4 * slot) != -1) slot = (slot + 1) & mask;
        Value attrs = tb.getfield(Type.REF, obj, Classes.ATTRS);
        Value entriesV = tb.getfield(Type.REF, attrs, Dicts.ENTRIES);
        tb.setfield(entriesV, 8 + 12 * used, Const.ofInt(Tag.box(hash)));
        tb.setfield(entriesV, 8 + 12 * used + 4, Const.ofRef(name));
        tb.setfield(entriesV, 8 + 12 * used + 8, v);
        tb.setfield(tb.getfield(Type.REF, attrs, Dicts.INDEX), 8 + 4 * slot, Const.ofInt(used));
        tb.setfield(attrs, Dicts.USED, Const.ofInt(used + 1));
        tb.setfield(attrs, Dicts.COUNT, Const.ofInt(count + 1));
        return true;
    }

    /**
     * An instance of permanent class {@code cls} as {@code Classes.newInstance} makes it, built
     * by the trace: the instance, its dict, the dict's index (every slot empty) and entries. All
     * four are new objects, so the optimizer keeps them virtual while they do not escape.
     */
    private Operation newInstance(int cls) {
        int slots = Dicts.slotsFor(Dicts.DEFAULT_EXPECTED), capacity = slots * 2 / 3;
        Operation index = tb.newObject(TypeId.INT_ARRAY.id(), 8 + 4 * slots);
        tb.setfield(index, 4, Const.ofInt(slots));
        for (int i = 0; i < slots; i++) tb.setfield(index, 8 + 4 * i, Const.ofInt(-1));
        Operation entries = tb.newObject(TypeId.OBJ_ARRAY.id(), 8 + 12 * capacity);
        tb.setfield(entries, 4, Const.ofInt(3 * capacity));
        Operation dict = tb.newObject(TypeId.DICT.id(), 24);
        tb.setfield(dict, Dicts.INDEX, index);
        tb.setfield(dict, Dicts.ENTRIES, entries);
        Operation obj = tb.newObject(TypeId.INSTANCE.id(), 24);
        tb.setfield(obj, Classes.CLASS, Const.ofRef(cls));
        tb.setfield(obj, Classes.ATTRS, dict);
        freshInstances.add(obj);
        return obj;
    }

    private static int entryValueOffset(int e) {
        return 8 + 12 * e + 8;
    }

    private RecValue loadAttr(int name) {
        RecValue obj = peekRec(0);
        int real = real(0);
        RecValue folded = classConstant(obj, real, name);
        if (folded != null) {
            pop();
            return folded;
        }
        if (obj.value() instanceof Const && isType(real, TypeId.MODULE)) {
            int v = vm.dict.getStr(mem.loadWord(real + 8), name);
            if (v != 0 && (Tag.isInt(v) || vm.heap.isPermanent(v)) && !driver.isStoredName(name)) {
                foldedNames.add(name);
                pop();
                return constant(v);
            }
        }
        if (!isType(real, TypeId.INSTANCE) && !isType(real, TypeId.MODULE) && !isType(real, TypeId.CLASS)) {
            throw new Abort("attribute of " + vm.typeName(real));
        }
        if (isType(real, TypeId.INSTANCE) && vm.classes.hasDescriptors(vm.classes.classOf(real))
                && propertyOf(obj, real, name) != 0) {
            throw new Abort("property getter");
        }
        if (isType(real, TypeId.INSTANCE)) {
            int attrs = mem.loadWord(real + Classes.ATTRS);
            int e = vm.dict.find(attrs, name, vm.str.hash(name));
            if (e >= 0) {
                // The interpreter's quick path, as code: the instance's own dict first, by the
                // entry number the name has now (instances built alike share it), key checked.
                // (A property's name is never in an instance dict: its stores go to the setter.)
                guardClass(obj.value(), TypeId.INSTANCE);
                Operation d = tb.getfield(Type.REF, obj.value(), Classes.ATTRS);
                Operation r = tb.getfield(Type.REF, dictEntries(d, name, e), entryValueOffset(e));
                pop();
                return RecValue.obj(r);
            }
        }
        Operation r = tb.call(Type.REF, driver.helpers.getattr.id(), obj.value(), Const.ofRef(name));
        guard(Op.GUARD_NONNULL, r);
        pop();
        return RecValue.obj(r);
    }

    /**
     * Attribute access on an instance whose class has properties. A property runs Python code
     * inside the getattr/setattr helpers, which traces treat as not collecting, so the class
     * is guarded (an immortal one) and the name folded (rebinding it on a class invalidates
     * the trace): the property found for the name, or 0 when there is none and the helper is
     * plain for every object that passes the guard.
     */
    private int propertyOf(RecValue obj, int real, int name) {
        int cls = vm.classes.classOf(real);
        if (!vm.heap.isPermanent(cls)) throw new Abort("property of a non-permanent class");
        if (driver.isStoredName(name)) throw new Abort("property: name rebound");
        guardClass(obj.value(), TypeId.INSTANCE);
        guard(Op.GUARD_VALUE, tb.getfield(Type.REF, obj.value(), Classes.CLASS), Const.ofRef(cls));
        foldedNames.add(name);
        int p = vm.classes.lookup(cls, name);
        return isType(p, TypeId.INSTANCE) && vm.classes.classOf(p) == vm.propertyClass ? p : 0;
    }

    /** The getter of property {@code name} of instance {@code real} if it is inlined ({@link #inlineGetter}), else 0. */
    private int propertyGetter(int real, int name) {
        if (!isType(real, TypeId.INSTANCE) || !vm.classes.hasDescriptors(vm.classes.classOf(real))) return 0;
        int cls = vm.classes.classOf(real);
        if (!vm.heap.isPermanent(cls) || driver.isStoredName(name)) return 0;
        int p = vm.classes.lookup(cls, name);
        if (!isType(p, TypeId.INSTANCE) || vm.classes.classOf(p) != vm.propertyClass) return 0;
        int fget = vm.dict.getStr(vm.classes.instanceDict(p), driver.fgetName());
        if (!isType(fget, TypeId.FUNCTION) || !vm.heap.isPermanent(fget)) return 0;
        LoadedCode code = vm.code(mem.loadWord(fget + Interpreter.FN_CODE));
        return inlinable(code) && code.nfree == 0 && plainBinding(code, 1) ? fget : 0;
    }

    /**
     * A property read inlined as a call of its getter on the instance: the interpreter's
     * getattr calls the getter in a frame above this one, which the recorder enters like
     * any inlined call; an exit inside it resumes after the LOAD_ATTR with the result pushed.
     */
    private void inlineGetter(int fget) {
        VFrame t = top();
        RecValue obj = pop();
        t.resumePc = pc + 1;
        t.resumeSp = t.sp;
        pendingFunction = fget;
        pendingFunctionValue = Const.ofRef(fget);
        pendingArgs = new RecValue[] {obj};
    }

    /**
     * A Python function or small int found on a constant class (Base.__init__, a class
     * constant): folded like a module attribute, the trace invalidated if the name is rebound.
     * Null for anything else (staticmethod and classmethod objects, builtin classes' methods).
     */
    private RecValue classConstant(RecValue obj, int real, int name) {
        if (!(obj.value() instanceof Const) || !isType(real, TypeId.CLASS) || vm.classes.isBuiltinClass(real)
                || driver.isStoredName(name)) {
            return null;
        }
        int v = vm.classes.lookup(real, name);
        if (v == 0 || !(Tag.isInt(v) || isType(v, TypeId.FUNCTION) && vm.heap.isPermanent(v))) return null;
        foldedNames.add(name);
        return constant(v);
    }

    private void loadMethod(int name) {
        RecValue obj = peekRec(0);
        int real = real(0);
        if (Tag.isInt(real) || real == 0) throw new Abort("method of int");
        TypeId t = vm.typeOf(real);
        if (t == TypeId.MODULE) {
            // module.f(...): the interpreter pushes [NULL, f]; f is folded like any module attribute.
            RecValue f = loadAttr(name);
            push(RecValue.obj(Const.NULL));
            push(f);
            return;
        }
        if (t == TypeId.CLASS) {
            // Base.method(self, ...): the interpreter pushes [NULL, function]; the function is folded.
            RecValue f = classConstant(obj, real, name);
            if (f == null) throw new Abort("method of type");
            pop();
            push(RecValue.obj(Const.NULL));
            push(f);
            return;
        }
        int cls = vm.classes.classOf(real);
        if (t == TypeId.INSTANCE) {
            if (!vm.heap.isPermanent(cls)) throw new Abort("method of a non-permanent class");
            int m = vm.classes.lookup(cls, name);
            if (m == 0 || !isType(m, TypeId.FUNCTION) || !vm.heap.isPermanent(m)
                    || vm.dict.getStr(vm.classes.instanceDict(real), name) != 0 || driver.isStoredName(name)) {
                throw new Abort("attribute call");
            }
            guardClass(obj.value(), TypeId.INSTANCE);
            Operation c = tb.getfield(Type.REF, obj.value(), Classes.CLASS);
            guard(Op.GUARD_VALUE, c, Const.ofRef(cls));
            Operation dict = tb.getfield(Type.REF, obj.value(), Classes.ATTRS);
            guardNotInDict(dict, vm.dict.used(vm.classes.instanceDict(real)), name);
            foldedNames.add(name);
            pop();
            push(RecValue.obj(Const.ofRef(m)));
            push(obj);
            return;
        }
        if (t == TypeId.LIST || t == TypeId.STR || t == TypeId.DICT || t == TypeId.TUPLE) {
            int m = vm.classes.lookup(cls, name);
            if (m == 0 || !isType(m, TypeId.BUILTIN)) throw new Abort("attribute call");
            guardClass(obj.value(), t);
            pop();
            push(RecValue.obj(Const.ofRef(m)));
            push(obj);
            return;
        }
        throw new Abort("method of " + vm.typeName(real));
    }

    // ------------------------------------------------------------------ calls

    /** Builtin classes whose call on one plain value runs no Python code. */
    private static final Set<String> CONVERSIONS = Set.of("int", "float", "str", "bool", "range");
    /** Builtin classes that make iterators; their arguments may be any builtin iterable. */
    private static final Set<String> ITERATOR_CONSTRUCTORS = Set.of("range", "enumerate", "zip", "reversed");
    private static final Set<String> PURE_BUILTINS = Set.of("len", "abs", "min", "max", "int", "float", "str",
            "chr", "ord", "round", "isinstance", "divmod", "pow", "hex", "bool", "repr",
            "range", "enumerate", "zip", "reversed",
            "sqrt", "sin", "cos", "tan", "atan", "atan2", "exp", "log", "log10", "fabs", "floor", "ceil", "hypot",
            "append", "pop", "insert", "get", "keys", "values", "items", "setdefault", "join", "split", "strip",
            "lower", "upper", "startswith", "endswith", "find", "replace", "count", "isdigit");

    /** Whether a value is a builtin-type object whose comparisons and str() run no Python code. */
    private boolean plain(int w) {
        if (Tag.isInt(w) || w == vm.none || w == vm.trueObj || w == vm.falseObj) return true;
        TypeId t = vm.typeOf(w);
        return t == TypeId.FLOAT || t == TypeId.STR || t == TypeId.BIGINT;
    }

    private void call(Frame f, int n) {
        VFrame t = top();
        int kw = pendingKw;
        pendingKw = 0;
        int base = t.sp - n;
        int fn = f.s[base - 2], self = f.s[base - 1];
        RecValue fnRec = t.slots[base - 2], selfRec = t.slots[base - 1];
        boolean method = fn != 0;
        int callable = method ? fn : self;
        if (!method && isType(callable, TypeId.METHOD) && isType(mem.loadWord(callable + 4), TypeId.FUNCTION)) {
            // A bound method kept in a variable: called as LOAD_METHOD would have pushed it, [function, self].
            Value bm = selfRec.value();
            guardClass(bm, TypeId.METHOD);
            fnRec = t.slots[base - 2] = RecValue.obj(tb.getfield(Type.REF, bm, 4));
            t.slots[base - 1] = RecValue.obj(tb.getfield(Type.REF, bm, 8));
            callable = mem.loadWord(callable + 4);
            method = true;
        }
        Value callee = computedCallee(callable, (method ? fnRec : selfRec).value());
        if (isType(callable, TypeId.FUNCTION)) {
            LoadedCode code = vm.code(mem.loadWord(callable + Interpreter.FN_CODE));
            int nargs = n + (method ? 1 : 0);
            int first = base - (method ? 1 : 0);
            CallBinding binding = binding(callable, code, nargs, kw);
            if (binding == null || !inlinable(code)) {
                if (kw != 0) throw new Abort("keyword call not inlined");
                residualCall(callee, first, nargs, base - 2);
                return;
            }
            t.resumePc = pc + 1;
            t.resumeSp = base - 2;
            pendingFunction = callable;
            pendingFunctionValue = callee;
            pendingArgs = bindArguments(binding, code, callable, callee, first);
            return;
        }
        if (kw != 0) throw new Abort("keyword call of " + vm.typeName(callable));
        if (!(callee instanceof Const)) throw new Abort("call of a computed " + vm.typeName(callable));
        if (!method && isType(callable, TypeId.BUILTIN)) {
            MathCalls.Fn m = driver.helpers.math.of(callable);
            if (m != null && m.arity() == n && mathCall(m, base, n)) return;
        }
        if (!method && n == 1 && "abs".equals(builtinFunctionName(callable)) && unaryMethod("__abs__", 3)) return;
        if (!method && rawBuiltinCall(callable, base, n)) return;
        if (pureBuiltinCall(f, callable, method, base, n)) return;
        if (!method && isType(callable, TypeId.CLASS) && instantiation(callable, base, n)) return;
        if (isType(callable, TypeId.BUILTIN) || isType(callable, TypeId.CLASS)) {
            residualBuiltinCall(callable, method, base, n);
            return;
        }
        throw new Abort("call of " + vm.typeName(callable));
    }

    /**
     * The callee as the trace sees it. A callee that is not a constant (a function taken from
     * a list, a dict, an attribute or an argument; a closure) is guarded: an immortal object
     * on its identity (it is a constant afterwards), a function that can die or move (closures
     * made at run time) on its class and its code object, so that one trace serves every
     * closure of the same {@code def} and the code, defaults and cells are read from it.
     */
    private Value computedCallee(int callable, Value v) {
        if (v instanceof Const) return v;
        if (callable == 0 || Tag.isInt(callable)) throw new Abort("call of a computed callable");
        if (vm.heap.isPermanent(callable)) {
            guard(Op.GUARD_VALUE, v, Const.ofRef(callable));
            return Const.ofRef(callable);
        }
        if (!isType(callable, TypeId.FUNCTION)) throw new Abort("call of a computed " + vm.typeName(callable));
        guardClass(v, TypeId.FUNCTION);
        Operation code = tb.getfield(Type.INT, v, Interpreter.FN_CODE);
        guard(Op.GUARD_VALUE, code, Const.ofInt(mem.loadWord(callable + Interpreter.FN_CODE)));
        return v;
    }

    /** How a call of {@code function} with {@code nargs} arguments (keyword names {@code kw}, or 0) binds, or null. */
    private CallBinding binding(int function, LoadedCode code, int nargs, int kw) {
        int[] kwNames = new int[kw == 0 ? 0 : vm.seq.tupleLength(kw)];
        for (int i = 0; i < kwNames.length; i++) kwNames[i] = vm.seq.tupleGet(kw, i);
        int defaults = mem.loadWord(function + Interpreter.FN_DEFAULTS);
        int[] params = new int[Math.min(code.code.argCount, code.code.varnames.length)];
        if (kwNames.length > 0) for (int p = 0; p < params.length; p++) params[p] = vm.intern(code.code.varnames[p]);
        return CallBinding.of(code, params, nargs, kwNames, defaults == 0 ? 0 : vm.seq.tupleLength(defaults));
    }

    /**
     * The callee's initial slots: parameters from the arguments and defaults, then its free
     * variables' cells from the closure (read from the function object unless it is a constant).
     */
    private RecValue[] bindArguments(CallBinding b, LoadedCode code, int function, Value callee, int first) {
        VFrame t = top();
        RecValue[] slots = new RecValue[code.nlocals + code.ncells + code.nfree];
        Value defaults = null;
        for (int p = 0; p < b.source.length; p++) {
            if (b.source[p] != CallBinding.DEFAULT) {
                slots[p] = t.slots[first + b.source[p]];
                continue;
            }
            int d = b.defaultIndex[p];
            if (callee instanceof Const) {
                slots[p] = constant(vm.seq.tupleGet(mem.loadWord(function + Interpreter.FN_DEFAULTS), d));
                continue;
            }
            if (defaults == null) defaults = tb.getfield(Type.REF, callee, Interpreter.FN_DEFAULTS);
            slots[p] = RecValue.obj(tb.getarrayitem(Type.REF, defaults, Const.ofInt(d), 8, 4));
        }
        for (int p = b.source.length; p < code.nlocals; p++) slots[p] = RecValue.obj(Const.NULL);
        if (code.nfree > 0) {
            Value closure = callee instanceof Const ? Const.ofRef(mem.loadWord(function + Interpreter.FN_CLOSURE))
                    : tb.getfield(Type.REF, callee, Interpreter.FN_CLOSURE);
            for (int i = 0; i < code.nfree; i++) {
                slots[code.nlocals + code.ncells + i] = RecValue.obj(tb.getarrayitem(Type.REF, closure, Const.ofInt(i), 8, 4));
            }
        }
        return slots;
    }

    /**
     * Whether a call of {@code code} (whose arguments bind: {@link CallBinding}) is inlined:
     * no cells of its own to make (free variables are fine: their cells come from the
     * closure), no loop of its own, not a generator, within the inlining limits.
     */
    private boolean inlinable(LoadedCode code) {
        return !code.code.isGenerator() && code.ncells == 0 && !hasLoop(code)
                && frames.size() <= driver.maxInlineDepth() && recursionDepth(code.id) < driver.maxUnrollRecursion();
    }

    /**
     * Calling a class defined in Python: the instance is made by new_instance (it allocates,
     * never collects) and a plain {@code __init__} is inlined with it as self. While
     * {@code __init__} runs, the caller's stack already holds the instance where the call's
     * result goes, so an exit inside {@code __init__} resumes the caller after the call with
     * the instance in place, and the interpreter drops {@code __init__}'s None
     * ({@code Frame#initCall}). {@code __init__} is folded: rebinding it invalidates the trace.
     */
    private boolean instantiation(int cls, int base, int n) {
        if (!vm.heap.isPermanent(cls) || vm.classes.isBuiltinClass(cls)
                || vm.classes.instanceType(cls) != TypeId.INSTANCE || vm.classes.isExceptionClass(cls)
                || vm.classes.hasStorage(cls) || vm.classes.hasMeta(cls)) { // list/dict subclasses, enums: the interpreter's path
            return false;
        }
        int initName = driver.initName();
        if (driver.isStoredName(initName)) return false;
        int init = vm.classes.lookup(cls, initName);
        boolean plainObject = init == vm.classes.lookup(vm.objectClass, initName);
        if (plainObject ? n != 0 : !isType(init, TypeId.FUNCTION) || !vm.heap.isPermanent(init)) return false;
        LoadedCode code = plainObject ? null : vm.code(mem.loadWord(init + Interpreter.FN_CODE));
        if (code != null && (!inlinable(code) || code.nfree > 0 || !plainBinding(code, n + 1))) return false;
        VFrame t = top();
        Operation obj = newInstance(cls);
        foldedNames.add(initName);
        if (plainObject) {
            t.sp = base - 2;
            push(RecValue.obj(obj));
            return true;
        }
        RecValue self = RecValue.obj(obj);
        RecValue[] args = new RecValue[n + 1];
        args[0] = self;
        for (int i = 0; i < n; i++) args[1 + i] = t.slots[base + i];
        t.slots[base - 2] = self;
        t.resumePc = pc + 1;
        t.resumeSp = base - 1;
        pendingFunction = init;
        pendingFunctionValue = Const.ofRef(init);
        pendingArgs = args;
        pendingInit = true;
        return true;
    }

    /**
     * A call of a builtin function or builtin class that runs no Python code on the arguments
     * seen (whose types it guards): one call_builtin helper, which allocates but never collects.
     */
    private boolean pureBuiltinCall(Frame f, int callable, boolean method, int base, int n) {
        VFrame t = top();
        String name;
        boolean iterators = false;
        if (isType(callable, TypeId.CLASS)) {
            if (method || !vm.classes.isBuiltinClass(callable)) return false;
            name = vm.classes.name(callable);
            iterators = ITERATOR_CONSTRUCTORS.contains(name);
            boolean arity = switch (name) {
                case "range", "zip" -> n >= 1 && n <= 3;
                case "enumerate" -> n >= 1 && n <= 2;
                default -> n == 1 && CONVERSIONS.contains(name);
            };
            if (!arity) return false;
        } else if (isType(callable, TypeId.BUILTIN)) {
            name = vm.builtinName(mem.loadWord(callable + 4));
        } else {
            return false;
        }
        if (!PURE_BUILTINS.contains(name) || n >= driver.helpers.callBuiltin.length) return false;
        for (int i = 0; i < n; i++) {
            int a = f.s[base + i];
            boolean ok = plain(a) || isType(a, TypeId.LIST) || isType(a, TypeId.TUPLE) || isType(a, TypeId.DICT)
                    || iterators && iterable(a);
            if (!ok) return false;
            if ((name.equals("min") || name.equals("max") || name.equals("str") || name.equals("repr")) && !plain(a)) return false;
        }
        int self = f.s[base - 1];
        if (method && !plain(self) && !isType(self, TypeId.LIST) && !isType(self, TypeId.DICT) && !isType(self, TypeId.TUPLE)) {
            return false;
        }
        RecValue selfRec = t.slots[base - 1];
        Value[] args = new Value[n + 2];
        args[0] = Const.ofRef(callable);
        args[1] = method ? box(selfRec) : Const.NULL;
        for (int i = 0; i < n; i++) args[2 + i] = box(t.slots[base + i]);
        // Guard the types of the arguments: a later iteration with an object could run Python code.
        for (int i = 0; i < n; i++) guardPlainType(args[2 + i], f.s[base + i]);
        Operation r = tb.call(Type.REF, driver.helpers.callBuiltin[n].id(), args);
        guard(Op.GUARD_NONNULL, r);
        t.sp = base - 2;
        push(RecValue.obj(r));
        return true;
    }

    /** The name of the builtin function {@code callable} if it is the builtins module's own, else null. */
    private String builtinFunctionName(int callable) {
        if (!isType(callable, TypeId.BUILTIN) || mem.loadWord(callable + 8) != 0) return null;
        String name = vm.builtinName(mem.loadWord(callable + 4));
        return vm.dict.getStr(vm.builtinsDict, mem.loadWord(callable + 12)) == callable ? name : null;
    }

    /**
     * len, abs, min, max, int and float on unboxed values, inline: len of a list, tuple or str
     * is a length load; abs of an int is branch-free; min and max of two ints or two floats
     * guard the comparison seen (Python's choice: the first of equal values).
     */
    private boolean rawBuiltinCall(int callable, int base, int n) {
        String name = builtinFunctionName(callable);
        if (name == null && isType(callable, TypeId.CLASS) && vm.classes.isBuiltinClass(callable)) {
            String cls = vm.classes.name(callable);
            if (cls.equals("int") || cls.equals("float")) name = cls;
        }
        if (name == null) return false;
        VFrame t = top();
        int[] real = new int[n];
        for (int i = 0; i < n; i++) real[i] = t.real.s[base + i];
        RecValue result;
        switch (name) {
            case "len": {
                if (n != 1) return false;
                Value x = t.slots[base].value();
                if (isType(real[0], TypeId.LIST)) {
                    guardClass(x, TypeId.LIST);
                    result = RecValue.ofInt(tb.getfield(Type.INT, x, Seqs.LEN));
                } else if (isType(real[0], TypeId.TUPLE)) {
                    guardClass(x, TypeId.TUPLE);
                    result = RecValue.ofInt(op(Op.ARRAYLEN_GC, x));
                } else if (isType(real[0], TypeId.STR)) {
                    guardClass(x, TypeId.STR);
                    result = RecValue.ofInt(tb.getfield(Type.INT, x, org.armjit.lang.vm.Strs.LENGTH));
                } else {
                    return false;
                }
                break;
            }
            case "abs": {
                if (n != 1) return false;
                if (Tag.isInt(real[0])) {
                    Value x = asInt(0).value();
                    Operation sign = op(Op.INT_RSHIFT, x, Const.ofInt(31));
                    Operation r = op(Op.INT_SUB_OVF, op(Op.INT_XOR, x, sign), sign);
                    guard(Op.GUARD_NO_OVERFLOW);
                    result = RecValue.ofInt(r, Math.abs((long) Tag.unbox(real[0])));
                } else if (isType(real[0], TypeId.FLOAT)) {
                    result = RecValue.ofFloat(op(Op.FLOAT_ABS, asFloat(0).value()));
                } else {
                    return false;
                }
                break;
            }
            case "min": case "max": {
                if (n != 2) return false;
                boolean ints = Tag.isInt(real[0]) && Tag.isInt(real[1]);
                boolean floats = isType(real[0], TypeId.FLOAT) && isType(real[1], TypeId.FLOAT);
                if (!ints && !floats) return false;
                RecValue b = ints ? asInt(0) : asFloat(0), a = ints ? asInt(1) : asFloat(1);
                boolean max = name.equals("max");
                // min(a, b) is b if b < a else a; max(a, b) is b if b > a else a.
                boolean takeB = ints
                        ? (max ? Tag.unbox(real[1]) > Tag.unbox(real[0]) : Tag.unbox(real[1]) < Tag.unbox(real[0]))
                        : (max ? vm.floats.value(real[1]) > vm.floats.value(real[0]) : vm.floats.value(real[1]) < vm.floats.value(real[0]));
                Op cmp = ints ? (max ? Op.INT_GT : Op.INT_LT) : (max ? Op.FLOAT_GT : Op.FLOAT_LT);
                guard(takeB ? Op.GUARD_TRUE : Op.GUARD_FALSE, op(cmp, b.value(), a.value()));
                result = takeB ? b : a;
                break;
            }
            case "int": {
                if (n != 1) return false;
                if (Tag.isInt(real[0])) {
                    result = asInt(0);
                } else if (isType(real[0], TypeId.FLOAT) && Math.abs(vm.floats.value(real[0])) < 2147483648.0) {
                    Value x = asFloat(0).value();
                    guard(Op.GUARD_TRUE, op(Op.FLOAT_LT, op(Op.FLOAT_ABS, x), Const.ofFloat(2147483648.0)));
                    result = RecValue.ofInt(op(Op.CAST_FLOAT_TO_INT, x), (long) vm.floats.value(real[0]));
                } else {
                    return false;
                }
                break;
            }
            case "float": {
                if (n != 1 || !Tag.isInt(real[0]) && !isType(real[0], TypeId.FLOAT)) return false;
                result = asFloat(0);
                break;
            }
            default:
                return false;
        }
        t.sp = base - 2;
        push(result);
        return true;
    }

    /**
     * A math function on ints or floats: call_f on raw doubles (fabs and sqrt inline: one VFP
     * instruction each). The result is
     * guarded finite (sqrt: the argument non-negative), so a domain or range error exits and
     * the interpreter raises it.
     */
    private boolean mathCall(MathCalls.Fn m, int base, int n) {
        VFrame t = top();
        long[] bits = new long[n];
        for (int i = 0; i < n; i++) {
            int a = t.real.s[base + i];
            if (Tag.isInt(a)) bits[i] = Double.doubleToRawLongBits(Tag.unbox(a));
            else if (isType(a, TypeId.FLOAT)) bits[i] = Double.doubleToRawLongBits(vm.floats.value(a));
            else return false;
        }
        boolean sqrt = m.name().equals("sqrt");
        if (sqrt && !(Double.longBitsToDouble(bits[0]) >= 0.0)) return false;
        if (!sqrt && !Double.isFinite(Double.longBitsToDouble(m.call().invoke(bits)))) return false;
        Value[] xs = new Value[n];
        for (int i = 0; i < n; i++) xs[i] = asFloat(n - 1 - i).value();
        Value r;
        if (m.name().equals("fabs")) {
            r = op(Op.FLOAT_ABS, xs[0]);
        } else if (sqrt) {
            guard(Op.GUARD_TRUE, op(Op.FLOAT_GE, xs[0], Const.ofFloat(0.0)));
            r = op(Op.FLOAT_SQRT, xs[0]);
        } else {
            r = tb.call(Type.FLOAT, m.call().id(), xs);
            guard(Op.GUARD_TRUE, op(Op.FLOAT_LT, op(Op.FLOAT_ABS, r), Const.ofFloat(Double.POSITIVE_INFINITY)));
        }
        t.sp = base - 2;
        push(RecValue.ofFloat(r));
        return true;
    }

    /**
     * Any other builtin function, method or class (print, sorted, list(...), a user class):
     * called through the interpreter's call path like a residual Python call (it may run
     * Python code and collect; an exception it raises is raised again at the call).
     */
    private void residualBuiltinCall(int callable, boolean method, int base, int n) {
        if (n >= driver.helpers.callResidual.length) throw new Abort("call with " + n + " arguments");
        VFrame t = top();
        Value[] args = new Value[n + 2];
        args[0] = Const.ofRef(callable);
        args[1] = method ? box(t.slots[base - 1]) : Const.NULL;
        for (int i = 0; i < n; i++) args[2 + i] = box(t.slots[base + i]);
        args = withInlinedFrames(args);
        Operation r = tb.call(Type.REF, driver.helpers.callResidual[n].id(), args);
        guard(Op.GUARD_NONNULL, r);
        t.sp = base - 2;
        push(RecValue.obj(r));
        guardNotInvalidatedAfter();
        residualCall = true;
    }

    /** Positional arguments bound one to one (no defaults, keywords, *args or **kwargs). */
    private static boolean plainBinding(LoadedCode code, int nargs) {
        int flags = code.code.flags;
        return code.code.argCount == nargs && code.code.kwOnlyCount() == 0
                && (flags & (org.armjit.lang.bytecode.CodeObject.VARARGS | org.armjit.lang.bytecode.CodeObject.VARKEYWORDS)) == 0;
    }

    /** A function with a loop of its own is called, not inlined: its loop gets its own trace. */
    private static boolean hasLoop(LoadedCode code) {
        for (int insn : code.code.code) if (Opcode.of(insn) == Opcode.JUMP_BACKWARD) return true;
        return false;
    }

    private int recursionDepth(int codeId) {
        int n = 0;
        for (VFrame vf : frames) if (vf.code.id == codeId) n++;
        return n;
    }

    /**
     * A call the trace does not inline (recursion deeper than max_unroll_recursion, inlining
     * too deep, a binding the recorder does not model): the function is called through the
     * interpreter's call path, which enters its own compiled trace if it has one. If it
     * raises, the guard after it exits to the state before the call and the driver makes the
     * re-executed call raise the same exception (see JitDriver#raiseAtCall), so the callee's
     * side effects are not repeated. After the call, the trace's assumptions may no longer
     * hold: guard_not_invalidated resumes after the call.
     */
    private void residualCall(Value function, int first, int nargs, int resultSlot) {
        if (nargs >= driver.helpers.callFunction.length) throw new Abort("call with " + nargs + " arguments");
        VFrame t = top();
        Value[] args = new Value[nargs + 1];
        args[0] = function;
        for (int i = 0; i < nargs; i++) args[1 + i] = box(t.slots[first + i]);
        args = withInlinedFrames(args);
        Operation r = tb.call(Type.REF, driver.helpers.callFunction[nargs].id(), args);
        guard(Op.GUARD_NONNULL, r);
        t.sp = resultSlot;
        push(RecValue.obj(r));
        guardNotInvalidatedAfter();
        residualCall = true;
    }

    /**
     * {@code args} and, last, how many frames the trace has inlined here: the interpreter's
     * recursion check counts them for the callee, as it would count the frames themselves.
     */
    private Value[] withInlinedFrames(Value[] args) {
        Value[] r = java.util.Arrays.copyOf(args, args.length + 1);
        r[args.length] = Const.ofInt(frames.size() - 1);
        return r;
    }

    /** The most frames this trace had inlined at once (the root frame not counted). */
    int maxInlinedFrames() {
        return maxFrames - 1;
    }

    private int maxFrames = 1;

    /**
     * After a store that may rebind a name some trace folded (this one, its loop, a bridge):
     * the store invalidated those traces, and compiled code must not run on past it.
     */
    private void guardNotInvalidatedAfter() {
        tb.guard(Op.GUARD_NOT_INVALIDATED, snapshotAfter(), new Value[0]);
    }

    /** The state after the instruction being recorded, resuming at the next one. */
    private Snapshot snapshotAfter() {
        List<VFrame> saved = insnFrames;
        insnFrames = null;
        try {
            return snapshotAt(pc + 1);
        } finally {
            insnFrames = saved;
        }
    }

    private void guardPlainType(Value v, int real) {
        if (v.isConst()) return;
        if (Tag.isInt(real)) {
            guard(Op.GUARD_TAGGED, v);
        } else {
            guardClass(v, vm.typeOf(real)); // None and the bools too: NONE and BOOL are types of their own
        }
    }

    private void enterPendingCall(Frame f) {
        if (pendingFunction == 0 || f.back != top().real) throw new Abort("unexpected frame");
        VFrame callee = new VFrame(f, pendingFunctionValue);
        for (int i = 0; i < callee.slots.length; i++) callee.slots[i] = null;
        for (int i = 0; i < pendingArgs.length; i++) callee.slots[i] = pendingArgs[i];
        for (int i = pendingArgs.length; i < callee.code.nlocals; i++) callee.slots[i] = RecValue.obj(Const.NULL);
        callee.sp = f.stackBase;
        callee.init = pendingInit;
        callee.operatorCall = pendingOperator;
        pendingOperator = 0;
        frames.add(callee);
        maxFrames = Math.max(maxFrames, frames.size());
        pendingFunction = 0;
        pendingArgs = null;
        pendingInit = false;
    }

    /** Returns true when the return ends the trace (a function trace's own frame returns). */
    private boolean returnValue() {
        if (frames.size() == 1) {
            if (loop.isFunction()) {
                tb.finish(box(pop()));
                return true;
            }
            // A bridge leaving the loop through its frame's return finishes with the value and
            // the return's pc: the interpreter then runs that RETURN_VALUE itself (generator
            // frames, callers and all). A loop trace that returns would never loop: not worth it.
            if (parentGuard == null) throw new Abort("return from the loop's frame");
            if (top().blocks.length > 0) throw new Abort("return inside try");
            tb.finish(box(pop()), Const.ofInt(pc));
            return true;
        }
        boolean init = top().init;
        boolean operator = top().operatorCall != 0;
        int realResult = real(0);
        RecValue result = pop();
        if (init) {
            // __init__ returns None (else the interpreter raises TypeError); the instance is the call's result.
            if (realResult != vm.none) throw new Abort("__init__ returning a value");
            if (!result.value().isConst()) guard(Op.GUARD_VALUE, result.value(), Const.ofRef(vm.none));
        }
        if (operator) {
            // NotImplemented would make the interpreter try the protocol's next step.
            if (realResult == vm.notImplemented()) throw new Abort("operator method returning NotImplemented");
            if (result.kind() == RecValue.Kind.OBJ && !result.value().isConst()) {
                guard(Op.GUARD_TRUE, op(Op.PTR_NE, result.value(), Const.ofRef(vm.notImplemented())));
            }
        }
        frames.remove(frames.size() - 1);
        VFrame caller = top();
        caller.sp = operator ? caller.resumeSp - 2 : caller.resumeSp;
        if (!init) push(result);
        return false;
    }

    // ------------------------------------------------------------------ arithmetic and comparisons

    private void binaryOp(int arg) {
        BinaryOp bop = BinaryOp.of(arg);
        int a = real(1), b = real(0);
        if (Tag.isInt(a) && Tag.isInt(b) || isBool(a) && Tag.isInt(b) || Tag.isInt(a) && isBool(b)) {
            if (intBinary(bop)) return;
        }
        boolean fa = Tag.isInt(a) || isType(a, TypeId.FLOAT), fb = Tag.isInt(b) || isType(b, TypeId.FLOAT);
        if (fa && fb && (isType(a, TypeId.FLOAT) || isType(b, TypeId.FLOAT)) && floatBinary(bop)) return;
        if (operatorMethod(arg, a, b)) return;
        if (!plain(a) && !(isType(a, TypeId.LIST) || isType(a, TypeId.TUPLE)) || !plain(b) && !(isType(b, TypeId.LIST) || isType(b, TypeId.TUPLE))) {
            throw new Abort("binary op on " + vm.typeName(a));
        }
        Value vb = box(peekRec(0)), va = box(peekRec(1));
        guardPlainType(va, a);
        guardPlainType(vb, b);
        Operation r = tb.call(Type.REF, driver.helpers.binaryOp.id(), Const.ofInt(arg), va, vb);
        guard(Op.GUARD_NONNULL, r);
        pop();
        pop();
        push(RecValue.obj(r));
    }

    private static final String[] OPERATOR_NAMES = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift",
        "rshift", "and", "or", "xor"};

    /**
     * {@code a op b} where the interpreter calls a user operator method (Ops.userBinary's
     * protocol: {@code a.__iop__(b)}, {@code a.__op__(b)}, then {@code b.__rop__(a)}): the step
     * it takes is inlined like a method call. Both operands stay on the caller's stack while the
     * method runs, so an exit inside it resumes the operation ({@code Frame#operatorCall}).
     * Operand kinds are those that reach the user protocol directly: instances, ints and floats.
     */
    private boolean operatorMethod(int arg, int a, int b) {
        boolean ua = isType(a, TypeId.INSTANCE), ub = isType(b, TypeId.INSTANCE);
        if (!ua && !ub) return false;
        for (int w : new int[] {a, b}) {
            if (!(Tag.isInt(w) || isType(w, TypeId.FLOAT) || isType(w, TypeId.INSTANCE))) return false;
        }
        String name = OPERATOR_NAMES[BinaryOp.of(arg).ordinal()];
        int step, method = 0;
        if (ua && BinaryOp.isInplace(arg) && (method = vm.ops.dunder(a, "__i" + name + "__")) != 0) step = Ops.USER_INPLACE;
        else if (ua && (method = vm.ops.dunder(a, "__" + name + "__")) != 0) step = Ops.USER_LEFT;
        else if (ub && (method = vm.ops.dunder(b, "__r" + name + "__")) != 0) step = Ops.USER_REFLECTED;
        else return false;
        boolean reflected = step == Ops.USER_REFLECTED;
        int self = reflected ? b : a;
        if (!isType(method, TypeId.FUNCTION) || !vm.heap.isPermanent(method) || !vm.heap.isPermanent(vm.classes.classOf(self))) {
            throw new Abort("operator method of a non-permanent class");
        }
        LoadedCode code = vm.code(mem.loadWord(method + Interpreter.FN_CODE));
        if (!inlinable(code) || code.nfree > 0 || !plainBinding(code, 2)) throw new Abort("operator method not inlinable");
        // The step taken depends on both operands' classes (which methods they have): guard them.
        RecValue ra = peekRec(1), rb = peekRec(0);
        for (int k = 0; k < 2; k++) {
            int w = k == 0 ? a : b;
            RecValue rv = k == 0 ? ra : rb;
            if (rv.kind() != RecValue.Kind.OBJ) continue; // an unboxed int or float: its type is known
            Value v = rv.value();
            if (isType(w, TypeId.INSTANCE)) {
                guardClass(v, TypeId.INSTANCE);
                guard(Op.GUARD_VALUE, tb.getfield(Type.REF, v, Classes.CLASS), Const.ofRef(vm.classes.classOf(w)));
            } else {
                guardPlainType(v, w);
            }
        }
        // Rebinding the method on the class must invalidate the trace.
        foldedNames.add(vm.intern((step == Ops.USER_INPLACE ? "__i" : reflected ? "__r" : "__") + name + "__"));
        VFrame t = top();
        t.resumePc = pc + 1;
        t.resumeSp = t.sp;
        pendingFunction = method;
        pendingFunctionValue = Const.ofRef(method);
        pendingArgs = reflected ? new RecValue[] {rb, ra} : new RecValue[] {ra, rb};
        pendingOperator = 1 + arg + 32 * step;
        return true;
    }

    /**
     * A unary operator on an instance ({@code -v}: {@code __neg__}; {@code abs(v)}: {@code __abs__})
     * inlined as a call of the class's method; the operand is on top of the stack and the
     * method's result replaces the top {@code popped} slots (1 for the operator, 3 for the call
     * of abs with its NULL and callable). False when the operand is not such an instance.
     */
    private boolean unaryMethod(String name, int popped) {
        int self = real(0);
        if (!isType(self, TypeId.INSTANCE)) return false;
        int method = vm.ops.dunder(self, name);
        if (method == 0) return false;
        if (!isType(method, TypeId.FUNCTION) || !vm.heap.isPermanent(method) || !vm.heap.isPermanent(vm.classes.classOf(self))) {
            throw new Abort("operator method of a non-permanent class");
        }
        LoadedCode code = vm.code(mem.loadWord(method + Interpreter.FN_CODE));
        if (!inlinable(code) || code.nfree > 0 || !plainBinding(code, 1)) throw new Abort("operator method not inlinable");
        RecValue rv = peekRec(0);
        guardClass(rv.value(), TypeId.INSTANCE);
        guard(Op.GUARD_VALUE, tb.getfield(Type.REF, rv.value(), Classes.CLASS), Const.ofRef(vm.classes.classOf(self)));
        foldedNames.add(vm.intern(name));
        VFrame t = top();
        t.resumePc = pc + 1;
        t.resumeSp = t.sp - popped;
        pendingFunction = method;
        pendingFunctionValue = Const.ofRef(method);
        pendingArgs = new RecValue[] {rv};
        return true;
    }

    /** The Python int a tagged int or bool word stands for. */
    private long realInt(int word) {
        return Tag.isInt(word) ? Tag.unbox(word) : word == vm.trueObj ? 1 : 0;
    }

    private boolean isBool(int w) {
        return w == vm.trueObj || w == vm.falseObj;
    }

    private boolean intBinary(BinaryOp bop) {
        RecValue b = asInt(0), a = asInt(1);
        if (a == null || b == null) return false;
        Value x = a.value(), y = b.value();
        Operation r;
        switch (bop) {
            case ADD: case SUB: case MUL: {
                long ra = realInt(real(1)), rb = realInt(real(0));
                long res = bop == BinaryOp.ADD ? ra + rb : bop == BinaryOp.SUB ? ra - rb : ra * rb;
                if (res != (int) res) return false; // overflows in this iteration: the generic path records it
                r = op(bop == BinaryOp.ADD ? Op.INT_ADD_OVF : bop == BinaryOp.SUB ? Op.INT_SUB_OVF : Op.INT_MUL_OVF, x, y);
                pop();
                pop();
                guard(Op.GUARD_NO_OVERFLOW);
                push(RecValue.ofInt(r, res));
                return true;
            }
            case FLOORDIV: case MOD: {
                guard(Op.GUARD_TRUE, op(Op.INT_NE, y, Const.INT_ZERO));
                // Only INT_MIN // -1 leaves 32 bits: a constant divisor other than -1 needs no guard.
                if (!(y instanceof Const c && c.intValue() != -1)) {
                    guard(Op.GUARD_TRUE, op(Op.INT_NE, x, Const.ofInt(Integer.MIN_VALUE)));
                }
                r = op(bop == BinaryOp.FLOORDIV ? Op.INT_PY_DIV : Op.INT_PY_MOD, x, y);
                break;
            }
            case TRUEDIV: {
                guard(Op.GUARD_TRUE, op(Op.INT_NE, y, Const.INT_ZERO));
                Operation fx = op(Op.CAST_INT_TO_FLOAT, x), fy = op(Op.CAST_INT_TO_FLOAT, y);
                pop();
                pop();
                push(RecValue.ofFloat(op(Op.FLOAT_TRUEDIV, fx, fy)));
                return true;
            }
            case AND: r = op(Op.INT_AND, x, y); break;
            case OR: r = op(Op.INT_OR, x, y); break;
            case XOR: r = op(Op.INT_XOR, x, y); break;
            case RSHIFT: {
                guard(Op.GUARD_TRUE, op(Op.UINT_LT, y, Const.ofInt(32)));
                r = op(Op.INT_RSHIFT, x, y);
                break;
            }
            default:
                return false;
        }
        pop();
        pop();
        push(RecValue.ofInt(r));
        return true;
    }

    private boolean floatBinary(BinaryOp bop) {
        Op fop;
        switch (bop) {
            case ADD: fop = Op.FLOAT_ADD; break;
            case SUB: fop = Op.FLOAT_SUB; break;
            case MUL: fop = Op.FLOAT_MUL; break;
            case TRUEDIV: fop = Op.FLOAT_TRUEDIV; break;
            default: return false;
        }
        RecValue b = asFloat(0), a = asFloat(1);
        if (a == null || b == null) return false;
        if (fop == Op.FLOAT_TRUEDIV) guard(Op.GUARD_TRUE, op(Op.FLOAT_NE, b.value(), Const.ofFloat(0.0)));
        Operation r = op(fop, a.value(), b.value());
        pop();
        pop();
        push(RecValue.ofFloat(r));
        return true;
    }

    private void compareOp(CompareOp cop) {
        int a = real(1), b = real(0);
        if (cop == CompareOp.IS || cop == CompareOp.IS_NOT) {
            Value va = box(peekRec(1)), vb = box(peekRec(0));
            pop();
            pop();
            push(RecValue.bool(op(cop == CompareOp.IS ? Op.PTR_EQ : Op.PTR_NE, va, vb)));
            return;
        }
        if (cop.ordinal() <= CompareOp.GE.ordinal()) {
            boolean ints = (Tag.isInt(a) || isBool(a)) && (Tag.isInt(b) || isBool(b));
            // a bool in a boxed slot (a True argument, say) has no int form here: the generic path below takes it
            RecValue iy = ints ? asInt(0) : null, ix = ints ? asInt(1) : null;
            if (ix != null && iy != null) {
                RecValue y = iy, x = ix;
                Op iop = switch (cop) {
                    case LT -> Op.INT_LT; case LE -> Op.INT_LE; case EQ -> Op.INT_EQ;
                    case NE -> Op.INT_NE; case GT -> Op.INT_GT; default -> Op.INT_GE;
                };
                Operation r = op(iop, x.value(), y.value());
                pop();
                pop();
                push(RecValue.bool(r));
                return;
            }
            boolean nums = (Tag.isInt(a) || isType(a, TypeId.FLOAT)) && (Tag.isInt(b) || isType(b, TypeId.FLOAT));
            RecValue fy = nums ? asFloat(0) : null, fx = nums ? asFloat(1) : null;
            if (fx != null && fy != null) {
                RecValue y = fy, x = fx;
                Op fop = switch (cop) {
                    case LT -> Op.FLOAT_LT; case LE -> Op.FLOAT_LE; case EQ -> Op.FLOAT_EQ;
                    case NE -> Op.FLOAT_NE; case GT -> Op.FLOAT_GT; default -> Op.FLOAT_GE;
                };
                Operation r = op(fop, x.value(), y.value());
                pop();
                pop();
                push(RecValue.bool(r));
                return;
            }
        }
        if (!plain(a) || !(plain(b) || isType(b, TypeId.LIST) || isType(b, TypeId.TUPLE) || isType(b, TypeId.DICT))) {
            throw new Abort("comparison of " + vm.typeName(a) + " and " + vm.typeName(b));
        }
        Value vb = box(peekRec(0)), va = box(peekRec(1));
        guardPlainType(va, a);
        guardPlainType(vb, b);
        Operation r = tb.call(Type.REF, driver.helpers.compareOp.id(), Const.ofInt(cop.ordinal()), va, vb);
        guard(Op.GUARD_NONNULL, r);
        pop();
        pop();
        push(RecValue.obj(r));
    }

    /** An INT 0/1 for the truth of the value at stack depth (guarding what it depends on). */
    private Value truthOf(int depth) {
        RecValue rv = peekRec(depth);
        switch (rv.kind()) {
            case BOOL: return rv.value();
            case INT: return op(Op.INT_IS_TRUE, rv.value());
            case FLOAT: return op(Op.FLOAT_NE, rv.value(), Const.ofFloat(0.0));
            default: break;
        }
        int real = real(depth);
        if (real == vm.trueObj || real == vm.falseObj || real == vm.none) {
            if (!rv.value().isConst()) guard(Op.GUARD_VALUE, rv.value(), Const.ofRef(real));
            return Const.ofInt(real == vm.trueObj ? 1 : 0);
        }
        if (Tag.isInt(real)) {
            RecValue i = asInt(depth);
            return op(Op.INT_IS_TRUE, i.value());
        }
        if (isType(real, TypeId.STR) || isType(real, TypeId.LIST) || isType(real, TypeId.TUPLE) || isType(real, TypeId.DICT)
                || isType(real, TypeId.FLOAT)) {
            guardClass(rv.value(), vm.typeOf(real));
            return tb.call(Type.INT, driver.helpers.truth.id(), rv.value());
        }
        throw new Abort("truth of " + vm.typeName(real));
    }

    // ------------------------------------------------------------------ iteration and subscription

    private void forIter() {
        RecValue it = peekRec(0);
        int real = real(0);
        if (!isType(real, TypeId.ITERATOR)) throw new Abort("for over " + vm.typeName(real));
        IteratorKind kind = IteratorKind.of(mem.loadWord(real + Iterators.KIND));
        guardClass(it.value(), TypeId.ITERATOR);
        Operation kindField = tb.getfieldImmutable(Type.INT, it.value(), Iterators.KIND);
        guard(Op.GUARD_VALUE, kindField, Const.ofInt(kind.ordinal()));
        Operation index = tb.getfield(Type.INT, it.value(), Iterators.INDEX);
        switch (kind) {
            case RANGE: {
                int range = mem.loadWord(real + Iterators.SUBJECT);
                if (!Tag.isInt(mem.loadWord(range + 4)) || !Tag.isInt(mem.loadWord(range + 12))) throw new Abort("big range");
                // A range iterator's length and range, and the range's bounds, never change: the
                // loads are loop-invariant. The step is a constant of the trace (1 nearly always).
                Operation length = op(Op.INT_UNTAG, tb.getfieldImmutable(Type.REF, it.value(), Iterators.A));
                if (mem.loadWord(real + Iterators.INDEX) >= Tag.unbox(mem.loadWord(real + Iterators.A))) {
                    exhausted(index, length);
                    return;
                }
                guard(Op.GUARD_TRUE, op(Op.INT_LT, index, length));
                Operation subject = tb.getfieldImmutable(Type.REF, it.value(), Iterators.SUBJECT);
                Operation startW = tb.getfieldImmutable(Type.REF, subject, 4);
                guard(Op.GUARD_TAGGED, startW);
                int step = mem.loadWord(range + 12);
                guard(Op.GUARD_VALUE, tb.getfieldImmutable(Type.REF, subject, 12), Const.ofRef(step));
                Value prod = index;
                if (Tag.unbox(step) != 1) {
                    prod = op(Op.INT_MUL_OVF, index, Const.ofInt(Tag.unbox(step)));
                    guard(Op.GUARD_NO_OVERFLOW);
                }
                Operation value = op(Op.INT_ADD_OVF, op(Op.INT_UNTAG, startW), prod);
                guard(Op.GUARD_NO_OVERFLOW);
                tb.setfield(it.value(), Iterators.INDEX, op(Op.INT_ADD, index, Const.INT_ONE));
                push(RecValue.ofInt(value));
                return;
            }
            case LIST: {
                Operation list = tb.getfield(Type.REF, it.value(), Iterators.SUBJECT);
                Operation length = tb.getfield(Type.INT, list, Seqs.LEN);
                if (mem.loadWord(real + Iterators.INDEX) >= vm.seq.length(mem.loadWord(real + Iterators.SUBJECT))) {
                    exhausted(index, length);
                    return;
                }
                guard(Op.GUARD_TRUE, op(Op.INT_LT, index, length));
                RecValue item = listItem(list, mem.loadWord(real + Iterators.SUBJECT), index);
                tb.setfield(it.value(), Iterators.INDEX, op(Op.INT_ADD, index, Const.INT_ONE));
                push(item);
                return;
            }
            case TUPLE: {
                Operation tuple = tb.getfield(Type.REF, it.value(), Iterators.SUBJECT);
                Operation length = op(Op.ARRAYLEN_GC, tuple);
                if (mem.loadWord(real + Iterators.INDEX) >= vm.seq.tupleLength(mem.loadWord(real + Iterators.SUBJECT))) {
                    exhausted(index, length);
                    return;
                }
                guard(Op.GUARD_TRUE, op(Op.INT_LT, index, length));
                Operation item = tb.getarrayitem(Type.REF, tuple, index, 8, 4);
                tb.setfield(it.value(), Iterators.INDEX, op(Op.INT_ADD, index, Const.INT_ONE));
                push(RecValue.obj(item));
                return;
            }
            case GETITEM:
                throw new Abort("for over " + kind.typeName);
            default: {
                // str, dict views, enumerate, zip, reversed: one helper step (NULL: exhausted or declined).
                if (!driver.helpers.plainIteration.plain(real)) throw new Abort("for over " + kind.typeName);
                if (driver.helpers.plainIteration.isExhausted(real) == 1) {
                    if (parentGuard == null) throw loopExit();
                    guard(Op.GUARD_TRUE, tb.call(Type.INT, driver.helpers.iterExhausted.id(), it.value()));
                    pop();
                    return;
                }
                Operation item = tb.call(Type.REF, driver.helpers.iterNext.id(), it.value());
                guard(Op.GUARD_NONNULL, item);
                push(RecValue.obj(item));
                return;
            }
        }
    }

    /** Whether GET_ITER on {@code w} runs no Python code (builtin iterables and iterators). */
    private boolean iterable(int w) {
        if (Tag.isInt(w) || w == 0) return false;
        TypeId t = vm.typeOf(w);
        if (t == TypeId.ITERATOR) return IteratorKind.of(mem.loadWord(w + Iterators.KIND)) != IteratorKind.GETITEM;
        return t == TypeId.LIST || t == TypeId.TUPLE || t == TypeId.STR || t == TypeId.RANGE || t == TypeId.DICT
                || t == TypeId.DICT_VIEW;
    }

    /** Item {@code index} (known in bounds) of a list, specialised on the list's current storage strategy. */
    /**
     * FOR_ITER on an exhausted iterator leaves the loop: only a bridge gets here (a loop trace
     * records an iteration that has an item). Iterators stay exhausted, so the index is not advanced.
     */
    private void exhausted(Value index, Value length) {
        if (parentGuard == null) throw loopExit();
        guard(Op.GUARD_FALSE, op(Op.INT_LT, index, length));
        pop();
    }

    /**
     * A loop trace or function trace reached the end of a for loop. A loop trace whose very first
     * instruction is that (recording began at the back-edge of the loop's last iteration) tries
     * again at the next back-edge.
     */
    private Abort loopExit() {
        boolean atStart = !loop.isFunction() && frames.size() == 1 && pc == loop.pc && top().code.id == loop.codeId;
        return new Abort(atStart ? "loop exit at the start" : "loop exit", false, atStart);
    }

    /**
     * The back-edge of a loop that has no compiled trace yet, in a bridge or a function trace
     * (which cannot close it): the trace leaves here every time (a guard that always fails),
     * for the interpreter to take the back-edge, count it and run or compile the loop. Once the
     * loop is compiled, the bridge of this exit jumps into it. A bridge that would be no more
     * than such an exit is tried again later instead.
     */
    private void exitAtBackEdge() {
        if (parentGuard != null && tb.ops().stream().allMatch(o -> o.op == Op.DEBUG_MERGE_POINT)) {
            throw new Abort("inner loop not compiled yet", false, true);
        }
        if (top().blocks.length > 0) throw new Abort("inner loop back-edge inside try");
        guard(Op.GUARD_TRUE, Const.INT_ZERO);
        if (loop.isFunction()) tb.finish(Const.NULL); // never reached
        else tb.finish(Const.NULL, Const.ofInt(pc));
    }

    private RecValue listItem(Value list, int realList, Value index) {
        int strategy = vm.seq.strategy(realList);
        Operation s = tb.getfield(Type.INT, list, Seqs.STRATEGY);
        guard(Op.GUARD_VALUE, s, Const.ofInt(strategy));
        Operation storage = tb.getfield(Type.REF, list, Seqs.STORAGE);
        switch (strategy) {
            case Seqs.INT: return RecValue.ofInt(tb.getarrayitem(Type.INT, storage, index, Seqs.ITEMS, 4));
            case Seqs.FLOAT: return RecValue.ofFloat(tb.getarrayitem(Type.FLOAT, storage, index, Seqs.ITEMS, 8));
            case Seqs.OBJECT: return RecValue.obj(tb.getarrayitem(Type.REF, storage, index, Seqs.ITEMS, 4));
            default: throw new Abort("empty list item");
        }
    }

    /** A non-negative in-bounds index for sequence length {@code length}, from a Python index (guards the sign seen now). */
    private Value sequenceIndex(RecValue idx, int realIdx, Value length) {
        Value i = idx.value();
        if (Tag.unbox(realIdx) < 0) {
            guard(Op.GUARD_TRUE, op(Op.INT_LT, i, Const.INT_ZERO));
            i = op(Op.INT_ADD, i, length);
        }
        // Unsigned: a negative index fails this one check too (the interpreter, or a bridge, handles it).
        guard(Op.GUARD_TRUE, op(Op.UINT_LT, i, length));
        return i;
    }

    private void binarySubscr() {
        int obj = real(1), key = real(0);
        RecValue objRec = peekRec(1);
        if (isType(obj, TypeId.LIST) && Tag.isInt(key)) {
            RecValue idx = asInt(0);
            guardClass(objRec.value(), TypeId.LIST);
            Operation length = tb.getfield(Type.INT, objRec.value(), Seqs.LEN);
            int i = Tag.unbox(key);
            if (i < 0) i += vm.seq.length(obj);
            if (i < 0 || i >= vm.seq.length(obj)) throw new Abort("index error");
            Value index = sequenceIndex(idx, key, length);
            RecValue item = listItem(objRec.value(), obj, index);
            pop();
            pop();
            push(item);
            return;
        }
        if (isType(obj, TypeId.TUPLE) && Tag.isInt(key)) {
            RecValue idx = asInt(0);
            guardClass(objRec.value(), TypeId.TUPLE);
            Operation length = op(Op.ARRAYLEN_GC, objRec.value());
            int i = Tag.unbox(key);
            if (i < 0) i += vm.seq.tupleLength(obj);
            if (i < 0 || i >= vm.seq.tupleLength(obj)) throw new Abort("index error");
            Value index = sequenceIndex(idx, key, length);
            Operation item = tb.getarrayitem(Type.REF, objRec.value(), index, 8, 4);
            pop();
            pop();
            push(RecValue.obj(item));
            return;
        }
        // Only a slice this trace built (BUILD_SLICE guarded its bounds to be ints or None).
        boolean slice = isType(key, TypeId.SLICE) && peekRec(0).value() instanceof Operation made && made.op == Op.NEW
                && (isType(obj, TypeId.LIST) || isType(obj, TypeId.TUPLE) || isType(obj, TypeId.STR));
        if ((isType(obj, TypeId.DICT) || isType(obj, TypeId.STR)) && (plain(key) || isType(key, TypeId.TUPLE)) || slice) {
            Value k = box(peekRec(0));
            guardClass(objRec.value(), vm.typeOf(obj));
            guardPlainType(k, key);
            Operation r = tb.call(Type.REF, driver.helpers.getitem.id(), objRec.value(), k);
            guard(Op.GUARD_NONNULL, r);
            pop();
            pop();
            push(RecValue.obj(r));
            return;
        }
        throw new Abort("subscript of " + vm.typeName(obj));
    }

    private void storeSubscr() {
        int obj = real(1), key = real(0), value = real(2);
        RecValue objRec = peekRec(1);
        if (isType(obj, TypeId.LIST) && Tag.isInt(key)) {
            int strategy = vm.seq.strategy(obj);
            RecValue v = peekRec(2);
            boolean fits = strategy == Seqs.OBJECT
                    || strategy == Seqs.INT && Tag.isInt(value)
                    || strategy == Seqs.FLOAT && isType(value, TypeId.FLOAT);
            int i = Tag.unbox(key);
            if (i < 0) i += vm.seq.length(obj);
            if (fits && i >= 0 && i < vm.seq.length(obj)) {
                RecValue idx = asInt(0);
                guardClass(objRec.value(), TypeId.LIST);
                Operation length = tb.getfield(Type.INT, objRec.value(), Seqs.LEN);
                Value index = sequenceIndex(idx, key, length);
                Operation s = tb.getfield(Type.INT, objRec.value(), Seqs.STRATEGY);
                guard(Op.GUARD_VALUE, s, Const.ofInt(strategy));
                Value stored;
                if (strategy == Seqs.INT) {
                    RecValue iv = asInt(2);
                    op(Op.INT_TAG_OVF, iv.value()); // INT storage holds small ints only
                    guard(Op.GUARD_NO_OVERFLOW);
                    stored = iv.value();
                } else if (strategy == Seqs.FLOAT) {
                    stored = asFloat(2).value();
                } else {
                    stored = box(v);
                }
                Operation storage = tb.getfield(Type.REF, objRec.value(), Seqs.STORAGE);
                tb.setarrayitem(storage, index, stored, Seqs.ITEMS, strategy == Seqs.FLOAT ? 8 : 4);
                pop();
                pop();
                pop();
                return;
            }
        }
        if (isType(obj, TypeId.DICT) && (plain(key) || isType(key, TypeId.TUPLE))) {
            Value k = box(peekRec(0));
            Value v = box(peekRec(2));
            guardClass(objRec.value(), TypeId.DICT);
            guardPlainType(k, key);
            Operation ok = tb.call(Type.INT, driver.helpers.setitem.id(), objRec.value(), k, v);
            guard(Op.GUARD_TRUE, ok);
            pop();
            pop();
            pop();
            return;
        }
        throw new Abort("item assignment to " + vm.typeName(obj));
    }

    // ------------------------------------------------------------------ closing

    private void closeLoop() {
        VFrame root = top();
        RecValue.Kind[] kinds = loop.labelKinds;
        if (root.sp != kinds.length) throw new Abort("stack depth changed");
        if (root.blocks.length != 0) throw new Abort("try block open at the loop header");
        Value[] args = new Value[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            if (loop.deadSlots != null && loop.deadSlots[i]) {
                // Dead at the header: a loop passes its label's value back unchanged (invariant), a bridge NULL.
                args[i] = labelArgs != null ? labelArgs[i] : Const.NULL;
                continue;
            }
            RecValue rv = root.slots[i];
            try {
                args[i] = convert(rv, kinds[i], root.real.s[i]);
            } catch (Abort a) {
                if (loop.isFunction()) throw a;
                // The slot changes type from one iteration to the next: the next recording of the
                // loop keeps it boxed (a bridge that meets it gets the loop retraced: see JitDriver#abort).
                loop.keepBoxed(i, kinds.length);
                throw new Abort(a.reason, true);
            }
        }
        tb.guard(Op.GUARD_NOT_COLLECT, snapshotAtLoopHeader(), new Value[0]);
        tb.jump(loop.token, args);
    }

    /**
     * At the header of another loop with a compiled trace (an inner loop, or the loop after
     * this one): the trace ends with a jump to that loop's label (PyPy's way into an inner
     * loop), carrying the frame's slots in the kinds that label expects. This trace then
     * depends on the names that loop folded.
     */
    private void jumpInto(Loop target) {
        VFrame root = top();
        if (root.blocks.length != 0) throw new Abort("try block open at a loop header");
        RecValue.Kind[] kinds = target.labelKinds;
        Value[] args = new Value[kinds.length];
        for (int i = 0; i < kinds.length; i++) {
            boolean dead = target.deadSlots != null && target.deadSlots[i];
            args[i] = dead ? Const.NULL : convert(root.slots[i], kinds[i], root.real.s[i]);
        }
        tb.guard(Op.GUARD_NOT_COLLECT, snapshot(), new Value[0]);
        tb.jump(target.token, args);
        foldedNames.addAll(target.foldedNames);
        jumpTarget = target;
    }

    private Snapshot snapshotAtLoopHeader() {
        return snapshotAt(loop.pc);
    }

    /** {@link #snapshot()} with the innermost frame resuming at {@code resumePc}. */
    private Snapshot snapshotAt(int resumePc) {
        int saved = pc;
        pc = resumePc;
        try {
            return snapshot();
        } finally {
            pc = saved;
        }
    }

    /** The value of a slot in the kind the loop's label expects. */
    private Value convert(RecValue rv, RecValue.Kind want, int real) {
        if (rv.kind() == want) return rv.value();
        switch (want) {
            case OBJ:
                return box(rv);
            case INT:
                if (rv.kind() == RecValue.Kind.OBJ && Tag.isInt(real)) return unboxInt(rv, real).value();
                throw new Abort("type-unstable loop");
            case FLOAT:
                if (rv.kind() == RecValue.Kind.OBJ && isType(real, TypeId.FLOAT)) return unboxFloat(rv).value();
                throw new Abort("type-unstable loop");
            default:
                throw new Abort("type-unstable loop");
        }
    }

    /** Where recording is: code id and pc of the innermost frame, and the inlining depth. */
    /** Where recording is: the innermost frame's code id and pc (for the JIT log). */
    int codeIdNow() {
        return top().code.id;
    }

    int pcNow() {
        return pc;
    }

    String position() {
        return "code " + top().code.id + " pc " + pc + " depth " + frames.size();
    }

    Trace trace() {
        return tb.build();
    }
}
