package org.armjit.lang.vm;

import org.armjit.lang.bytecode.CodeObject;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One Python VM instance: the guest heap, the well-known objects, the builtin classes and
 * functions, the code table and the helpers that implement each object type. Everything
 * Python-visible lives in guest memory; Java holds only value words (see {@link Tag}).
 */
public final class Vm {
    /** Guest address of the heap in simulated mode; above 0 so that NULL is never an object. */
    public static final int HEAP_BASE = 0x1000_0000;
    /** The permanent space: builtins, interned strings and code constants (a few hundred KiB in practice). */
    static int permSize(int heapBytes) {
        return Math.max(1 << 20, Math.min(8 << 20, heapBytes / 16));
    }

    public final Heap heap;
    /** Java helpers that compiled code may call (the JIT registers its own). */
    public final org.armjit.runtime.calls.RuntimeCallTable calls = new org.armjit.runtime.calls.RuntimeCallTable();
    public final GuestMemory mem;
    public final PrintStream out;
    public final PrintStream err;
    public final String[] argv;

    /** While true, new objects go to the permanent space (builtin classes, their dicts). */
    private boolean bootstrapping = true;

    public final int none;
    public final int trueObj;
    public final int falseObj;

    // Builtin classes; classOfType maps a TypeId to its class.
    final int[] classOfType = new int[TypeId.values().length];
    final int[] iteratorClass = new int[IteratorKind.values().length];
    final int[] dictViewClass = new int[3];
    public int objectClass, typeClass, intClass, boolClass, floatClass, strClass, listClass,
            tupleClass, dictClass, rangeClass, noneClass, functionClass, builtinClass, methodClass,
            moduleClass, cellClass, sliceClass, setClass, frozensetClass, staticmethodClass, classmethodClass,
            propertyClass;
    public int baseException, exception, stopIteration;
    final Map<String, Integer> builtinClassesByName = new HashMap<>();

    private final Map<String, Integer> interned = new HashMap<>();
    /** Builtin functions by id: an array, whose loads need no cast to the interface (a slow check per call from a List). */
    private BuiltinFunction[] builtinTable = new BuiltinFunction[256];
    private int builtinCount;
    final List<String> builtinNames = new ArrayList<>();
    final List<LoadedCode> codeTable = new ArrayList<>();

    public final Strs str;
    public final Ints ints;
    public final Floats floats;
    public final Seqs seq;
    public final Dicts dict;
    public final Ops ops;
    final Sets sets;
    final PyHash pyHash;
    public final Classes classes;
    public final Interpreter interp;
    final Builtins builtins;

    /** The builtins module's namespace, and the loaded modules (name -> module object). */
    public int builtinsDict;
    public int modulesDict;

    public Vm(int heapBytes, PrintStream out, PrintStream err, String[] argv) {
        this(GuestMemory.allocate(HEAP_BASE, heapBytes), out, err, argv);
    }

    /** A VM whose heap is {@code heapMemory} (Java memory in simulated mode, native memory on an ARM host). */
    public Vm(GuestMemory heapMemory, PrintStream out, PrintStream err, String[] argv) {
        this.mem = heapMemory;
        int heapBytes = heapMemory.size();
        this.heap = new Heap(mem, permSize(heapBytes));
        this.out = out;
        this.err = err;
        this.argv = argv;
        this.none = heap.allocatePermanent(Heap.header(TypeId.NONE), 8);
        this.falseObj = heap.allocatePermanent(Heap.header(TypeId.BOOL), 8);
        this.trueObj = heap.allocatePermanent(Heap.header(TypeId.BOOL), 8);
        mem.storeWord(trueObj + 4, 1);
        this.str = new Strs(this);
        this.ints = new Ints(this);
        this.floats = new Floats(this);
        this.seq = new Seqs(this);
        this.dict = new Dicts(this);
        this.ops = new Ops(this);
        this.sets = new Sets(this);
        this.pyHash = new PyHash(this);
        this.classes = new Classes(this);
        this.interp = new Interpreter(this);
        classes.bootstrap();
        this.builtins = new Builtins(this);
        builtins.install();
        bootstrapping = false;
        heap.roots(interp);
        heap.roots(v -> {
            builtinsDict = v.visit(builtinsDict);
            modulesDict = v.visit(modulesDict);
        });
    }

    // ------------------------------------------------------------------ allocation

    /** Allocates a zeroed object; header is {@code Heap.header(type[, width])}. */
    public int alloc(int header, int size) {
        return bootstrapping ? heap.allocatePermanent(header, size) : heap.allocate(header, size);
    }

