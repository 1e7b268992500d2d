package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/** Attribute access: instances, classes, modules, and the methods of builtin types. */
final class Attributes {
    private final Vm vm;
    private final GuestMemory mem;

    Attributes(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    private boolean is(int w, String s) {
        return vm.str.equals(w, vm.intern(s));
    }

    /**
     * For LOAD_METHOD: the plain function (or unbound builtin) that {@code obj.name} would
     * bind to {@code obj}, or NULL when the attribute is something else.
     */
    int lookupMethod(int obj, int name) {
        int cls = vm.classes.classOf(obj);
        if (!Tag.isInt(obj)) {
            TypeId t = vm.typeOf(obj);
            if (t == TypeId.INSTANCE) {
                if (vm.dict.getStr(vm.classes.instanceDict(obj), name) != 0) return 0;
            } else if (t == TypeId.CLASS || t == TypeId.MODULE || t == TypeId.SUPER) {
                return 0;
            }
        }
        int m = vm.classes.lookup(cls, name);
        if (m == 0 || Tag.isInt(m)) return 0;
        TypeId mt = vm.typeOf(m);
        if (mt == TypeId.FUNCTION) return m;
        if (mt == TypeId.BUILTIN && mem.loadWord(m + 8) == 0) return m;
        return 0;
    }

    int get(int obj, int name) {
        int cls = vm.classes.classOf(obj);
        if (!Tag.isInt(obj)) {
            switch (vm.typeOf(obj)) {
                case INSTANCE: {
                    if (vm.classes.hasDescriptors(cls)) {
                        int p = vm.classes.lookup(cls, name);
                        if (isA(p, vm.propertyClass)) return propertyGet(p, obj, name);
                    }
                    int v = vm.dict.getStr(vm.classes.instanceDict(obj), name);
                    if (v != 0) return v;
                    if (vm.classes.isExceptionClass(cls) && is(name, "args")) return vm.classes.exceptionArgs(obj);
                    break;
                }
                case CLASS: {
                    int v = vm.classes.lookup(obj, name);
                    if (isA(v, vm.staticmethodClass)) return wrapped(v);
                    if (isA(v, vm.classmethodClass)) return boundMethod(wrapped(v), obj);
                    if (v != 0) return v;
                    if (is(name, "__name__")) return mem.loadWord(obj + Classes.NAME);
                    if (is(name, "__dict__") && !vm.classes.isBuiltinClass(obj)) return vm.classes.dict(obj);
                    if (is(name, "__base__")) {
                        int b = vm.classes.base(obj);
                        return b == 0 ? vm.none : b;
                    }
                    throw noAttribute(obj, name, "type object '" + vm.classes.name(obj) + "' has no attribute '"
                            + vm.str.toJava(name) + "'");
                }
                case MODULE: {
                    int v = vm.dict.getStr(mem.loadWord(obj + 8), name);
                    if (v != 0) return v;
                    if (is(name, "__name__")) return mem.loadWord(obj + 4);
                    throw noAttribute(obj, name, "module '" + vm.str.toJava(mem.loadWord(obj + 4))
                            + "' has no attribute '" + vm.str.toJava(name) + "'");
                }
                case FUNCTION:
                    if (is(name, "__name__")) return mem.loadWord(obj + Interpreter.FN_NAME);
                    if (is(name, "__qualname__")) return vm.str.of(vm.interp.functionQualname(obj));
                    break;
                case BUILTIN:
                    if (is(name, "__name__")) return mem.loadWord(obj + 12);
                    break;
                case SUPER: {
                    int start = vm.classes.base(mem.loadWord(obj + 4));
                    int m = start == 0 ? 0 : vm.classes.lookup(start, name);
                    if (m != 0) return bind(m, mem.loadWord(obj + 8));
                    throw vm.raise("AttributeError", "'super' object has no attribute '" + vm.str.toJava(name) + "'");
                }
                default:
                    break;
            }
        }
        if (is(name, "__class__")) return cls;
        int m = vm.classes.lookup(cls, name);
        if (m != 0) return bind(m, obj);
        throw noAttribute(obj, name, "'" + vm.typeName(obj) + "' object has no attribute '" + vm.str.toJava(name) + "'");
    }

    /** object's own attributes, as dir() lists them for every object (CPython 3.11). */
    private static final java.util.List<String> OBJECT_DIR = java.util.List.of("__class__", "__delattr__", "__dir__", "__doc__",
            "__eq__", "__format__", "__ge__", "__getattribute__", "__getstate__", "__gt__", "__hash__", "__init__",
            "__init_subclass__", "__le__", "__lt__", "__ne__", "__new__", "__reduce__", "__reduce_ex__", "__repr__",
            "__setattr__", "__sizeof__", "__str__", "__subclasshook__");

    /**
     * AttributeError with CPython's "Did you mean" candidate from dir(obj): a module's names, or
     * an object's own attributes, its class chain's and object's, sorted.
     */
    private PyException noAttribute(int obj, int name, String message) {
        String missing = vm.str.toJava(name);
        java.util.TreeSet<String> dir = new java.util.TreeSet<>();
        if (!Tag.isInt(obj) && vm.typeOf(obj) == TypeId.MODULE) {
            dir.addAll(vm.dictKeyNames(mem.loadWord(obj + 8)));
        } else {
            if (!Tag.isInt(obj) && vm.typeOf(obj) == TypeId.INSTANCE) dir.addAll(vm.dictKeyNames(vm.classes.instanceDict(obj)));
            int cls = !Tag.isInt(obj) && vm.typeOf(obj) == TypeId.CLASS ? obj : vm.classes.classOf(obj);
            for (int c = cls; c != 0; c = vm.classes.base(c)) dir.addAll(vm.dictKeyNames(vm.classes.dict(c)));
            dir.addAll(OBJECT_DIR);
        }
        PyException e = new PyException(vm.newException("AttributeError", message));
        e.suggestion = Suggestions.best(missing, new java.util.ArrayList<>(dir));
        return e;
    }

    private boolean isA(int v, int cls) {
        return v != 0 && !Tag.isInt(v) && vm.typeOf(v) == TypeId.INSTANCE && mem.loadWord(v + Classes.CLASS) == cls;
    }

    /** The function a staticmethod or classmethod wraps. */
    private int wrapped(int descriptor) {
        return vm.dict.getStr(vm.classes.instanceDict(descriptor), vm.intern("__func__"));
    }

    private int boundMethod(int func, int self) {
        int b = vm.alloc(Heap.header(TypeId.METHOD), 16);
        mem.storeWord(b + 4, func);
        mem.storeWord(b + 8, self);
        return b;
    }

    private int propertyGet(int p, int obj, int name) {
        int fget = vm.dict.getStr(vm.classes.instanceDict(p), vm.intern("fget"));
        if (fget == 0 || fget == vm.none) {
            throw vm.raise("AttributeError", "property '" + vm.str.toJava(name) + "' of '" + vm.typeName(obj)
                    + "' object has no getter");
        }
        return vm.interp.call(fget, obj);
    }

    /** A class attribute read through an instance: functions become bound methods, descriptors do their part. */
    private int bind(int m, int obj) {
        if (Tag.isInt(m)) return m;
        TypeId t = vm.typeOf(m);
        if (t == TypeId.FUNCTION) return boundMethod(m, obj);
        if (t == TypeId.INSTANCE) {
            int c = mem.loadWord(m + Classes.CLASS);
            if (c == vm.staticmethodClass) return wrapped(m);
            if (c == vm.classmethodClass) return boundMethod(wrapped(m), vm.classes.classOf(obj));
            if (c == vm.propertyClass) return propertyGet(m, obj, vm.intern("?"));
        }
        if (t == TypeId.BUILTIN && mem.loadWord(m + 8) == 0) return vm.builtinObject(mem.loadWord(m + 4), obj);
        return m;
    }

    void set(int obj, int name, int value) {
        if (!Tag.isInt(obj)) {
            switch (vm.typeOf(obj)) {
                case INSTANCE:
                    if (vm.classes.isExceptionClass(vm.classes.classOf(obj)) && is(name, "args")) {
                        TypeId vt = Tag.isInt(value) ? TypeId.INVALID : vm.typeOf(value);
                        if (vt == TypeId.LIST) {
                            int[] items = vm.seq.toArray(value);
                            value = vm.seq.tupleFrom(items, 0, items.length);
                        } else if (vt != TypeId.TUPLE) {
                            value = vm.seq.tupleOf(value);
                        }
                        vm.classes.setExceptionArgs(obj, value);
                        return;
                    }
                    if (vm.heap.isPermanent(obj)) break; // builtin singletons (NotImplemented) take no attributes
                    if (vm.classes.hasDescriptors(vm.classes.classOf(obj))) {
                        int p = vm.classes.lookup(vm.classes.classOf(obj), name);
                        if (isA(p, vm.propertyClass)) {
                            int fset = vm.dict.getStr(vm.classes.instanceDict(p), vm.intern("fset"));
                            if (fset == 0 || fset == vm.none) {
                                throw vm.raise("AttributeError", "property '" + vm.str.toJava(name) + "' of '"
                                        + vm.typeName(obj) + "' object has no setter");
                            }
                            vm.interp.call(fset, obj, value);
                            return;
                        }
                    }
                    vm.dict.put(vm.classes.instanceDict(obj), name, vm.str.hash(name), value);
                    return;
                case CLASS:
                    if (vm.classes.isBuiltinClass(obj)) {
                        throw vm.typeError("cannot set '" + vm.str.toJava(name) + "' attribute of immutable type '"
                                + vm.classes.name(obj) + "'");
                    }
                    if (is(name, "__name__") && !Tag.isInt(value) && vm.typeOf(value) == TypeId.STR) {
                        mem.storeWord(obj + Classes.NAME, vm.intern(vm.str.toJava(value)));
                        return;
                    }
                    vm.dict.put(vm.classes.dict(obj), name, vm.str.hash(name), value);
                    return;
                case MODULE:
                    vm.dict.put(mem.loadWord(obj + 8), name, vm.str.hash(name), value);
                    return;
                default:
                    break;
            }
        }
        throw vm.raise("AttributeError", "'" + vm.typeName(obj) + "' object has no attribute '" + vm.str.toJava(name) + "'");
    }

    void delete(int obj, int name) {
        if (!Tag.isInt(obj)) {
            TypeId t = vm.typeOf(obj);
            int dict = t == TypeId.INSTANCE ? vm.classes.instanceDict(obj)
                    : t == TypeId.CLASS && !vm.classes.isBuiltinClass(obj) ? vm.classes.dict(obj) : 0;
            if (dict != 0) {
                if (vm.dict.remove(dict, name) != 0) return;
                if (t == TypeId.CLASS) {
                    throw vm.raise("AttributeError", "type object '" + vm.classes.name(obj) + "' has no attribute '"
                            + vm.str.toJava(name) + "'");
                }
            }
        }
        throw vm.raise("AttributeError", "'" + vm.typeName(obj) + "' object has no attribute '" + vm.str.toJava(name) + "'");
    }
}
