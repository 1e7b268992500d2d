package org.armjit.lang.vm;

import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.CompareOp;
import org.armjit.runtime.heap.GuestOutOfMemoryError;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.RootSet;
import org.armjit.runtime.heap.RootVisitor;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * The bytecode interpreter. Python calls are Java calls ({@link #run} recurses through
 * {@link #callFunction}); frames are linked through {@code back} and are a root set.
 * Safepoints (where the collector may run) are loop back-edges and function entries.
 */
public final class Interpreter implements RootSet {
    private static final BinaryOp[] BINOPS = BinaryOp.values();
    private static final CompareOp[] CMPOPS = CompareOp.values();

    private final Vm vm;
    private final GuestMemory mem;
    private final Heap heap;
    Frame top;
    private int depth;
    public int recursionLimit = 1000;
    /** The JIT, or null with --jit off. */
    public JitHooks jit;
    /** True while the JIT records: every instruction is shown to it first. */
    public boolean recording;
    /** Instructions dispatched so far (a superinstruction counts once), for --jit-stats interp_bytecodes. */
    public long bytecodes;
    private final Attributes attrs;
    private final Subscripts subs;
    final Iterators iters;
    final Generators gens;
    private final QuickOps quick;

    Interpreter(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
        this.heap = vm.heap;
        this.attrs = new Attributes(vm);
        this.subs = new Subscripts(vm);
        this.iters = new Iterators(vm);
        this.gens = new Generators(vm);
        this.quick = new QuickOps(vm);
    }

    @Override
    public void scanRoots(RootVisitor v) {
        for (Frame f = top; f != null; f = f.back) f.scanRoots(v);
    }

    /** Collects if a collection is due; call only where every live reference is rooted. */
    void safepoint() {
        if (heap.collectRequested || heap.stress) heap.collect();
    }

    // ------------------------------------------------------------------ entry points

    /** Runs module code with {@code globals} as its namespace. */
    public void runModule(CodeObject code, int globals) {
        int id = vm.load(code);
        Frame f = new Frame(vm.code(id), globals, 0, top);
        enter(f);
        try {
            run(f);
        } finally {
            leave(f);
        }
    }

    private void enter(Frame f) {
        if (depth >= recursionLimit) {
            throw vm.raise("RecursionError", "maximum recursion depth exceeded");
        }
        depth++;
        top = f;
    }

    private void leave(Frame f) {
        depth--;
        top = f.back;
    }

    /**
     * Java code that recurses on behalf of Python (a comparison of nested containers) enters a
     * level of the recursion limit as CPython's Py_EnterRecursiveCall does; {@code where}
     * completes the message ("maximum recursion depth exceeded in comparison").
     */
    public void enterNested(String where) {
        if (depth >= recursionLimit) throw vm.raise("RecursionError", "maximum recursion depth exceeded" + where);
        depth++;
    }

    public void leaveNested() {
        depth--;
    }

    /** Python frames active (the recursion limit's count), compiled code's inlined frames included. */
    public int depth() {
        return depth;
    }

    /**
     * Compiled code that calls out from inside {@code n} inlined calls (negative {@code n}
     * when the call returns): the callee's recursion check counts those frames, as it would
     * count real ones.
     */
    public void addInlinedFrames(int n) {
        depth += n;
    }

    /** Calls any callable with arguments {@code argv[off..off+n)} (last len(kwnames) by keyword). */
    public int call(int callable, int[] argv, int off, int n, int kwnames) {
        if (!Tag.isInt(callable)) {
            switch (vm.typeOf(callable)) {
                case FUNCTION:
                    return callFunction(callable, argv, off, n, kwnames);
                case BUILTIN:
                    return vm.builtinFunction(mem.loadWord(callable + 4)).call(mem.loadWord(callable + 8), argv, off, n, kwnames);
                case METHOD: {
                    var handles = heap.handles;
                    int mark = handles.mark();
                    try {
                        int base = handles.push(mem.loadWord(callable + 8));
                        for (int i = 0; i < n; i++) handles.push(argv[off + i]);
                        return callFunction(mem.loadWord(callable + 4), handles.array(), base, n + 1, kwnames);
                    } finally {
                        handles.release(mark);
                    }
                }
                case CLASS:
                    return vm.builtins.instantiate(callable, argv, off, n, kwnames);
                case INSTANCE: {
                    int m = vm.ops.dunder(callable, "__call__");
                    if (m == 0) break;
                    var handles = heap.handles;
                    int mark = handles.mark();
                    try {
                        int base = handles.push(callable);
                        for (int i = 0; i < n; i++) handles.push(argv[off + i]);
                        return callWithSelf(m, handles.array(), base, n + 1, kwnames);
                    } finally {
                        handles.release(mark);
                    }
                }
                default:
                    break;
            }
        }
        throw vm.typeError("'" + vm.typeName(callable) + "' object is not callable");
    }

    /** Calls {@code callable(*args)}; the arguments are kept in handles, so they stay rooted. */
    public int call(int callable, int... args) {
        var handles = heap.handles;
        int mark = handles.mark();
        try {
            int hc = handles.push(callable);
            int base = handles.mark();
            for (int a : args) handles.push(a);
            return call(handles.get(hc), handles.array(), base, args.length, 0);
        } finally {
            handles.release(mark);
        }
    }

    /** Calls a function found on a class with {@code self} as first argument. */
    public int callMethod(int method, int self, int... args) {
        var handles = heap.handles;
        int mark = handles.mark();
        try {
            int hm = handles.push(method);
            int base = handles.push(self);
            for (int a : args) handles.push(a);
            return callWithSelf(handles.get(hm), handles.array(), base, args.length + 1, 0);
        } finally {
            handles.release(mark);
        }
    }

    /** Calls callable with a receiver in argv[off] (the [func self] shape of LOAD_METHOD). */
    int callWithSelf(int callable, int[] argv, int off, int n, int kwnames) {
        if (!Tag.isInt(callable)) {
            TypeId t = vm.typeOf(callable);
            if (t == TypeId.FUNCTION) return callFunction(callable, argv, off, n, kwnames);
            if (t == TypeId.BUILTIN && mem.loadWord(callable + 8) == 0) {
                return vm.builtinFunction(mem.loadWord(callable + 4)).call(argv[off], argv, off + 1, n - 1, kwnames);
            }
        }
        return call(callable, argv, off, n, kwnames);
    }

    // ------------------------------------------------------------------ Python functions

    public static final int FN_CODE = 4;
    public static final int FN_GLOBALS = 8;
    public static final int FN_DEFAULTS = 12;
    public static final int FN_CLOSURE = 16;
    public static final int FN_NAME = 20;

    public String functionQualname(int func) {
        return vm.code(mem.loadWord(func + FN_CODE)).code.qualname;
    }

    int callFunction(int func, int[] argv, int off, int n, int kwnames) {
        Frame f = callFrame(func);
        LoadedCode lc = f.code;
        bindArguments(f, lc, func, argv, off, n, kwnames);
        if (lc.code.isGenerator()) return gens.create(f);
        return invoke(f);
    }

    /** A fresh frame for a call of Python function {@code func}, above the current one. */
    private Frame callFrame(int func) {
        return new Frame(vm.code(mem.loadWord(func + FN_CODE)), mem.loadWord(func + FN_GLOBALS), func, top);
    }

    /** Runs a generator's frame until it yields (f.yielded) or returns; never a JIT function entry. */
    int runGenerator(Frame f) {
        enter(f);
        try {
            if (heap.collectRequested || heap.stress) heap.collect();
            return run(f);
        } finally {
            leave(f);
        }
    }

    /** Runs a prepared frame: the function-entry safepoint, the recursion check, the body. */
    private int invoke(Frame f) {
        enter(f);
        try {
            if (heap.collectRequested || heap.stress) heap.collect();
            if (jit != null && f.pc == 0 && f.namespace == 0) {
                int result = jit.functionEntry(f);
                if (result != 0) return result;
                resumeInlinedOf(f);
            }
            return run(f);
        } finally {
            leave(f);
        }
    }

    /** After compiled code left {@code f}'s function at an exit: first the frames of the calls it had inlined. */
    private void resumeInlinedOf(Frame f) {
        java.util.List<Frame> inner = jit.takeInlinedFrames();
        if (inner == null) return;
        try {
            resumeInlined(f, inner);
        } catch (PyException e) {
            f.pc--; // the call instruction, as run's own handler would see it
            if (recording) jit.exceptionWhileRecording(f);
            f.pc = unwind(f, e);
        }
    }

    /**
     * Finishes a call of {@code func} that compiled code made by itself (a direct call into the
     * function's compiled trace, which then left at an exit): the frame is entered as
     * {@link #invoke} enters it, {@code fill} gives it the exit's state (and the frames of the
     * calls the trace had inlined, through {@link JitHooks#takeInlinedFrames}), and the
     * interpreter runs it to its return.
     */
    public int finishCall(int func, java.util.function.Consumer<Frame> fill) {
        Frame f = callFrame(func);
        enter(f);
        try {
            fill.accept(f);
            resumeInlinedOf(f);
            return run(f);
        } finally {
            leave(f);
        }
    }

    private void bindArguments(Frame f, LoadedCode lc, int func, int[] argv, int off, int n, int kwnames) {
        CodeObject code = lc.code;
        int argc = code.argCount;
        int kwonly = code.kwOnlyCount();
        boolean varargs = (code.flags & CodeObject.VARARGS) != 0, varkw = (code.flags & CodeObject.VARKEYWORDS) != 0;
        int named = argc + kwonly; // parameters that a keyword can name
        int[] s = f.s;
        int nkw = kwnames == 0 ? 0 : vm.seq.tupleLength(kwnames);
        int npos = n - nkw;
        int defaults = mem.loadWord(func + FN_DEFAULTS);
        int nd = defaults == 0 ? 0 : vm.seq.tupleLength(defaults) - kwonly;
        if (npos > argc && !varargs) {
            String takes = nd == 0 ? Integer.toString(argc) : "from " + (argc - nd) + " to " + argc;
            throw vm.typeError(code.qualname + "() takes " + takes + " positional argument" + (argc == 1 && nd == 0 ? "" : "s")
                    + " but " + npos + (npos == 1 ? " was" : " were") + " given");
        }
        System.arraycopy(argv, off, s, 0, Math.min(npos, argc));
        if (varargs) {
            s[named] = npos > argc ? vm.seq.tupleFrom(argv, off + argc, npos - argc) : vm.seq.newTuple(0);
        }
        int kwSlot = named + (varargs ? 1 : 0);
        for (int k = 0; k < nkw; k++) {
            int name = vm.seq.tupleGet(kwnames, k);
            int slot = -1;
            int[] params = lc.paramNames;
            for (int p = 0; p < named; p++) {
                if (params[p] == name) { // keyword names are interned constants, like parameter names
                    slot = p;
                    break;
                }
            }
            for (int p = 0; p < named && slot < 0; p++) {
                if (vm.str.equals(params[p], name)) slot = p;
            }
            if (slot < 0) {
                if (!varkw) throw vm.typeError(code.qualname + "() got an unexpected keyword argument '" + vm.str.toJava(name) + "'");
                if (s[kwSlot] == 0) s[kwSlot] = vm.dict.newDict();
                vm.dict.put(s[kwSlot], name, argv[off + npos + k]);
                continue;
            }
            if (s[slot] != 0) throw vm.typeError(code.qualname + "() got multiple values for argument '" + vm.str.toJava(name) + "'");
            s[slot] = argv[off + npos + k];
        }
        if (varkw && s[kwSlot] == 0) s[kwSlot] = vm.dict.newDict();
        if (Math.min(npos, argc) + nkw < named || nkw > 0) {
            StringBuilder missing = null;
            int nmissing = 0;
            for (int p = 0; p < argc; p++) {
                if (s[p] != 0) continue;
                int di = p - (argc - nd);
                if (di >= 0) {
                    s[p] = vm.seq.tupleGet(defaults, di);
                } else {
                    nmissing++;
                    if (missing == null) missing = new StringBuilder();
                    missing.append(missing.length() == 0 ? "" : "|").append(code.varnames[p]);
                }
            }
            if (missing != null) throw missingArguments(code, nmissing, missing, "positional");
            for (int p = argc; p < named; p++) {
                if (s[p] != 0) continue;
                int d = vm.seq.tupleGet(defaults, nd + p - argc);
                if (d != 0) {
                    s[p] = d;
                } else {
                    nmissing++;
                    if (missing == null) missing = new StringBuilder();
                    missing.append(missing.length() == 0 ? "" : "|").append(code.varnames[p]);
                }
            }
            if (missing != null) throw missingArguments(code, nmissing, missing, "keyword-only");
        }
        // Cells: fresh cells for cellvars (initialised from parameters where captured), free vars from the closure.
        int cellBase = lc.nlocals;
        for (int i = 0; i < lc.ncells; i++) {
            int cell = newCell();
            int arg = code.cell2arg == null || code.cell2arg.length <= i ? -1 : code.cell2arg[i];
            if (arg >= 0) mem.storeWord(cell + 4, s[arg]);
            s[cellBase + i] = cell;
        }
        if (lc.nfree > 0) {
            int closure = mem.loadWord(func + FN_CLOSURE);
            for (int i = 0; i < lc.nfree; i++) s[cellBase + lc.ncells + i] = vm.seq.tupleGet(closure, i);
        }
    }

    private PyException missingArguments(CodeObject code, int nmissing, StringBuilder missing, String kind) {
        String[] names = missing.toString().split("\\|");
        StringBuilder msg = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            if (i > 0) msg.append(i == names.length - 1 ? (names.length > 2 ? ", and " : " and ") : ", ");
            msg.append('\'').append(names[i]).append('\'');
        }
        return vm.typeError(code.qualname + "() missing " + nmissing + " required " + kind + " argument"
                + (nmissing == 1 ? "" : "s") + ": " + msg);
    }

    private int newCell() {
        return vm.alloc(Heap.header(TypeId.CELL), 8);
    }

    /**
     * Resumes frames rebuilt from a JIT exit: {@code inner} are the frames that were inlined
     * into the trace, outermost first, each suspended after a call into the next. Runs them
     * innermost first, pushing each result onto the stack of the frame below, the last onto
     * {@code root}'s, which the caller then continues.
     */
    public void resumeInlined(Frame root, java.util.List<Frame> inner) {
        for (int i = inner.size() - 1; i >= 0; i--) {
            Frame f = inner.get(i);
            // the frames outside this one are still active for the recursion limit
            int result;
            depth += i;
            try {
                result = invoke(f);
            } finally {
                depth -= i;
            }
            Frame below = i == 0 ? root : inner.get(i - 1);
            if (f.initCall) {
                if (result != vm.none) throw vm.typeError("__init__() should return None, not '" + vm.typeName(result) + "'");
                continue;
            }
            if (f.operatorCall != 0) {
                int b = below.s[--below.sp], a = below.s[--below.sp];
                int code = f.operatorCall - 1;
                result = vm.ops.resumeUserBinary(code & 31, code >> 5, a, b, result);
            }
            below.s[below.sp++] = result;
        }
    }

    /** A frame for running code {@code codeId} as function {@code function}, suspended at pc with an empty stack. */
    public Frame newFrame(int codeId, int function, Frame back) {
        LoadedCode lc = vm.code(codeId);
        int globals = function != 0 ? mem.loadWord(function + FN_GLOBALS) : back.globals;
        return new Frame(lc, globals, function, back);
    }

    /** Runs a class body function with {@code namespace} as its locals; returns its result (the __class__ cell or None). */
    int runClassBody(int func, int namespace) {
        LoadedCode lc = vm.code(mem.loadWord(func + FN_CODE));
        Frame f = new Frame(lc, mem.loadWord(func + FN_GLOBALS), func, top);
        f.namespace = namespace;
        bindArguments(f, lc, func, new int[0], 0, 0, 0);
        return invoke(f);
    }

    // ------------------------------------------------------------------ the loop

    private int pendingKw;

    /**
     * The dispatch loop. Only the frequent instructions are here, each with a short fast
     * path: C2 compiles this method with a budget for inlining (about 8000 bytecodes in all),
     * which a long method leaves to none of its callees. The rest run in {@link #rare}.
     */
    private int run(Frame f) {
        final LoadedCode lc = f.code;
        final int[] plain = lc.code.code;
        final int[] code = lc.quick;
        final int[] consts = lc.consts;
        final int[] names = lc.names;
        final int[] s = f.s;
        final GuestMemory mem = this.mem;
        int pc = f.pc;
        int sp = f.sp;
        // Run the next instruction from the plain code: a superinstruction declined.
        boolean plainOnce = false;
        while (true) {
            try {
                while (true) {
                    final int insn;
                    bytecodes++;
                    if (recording || plainOnce) {
                        plainOnce = false;
                        if (recording) {
                            f.pc = pc;
                            f.sp = sp;
                            jit.beforeInstruction(f);
                        }
                        insn = plain[pc++];
                    } else {
                        insn = code[pc++];
                    }
                    final int arg = insn >>> 8;
                    switch (insn & 0xff) {
                        case Op.POP_TOP:
                            sp--;
                            break;
                        case Op.DUP_TOP:
                            s[sp] = s[sp - 1];
                            sp++;
                            break;
                        case Op.DUP_TOP_TWO:
                            s[sp] = s[sp - 2];
                            s[sp + 1] = s[sp - 1];
                            sp += 2;
                            break;
                        case Op.ROT_TWO: {
                            int t = s[sp - 1];
                            s[sp - 1] = s[sp - 2];
                            s[sp - 2] = t;
                            break;
                        }
                        case Op.ROT_THREE: {
                            int t = s[sp - 1];
                            s[sp - 1] = s[sp - 2];
                            s[sp - 2] = s[sp - 3];
                            s[sp - 3] = t;
                            break;
                        }
                        case Op.LOAD_CONST:
                            s[sp++] = consts[arg];
                            break;
                        case Op.LOAD_FAST: {
                            int v = s[arg];
                            if (v == 0) {
                                f.pc = pc - 1;
                                throw vm.raise("UnboundLocalError", "cannot access local variable '"
                                        + lc.code.varnames[arg] + "' where it is not associated with a value");
                            }
                            s[sp++] = v;
                            break;
                        }
                        case Op.STORE_FAST:
                            s[arg] = s[--sp];
                            break;
                        case Op.LOAD_DEREF: {
                            int v = mem.loadWord(s[lc.nlocals + arg] + 4);
                            if (v == 0) throw unboundDeref(lc, arg);
                            s[sp++] = v;
                            break;
                        }
                        case Op.LOAD_GLOBAL: {
                            int v = vm.dict.cachedValue(f.globals, lc.globalEntry[arg], names[arg]);
                            s[sp++] = v != 0 ? v : loadGlobal(lc, f.globals, arg);
                            break;
                        }
                        case Op.STORE_GLOBAL: {
                            if (jit != null) jit.nameRebound(names[arg]);
                            int v = s[--sp];
                            if (!vm.dict.storeCached(f.globals, lc.globalEntry[arg], names[arg], v)) storeGlobal(lc, f.globals, arg, v);
                            break;
                        }
                        case Op.LOAD_ATTR: {
                            int v = quick.instanceAttribute(s[sp - 1], names[arg], lc.entryCache, pc - 1);
                            if (v == 0) {
                                f.sp = sp;
                                f.pc = pc;
                                v = attrs.get(s[sp - 1], names[arg]);
                            }
                            s[sp - 1] = v;
                            break;
                        }
                        case Op.STORE_ATTR:
                            if (!quick.storeInstanceAttribute(s[sp - 1], names[arg], s[sp - 2], lc.entryCache, pc - 1)) {
                                if (jit != null && !Tag.isInt(s[sp - 1]) && vm.typeOf(s[sp - 1]) != TypeId.INSTANCE) jit.nameRebound(names[arg]);
                                attrs.set(s[sp - 1], names[arg], s[sp - 2]);
                            }
                            sp -= 2;
                            break;
                        case Op.LOAD_METHOD: {
                            int obj = s[sp - 1];
                            int m = quick.method(obj, names[arg], lc.entryCache, pc - 1);
                            if (m == 0) m = attrs.lookupMethod(obj, names[arg]);
                            if (m != 0) {
                                s[sp - 1] = m;
                                s[sp++] = obj;
                            } else {
                                f.sp = sp;
                                f.pc = pc;
                                int v = attrs.get(obj, names[arg]);
                                s[sp - 1] = 0;
                                s[sp++] = v;
                            }
                            break;
                        }
                        case Op.BINARY_SUBSCR: {
                            int r = quick.subscript(s[sp - 2], s[sp - 1]);
                            if (r == 0) {
                                f.sp = sp;
                                f.pc = pc;
                                r = subs.get(s[sp - 2], s[sp - 1]);
                            }
                            s[sp - 2] = r;
                            sp--;
                            break;
                        }
                        case Op.STORE_SUBSCR:
                            if (!quick.storeSubscript(s[sp - 2], s[sp - 1], s[sp - 3])) {
                                f.sp = sp;
                                f.pc = pc;
                                subs.set(s[sp - 2], s[sp - 1], s[sp - 3]);
                            }
                            sp -= 3;
                            break;
                        case Op.BINARY_OP: {
                            int a = s[sp - 2], b = s[sp - 1];
                            int r = quick.arith(arg & 15, a, b);
                            if (r == 0) {
                                f.sp = sp;
                                f.pc = pc;
                                r = binaryOp(arg, a, b);
                            }
                            s[sp - 2] = r;
                            sp--;
                            break;
                        }
                        case Op.COMPARE_OP: {
                            int a = s[sp - 2], b = s[sp - 1];
                            int r = 0;
                            if (arg <= Op.Cmp.GE) {
                                r = (a & b & 1) != 0 ? vm.bool(smallCompare(arg, a, b)) : quick.compare(arg, a, b);
                            } else if (arg == Op.Cmp.IS) {
                                r = vm.bool(a == b);
                            } else if (arg == Op.Cmp.IS_NOT) {
                                r = vm.bool(a != b);
                            }
                            if (r == 0) {
                                f.sp = sp;
                                f.pc = pc;
                                r = compareOp(CMPOPS[arg], a, b);
                            }
                            s[sp - 2] = r;
                            sp--;
                            break;
                        }
                        case Op.JUMP_FORWARD:
                            pc = arg;
                            break;
                        case Op.JUMP_BACKWARD:
                            pc = arg;
                            if (heap.collectRequested || heap.stress || jit != null) {
                                f.pc = pc;
                                f.sp = sp;
                                try {
                                    backEdge(f);
                                } finally {
                                    // also when a frame resumed after a JIT exit raises: the
                                    // handler must see the pc the exit left (after its call)
                                    pc = f.pc;
                                    sp = f.sp;
                                }
                            }
                            break;
                        case Op.POP_JUMP_IF_FALSE: {
                            int v = s[--sp];
                            if (v == vm.falseObj || (v != vm.trueObj && !truthSlow(f, sp, pc, v))) pc = arg;
                            break;
                        }
                        case Op.POP_JUMP_IF_TRUE: {
                            int v = s[--sp];
                            if (v == vm.trueObj || (v != vm.falseObj && truthSlow(f, sp, pc, v))) pc = arg;
                            break;
                        }
                        case Op.JUMP_IF_FALSE_OR_POP:
                            if (!truthSlow(f, sp, pc, s[sp - 1])) pc = arg;
                            else sp--;
                            break;
                        case Op.JUMP_IF_TRUE_OR_POP:
                            if (truthSlow(f, sp, pc, s[sp - 1])) pc = arg;
                            else sp--;
                            break;
                        case Op.FOR_ITER: {
                            int it = s[sp - 1];
                            int v;
                            if (quick.isSimpleIterator(it)) {
                                v = quick.nextSimple(it);
                            } else {
                                f.sp = sp;
                                f.pc = pc;
                                v = iters.next(it);
                            }
                            if (v == 0) {
                                sp--;
                                pc = arg;
                            } else {
                                s[sp++] = v;
                            }
                            break;
                        }
                        case Op.KW_NAMES:
                            pendingKw = consts[arg];
                            break;
                        case Op.PUSH_NULL:
                            s[sp++] = 0;
                            break;
                        case Op.CALL: {
                            int kw = pendingKw;
                            pendingKw = 0;
                            int base = sp - arg;
                            f.sp = sp;
                            f.pc = pc;
                            int fn = s[base - 2];
                            int r = fn == 0 ? call(s[base - 1], s, base, arg, kw) : callWithSelf(fn, s, base - 1, arg + 1, kw);
                            sp = base - 2;
                            s[sp++] = r;
                            break;
                        }
                        case Op.RETURN_VALUE:
                            f.sp = sp - 1;
                            return s[sp - 1];
                        case Op.YIELD_VALUE:
                            f.pc = pc;
                            f.sp = sp - 1;
                            f.yielded = true;
                            return s[sp - 1];
                        // Superinstructions: arg is the first instruction's, code[pc...] hold the
                        // others (see Superinstructions). Where the fast path does not apply they
                        // decline before any effect (pc--, plainOnce): the plain instructions run.
                        case Superinstructions.LOAD_FAST_LOAD_CONST_BINARY_OP: {
                            int a = s[arg], b = consts[code[pc] >>> 8];
                            int r = a == 0 ? 0 : quick.arith((code[pc + 1] >>> 8) & 15, a, b);
                            if (r == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            s[sp++] = r;
                            pc += 2;
                            break;
                        }
                        case Superinstructions.LOAD_FAST_LOAD_FAST_BINARY_OP: {
                            int a = s[arg], b = s[code[pc] >>> 8];
                            int r = a == 0 || b == 0 ? 0 : quick.arith((code[pc + 1] >>> 8) & 15, a, b);
                            if (r == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            s[sp++] = r;
                            pc += 2;
                            break;
                        }
                        case Superinstructions.LOAD_FAST_LOAD_CONST_BINARY_SUBSCR: {
                            int o = s[arg];
                            int r = o == 0 ? 0 : quick.subscript(o, consts[code[pc] >>> 8]);
                            if (r == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            s[sp++] = r;
                            pc += 2;
                            break;
                        }
                        case Superinstructions.COMPARE_OP_POP_JUMP_IF_FALSE: {
                            int a = s[sp - 2], b = s[sp - 1];
                            int r = arg > Op.Cmp.GE ? 0 : (a & b & 1) != 0 ? vm.bool(smallCompare(arg, a, b)) : quick.compare(arg, a, b);
                            if (r == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            sp -= 2;
                            pc = r == vm.falseObj ? code[pc] >>> 8 : pc + 1;
                            break;
                        }
                        case Superinstructions.LOAD_FAST_LOAD_FAST: {
                            int a = s[arg], b = s[code[pc] >>> 8];
                            if (a == 0 || b == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            s[sp] = a;
                            s[sp + 1] = b;
                            sp += 2;
                            pc++;
                            break;
                        }
                        case Superinstructions.LOAD_FAST_LOAD_CONST: {
                            int a = s[arg];
                            if (a == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            s[sp] = a;
                            s[sp + 1] = consts[code[pc] >>> 8];
                            sp += 2;
                            pc++;
                            break;
                        }
                        case Superinstructions.BINARY_OP_STORE_FAST: {
                            int a = s[sp - 2], b = s[sp - 1];
                            int r = quick.arith(arg & 15, a, b);
                            if (r == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            sp -= 2;
                            s[code[pc] >>> 8] = r;
                            pc++;
                            break;
                        }
                        case Superinstructions.LOAD_FAST_LOAD_ATTR: {
                            int o = s[arg];
                            int v = o == 0 ? 0 : quick.instanceAttribute(o, names[code[pc] >>> 8], lc.entryCache, pc);
                            if (v == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            s[sp++] = v;
                            pc++;
                            break;
                        }
                        case Superinstructions.FOR_ITER_STORE_FAST: {
                            int it = s[sp - 1];
                            if (!quick.isSimpleIterator(it)) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            int v = quick.nextSimple(it);
                            if (v == 0) {
                                sp--;
                                pc = arg;
                            } else {
                                s[code[pc] >>> 8] = v;
                                pc++;
                            }
                            break;
                        }
                        case Superinstructions.STORE_FAST_LOAD_FAST: {
                            s[arg] = s[--sp];
                            int v = s[code[pc] >>> 8];
                            if (v == 0) {
                                plainOnce = true; // the plain LOAD_FAST at pc raises
                                break;
                            }
                            s[sp++] = v;
                            pc++;
                            break;
                        }
                        case Superinstructions.LOAD_CONST_BINARY_OP: {
                            int a = s[sp - 1], b = consts[arg];
                            int r = quick.arith((code[pc] >>> 8) & 15, a, b);
                            if (r == 0) {
                                pc--;
                                plainOnce = true;
                                break;
                            }
                            s[sp - 1] = r;
                            pc++;
                            break;
                        }
                        default:
                            f.pc = pc;
                            f.sp = sp;
                            rare(f, insn);
                            pc = f.pc;
                            sp = f.sp;
                            break;
                    }
                }
            } catch (PyException | GuestOutOfMemoryError | StackOverflowError e) {
                pc = handle(f, e, pc - 1);
                sp = f.sp;
            }
        }
    }

    /** An exception at instruction {@code at}: the pc of this frame's handler (stack set up), or it propagates. */
    private int handle(Frame f, Throwable t, int at) {
        f.pc = at;
        PyException e;
        if (t instanceof PyException) {
            e = (PyException) t;
            if (recording) jit.exceptionWhileRecording(f);
        } else if (t instanceof GuestOutOfMemoryError) {
            e = new PyException(vm.builtins.memoryError());
        } else {
            e = new PyException(vm.newException("RecursionError", "maximum recursion depth exceeded"));
        }
        return unwind(f, e);
    }

    /** JUMP_BACKWARD's safepoint and JIT hook; f.pc is the loop header. May change f.pc and f.sp. */
    private void backEdge(Frame f) {
        if (heap.collectRequested || heap.stress) heap.collect();
        if (jit != null && jit.backEdge(f)) {
            // Compiled code ran and exited: continue where it left the frame,
            // first finishing the calls it had inlined.
            java.util.List<Frame> inner = jit.takeInlinedFrames();
            if (inner != null) resumeInlined(f, inner);
        }
    }

    /** The infrequent instructions, on the frame's pc (already past the instruction) and sp. */
    private void rare(Frame f, int insn) {
        final LoadedCode lc = f.code;
        final int[] consts = lc.consts;
        final int[] names = lc.names;
        final int[] s = f.s;
        final GuestMemory mem = this.mem;
        final int arg = insn >>> 8;
        int pc = f.pc;
        int sp = f.sp;
        switch (insn & 0xff) {
            case Op.NOP:
                break;
            case Op.ROT_FOUR: {
                int t = s[sp - 1];
                s[sp - 1] = s[sp - 2];
                s[sp - 2] = s[sp - 3];
                s[sp - 3] = s[sp - 4];
                s[sp - 4] = t;
                break;
            }
            case Op.DELETE_FAST:
                if (s[arg] == 0) {
                    throw vm.raise("UnboundLocalError", "cannot access local variable '"
                            + lc.code.varnames[arg] + "' where it is not associated with a value");
                }
                s[arg] = 0;
                break;
            case Op.STORE_DEREF: {
                int cell = s[lc.nlocals + arg], v = s[--sp];
                mem.storeWord(cell + 4, v);
                heap.writeBarrier(cell, v);
                break;
            }
            case Op.DELETE_DEREF: {
                int cell = s[lc.nlocals + arg];
                if (mem.loadWord(cell + 4) == 0) throw unboundDeref(lc, arg);
                mem.storeWord(cell + 4, 0);
                break;
            }
            case Op.LOAD_CLOSURE:
                s[sp++] = s[lc.nlocals + arg];
                break;
            case Op.DELETE_GLOBAL:
                if (jit != null) jit.nameRebound(names[arg]);
                if (vm.dict.remove(f.globals, names[arg]) == 0) throw nameError(names[arg]);
                break;
            case Op.LOAD_NAME: {
                int v = f.namespace != 0 ? vm.dict.getStr(f.namespace, names[arg]) : 0;
                s[sp++] = v != 0 ? v : loadGlobal(f.globals, names[arg]);
                break;
            }
            case Op.STORE_NAME: {
                int ns = f.namespace != 0 ? f.namespace : f.globals;
                if (jit != null) jit.nameRebound(names[arg]);
                vm.dict.put(ns, names[arg], vm.str.hash(names[arg]), s[--sp]);
                break;
            }
            case Op.DELETE_NAME: {
                int ns = f.namespace != 0 ? f.namespace : f.globals;
                if (vm.dict.remove(ns, names[arg]) == 0) throw nameError(names[arg]);
                break;
            }
            case Op.DELETE_ATTR:
                attrs.delete(s[sp - 1], names[arg]);
                sp--;
                break;
            case Op.DELETE_SUBSCR:
                f.sp = sp;
                f.pc = pc;
                subs.delete(s[sp - 2], s[sp - 1]);
                sp -= 2;
                break;
            case Op.BUILD_SLICE: {
                int step = arg == 3 ? s[--sp] : vm.none;
                int hi = s[--sp];
                int lo = s[sp - 1];
                s[sp - 1] = subs.newSlice(lo, hi, step);
                break;
            }
            case Op.UNARY_NEGATIVE:
                s[sp - 1] = vm.ops.negate(s[sp - 1]);
                break;
            case Op.UNARY_POSITIVE:
                s[sp - 1] = vm.ops.positive(s[sp - 1]);
                break;
            case Op.UNARY_INVERT:
                s[sp - 1] = vm.ops.invert(s[sp - 1]);
                break;
            case Op.UNARY_NOT:
                f.sp = sp;
                f.pc = pc;
                s[sp - 1] = vm.bool(!truth(s[sp - 1]));
                break;
            case Op.GET_ITER:
                f.sp = sp;
                f.pc = pc;
                s[sp - 1] = iters.iter(s[sp - 1]);
                break;
            case Op.BUILD_TUPLE: {
                int t = vm.seq.tupleFrom(s, sp - arg, arg);
                sp -= arg;
                s[sp++] = t;
                break;
            }
            case Op.BUILD_LIST: {
                int l = vm.seq.listFrom(s, sp - arg, arg);
                sp -= arg;
                s[sp++] = l;
                break;
            }
            case Op.BUILD_MAP: {
                int d = vm.dict.newDict(arg);
                for (int i = sp - 2 * arg; i < sp; i += 2) vm.dict.put(d, s[i], s[i + 1]);
                sp -= 2 * arg;
                s[sp++] = d;
                break;
            }
            case Op.BUILD_STRING: {
                StringBuilder sb = new StringBuilder();
                for (int i = sp - arg; i < sp; i++) sb.append(vm.str.toJava(s[i]));
                sp -= arg;
                s[sp++] = vm.str.of(sb.toString());
                break;
            }
            case Op.LIST_APPEND: {
                int v = s[--sp];
                vm.seq.append(s[sp - arg], v);
                break;
            }
            case Op.MAP_ADD: {
                int v = s[--sp];
                int k = s[--sp];
                vm.dict.put(s[sp - arg], k, v);
                break;
            }
            case Op.LIST_EXTEND: {
                f.sp = sp;
                f.pc = pc;
                extendList(s[sp - 1 - arg], s[sp - 1]);
                sp--;
                break;
            }
            case Op.UNPACK_SEQUENCE: {
                f.sp = sp;
                f.pc = pc;
                unpack(f, arg);
                sp = f.sp;
                break;
            }
            case Op.MAKE_FUNCTION: {
                int codeId = Tag.unbox(s[--sp]);
                int defaults = (arg & 1) != 0 ? s[--sp] : 0;
                int closure = (arg & 8) != 0 ? s[--sp] : 0;
                s[sp++] = newFunction(codeId, f.globals, defaults, closure, lc.code.isModule() || f.namespace != 0); // methods too
                break;
            }
            case Op.BUILD_CLASS: {
                f.sp = sp;
                f.pc = pc;
                int base = sp - arg;
                int r = vm.builtins.buildClass(s, base - 2, arg);
                sp = base - 2;
                s[sp++] = r;
                break;
            }
            case Op.RAISE_VARARGS:
                f.pc = pc;
                if (arg == 0) throw reraiseCurrent(f);
                throw new PyException(vm.builtins.exceptionToRaise(s[--sp]));
            case Op.SETUP_EXCEPT:
                f.pushBlock(Frame.BLOCK_SETUP, arg, sp, 0, null);
                break;
            case Op.POP_BLOCK:
                f.nblocks--;
                break;
            case Op.POP_EXCEPT: {
                f.nblocks--;
                f.handledExc = f.blocks[4 * f.nblocks + 3];
                f.handledPy = f.blockPy[f.nblocks];
                break;
            }
            case Op.RERAISE: {
                int exc = s[--sp];
                PyException py = f.handledPy;
                f.nblocks--;
                f.handledExc = f.blocks[4 * f.nblocks + 3];
                f.handledPy = f.blockPy[f.nblocks];
                f.pc = pc;
                throw py != null && py.exc == exc ? py : new PyException(exc);
            }
            case Op.CHECK_EXC_MATCH: {
                int type = s[sp - 1];
                s[sp - 1] = vm.bool(vm.builtins.exceptionMatches(s[sp - 2], type));
                break;
            }
            case Op.LOAD_ASSERTION_ERROR:
                s[sp++] = vm.builtinClass("AssertionError");
                break;
            case Op.FORMAT_VALUE: {
                f.sp = sp;
                f.pc = pc;
                int spec = (arg & 4) != 0 ? s[--sp] : 0;
                s[sp - 1] = vm.builtins.formatValue(s[sp - 1], arg & 3, spec);
                break;
            }
            case Op.IMPORT_NAME:
                s[sp++] = vm.builtins.importModule(names[arg]);
                break;
            case Op.IMPORT_FROM:
                s[sp] = vm.builtins.importFrom(s[sp - 1], names[arg]);
                sp++;
                break;
            case Op.GET_YIELD_FROM_VALUE:
                s[sp - 1] = gens.returnValue(s[sp - 1]);
                break;
            case Op.BUILD_SET: {
                int set = vm.sets.fromArray(s, sp - arg, arg, false);
                sp -= arg;
                s[sp++] = set;
                break;
            }
            case Op.SET_ADD: {
                int v = s[--sp];
                f.sp = sp;
                vm.sets.add(s[sp - arg], v);
                break;
            }
            case Op.SET_UPDATE: {
                f.sp = sp;
                vm.sets.update(s[sp - 1 - arg], s[sp - 1]);
                sp--;
                break;
            }
            case Op.DICT_MERGE: {
                f.sp = sp;
                dictMerge(s[sp - 1 - arg], s[sp - 1]);
                sp--;
                break;
            }
            case Op.DICT_UPDATE: {
                f.sp = sp;
                dictUpdate(s[sp - 1 - arg], s[sp - 1]);
                sp--;
                break;
            }
            case Op.LIST_TO_TUPLE: {
                int[] items = vm.seq.toArray(s[sp - 1]);
                s[sp - 1] = vm.seq.tupleFrom(items, 0, items.length);
                break;
            }
            case Op.CALL_FUNCTION_EX: {
                int kwdict = (arg & 1) != 0 ? s[--sp] : 0;
                int args = s[--sp];
                f.sp = sp + 1 + ((arg & 1) != 0 ? 1 : 0);
                int r = callEx(s[sp - 2], s[sp - 1], args, kwdict);
                sp -= 2;
                s[sp++] = r;
                break;
            }
            case Op.UNPACK_EX:
                unpackEx(f, arg & 0xff, arg >> 8);
                sp = f.sp;
                break;
            case Op.BEFORE_WITH: {
                int exit = attrs.get(s[sp - 1], vm.intern("__exit__"));
                s[sp++] = exit; // [mgr exit]
                f.sp = sp;
                int enter = attrs.get(s[sp - 2], vm.intern("__enter__"));
                int r = call(enter, new int[0], 0, 0, 0);
                s[sp - 2] = s[sp - 1];
                s[sp - 1] = r; // [exit result]
                break;
            }
            case Op.WITH_EXCEPT_START: {
                int exit = s[sp - 2], exc = s[sp - 1];
                int r = call(exit, vm.classes.classOf(exc), exc, vm.none);
                s[sp++] = r;
                break;
            }

            default:
                throw new IllegalStateException("bad opcode " + (insn & 0xff));
        }
        f.pc = pc;
        f.sp = sp;
    }

    /** {@code callable(*args, **kwargs)}: the stack held [NULL callable] or [func self] below the list. */
    private int callEx(int first, int second, int args, int kwdict) {
        var h = heap.handles;
        int mark = h.mark();
        try {
            int hcallable = h.push(first == 0 ? second : first);
            int hself = h.push(first == 0 ? 0 : second);
            int hkw = h.push(kwdict);
            if (Tag.isInt(args) || vm.typeOf(args) != TypeId.LIST && vm.typeOf(args) != TypeId.TUPLE) {
                if (!iters.isIterable(args)) {
                    throw vm.typeError(callableName(h.get(hcallable)) + " argument after * must be an iterable, not "
                            + vm.typeName(args));
                }
                args = listOf(args);
            }
            int[] items = vm.typeOf(args) == TypeId.TUPLE ? vm.seq.tupleToArray(args) : vm.seq.toArray(args);
            kwdict = h.get(hkw);
            int nk = kwdict == 0 ? 0 : vm.dict.size(kwdict);
            int kwnames = 0;
            int[] kwvalues = new int[nk];
            if (nk > 0) {
                int[] keys = new int[nk];
                int k = 0;
                for (int e = 0; (e = vm.dict.nextEntry(kwdict, e)) >= 0; e++) {
                    keys[k] = vm.dict.entryKey(kwdict, e);
                    if (Tag.isInt(keys[k]) || vm.typeOf(keys[k]) != TypeId.STR) throw vm.typeError("keywords must be strings");
                    kwvalues[k++] = vm.dict.entryValue(kwdict, e);
                }
                kwnames = vm.seq.tupleFrom(keys, 0, nk); // allocation only: items and values stay valid
            }
            int hnames = h.push(kwnames);
            int base = h.mark();
            if (h.get(hself) != 0) h.push(h.get(hself));
            for (int v : items) h.push(v);
            for (int v : kwvalues) h.push(v);
            int n = h.mark() - base;
            if (h.get(hself) != 0) return callWithSelf(h.get(hcallable), h.array(), base, n, h.get(hnames));
            return call(h.get(hcallable), h.array(), base, n, h.get(hnames));
        } finally {
            h.release(mark);
        }
    }

    private String callableName(int callable) {
        if (!Tag.isInt(callable) && vm.typeOf(callable) == TypeId.FUNCTION) return "__main__." + vm.code(mem.loadWord(callable + FN_CODE)).code.qualname + "()";
        return vm.typeName(callable) + " object";
    }

    private void dictMerge(int dict, int mapping) {
        if (Tag.isInt(mapping) || vm.typeOf(mapping) != TypeId.DICT) {
            throw vm.typeError("argument after ** must be a mapping, not " + vm.typeName(mapping));
        }
        for (int e = 0; (e = vm.dict.nextEntry(mapping, e)) >= 0; e++) {
            int key = vm.dict.entryKey(mapping, e);
            if (vm.dict.get(dict, key) != 0) {
                throw vm.typeError("got multiple values for keyword argument '" + vm.ops.str(key) + "'");
            }
            vm.dict.put(dict, key, vm.dict.entryValue(mapping, e));
        }
    }

    /** {@code {**mapping}} in a display: later keys replace earlier ones. */
    private void dictUpdate(int dict, int mapping) {
        mapping = vm.classes.storage(mapping);
        if (Tag.isInt(mapping) || vm.typeOf(mapping) != TypeId.DICT) {
            throw vm.typeError("'" + vm.typeName(mapping) + "' object is not a mapping");
        }
        for (int e = 0; (e = vm.dict.nextEntry(mapping, e)) >= 0; e++) {
            vm.dict.put(dict, vm.dict.entryKey(mapping, e), vm.dict.entryValue(mapping, e));
        }
    }

    /** {@code a, *rest, b = seq}: pushes the values so that the first target's is on top. */
    private void unpackEx(Frame f, int before, int after) {
        int[] s = f.s;
        int seq = s[f.sp - 1];
        if (!iters.isIterable(seq)) {
            throw vm.typeError("cannot unpack non-iterable " + vm.typeName(seq) + " object");
        }
        int list = listOf(seq);
        int len = vm.seq.length(list);
        if (len < before + after) {
            throw vm.valueError("not enough values to unpack (expected at least " + (before + after) + ", got " + len + ")");
        }
        int h = heap.handles.push(list);
        try {
            int[] items = vm.seq.toArray(list);
            int rest = vm.seq.listFrom(items, before, len - before - after);
            f.sp--;
            for (int i = len - 1; i >= len - after; i--) s[f.sp++] = items[i];
            s[f.sp++] = rest;
            for (int i = before - 1; i >= 0; i--) s[f.sp++] = items[i];
        } finally {
            heap.handles.release(h);
        }
    }

    /** Finds the handler for {@code e} in {@code f}: returns its pc (stack set up), or rethrows with a traceback entry. */
    private int unwind(Frame f, PyException e) {
        while (f.nblocks > 0) {
            f.nblocks--;
            int b = 4 * f.nblocks;
            if (f.blocks[b] == Frame.BLOCK_EXCEPT) {
                f.handledExc = f.blocks[b + 3];
                f.handledPy = f.blockPy[f.nblocks];
                continue;
            }
            if (e.traceback.isEmpty() || e.traceback.get(e.traceback.size() - 1).frame() != f) {
                e.traceback.add(new PyException.TracebackEntry(f.code.filename(), f.line(), f.code.code.name, f));
            }
            int handler = f.blocks[b + 1];
            f.sp = f.blocks[b + 2];
            f.pushBlock(Frame.BLOCK_EXCEPT, 0, f.sp, f.handledExc, f.handledPy);
            f.handledExc = e.exc;
            f.handledPy = e;
            f.s[f.sp++] = e.exc;
            return handler;
        }
        if (e.traceback.isEmpty() || e.traceback.get(e.traceback.size() - 1).frame() != f) {
            e.traceback.add(new PyException.TracebackEntry(f.code.filename(), f.line(), f.code.code.name, f));
        }
        throw e;
    }

    private PyException reraiseCurrent(Frame f) {
        for (Frame g = f; g != null; g = g.back) {
            if (g.handledExc != 0) {
                if (g.handledPy != null && g.handledPy.exc == g.handledExc) return g.handledPy;
                return new PyException(g.handledExc);
            }
        }
        return new PyException(vm.newException("RuntimeError", "No active exception to reraise"));
    }

    private PyException unboundDeref(LoadedCode lc, int arg) {
        if (arg < lc.ncells) {
            return vm.raise("UnboundLocalError", "cannot access local variable '" + lc.code.cellvars[arg]
                    + "' where it is not associated with a value");
        }
        return vm.raise("NameError", "cannot access free variable '" + lc.code.freevars[arg - lc.ncells]
                + "' where it is not associated with a value in enclosing scope");
    }

    private PyException nameError(int name) {
        String suggestion = nameSuggestion(vm.str.toJava(name));
        PyException e = new PyException(vm.newException("NameError", "name '" + vm.str.toJava(name) + "' is not defined"));
        e.suggestion = suggestion;
        return e;
    }

    /** CPython's candidates for a missing name: the frame's local variables, then its globals, then the builtins. */
    private String nameSuggestion(String name) {
        Frame f = top;
        if (f == null) return null;
        String s = Suggestions.best(name, java.util.Arrays.asList(f.code.code.varnames));
        if (s == null) s = Suggestions.best(name, vm.dictKeyNames(f.globals));
        if (s == null) {
            java.util.List<String> builtins = vm.dictKeyNames(vm.builtinsDict);
            for (String constant : new String[] {"None", "Ellipsis", "NotImplemented", "False", "True"}) {
                if (!builtins.contains(constant)) builtins.add(constant); // in CPython's builtins dict, not in ours
            }
            s = Suggestions.best(name, builtins);
        }
        return s;
    }

    private int loadGlobal(int globals, int name) {
        int v = vm.dict.getStr(globals, name);
        if (v != 0) return v;
        v = vm.dict.getStr(vm.builtinsDict, name);
        if (v != 0) return v;
        throw nameError(name);
    }

    /** LOAD_GLOBAL past its globals cache: finds names[arg] in globals, then builtins (through their cache), and caches the entry. */
    private int loadGlobal(LoadedCode lc, int globals, int arg) {
        int name = lc.names[arg];
        int hash = vm.str.hash(name);
        int e = vm.dict.find(globals, name, hash);
        if (e >= 0) {
            lc.globalEntry[arg] = e;
            return vm.dict.entryValue(globals, e);
        }
        int builtins = vm.builtinsDict;
        int v = vm.dict.cachedValue(builtins, lc.builtinEntry[arg], name);
        if (v != 0) return v;
        e = vm.dict.find(builtins, name, hash);
        if (e < 0) throw nameError(name);
        lc.builtinEntry[arg] = e;
        return vm.dict.entryValue(builtins, e);
    }

    private void storeGlobal(LoadedCode lc, int globals, int arg, int v) {
        int name = lc.names[arg];
        lc.globalEntry[arg] = vm.dict.putEntry(globals, name, vm.str.hash(name), v);
    }

    private boolean truth(int v) {
        return vm.ops.truth(v);
    }

    private boolean truthSlow(Frame f, int sp, int pc, int v) {
        if (v == vm.trueObj) return true;
        if (v == vm.falseObj || v == vm.none) return false;
        if (Tag.isInt(v)) return v != 1;
        f.sp = sp;
        f.pc = pc;
        return vm.ops.truth(v);
    }

    private int binaryOp(int arg, int a, int b) {
        BinaryOp op = BINOPS[arg & 15];
        boolean inplace = (arg & BinaryOp.INPLACE) != 0;
        if (!Tag.isInt(a) && !Tag.isInt(b)) {
            int fl = TypeId.FLOAT.id();
            if ((mem.loadWord(a) & Heap.TYPE_MASK) == fl && (mem.loadWord(b) & Heap.TYPE_MASK) == fl) {
                return vm.floats.box(vm.ops.floatBinary(op, vm.floats.value(a), vm.floats.value(b), a, b));
            }
        }
        return vm.ops.binary(op, inplace, a, b);
    }

    private static boolean smallCompare(int op, int a, int b) {
        switch (op) {
            case 0: return a < b;
            case 1: return a <= b;
            case 2: return a == b;
            case 3: return a != b;
            case 4: return a > b;
            default: return a >= b;
        }
    }

    private int compareOp(CompareOp op, int a, int b) {
        switch (op) {
            case IS: return vm.bool(a == b);
            case IS_NOT: return vm.bool(a != b);
            case IN: return vm.bool(vm.ops.contains(b, a));
            case NOT_IN: return vm.bool(!vm.ops.contains(b, a));
            default: return vm.ops.compare(a, b, op);
        }
    }

    private void unpack(Frame f, int n) {
        int[] s = f.s;
        int seq = s[f.sp - 1];
        if (!Tag.isInt(seq)) {
            TypeId t = vm.typeOf(seq);
            if (t == TypeId.TUPLE || t == TypeId.LIST) {
                int len = t == TypeId.TUPLE ? vm.seq.tupleLength(seq) : vm.seq.length(seq);
                if (len != n) throw unpackError(n, len);
                f.sp--;
                for (int i = n - 1; i >= 0; i--) {
                    s[f.sp++] = t == TypeId.TUPLE ? vm.seq.tupleGet(seq, i) : vm.seq.get(seq, i);
                }
                return;
            }
        }
        if (!iters.isIterable(seq)) {
            throw vm.typeError("cannot unpack non-iterable " + vm.typeName(seq) + " object");
        }
        int list = listOf(seq);
        int len = vm.seq.length(list);
        if (len != n) throw unpackError(n, len);
        f.sp--;
        for (int i = n - 1; i >= 0; i--) s[f.sp++] = vm.seq.get(list, i);
    }

    private PyException unpackError(int n, int len) {
        if (len > n) return vm.valueError("too many values to unpack (expected " + n + ")");
        return vm.valueError("not enough values to unpack (expected " + n + ", got " + len + ")");
    }

    /** A function object; module-level ones and methods are immortal when there is room (the JIT folds them). */
    public int newFunction(int codeId, int globals, int defaults, int closure, boolean moduleLevel) {
        int fn = moduleLevel ? heap.allocateImmortal(Heap.header(TypeId.FUNCTION), 24) : vm.alloc(Heap.header(TypeId.FUNCTION), 24);
        mem.storeWord(fn + FN_CODE, codeId);
        mem.storeWord(fn + FN_GLOBALS, globals);
        mem.storeWord(fn + FN_DEFAULTS, defaults);
        mem.storeWord(fn + FN_CLOSURE, closure);
        mem.storeWord(fn + FN_NAME, vm.intern(vm.code(codeId).code.name));
        return fn;
    }

    public int getAttribute(int obj, int name) {
        return attrs.get(obj, name);
    }

    public void setAttribute(int obj, int name, int value) {
        attrs.set(obj, name, value);
    }

    public void deleteAttribute(int obj, int name) {
        attrs.delete(obj, name);
    }

    public int getItem(int obj, int key) {
        return subs.get(obj, key);
    }

    public void setItem(int obj, int key, int value) {
        subs.set(obj, key, value);
    }

    public void deleteItem(int obj, int key) {
        subs.delete(obj, key);
    }

    int newSlice(int lo, int hi, int step) {
        return subs.newSlice(lo, hi, step);
    }

    // ------------------------------------------------------------------ iteration helpers

    public int iter(int obj) {
        return iters.iter(obj);
    }

    /** The next value of an iterator, or NULL when exhausted. */
    public int next(int it) {
        return iters.next(it);
    }

    /** A new list of everything {@code iterable} yields. */
    public int listOf(int iterable) {
        int list = vm.seq.newList(0);
        int mark = heap.handles.mark();
        try {
            int hl = heap.handles.push(list);
            extendList(list, iterable);
            return heap.handles.get(hl);
        } finally {
            heap.handles.release(mark);
        }
    }

    /** list.extend(iterable); may run Python code (user __getitem__). */
    public void extendList(int list, int iterable) {
        if (!Tag.isInt(iterable)) {
            TypeId t = vm.typeOf(iterable);
            if (t == TypeId.LIST) {
                int[] items = vm.seq.toArray(iterable);
                for (int v : items) vm.seq.append(list, v);
                return;
            }
            if (t == TypeId.TUPLE) {
                int n = vm.seq.tupleLength(iterable);
                for (int i = 0; i < n; i++) vm.seq.append(list, vm.seq.tupleGet(iterable, i));
                return;
            }
        }
        int mark = heap.handles.mark();
        try {
            int hl = heap.handles.push(list);
            int hit = heap.handles.push(iters.iter(iterable));
            while (true) {
                int v = iters.next(heap.handles.get(hit));
                if (v == 0) return;
                vm.seq.append(heap.handles.get(hl), v);
            }
        } finally {
            heap.handles.release(mark);
        }
    }

    /** Frames from the innermost outwards, for tracebacks of errors raised in Java code. */
    Frame topFrame() {
        return top;
    }
}
