package org.armjit.lang.vm;

import org.armjit.runtime.heap.Handles;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;

/**
 * The builtins module: functions, builtin class constructors, class creation, raising and
 * matching exceptions, imports. Methods of the builtin types are in {@link TypeMethods},
 * the math and sys modules in {@link MathModule} and {@link SysModule}.
 */
final class Builtins {
    private final Vm vm;
    private final GuestMemory mem;
    private final Handles handles;
    final Args args;
    final Formatting fmt;
    /** Constructors of builtin classes (called with self = the class). */
    private final Map<Integer, BuiltinFunction> constructors = new HashMap<>();
    private int objectInit;
    private int memoryError;
    private int notImplemented;
    /** sys.stdout and sys.stderr: instances of a builtin class whose write() prints. */
    int stdout, stderr;

    Builtins(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
        this.handles = vm.heap.handles;
        this.args = new Args(vm);
        this.fmt = new Formatting(vm);
    }

    int def(int dict, String name, BuiltinFunction fn) {
        if (dict == vm.classes.dict(vm.listClass) || dict == vm.classes.dict(vm.dictClass)) {
            // methods of list and dict work on the storage of subclass instances
            BuiltinFunction plain = fn;
            fn = (self, a, off, n, kw) -> plain.call(vm.classes.storage(self), a, off, n, kw);
        }
        return defRaw(dict, name, fn);
    }

    /** def without the receiver unwrapping of list and dict methods (the method needs the instance itself). */
    int defRaw(int dict, String name, BuiltinFunction fn) {
        if (dict == vm.classes.dict(vm.listClass) || dict == vm.classes.dict(vm.dictClass)) {
            // called through the class (list.append(xs, 1)): the receiver is the first argument
            BuiltinFunction bound = fn;
            String owner = dict == vm.classes.dict(vm.listClass) ? "list" : "dict";
            fn = (self, a, off, n, kw) -> {
                if (self != 0) return bound.call(self, a, off, n, kw);
                if (n - args.keywordCount(kw) == 0) {
                    throw vm.typeError("unbound method " + owner + "." + name + "() needs an argument");
                }
                int recv = a[off];
                if (!vm.classes.isInstance(recv, owner.equals("list") ? vm.listClass : vm.dictClass)) {
                    throw vm.typeError("descriptor '" + name + "' for '" + owner + "' objects doesn't apply to a '"
                            + vm.typeName(recv) + "' object");
                }
                return bound.call(recv, a, off + 1, n - 1, kw);
            };
        }
        int id = vm.registerBuiltin(name, fn);
        int obj = vm.moduleBuiltinObject(id);
        vm.dict.put(dict, vm.intern(name), obj);
        return obj;
    }

    private void constructor(String cls, BuiltinFunction fn) {
        constructors.put(vm.builtinClass(cls), fn);
    }

    void install() {
        int b = vm.dict.newDict(128);
        vm.builtinsDict = b;
        vm.modulesDict = vm.dict.newDict();
        notImplemented = vm.classes.newInstance(vm.builtinClass("object"));
        for (String name : vm.builtinClassesByName.keySet()) {
            if (name.endsWith("_iterator") || name.startsWith("dict_") || name.equals("NoneType")
                    || name.equals("function") || name.equals("builtin_function_or_method") || name.equals("method")
                    || name.equals("module") || name.equals("cell") || name.equals("str_ascii_iterator")
                    || name.equals("iterator") || name.equals("generator")) {
                continue;
            }
            vm.dict.put(b, vm.intern(name), vm.builtinClass(name));
        }
        vm.dict.put(b, vm.intern("NotImplemented"), notImplemented);
        memoryError = vm.newException("MemoryError", null);
        int textIO = vm.classes.newClass("TextIOWrapper", vm.objectClass, vm.dict.newDict(), TypeId.INSTANCE);
        def(vm.classes.dict(textIO), "write", (self, a, off, n, kw) -> {
            args.exactly("write", n, 1);
            if (Tag.isInt(a[off]) || vm.typeOf(a[off]) != TypeId.STR) {
                throw vm.typeError("write() argument must be str, not " + vm.typeName(a[off]));
            }
            String text = vm.str.toJava(a[off]);
            checkEncodable(text);
            (self == stderr ? vm.err : vm.out).print(text);
            return Tag.box(vm.str.length(a[off]));
        });
        def(vm.classes.dict(textIO), "flush", (self, a, off, n, kw) -> vm.none);
        stdout = vm.classes.newInstance(textIO);
        stderr = vm.classes.newInstance(textIO);

        objectInit = def(vm.classes.dict(vm.objectClass), "__init__", (self, a, off, n, kw) -> vm.none);
        def(vm.classes.dict(vm.objectClass), "__new__", (self, a, off, n, kw) -> {
            // object.__new__(cls): a bare instance, without __init__
            if (n < 1 || !vm.classes.isClass(a[off])) throw vm.typeError("object.__new__(X): X is not a type object");
            int cls = a[off];
            if (vm.classes.instanceType(cls) != TypeId.INSTANCE) {
                throw vm.typeError("object.__new__(" + vm.classes.name(cls) + ") is not safe, use " + vm.classes.name(cls) + ".__new__()");
            }
            if (vm.classes.hasStorage(cls)) return vm.classes.newStorageInstance(cls);
            if (vm.classes.isExceptionClass(cls)) return vm.classes.newExceptionInstance(cls, vm.seq.newTuple(0));
            return vm.classes.newInstance(cls);
        });
        def(vm.classes.dict(vm.baseException), "__init__", (self, a, off, n, kw) -> {
            args.onlyKeywords("BaseException", kw);
            vm.classes.setExceptionArgs(self, vm.seq.tupleFrom(a, off, n));
            return vm.none;
        });

        installFunctions(b);
        installConstructors();
        new TypeMethods(vm, this).install();
        new SetMethods(vm, this).install();
    }

    int notImplemented() {
        return notImplemented;
    }

