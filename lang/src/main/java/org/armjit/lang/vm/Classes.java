package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * Classes and instances. A class has a name, at most one base (single inheritance), a
 * namespace dict and the TypeId of its instances (INSTANCE for classes defined in Python).
 * Builtin classes live in the permanent space.
 */
public final class Classes {
    public static final int NAME = 4;
    public static final int BASE = 8;
    public static final int DICT = 12;
    public static final int INSTANCE_TYPE = 16;
    public static final int FLAGS = 20;
    /** Class flag: instances are exceptions (the class derives from BaseException). */
    public static final int EXCEPTION = 1;
    /** Class flag: a builtin type, whose attributes programs cannot set (not inherited). */
    public static final int BUILTIN = 2;
    /** Class flag: the class or a base defines a property (attribute stores must look at the class first; inherited). */
    public static final int DESCRIPTORS = 4;
    /**
     * Class flag: the class derives from {@code list} or {@code dict}; each instance carries a
     * builtin list or dict (its storage, in the ARGS field) that the base's methods work on
     * (inherited).
     */
    public static final int STORAGE = 8;
    /**
     * Class flag: the class or a base defines one of the class-level hooks armjit's library
     * uses instead of a metaclass ({@code __armjit_meta_call__}, {@code _iter__}, {@code _len__},
     * {@code _contains__}, {@code _repr__}: calling, iterating, len, in and repr of the class
     * object itself; the enum module defines them; inherited).
     */
    public static final int META = 16;

    // instance fields
    public static final int CLASS = 4;
    public static final int ATTRS = 8;
    public static final int ARGS = 12;
    public static final int IDHASH = 16;

    private final Vm vm;
    private final GuestMemory mem;
    private int nextIdHash = 0x1234;