    public TypeId typeOf(int ref) {
        return TypeId.of(mem.loadWord(ref) & Heap.TYPE_MASK);
    }

    /** The TypeId of any value word (small ints report BIGINT's sibling INVALID-free: use isInt first). */
    public boolean isType(int w, TypeId t) {
        return !Tag.isInt(w) && (mem.loadWord(w) & Heap.TYPE_MASK) == t.id();
    }

    public int bool(boolean b) {
        return b ? trueObj : falseObj;
    }

    // ------------------------------------------------------------------ strings

    /** The interned (permanent, unique) str for {@code s}: names, attribute keys, constants. */
    public int intern(String s) {
        Integer r = interned.get(s);
        if (r != null) return r;
        int ref = str.allocPermanent(s);
        interned.put(s, ref);
        return ref;
    }

    // ------------------------------------------------------------------ builtins

    /** Registers a Java function and returns its builtin id. */
    public int registerBuiltin(String name, BuiltinFunction fn) {
        if (builtinCount == builtinTable.length) builtinTable = java.util.Arrays.copyOf(builtinTable, 2 * builtinCount);
        builtinTable[builtinCount++] = fn;
        builtinNames.add(name);
        return builtinCount - 1;
    }

    /** A BUILTIN function object for builtin id {@code id}, bound to {@code self} (or NULL). */
    public int builtinObject(int id, int self) {
        return builtinObject(id, self, alloc(Heap.header(TypeId.BUILTIN), 16));
    }

    /**
     * An unbound BUILTIN function object for a module's namespace: immortal like the module,
     * so its address never changes and traces can fold it as a constant.
     */
    int moduleBuiltinObject(int id) {
        int header = Heap.header(TypeId.BUILTIN);
        return builtinObject(id, 0, bootstrapping ? heap.allocatePermanent(header, 16) : heap.allocateImmortal(header, 16));
    }

    private int builtinObject(int id, int self, int b) {
        mem.storeWord(b + 4, id);
        mem.storeWord(b + 8, self);
        mem.storeWord(b + 12, intern(builtinNames.get(id)));
        return b;
    }

    public BuiltinFunction builtinFunction(int id) {
        return builtinTable[id];
    }

    public String builtinName(int id) {
        return builtinNames.get(id);
    }

    // ------------------------------------------------------------------ code

    /** Loads a compiled code object (and its children) and returns its code id. */
    public int load(CodeObject code) {
        return loadChild(code);
    }

    int loadChild(CodeObject code) {
        int id = codeTable.size();
        LoadedCode lc = new LoadedCode(this, code, id);
        codeTable.set(id, lc);
        return id;
    }

    public LoadedCode code(int id) {
        return codeTable.get(id);
    }

    /** The NotImplemented singleton (what a special method returns to decline). */
    public int notImplemented() {
        return builtins.notImplemented();
    }

    // ------------------------------------------------------------------ exceptions

    /** The builtin class named {@code name} (int, ValueError, ...). */
    public int builtinClass(String name) {
        Integer c = builtinClassesByName.get(name);
        if (c == null) throw new IllegalStateException("no builtin class " + name);
        return c;
    }

    /** Creates an exception instance of builtin class {@code type} with one str argument (or none if msg is null). */
    public int newException(String type, String msg) {
        int cls = builtinClass(type);
        int args = msg == null ? seq.newTuple(0) : seq.tupleOf(str.of(msg));
        return classes.newExceptionInstance(cls, args);
    }

    /** Throws a Python exception of builtin class {@code type} with message {@code msg}. */
    public PyException raise(String type, String msg) {
        throw new PyException(newException(type, msg));
    }

    public PyException typeError(String msg) {
        throw raise("TypeError", msg);
    }

    public PyException valueError(String msg) {
        throw raise("ValueError", msg);
    }

    /** Python's type name of a value, as error messages print it. */
    public String typeName(int w) {
        return str.toJava(mem.loadWord(classes.classOf(w) + 4));
    }

    /** The str keys of a dict, in its order (for "Did you mean" suggestions). */
    java.util.List<String> dictKeyNames(int d) {
        java.util.List<String> names = new java.util.ArrayList<>();
        if (d == 0) return names;
        for (int e = dict.nextEntry(d, 0); e >= 0; e = dict.nextEntry(d, e + 1)) {
            int k = dict.entryKey(d, e);
            if (!Tag.isInt(k) && typeOf(k) == org.armjit.runtime.heap.TypeId.STR) names.add(str.toJava(k));
        }
        return names;
    }
}