    int memoryError() {
        return memoryError;
    }

    // ------------------------------------------------------------------ builtin functions

    /**
     * Standard output is UTF-8, which has no lone surrogates: CPython's TextIOWrapper raises
     * UnicodeEncodeError for the text written (what was written before stays written).
     */
    private void checkEncodable(String text) {
        int cp = 0;
        for (int i = 0; i < text.length(); cp++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
            if (!pair && Character.isSurrogate(c)) {
                int first = cp, last = cp;
                int j = i + 1;
                while (j < text.length() && Character.isSurrogate(text.charAt(j))
                        && !(Character.isHighSurrogate(text.charAt(j)) && j + 1 < text.length() && Character.isLowSurrogate(text.charAt(j + 1)))) {
                    j++;
                    last++;
                }
                String what = first == last ? String.format("character '\\u%04x' in position %d", (int) c, first)
                        : "characters in position " + first + "-" + last;
                throw vm.raise("UnicodeEncodeError", "'utf-8' codec can't encode " + what + ": surrogates not allowed");
            }
            i += pair ? 2 : 1;
        }
    }

    /** print's sep= or end=: a str, with CPython's message otherwise. */
    private String printOption(int w, String name) {
        if (Tag.isInt(w) || vm.typeOf(w) != TypeId.STR) throw vm.typeError(name + " must be None or a string, not " + vm.typeName(w));
        return vm.str.toJava(w);
    }