    Classes(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    /** Creates a class object. */
    public int newClass(String name, int base, int dict, TypeId instanceType) {
        return newClass(name, base, dict, instanceType, false);
    }

    /** A class object; {@code immortal} for module-level classes (see {@link Heap#allocateImmortal}). */
    public int newClass(String name, int base, int dict, TypeId instanceType, boolean immortal) {
        int c = immortal ? vm.heap.allocateImmortal(Heap.header(TypeId.CLASS), 24) : vm.alloc(Heap.header(TypeId.CLASS), 24);
        mem.storeWord(c + NAME, vm.intern(name));
        mem.storeWord(c + BASE, base);
        mem.storeWord(c + DICT, dict);
        mem.storeWord(c + INSTANCE_TYPE, instanceType.id());
        int flags = base != 0 ? mem.loadWord(base + FLAGS) & (EXCEPTION | DESCRIPTORS | STORAGE | META) : 0;
        if (base != 0 && (base == vm.listClass || base == vm.dictClass)) flags |= STORAGE;
        mem.storeWord(c + FLAGS, flags);
        return c;
    }

    private int builtin(String name, int base, TypeId type) {
        int c = newClass(name, base, vm.dict.newDict(), type);
        mem.storeWord(c + FLAGS, mem.loadWord(c + FLAGS) | BUILTIN);
        vm.builtinClassesByName.put(name, c);
        if (type != TypeId.INSTANCE && type != TypeId.ITERATOR && type != TypeId.DICT_VIEW && vm.classOfType[type.id()] == 0) {
            vm.classOfType[type.id()] = c;
        }
        return c;
    }

    void bootstrap() {
        vm.objectClass = builtin("object", 0, TypeId.INSTANCE);
        vm.typeClass = builtin("type", vm.objectClass, TypeId.CLASS);
        vm.intClass = builtin("int", vm.objectClass, TypeId.BIGINT);
        vm.boolClass = builtin("bool", vm.intClass, TypeId.BOOL);
        vm.floatClass = builtin("float", vm.objectClass, TypeId.FLOAT);
        vm.strClass = builtin("str", vm.objectClass, TypeId.STR);
        vm.listClass = builtin("list", vm.objectClass, TypeId.LIST);
        vm.tupleClass = builtin("tuple", vm.objectClass, TypeId.TUPLE);
        vm.dictClass = builtin("dict", vm.objectClass, TypeId.DICT);
        vm.rangeClass = builtin("range", vm.objectClass, TypeId.RANGE);
        vm.noneClass = builtin("NoneType", vm.objectClass, TypeId.NONE);
        vm.functionClass = builtin("function", vm.objectClass, TypeId.FUNCTION);
        vm.builtinClass = builtin("builtin_function_or_method", vm.objectClass, TypeId.BUILTIN);
        vm.methodClass = builtin("method", vm.objectClass, TypeId.METHOD);
        vm.moduleClass = builtin("module", vm.objectClass, TypeId.MODULE);
        vm.cellClass = builtin("cell", vm.objectClass, TypeId.CELL);
        vm.sliceClass = builtin("slice", vm.objectClass, TypeId.SLICE);
        builtin("super", vm.objectClass, TypeId.SUPER);
        vm.setClass = builtin("set", vm.objectClass, TypeId.SET);
        vm.frozensetClass = builtin("frozenset", vm.objectClass, TypeId.FROZENSET);
        for (IteratorKind k : IteratorKind.values()) {
            vm.iteratorClass[k.ordinal()] = builtin(k.typeName, vm.objectClass, TypeId.ITERATOR);
        }
        String[] views = {"dict_keys", "dict_values", "dict_items"};
        for (int i = 0; i < 3; i++) vm.dictViewClass[i] = builtin(views[i], vm.objectClass, TypeId.DICT_VIEW);

        vm.baseException = builtin("BaseException", vm.objectClass, TypeId.INSTANCE);
        mem.storeWord(vm.baseException + FLAGS, EXCEPTION | BUILTIN);
        builtin("SystemExit", vm.baseException, TypeId.INSTANCE);
        builtin("KeyboardInterrupt", vm.baseException, TypeId.INSTANCE);
        vm.exception = builtin("Exception", vm.baseException, TypeId.INSTANCE);
        String[][] tree = {
            {"ArithmeticError", "Exception"}, {"ZeroDivisionError", "ArithmeticError"},
            {"OverflowError", "ArithmeticError"}, {"FloatingPointError", "ArithmeticError"},
            {"AssertionError", "Exception"}, {"AttributeError", "Exception"},
            {"LookupError", "Exception"}, {"IndexError", "LookupError"}, {"KeyError", "LookupError"},
            {"NameError", "Exception"}, {"UnboundLocalError", "NameError"},
            {"RuntimeError", "Exception"}, {"RecursionError", "RuntimeError"},
            {"NotImplementedError", "RuntimeError"}, {"TypeError", "Exception"},
            {"ValueError", "Exception"}, {"UnicodeError", "ValueError"}, {"UnicodeEncodeError", "UnicodeError"},
            {"MemoryError", "Exception"}, {"StopIteration", "Exception"},
            {"ImportError", "Exception"}, {"ModuleNotFoundError", "ImportError"},
            {"OSError", "Exception"}, {"FileNotFoundError", "OSError"}, {"IsADirectoryError", "OSError"},
            {"PermissionError", "OSError"},
        };
        for (String[] e : tree) builtin(e[0], vm.builtinClass(e[1]), TypeId.INSTANCE);
        vm.stopIteration = vm.builtinClass("StopIteration");
        vm.staticmethodClass = builtin("staticmethod", vm.objectClass, TypeId.INSTANCE);
        vm.classmethodClass = builtin("classmethod", vm.objectClass, TypeId.INSTANCE);
        vm.propertyClass = builtin("property", vm.objectClass, TypeId.INSTANCE);
    }

    /** The class of any value. */
    public int classOf(int w) {
        if (Tag.isInt(w)) return vm.intClass;
        int header = mem.loadWord(w);
        int t = header & Heap.TYPE_MASK;
        if (t == TypeId.INSTANCE.id()) return mem.loadWord(w + CLASS);
        if (t == TypeId.ITERATOR.id()) return vm.iteratorClass[mem.loadWord(w + 4)];
        if (t == TypeId.DICT_VIEW.id()) return vm.dictViewClass[mem.loadWord(w + 4)];
        return vm.classOfType[t];
    }

    public String name(int cls) {
        return vm.str.toJava(mem.loadWord(cls + NAME));
    }

    public int base(int cls) {
        return mem.loadWord(cls + BASE);
    }

    public int dict(int cls) {
        return mem.loadWord(cls + DICT);
    }

    public TypeId instanceType(int cls) {
        return TypeId.of(mem.loadWord(cls + INSTANCE_TYPE));
    }

    public boolean isExceptionClass(int cls) {
        return (mem.loadWord(cls + FLAGS) & EXCEPTION) != 0;
    }

    public boolean isBuiltinClass(int cls) {
        return (mem.loadWord(cls + FLAGS) & BUILTIN) != 0;
    }

    public boolean isClass(int w) {
        return vm.isType(w, TypeId.CLASS);
    }

    /** Whether {@code cls} is {@code parent} or derives from it. */
    public boolean isSubclass(int cls, int parent) {
        for (int c = cls; c != 0; c = base(c)) {
            if (c == parent) return true;
        }
        return false;
    }

    public boolean isInstance(int w, int cls) {
        return isSubclass(classOf(w), cls);
    }

    /** Looks {@code name} (an interned str) up along the class chain; NULL if absent. */
    public int lookup(int cls, int name) {
        for (int c = cls; c != 0; c = base(c)) {
            int v = vm.dict.getStr(dict(c), name);
            if (v != 0) return v;
        }
        return 0;
    }

    /** A new instance of a class defined in Python (or object). */
    /** Whether instances of cls may have properties (so attribute access must consult the class first). */
    public boolean hasDescriptors(int cls) {
        return (mem.loadWord(cls + FLAGS) & DESCRIPTORS) != 0;
    }

    void markDescriptors(int cls) {
        mem.storeWord(cls + FLAGS, mem.loadWord(cls + FLAGS) | DESCRIPTORS);
    }

    public int newInstance(int cls) {
        int dict = vm.dict.newDict();
        int obj = vm.alloc(Heap.header(TypeId.INSTANCE), 24);
        mem.storeWord(obj + CLASS, cls);
        mem.storeWord(obj + ATTRS, dict);
        return obj;
    }

    public int newExceptionInstance(int cls, int args) {
        int obj = newInstance(cls);
        mem.storeWord(obj + ARGS, args);
        return obj;
    }

    /** Whether instances of cls carry a builtin list or dict (cls derives from list or dict). */
    public boolean hasStorage(int cls) {
        return (mem.loadWord(cls + FLAGS) & STORAGE) != 0;
    }

    public boolean hasMeta(int cls) {
        return (mem.loadWord(cls + FLAGS) & META) != 0;
    }

    void markMeta(int cls) {
        mem.storeWord(cls + FLAGS, mem.loadWord(cls + FLAGS) | META);
    }

    /**
     * The class-level hook {@code __armjit_meta_<what>__} of a class object, or NULL (also when
     * {@code w} is not a class or has no hooks).
     */
    public int metaHook(int w, String what) {
        if (Tag.isInt(w) || (mem.loadWord(w) & Heap.TYPE_MASK) != TypeId.CLASS.id() || !hasMeta(w)) return 0;
        return lookup(w, vm.intern("__armjit_meta_" + what + "__"));
    }

    /** The builtin class (list or dict) whose storage instances of a STORAGE class carry. */
    public int storageBase(int cls) {
        for (int c = cls; c != 0; c = base(c)) {
            if (c == vm.listClass || c == vm.dictClass) return c;
        }
        return 0;
    }

    /**
     * The builtin list or dict behind an instance of a list or dict subclass; any other value
     * is returned as it is. Builtin methods of list and dict call this on their receiver.
     */
    public int storage(int w) {
        if (Tag.isInt(w) || w == 0) return w;
        if ((mem.loadWord(w) & Heap.TYPE_MASK) != TypeId.INSTANCE.id()) return w;
        int cls = mem.loadWord(w + CLASS);
        if ((mem.loadWord(cls + FLAGS) & STORAGE) == 0) return w;
        return mem.loadWord(w + ARGS);
    }

    /** A new instance of a list or dict subclass, with an empty list or dict as its storage. */
    public int newStorageInstance(int cls) {
        int store = storageBase(cls) == vm.listClass ? vm.seq.newList(0) : vm.dict.newDict();
        int mark = vm.heap.handles.mark();
        try {
            int hs = vm.heap.handles.push(store), hc = vm.heap.handles.push(cls);
            int obj = newInstance(vm.heap.handles.get(hc));
            mem.storeWord(obj + ARGS, vm.heap.handles.get(hs));
            return obj;
        } finally {
            vm.heap.handles.release(mark);
        }
    }

    public int instanceDict(int obj) {
        return mem.loadWord(obj + ATTRS);
    }

    public int exceptionArgs(int obj) {
        int a = mem.loadWord(obj + ARGS);
        return a == 0 ? vm.seq.newTuple(0) : a;
    }

    public void setExceptionArgs(int obj, int args) {
        if (vm.heap.isPermanent(obj)) vm.heap.rememberPermanent(obj);
        mem.storeWord(obj + ARGS, args);
        vm.heap.writeBarrier(obj, args);
    }

    public boolean isException(int w) {
        return !Tag.isInt(w) && vm.typeOf(w) == TypeId.INSTANCE && isExceptionClass(classOf(w));
    }

    /** Identity hash of an instance, kept in the object because objects move. */
    public int identityHash(int obj) {
        int h = mem.loadWord(obj + IDHASH);
        if (h == 0) {
            nextIdHash = nextIdHash * 1103515245 + 12345;
            h = (nextIdHash >>> 2) & Tag.MAX;
            if (h == 0) h = 1;
            mem.storeWord(obj + IDHASH, h);
        }
        return h;
    }
}