    private void installFunctions(int b) {
        def(b, "print", (self, a, off, n, kw) -> {
            args.onlyKeywords("print", kw, "sep", "end", "flush", "file");
            int nk = args.keywordCount(kw);
            int sepW = args.keyword(a, off, n, kw, "sep"), endW = args.keyword(a, off, n, kw, "end");
            String sep = sepW == 0 || sepW == vm.none ? " " : printOption(sepW, "sep");
            String end = endW == 0 || endW == vm.none ? "\n" : printOption(endW, "end");
            StringBuilder sb = new StringBuilder();
            int file = args.keyword(a, off, n, kw, "file");
            boolean toStdout = file == 0 || file == vm.none || file == stdout;
            try {
                for (int i = 0; i < n - nk; i++) {
                    if (i > 0) sb.append(sep);
                    String piece = vm.ops.str(a[off + i]);
                    if (toStdout) checkEncodable(piece);
                    sb.append(piece);
                }
            } catch (PyException e) {
                // CPython writes each argument as it converts it: what came before a failing
                // __str__ (and the separator after it) is already out when the error is raised
                if (toStdout) vm.out.print(sb);
                throw e;
            }
            sb.append(end);
            if (toStdout) {
                vm.out.print(sb);
            } else {
                file = args.keyword(a, off, n, kw, "file"); // read again: __str__ may have moved it
                int hf = handles.push(file);
                try {
                    int text = vm.str.of(sb.toString());
                    vm.interp.call(vm.interp.getAttribute(handles.get(hf), vm.intern("write")), text);
                } finally {
                    handles.release(hf);
                }
            }
            return vm.none;
        });
        def(b, "len", (self, a, off, n, kw) -> {
            args.onlyKeywords("len", kw);
            args.exactly("len", n, 1);
            return Tag.box(vm.ops.len(a[off]));
        });
        def(b, "repr", (self, a, off, n, kw) -> {
            args.exactly("repr", n, 1);
            return vm.str.of(vm.ops.repr(a[off]));
        });
        def(b, "abs", (self, a, off, n, kw) -> {
            args.exactly("abs", n, 1);
            int v = a[off];
            if (vm.ints.isInt(v)) return vm.ints.sign(v) < 0 ? vm.ints.neg(v) : vm.ops.positive(v);
            if (vm.floats.isFloat(v)) return vm.floats.box(Math.abs(vm.floats.value(v)));
            int r = vm.ops.userUnary(v, "__abs__");
            if (r != 0) return r;
            throw vm.typeError("bad operand type for abs(): '" + vm.typeName(v) + "'");
        });
        def(b, "isinstance", (self, a, off, n, kw) -> {
            args.exactly("isinstance", n, 2);
            return vm.bool(isInstance(a[off], a[off + 1]));
        });
        def(b, "issubclass", (self, a, off, n, kw) -> {
            args.exactly("issubclass", n, 2);
            if (!vm.classes.isClass(a[off])) throw vm.typeError("issubclass() arg 1 must be a class");
            return vm.bool(classMatches(a[off], a[off + 1], "issubclass() arg 2 must be a class, a tuple of classes, or a union"));
        });
        def(b, "min", (self, a, off, n, kw) -> minMax("min", a, off, n, kw, false));
        def(b, "max", (self, a, off, n, kw) -> minMax("max", a, off, n, kw, true));
        def(b, "sum", (self, a, off, n, kw) -> sum(a, off, n, kw));
        def(b, "sorted", (self, a, off, n, kw) -> {
            args.onlyKeywords("sorted", kw, "key", "reverse");
            int pos = n - args.keywordCount(kw);
            if (pos != 1) throw vm.typeError("sorted expected 1 argument, got " + pos);
            int key = args.keyword(a, off, n, kw, "key");
            int rev = args.keyword(a, off, n, kw, "reverse");
            int mark = handles.mark();
            try {
                int hkey = handles.push(key), hrev = handles.push(rev);
                int list = vm.interp.listOf(a[off]);
                int hl = handles.push(list);
                Sorting.sort(vm, hl, handles.get(hkey), handles.get(hrev) != 0 && vm.ops.truth(handles.get(hrev)));
                return handles.get(hl);
            } finally {
                handles.release(mark);
            }
        });
        def(b, "divmod", (self, a, off, n, kw) -> {
            args.exactly("divmod", n, 2);
            int x = a[off], y = a[off + 1];
            if (vm.ints.isInt(x) && vm.ints.isInt(y)) {
                int q = vm.ints.floorDiv(x, y);
                int r = vm.ints.mod(a[off], a[off + 1]);
                return vm.seq.tupleOf(q, r);
            }
            if (vm.ops.isNumber(x) && vm.ops.isNumber(y)) {
                double[] qr = vm.floats.divmod(vm.ops.toDouble(x), vm.ops.toDouble(y));
                int q = vm.floats.box(qr[0]);
                int r = vm.floats.box(qr[1]);
                return vm.seq.tupleOf(q, r);
            }
            throw vm.typeError("unsupported operand type(s) for divmod(): '" + vm.typeName(x) + "' and '" + vm.typeName(y) + "'");
        });
        def(b, "pow", (self, a, off, n, kw) -> {
            args.between("pow", n, 2, 3);
            if (n == 3 && a[off + 2] != vm.none) {
                int x = a[off], y = a[off + 1], m = a[off + 2];
                if (!vm.ints.isInt(x) || !vm.ints.isInt(y) || !vm.ints.isInt(m)) {
                    throw vm.typeError("pow() 3rd argument not allowed unless all arguments are integers");
                }
                BigInteger mod = vm.ints.toBig(m);
                if (mod.signum() == 0) throw vm.valueError("pow() 3rd argument cannot be 0");
                BigInteger e = vm.ints.toBig(y);
                BigInteger r;
                try {
                    r = vm.ints.toBig(x).modPow(e, mod.abs());
                } catch (ArithmeticException ex) {
                    throw vm.valueError("base is not invertible for the given modulus");
                }
                if (mod.signum() < 0 && r.signum() != 0) r = r.add(mod);
                return vm.ints.of(r);
            }
            return vm.ops.binary(org.armjit.lang.bytecode.BinaryOp.POW, false, a[off], a[off + 1]);
        });
        def(b, "round", (self, a, off, n, kw) -> {
            args.onlyKeywords("round", kw, "ndigits");
            int nd = n > 1 ? a[off + 1] : args.keyword(a, off, n, kw, "ndigits");
            return fmt.round(a[off], nd == 0 ? vm.none : nd);
        });
        def(b, "chr", (self, a, off, n, kw) -> {
            args.exactly("chr", n, 1);
            int v = a[off];
            if (!vm.ints.isInt(v)) throw vm.typeError("'" + vm.typeName(v) + "' object cannot be interpreted as an integer");
            if (!vm.ints.fitsLong(v) || vm.ints.toLong(v) < 0 || vm.ints.toLong(v) > 0x10ffff) {
                throw vm.valueError("chr() arg not in range(0x110000)");
            }
            return vm.str.ofChar((int) vm.ints.toLong(v));
        });
        def(b, "ord", (self, a, off, n, kw) -> {
            args.exactly("ord", n, 1);
            int v = a[off];
            if (Tag.isInt(v) || vm.typeOf(v) != TypeId.STR) {
                throw vm.typeError("ord() expected string of length 1, but " + vm.typeName(v) + " found");
            }
            int len = vm.str.length(v);
            if (len != 1) throw vm.typeError("ord() expected a character, but string of length " + len + " found");
            return Tag.box(vm.str.charAt(v, 0));
        });
        def(b, "hex", (self, a, off, n, kw) -> radix("hex", a, off, n, 16, "0x"));
        def(b, "oct", (self, a, off, n, kw) -> radix("oct", a, off, n, 8, "0o"));
        def(b, "bin", (self, a, off, n, kw) -> radix("bin", a, off, n, 2, "0b"));
        def(b, "hash", (self, a, off, n, kw) -> {
            args.exactly("hash", n, 1);
            return Tag.box(vm.ops.hash(a[off]));
        });
        def(b, "id", (self, a, off, n, kw) -> {
            args.exactly("id", n, 1);
            int v = a[off];
            return Tag.isInt(v) ? vm.ints.of(v) : Tag.box(vm.ops.hash(v) ^ 0x1000);
        });
        def(b, "callable", (self, a, off, n, kw) -> {
            args.exactly("callable", n, 1);
            int v = a[off];
            if (Tag.isInt(v)) return vm.falseObj;
            TypeId t = vm.typeOf(v);
            return vm.bool(t == TypeId.FUNCTION || t == TypeId.BUILTIN || t == TypeId.METHOD || t == TypeId.CLASS
                    || vm.ops.dunder(v, "__call__") != 0);
        });
        def(b, "any", (self, a, off, n, kw) -> {
            args.exactly("any", n, 1);
            return anyAll(a[off], true);
        });
        def(b, "all", (self, a, off, n, kw) -> {
            args.exactly("all", n, 1);
            return anyAll(a[off], false);
        });
        def(b, "iter", (self, a, off, n, kw) -> {
            args.exactly("iter", n, 1);
            return vm.interp.iter(a[off]);
        });
        def(b, "next", (self, a, off, n, kw) -> {
            args.between("next", n, 1, 2);
            int v = vm.interp.next(a[off]);
            if (v != 0) return v;
            if (n == 2) return a[off + 1];
            throw new PyException(vm.classes.newExceptionInstance(vm.stopIteration, vm.seq.newTuple(0)));
        });
        def(b, "open", (self, a, off, n, kw) -> {
            // open() is written in Python (the library module _files) over _fileio
            int files = importModule(vm.intern("_files"));
            int fn = importFrom(files, vm.intern("open"));
            return vm.interp.call(fn, a, off, n, kw);
        });
        def(b, "delattr", (self, a, off, n, kw) -> {
            args.exactly("delattr", n, 2);
            vm.interp.deleteAttribute(a[off], vm.intern(args.strArg(a[off + 1], "delattr", "2")));
            return vm.none;
        });
        def(b, "getattr", (self, a, off, n, kw) -> {
            args.between("getattr", n, 2, 3);
            int name = vm.intern(args.strArg(a[off + 1], "getattr", "2"));
            try {
                return vm.interp.getAttribute(a[off], name);
            } catch (PyException e) {
                if (n == 3 && vm.classes.isInstance(e.exc, vm.builtinClass("AttributeError"))) return a[off + 2];
                throw e;
            }
        });
        def(b, "hasattr", (self, a, off, n, kw) -> {
            args.exactly("hasattr", n, 2);
            int name = vm.intern(args.strArg(a[off + 1], "hasattr", "2"));
            try {
                vm.interp.getAttribute(a[off], name);
                return vm.trueObj;
            } catch (PyException e) {
                if (vm.classes.isInstance(e.exc, vm.builtinClass("AttributeError"))) return vm.falseObj;
                throw e;
            }
        });
        def(b, "setattr", (self, a, off, n, kw) -> {
            args.exactly("setattr", n, 3);
            int name = vm.intern(args.strArg(a[off + 1], "setattr", "2"));
            vm.interp.setAttribute(a[off], name, a[off + 2]);
            return vm.none;
        });
        def(b, "format", (self, a, off, n, kw) -> {
            args.between("format", n, 1, 2);
            return fmt.format(a[off], n == 2 ? a[off + 1] : vm.str.empty());
        });
    }

    private int radix(String fn, int[] a, int off, int n, int radix, String prefix) {
        args.exactly(fn, n, 1);
        int v = a[off];
        if (!vm.ints.isInt(v)) throw vm.typeError("'" + vm.typeName(v) + "' object cannot be interpreted as an integer");
        BigInteger big = vm.ints.toBig(v);
        String digits = big.abs().toString(radix);
        return vm.str.of((big.signum() < 0 ? "-" : "") + prefix + digits);
    }

    private int anyAll(int iterable, boolean any) {
        int mark = handles.mark();
        try {
            int hit = handles.push(vm.interp.iter(iterable));
            while (true) {
                int v = vm.interp.next(handles.get(hit));
                if (v == 0) return vm.bool(!any);
                if (vm.ops.truth(v) == any) return vm.bool(any);
            }
        } finally {
            handles.release(mark);
        }
    }

    private int sum(int[] a, int off, int n, int kw) {
        args.onlyKeywords("sum", kw, "start");
        int pos = n - args.keywordCount(kw);
        args.between("sum", pos, 1, 2);
        int start = pos == 2 ? a[off + 1] : args.keyword(a, off, n, kw, "start");
        if (start == 0) start = Tag.box(0);
        if (!Tag.isInt(start) && vm.typeOf(start) == TypeId.STR) {
            throw vm.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        int mark = handles.mark();
        try {
            int hacc = handles.push(start);
            int hit = handles.push(vm.interp.iter(a[off]));
            while (true) {
                int v = vm.interp.next(handles.get(hit));
                if (v == 0) return handles.get(hacc);
                int acc = handles.get(hacc);
                int r;
                if ((acc & v & 1) != 0) r = vm.ints.of((long) Tag.unbox(acc) + Tag.unbox(v));
                else r = vm.ops.binary(org.armjit.lang.bytecode.BinaryOp.ADD, false, acc, v);
                handles.set(hacc, r);
            }
        } finally {
            handles.release(mark);
        }
    }

    private int minMax(String fn, int[] a, int off, int n, int kw, boolean max) {
        args.onlyKeywords(fn, kw, "key", "default");
        int nk = args.keywordCount(kw);
        int pos = n - nk;
        int key = args.keyword(a, off, n, kw, "key");
        int dflt = args.keyword(a, off, n, kw, "default");
        if (pos == 0) throw vm.typeError(fn + " expected at least 1 argument, got 0");
        if (pos > 1 && dflt != 0) {
            throw vm.typeError("Cannot specify a default for " + fn + "() with multiple positional arguments");
        }
        int mark = handles.mark();
        try {
            int hkey = handles.push(key == vm.none ? 0 : key);
            int hdflt = handles.push(dflt);
            int hit = handles.push(vm.interp.iter(pos == 1 ? a[off] : vm.seq.tupleFrom(a, off, pos)));
            int hbest = handles.push(0), hbestKey = handles.push(0);
            while (true) {
                int v = vm.interp.next(handles.get(hit));
                if (v == 0) break;
                int hv = handles.push(v);
                int k = handles.get(hkey) == 0 ? v : vm.interp.call(handles.get(hkey), v);
                v = handles.get(hv);
                handles.release(hv);
                if (handles.get(hbest) == 0) {
                    handles.set(hbest, v);
                    handles.set(hbestKey, k);
                    continue;
                }
                int hk = handles.push(k);
                int hv2 = handles.push(v);
                boolean better = max ? vm.ops.lt(handles.get(hbestKey), k) : vm.ops.lt(k, handles.get(hbestKey));
                if (better) {
                    handles.set(hbest, handles.get(hv2));
                    handles.set(hbestKey, handles.get(hk));
                }
                handles.release(hk);
            }
            if (handles.get(hbest) == 0) {
                if (handles.get(hdflt) != 0) return handles.get(hdflt);
                throw vm.valueError(fn + "() arg is an empty sequence");
            }
            return handles.get(hbest);
        } finally {
            handles.release(mark);
        }
    }

    // ------------------------------------------------------------------ isinstance

    boolean isInstance(int obj, int clsOrTuple) {
        return classMatches(vm.classes.classOf(obj), clsOrTuple, "isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    private boolean classMatches(int cls, int clsOrTuple, String error) {
        if (vm.classes.isClass(clsOrTuple)) return vm.classes.isSubclass(cls, clsOrTuple);
        if (!Tag.isInt(clsOrTuple) && vm.typeOf(clsOrTuple) == TypeId.TUPLE) {
            int n = vm.seq.tupleLength(clsOrTuple);
            for (int i = 0; i < n; i++) {
                if (classMatches(cls, vm.seq.tupleGet(clsOrTuple, i), error)) return true;
            }
            return false;
        }
        throw vm.typeError(error);
    }

    // ------------------------------------------------------------------ constructors

    private void installConstructors() {
        constructor("object", (cls, a, off, n, kw) -> {
            args.exactly("object", n, 0);
            return vm.classes.newInstance(vm.objectClass);
        });
        constructor("int", (cls, a, off, n, kw) -> {
            args.onlyKeywords("int", kw, "base");
            int base = n == 2 ? a[off + 1] : args.keyword(a, off, n, kw, "base");
            int pos = n - args.keywordCount(kw);
            if (pos == 0) return Tag.box(0);
            return fmt.toInt(a[off], base);
        });
        constructor("float", (cls, a, off, n, kw) -> {
            args.onlyKeywords("float", kw);
            args.between("float", n, 0, 1);
            if (n == 0) return vm.floats.box(0.0);
            return fmt.toFloat(a[off]);
        });
        constructor("str", (cls, a, off, n, kw) -> {
            args.onlyKeywords("str", kw);
            args.between("str", n, 0, 1);
            if (n == 0) return vm.str.empty();
            int v = a[off];
            if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.STR) return v;
            return vm.str.of(vm.ops.str(v));
        });
        constructor("bool", (cls, a, off, n, kw) -> {
            args.onlyKeywords("bool", kw);
            args.between("bool", n, 0, 1);
            return vm.bool(n == 1 && vm.ops.truth(a[off]));
        });
        constructor("list", (cls, a, off, n, kw) -> {
            args.onlyKeywords("list", kw);
            args.between("list", n, 0, 1);
            return n == 0 ? vm.seq.newList(0) : vm.interp.listOf(a[off]);
        });
        constructor("tuple", (cls, a, off, n, kw) -> {
            args.onlyKeywords("tuple", kw);
            args.between("tuple", n, 0, 1);
            if (n == 0) return vm.seq.newTuple(0);
            int v = a[off];
            if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.TUPLE) return v;
            int[] items = iterableToArray(v);
            return vm.seq.tupleFrom(items, 0, items.length);
        });
        constructor("dict", (cls, a, off, n, kw) -> {
            int nk = args.keywordCount(kw);
            int pos = n - nk;
            args.between("dict", pos, 0, 1);
            int mark = handles.mark();
            try {
                int hd = handles.push(vm.dict.newDict());
                if (pos == 1) TypeMethods.dictUpdate(vm, hd, a[off]);
                for (int i = 0; i < nk; i++) {
                    vm.dict.put(handles.get(hd), vm.seq.tupleGet(kw, i), a[off + pos + i]);
                }
                return handles.get(hd);
            } finally {
                handles.release(mark);
            }
        });
        constructor("range", (cls, a, off, n, kw) -> {
            args.onlyKeywords("range", kw);
            if (n == 0) throw vm.typeError("range expected at least 1 argument, got 0");
            if (n > 3) throw vm.typeError("range expected at most 3 arguments, got " + n);
            for (int i = 0; i < n; i++) {
                if (!vm.ints.isInt(a[off + i])) {
                    throw vm.typeError("'" + vm.typeName(a[off + i]) + "' object cannot be interpreted as an integer");
                }
            }
            int start = n == 1 ? Tag.box(0) : normInt(a[off]);
            int stop = n == 1 ? normInt(a[off]) : normInt(a[off + 1]);
            int step = n == 3 ? normInt(a[off + 2]) : Tag.box(1);
            return Ranges.create(vm, start, stop, step);
        });
        constructor("type", (cls, a, off, n, kw) -> {
            if (n != 1) throw vm.typeError("type() takes 1 argument (creating classes with type() is not supported by armjit)");
            return vm.classes.classOf(a[off]);
        });
        constructor("enumerate", (cls, a, off, n, kw) -> {
            args.onlyKeywords("enumerate", kw, "start");
            int pos = n - args.keywordCount(kw);
            int start = pos == 2 ? a[off + 1] : args.keyword(a, off, n, kw, "start");
            if (start == 0) start = Tag.box(0);
            if (!vm.ints.isInt(start)) throw vm.typeError("'" + vm.typeName(start) + "' object cannot be interpreted as an integer");
            int hs = handles.push(start);
            try {
                int it = vm.interp.iter(a[off]);
                return vm.interp.iters.create(IteratorKind.ENUMERATE, it, handles.get(hs));
            } finally {
                handles.release(hs);
            }
        });
        constructor("zip", (cls, a, off, n, kw) -> {
            args.onlyKeywords("zip", kw);
            int mark = handles.mark();
            try {
                if (n == 0) return vm.interp.iters.create(IteratorKind.TUPLE, vm.seq.newTuple(0), 0);
                int t = handles.push(vm.seq.newTuple(n));
                for (int i = 0; i < n; i++) {
                    int it = vm.interp.iter(a[off + i]);
                    vm.seq.tupleSet(handles.get(t), i, it);
                }
                return vm.interp.iters.create(IteratorKind.ZIP, handles.get(t), 0);
            } finally {
                handles.release(mark);
            }
        });
        constructor("set", (cls, a, off, n, kw) -> {
            args.onlyKeywords("set", kw);
            args.between("set", n, 0, 1);
            return n == 0 ? vm.sets.newSet(false) : vm.sets.of(a[off], false);
        });
        constructor("frozenset", (cls, a, off, n, kw) -> {
            args.onlyKeywords("frozenset", kw);
            args.between("frozenset", n, 0, 1);
            if (n == 1 && !Tag.isInt(a[off]) && vm.typeOf(a[off]) == TypeId.FROZENSET) return a[off];
            return n == 0 ? vm.sets.newSet(true) : vm.sets.of(a[off], true);
        });
        constructor("staticmethod", (cls, a, off, n, kw) -> descriptor(cls, a, off, n, "staticmethod"));
        constructor("classmethod", (cls, a, off, n, kw) -> descriptor(cls, a, off, n, "classmethod"));
        constructor("property", (cls, a, off, n, kw) -> {
            args.between("property", n, 0, 4);
            int mark = handles.mark();
            try {
                int base = handles.mark();
                for (int i = 0; i < n; i++) handles.push(a[off + i]);
                int p = handles.push(vm.classes.newInstance(vm.propertyClass));
                String[] names = {"fget", "fset", "fdel", "doc"};
                for (int i = 0; i < 4; i++) {
                    int v = i < n - args.keywordCount(kw) ? handles.get(base + i) : args.keyword(handles.array(), base, n, kw, names[i]);
                    vm.dict.put(vm.classes.instanceDict(handles.get(p)), vm.intern(names[i]), v == 0 ? vm.none : v);
                }
                return handles.get(p);
            } finally {
                handles.release(mark);
            }
        });
        constructor("map", (cls, a, off, n, kw) -> {
            args.onlyKeywords("map", kw);
            if (n < 2) throw vm.typeError("map() must have at least two arguments.");
            int mark = handles.mark();
            try {
                int hf = handles.push(a[off]);
                int t = handles.push(vm.seq.newTuple(n - 1));
                for (int i = 1; i < n; i++) {
                    int it = vm.interp.iter(a[off + i]);
                    vm.seq.tupleSet(handles.get(t), i - 1, it);
                }
                int m = vm.interp.iters.create(IteratorKind.MAP, handles.get(hf), handles.get(t));
                return m;
            } finally {
                handles.release(mark);
            }
        });
        constructor("filter", (cls, a, off, n, kw) -> {
            args.onlyKeywords("filter", kw);
            args.exactly("filter", n, 2);
            int mark = handles.mark();
            try {
                int hf = handles.push(a[off]);
                int it = vm.interp.iter(a[off + 1]);
                return vm.interp.iters.create(IteratorKind.FILTER, handles.get(hf), it);
            } finally {
                handles.release(mark);
            }
        });
        constructor("reversed", (cls, a, off, n, kw) -> {
            args.onlyKeywords("reversed", kw);
            args.exactly("reversed", n, 1);
            int v = a[off];
            int len;
            if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.DICT) {
                int[] keys = iterableToArray(v);
                int list = vm.seq.listFrom(keys, 0, keys.length);
                len = keys.length;
                v = list;
            } else if (!Tag.isInt(v) && (vm.typeOf(v) == TypeId.LIST || vm.typeOf(v) == TypeId.TUPLE
                    || vm.typeOf(v) == TypeId.STR || vm.typeOf(v) == TypeId.RANGE
                    || (vm.ops.dunder(v, "__getitem__") != 0 && vm.ops.dunder(v, "__len__") != 0))) {
                len = vm.ops.len(a[off]);
                v = a[off];
            } else {
                throw vm.typeError("'" + vm.typeName(v) + "' object is not reversible");
            }
            int it = vm.interp.iters.create(IteratorKind.REVERSED, v, 0);
            mem.storeWord(it + Iterators.INDEX, len);
            return it;
        });
        constructor("super", (cls, a, off, n, kw) -> {
            if (n != 2) throw vm.raise("RuntimeError", "super(): no arguments");
            int s = vm.alloc(Heap.header(TypeId.SUPER), 16);
            mem.storeWord(s + 4, a[off]);
            mem.storeWord(s + 8, a[off + 1]);
            return s;
        });
        constructor("slice", (cls, a, off, n, kw) -> {
            args.between("slice", n, 1, 3);
            int none = vm.none;
            if (n == 1) return vm.interp.newSlice(none, a[off], none);
            return vm.interp.newSlice(a[off], a[off + 1], n == 3 ? a[off + 2] : none);
        });
    }

    private int descriptor(int cls, int[] a, int off, int n, String name) {
        args.exactly(name, n, 1);
        int h = handles.push(a[off]);
        try {
            int d = vm.classes.newInstance(cls);
            vm.dict.put(vm.classes.instanceDict(d), vm.intern("__func__"), handles.get(h));
            return d;
        } finally {
            handles.release(h);
        }
    }

    private int normInt(int w) {
        return vm.ints.isExactInt(w) ? w : Tag.box(vm.ints.sign(w));
    }

    /** Calling a class: builtin constructors, exceptions, and instances of classes defined in Python. */
    int instantiate(int cls, int[] a, int off, int n, int kw) {
        BuiltinFunction ctor = constructors.get(cls);
        if (ctor != null) return ctor.call(cls, a, off, n, kw);
        int meta = vm.classes.metaHook(cls, "call");
        if (meta != 0) {
            int mark = handles.mark();
            try {
                int base = handles.push(cls);
                for (int i = 0; i < n; i++) handles.push(a[off + i]);
                return vm.interp.callWithSelf(meta, handles.array(), base, n + 1, kw);
            } finally {
                handles.release(mark);
            }
        }
        TypeId t = vm.classes.instanceType(cls);
        if (t != TypeId.INSTANCE) throw vm.typeError("cannot create '" + vm.classes.name(cls) + "' instances");
        int mark = handles.mark();
        try {
            int obj;
            if (vm.classes.isExceptionClass(cls)) {
                int hc = handles.push(cls);
                int argsTuple = vm.seq.tupleFrom(a, off, n - args.keywordCount(kw));
                obj = vm.classes.newExceptionInstance(handles.get(hc), argsTuple);
                cls = handles.get(hc);
            } else if (vm.classes.hasStorage(cls)) {
                obj = vm.classes.newStorageInstance(cls);
            } else {
                obj = vm.classes.newInstance(cls);
            }
            int init = vm.classes.lookup(cls, vm.intern("__init__"));
            if (init == objectInit) {
                if (n > 0) throw vm.typeError(vm.classes.name(cls) + "() takes no arguments");
                return obj;
            }
            int hobj = handles.push(obj);
            int base = handles.push(obj);
            for (int i = 0; i < n; i++) handles.push(a[off + i]);
            int r = vm.interp.callWithSelf(init, handles.array(), base, n + 1, kw);
            if (r != vm.none) throw vm.typeError("__init__() should return None, not '" + vm.typeName(r) + "'");
            return handles.get(hobj);
        } finally {
            handles.release(mark);
        }
    }

    /** BUILD_CLASS: s[base] body function, s[base+1] name, then nbases bases. */
    int buildClass(int[] s, int base, int nbases) {
        if (nbases > 1) throw vm.typeError("multiple inheritance is not supported by armjit");
        int parent = nbases == 1 ? s[base + 2] : vm.objectClass;
        if (!vm.classes.isClass(parent)) throw vm.typeError("bases must be types");
        if (vm.classes.instanceType(parent) != TypeId.INSTANCE && parent != vm.listClass && parent != vm.dictClass) {
            throw vm.typeError("subclassing the builtin type '" + vm.classes.name(parent) + "' is not supported by armjit");
        }
        int mark = handles.mark();
        try {
            int hns = handles.push(vm.dict.newDict());
            vm.dict.put(handles.get(hns), vm.intern("__module__"), vm.intern("__main__"));
            int cell = vm.interp.runClassBody(s[base], handles.get(hns));
            int hcell = handles.push(cell);
            parent = nbases == 1 ? s[base + 2] : vm.objectClass;
            boolean moduleLevel = vm.interp.top != null && vm.interp.top.code.code.isModule();
            int cls = vm.classes.newClass(vm.str.toJava(s[base + 1]), parent, handles.get(hns), TypeId.INSTANCE, moduleLevel);
            for (int e = 0; (e = vm.dict.nextEntry(handles.get(hns), e)) >= 0; e++) {
                int v = vm.dict.entryValue(handles.get(hns), e);
                if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.INSTANCE && vm.classes.classOf(v) == vm.propertyClass) {
                    vm.classes.markDescriptors(cls);
                }
                int k = vm.dict.entryKey(handles.get(hns), e);
                if (vm.typeOf(k) == TypeId.STR && vm.str.toJava(k).startsWith("__armjit_meta_")) vm.classes.markMeta(cls);
            }
            cell = handles.get(hcell);
            if (cell != vm.none && !Tag.isInt(cell) && vm.typeOf(cell) == TypeId.CELL) {
                mem.storeWord(cell + 4, cls);
                vm.heap.writeBarrier(cell, cls);
            }
            // __init_subclass__ of a base (an implicit classmethod) runs with the new class
            int hcls = handles.push(cls);
            int parentCls = vm.classes.base(cls);
            int hook = parentCls == 0 ? 0 : vm.classes.lookup(parentCls, vm.intern("__init_subclass__"));
            if (hook != 0 && !Tag.isInt(hook)) {
                if (vm.typeOf(hook) == TypeId.INSTANCE && vm.classes.classOf(hook) == vm.classmethodClass) {
                    hook = vm.dict.getStr(vm.classes.instanceDict(hook), vm.intern("__func__"));
                }
                if (vm.typeOf(hook) == TypeId.FUNCTION) vm.interp.call(hook, cls);
            }
            return handles.get(hcls);
        } finally {
            handles.release(mark);
        }
    }

    // ------------------------------------------------------------------ exceptions

    /** The exception instance that {@code raise w} raises. */
    int exceptionToRaise(int w) {
        if (vm.classes.isClass(w)) {
            if (!vm.classes.isExceptionClass(w)) throw vm.typeError("exceptions must derive from BaseException");
            return instantiate(w, new int[0], 0, 0, 0);
        }
        if (vm.classes.isException(w)) return w;
        throw vm.typeError("exceptions must derive from BaseException");
    }

    boolean exceptionMatches(int exc, int type) {
        if (vm.classes.isClass(type)) {
            if (!vm.classes.isExceptionClass(type)) {
                throw vm.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return vm.classes.isInstance(exc, type);
        }
        if (!Tag.isInt(type) && vm.typeOf(type) == TypeId.TUPLE) {
            int n = vm.seq.tupleLength(type);
            for (int i = 0; i < n; i++) {
                if (exceptionMatches(exc, vm.seq.tupleGet(type, i))) return true;
            }
            return false;
        }
        throw vm.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    // ------------------------------------------------------------------ formatting, imports, helpers

    int formatValue(int v, int conversion, int spec) {
        if (conversion != 0) {
            // str()/repr() may run __str__/__repr__ (a safepoint): keep spec in a handle.
            int hspec = handles.push(spec);
            try {
                v = vm.str.of(conversion == 1 ? vm.ops.str(v) : vm.ops.repr(v));
                spec = handles.get(hspec);
            } finally {
                handles.release(hspec);
            }
        }
        if (spec == 0 || vm.str.length(spec) == 0) {
            if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.STR) return v;
            return vm.str.of(vm.ops.str(v));
        }
        return fmt.format(v, spec);
    }

    int percentFormat(int format, int values) {
        return fmt.percent(format, values);
    }

    int importModule(int name) {
        int m = vm.dict.getStr(vm.modulesDict, name);
        if (m != 0) return m;
        String n = vm.str.toJava(name);
        int dict = vm.dict.newDict();
        int hd = handles.push(dict);
        try {
            switch (n) {
                case "math": new MathModule(vm, this).install(dict); break;
                case "sys": new SysModule(vm, this).install(dict); break;
                case "_random": new RandomModule(vm, this).install(dict); break;
                case "time": installTime(dict); break;
                case "_fileio": installFileIO(dict); break;
                default:
                    return importLibrary(name, n);
            }
            m = vm.heap.allocateImmortal(Heap.header(TypeId.MODULE), 16);
            mem.storeWord(m + 4, name);
            mem.storeWord(m + 8, handles.get(hd));
            vm.dict.put(vm.modulesDict, name, m);
            return m;
        } finally {
            handles.release(hd);
        }
    }

    /** A module written in Python (see {@link LibraryModules}): registered first, then its code run. */
    private int importLibrary(int name, String n) {
        String src = LibraryModules.source(n);
        if (src == null) throw vm.raise("ModuleNotFoundError", "No module named '" + n + "'");
        org.armjit.lang.bytecode.CodeObject code = org.armjit.lang.compile.Compiler.compileModule(src, n + ".py");
        int mark = handles.mark();
        try {
            int hn = handles.push(name);
            int hd = handles.push(vm.dict.newImmortalDict());
            vm.dict.put(handles.get(hd), vm.intern("__name__"), handles.get(hn));
            vm.dict.put(handles.get(hd), vm.intern("__builtins__"), vm.builtinsDict);
            int m = vm.heap.allocateImmortal(Heap.header(TypeId.MODULE), 16);
            mem.storeWord(m + 4, handles.get(hn));
            mem.storeWord(m + 8, handles.get(hd));
            vm.dict.put(vm.modulesDict, handles.get(hn), m);
            int hm = handles.push(m);
            vm.interp.runModule(code, handles.get(hd));
            return handles.get(hm);
        } finally {
            handles.release(mark);
        }
    }

    /** The file primitives under the library's open(): whole-file reads, appends, removal. */
    private void installFileIO(int dict) {
        def(dict, "read", (self, a, off, n, kw) -> {
            String path = args.strArg(a[off], "read", "1");
            java.nio.charset.Charset cs = n > 1 ? charset(a[off + 1]) : java.nio.charset.StandardCharsets.UTF_8;
            try {
                return vm.str.of(java.nio.file.Files.readString(java.nio.file.Path.of(path), cs));
            } catch (java.io.IOException | java.io.UncheckedIOException e) {
                throw fileError(e, path);
            }
        });
        def(dict, "write", (self, a, off, n, kw) -> {
            String path = args.strArg(a[off], "write", "1");
            String text = args.strArg(a[off + 1], "write", "2");
            boolean append = vm.ops.truth(a[off + 2]);
            java.nio.charset.Charset cs = n > 3 ? charset(a[off + 3]) : java.nio.charset.StandardCharsets.UTF_8;
            try {
                java.nio.file.Path p = java.nio.file.Path.of(path);
                if (append) {
                    java.nio.file.Files.writeString(p, text, cs, java.nio.file.StandardOpenOption.CREATE,
                            java.nio.file.StandardOpenOption.APPEND);
                } else {
                    java.nio.file.Files.writeString(p, text, cs);
                }
                return vm.none;
            } catch (java.io.IOException e) {
                throw fileError(e, path);
            }
        });
        def(dict, "remove", (self, a, off, n, kw) -> {
            String path = args.strArg(a[off], "remove", "1");
            try {
                java.nio.file.Files.delete(java.nio.file.Path.of(path));
                return vm.none;
            } catch (java.io.IOException e) {
                throw fileError(e, path);
            }
        });
        def(dict, "exists", (self, a, off, n, kw) -> vm.bool(java.nio.file.Files.exists(
                java.nio.file.Path.of(args.strArg(a[off], "exists", "1")))));
    }

    /** The charset of a text file's encoding name (None: UTF-8); LookupError for others than utf-8, latin-1, ascii. */
    private java.nio.charset.Charset charset(int name) {
        if (name == vm.none) return java.nio.charset.StandardCharsets.UTF_8;
        String s = args.strArg(name, "open", "encoding");
        switch (s.toLowerCase(java.util.Locale.ROOT).replace('_', '-')) {
            case "utf-8": case "utf8": return java.nio.charset.StandardCharsets.UTF_8;
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "l1": return java.nio.charset.StandardCharsets.ISO_8859_1;
            case "ascii": case "us-ascii": return java.nio.charset.StandardCharsets.US_ASCII;
            default: throw vm.raise("LookupError", "unknown encoding: " + s);
        }
    }

    private PyException fileError(Exception e, String path) {
        String quoted = vm.ops.repr(vm.str.of(path));
        if (e instanceof java.nio.file.NoSuchFileException) {
            return vm.raise("FileNotFoundError", "[Errno 2] No such file or directory: " + quoted);
        }
        if (java.nio.file.Files.isDirectory(java.nio.file.Path.of(path))) {
            return vm.raise("IsADirectoryError", "[Errno 21] Is a directory: " + quoted);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return vm.raise("PermissionError", "[Errno 13] Permission denied: " + quoted);
        }
        return vm.raise("OSError", e.getClass().getSimpleName() + ": " + quoted);
    }

    private void installTime(int dict) {
        def(dict, "time", (self, a, off, n, kw) -> vm.floats.box(System.currentTimeMillis() / 1000.0));
        def(dict, "perf_counter", (self, a, off, n, kw) -> vm.floats.box(System.nanoTime() / 1e9));
        def(dict, "process_time", (self, a, off, n, kw) -> vm.floats.box(System.nanoTime() / 1e9));
        def(dict, "monotonic", (self, a, off, n, kw) -> vm.floats.box(System.nanoTime() / 1e9));
        def(dict, "sleep", (self, a, off, n, kw) -> {
            args.exactly("sleep", n, 1);
            try {
                Thread.sleep((long) (vm.ops.toDouble(a[off]) * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return vm.none;
        });
    }

    int importFrom(int module, int name) {
        int v = vm.dict.getStr(mem.loadWord(module + 8), name);
        if (v == 0) {
            String mod = vm.str.toJava(mem.loadWord(module + 4));
            throw vm.raise("ImportError", "cannot import name '" + vm.str.toJava(name) + "' from '" + mod + "' (unknown location)");
        }
        return v;
    }

    /** Everything an iterable yields, as value words (valid until the next safepoint). */
    int[] iterableToArray(int iterable) {
        if (!Tag.isInt(iterable)) {
            TypeId t = vm.typeOf(iterable);
            if (t == TypeId.LIST) return vm.seq.toArray(iterable);
            if (t == TypeId.TUPLE) return vm.seq.tupleToArray(iterable);
        }
        return vm.seq.toArray(vm.interp.listOf(iterable));
    }
}
