package org.armjit.lang.vm;

import org.armjit.lang.format.StrRepr;

import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CompareOp;
import org.armjit.lang.format.FloatFormat;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.Handles;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The object protocol: truth, equality, ordering, hashing, arithmetic, repr/str, length,
 * containment. Operations that may run Python code ({@code __eq__}, {@code __lt__},
 * {@code __str__}, ...) are safepoints: callers must not keep raw references across them
 * (see {@link Heap}).
 */
public final class Ops {
    private final Vm vm;
    private final GuestMemory mem;
    private final Handles handles;
    private int reprDepth;
    /** Handles of the containers whose repr is being built (handles, because __repr__ calls may move them). */
    private final List<Integer> reprInProgress = new ArrayList<>();

    Ops(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
        this.handles = vm.heap.handles;
    }

    private int type(int w) {
        return mem.loadWord(w) & Heap.TYPE_MASK;
    }

    // ------------------------------------------------------------------ truth

    public boolean truth(int w) {
        if (Tag.isInt(w)) return w != Tag.box(0);
        if (w == vm.trueObj) return true;
        if (w == vm.falseObj || w == vm.none) return false;
        TypeId t = vm.typeOf(w);
        switch (t) {
            case FLOAT: return vm.floats.value(w) != 0.0;
            case BIGINT: return true;
            case STR: return vm.str.length(w) != 0;
            case LIST: return vm.seq.length(w) != 0;
            case TUPLE: return vm.seq.tupleLength(w) != 0;
            case DICT: return vm.dict.size(w) != 0;
            case RANGE: return len(w) != 0;
            case DICT_VIEW: return vm.dict.size(mem.loadWord(w + 8)) != 0;
            case SET: case FROZENSET: return vm.sets.size(w) != 0;
            case INSTANCE: {
                int cls = vm.classes.classOf(w);
                int b = vm.classes.lookup(cls, vm.intern("__bool__"));
                if (b != 0) {
                    int r = vm.interp.callMethod(b, w);
                    if (r != vm.trueObj && r != vm.falseObj) {
                        throw vm.typeError("__bool__ should return bool, returned " + vm.typeName(r));
                    }
                    return r == vm.trueObj;
                }
                int m = vm.classes.lookup(cls, vm.intern("__len__"));
                if (m != 0) return len(w) != 0;
                return true;
            }
            default: return true;
        }
    }

    // ------------------------------------------------------------------ numbers

    /** Whether w is an int, bool or float. */
    public boolean isNumber(int w) {
        if (Tag.isInt(w)) return true;
        int t = type(w);
        return t == TypeId.FLOAT.id() || t == TypeId.BIGINT.id() || t == TypeId.BOOL.id();
    }

    /** A number as a double (ints converted with OverflowError if too large). */
    public double toDouble(int w) {
        if (Tag.isInt(w)) return Tag.unbox(w);
        if (type(w) == TypeId.FLOAT.id()) return vm.floats.value(w);
        return vm.ints.toDouble(w);
    }

    // ------------------------------------------------------------------ hashing and dict keys

    public int hash(int w) {
        if (Tag.isInt(w)) return Ints.hashLong(Tag.unbox(w));
        TypeId t = vm.typeOf(w);
        switch (t) {
            case STR: return vm.str.hash(w);
            case BIGINT: case BOOL: return vm.ints.hash(w);
            case FLOAT: return vm.floats.hash(vm.floats.value(w));
            case NONE: return 0x2f5c3;
            case TUPLE: {
                int h = 0x345678;
                int n = vm.seq.tupleLength(w);
                for (int i = 0; i < n; i++) h = (h ^ hash(vm.seq.tupleGet(w, i))) * 1000003;
                return (h ^ n) & Tag.MAX;
            }
            case LIST: case DICT: case DICT_VIEW: case SET:
                throw vm.typeError("unhashable type: '" + vm.typeName(w) + "'");
            case FROZENSET:
                return (int) vm.sets.frozenHash(w) & Tag.MAX;
            case INSTANCE: {
                int cls = vm.classes.classOf(w);
                int uh = vm.classes.lookup(cls, vm.intern("__hash__"));
                if (uh == vm.none) throw vm.typeError("unhashable type: '" + vm.typeName(w) + "'");
                if (uh != 0) {
                    // dict operations hold raw references across the hash: no collection inside
                    vm.heap.noCollect++;
                    try {
                        return (int) vm.pyHash.of(w) & Tag.MAX;
                    } finally {
                        vm.heap.noCollect--;
                    }
                }
                if (vm.classes.lookup(cls, vm.intern("__eq__")) != 0 && vm.classes.lookup(cls, vm.intern("__hash__")) == 0) {
                    throw vm.typeError("unhashable type: '" + vm.typeName(w) + "'");
                }
                return vm.classes.identityHash(w);
            }
            case CLASS: case FUNCTION: case BUILTIN: case MODULE:
                return mem.loadWord(w + 4) * 31 + t.id() & Tag.MAX;
            default:
                throw vm.typeError("unhashable type: '" + vm.typeName(w) + "'");
        }
    }

    /** Key equality for dicts: never runs Python code (unhashable types never get here). */
    public boolean keyEquals(int a, int b) {
        if (a == b) return true;
        if (isNumber(a) && isNumber(b)) return numEquals(a, b);
        if (Tag.isInt(a) || Tag.isInt(b)) return false;
        int ta = type(a);
        if (ta != type(b)) return false;
        if (ta == TypeId.STR.id()) return vm.str.equals(a, b);
        if (ta == TypeId.FROZENSET.id()) return vm.sets.setEquals(a, b);
        if (ta == TypeId.INSTANCE.id() && dunder(a, "__eq__") != 0) {
            vm.heap.noCollect++; // as for __hash__ above: dict lookups hold raw references
            try {
                return eq(a, b);
            } finally {
                vm.heap.noCollect--;
            }
        }
        if (ta == TypeId.TUPLE.id()) {
            int n = vm.seq.tupleLength(a);
            if (n != vm.seq.tupleLength(b)) return false;
            for (int i = 0; i < n; i++) {
                if (!keyEquals(vm.seq.tupleGet(a, i), vm.seq.tupleGet(b, i))) return false;
            }
            return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ equality and ordering

    private boolean numEquals(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return a == b;
        boolean fa = vm.floats.isFloat(a), fb = vm.floats.isFloat(b);
        if (!fa && !fb) return vm.ints.compare(a, b) == 0;
        return numCompare(a, b) == 0;
    }

    /** Exact comparison of two numbers; NaN compares unequal to everything (returns 2). */
    int numCompare(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return Integer.compare(a, b);
        boolean fa = vm.floats.isFloat(a), fb = vm.floats.isFloat(b);
        if (!fa && !fb) return vm.ints.compare(a, b);
        if (fa && fb) return dcmp(vm.floats.value(a), vm.floats.value(b));
        if (fa) return dcmpInt(vm.floats.value(a), b);
        int c = dcmpInt(vm.floats.value(b), a);
        return c == 2 ? 2 : -c;
    }

    private static int dcmp(double x, double y) {
        if (x < y) return -1;
        if (x > y) return 1;
        if (x == y) return 0;
        return 2;
    }

    private int dcmpInt(double x, int i) {
        if (Double.isNaN(x)) return 2;
        if (Double.isInfinite(x)) return x > 0 ? 1 : -1;
        if (Tag.isInt(i)) return dcmp(x, Tag.unbox(i));
        BigInteger b = vm.ints.toBig(i);
        if (b.bitLength() <= 53) return dcmp(x, b.doubleValue());
        return new BigDecimal(x).compareTo(new BigDecimal(b));
    }

    /**
     * The identity test containers make before {@code __eq__} (CPython's PyObject_RichCompareBool):
     * the same word, or two floats with the same bits. Lists keep floats unboxed, so a float
     * read back from one is a new box: comparing bits keeps {@code n in [n]} true for a NaN
     * {@code n}, as in CPython (PyPy makes the same choice; the cost is that two different NaN
     * objects with the same bits also count as identical here).
     */
    public boolean identical(int a, int b) {
        if (a == b) return true;
        return vm.floats.isFloat(a) && vm.floats.isFloat(b)
                && Double.doubleToRawLongBits(vm.floats.value(a)) == Double.doubleToRawLongBits(vm.floats.value(b));
    }

    /**
     * Two elements of containers being compared: CPython's RichCompare counts a level of the
     * recursion limit for it. Two lists (tuples, dicts) count their own level in {@link #eq}.
     */
    private boolean elementEq(int x, int y) {
        if (sameContainerType(x, y)) return eq(x, y);
        vm.interp.enterNested(" in comparison");
        try {
            return eq(x, y);
        } finally {
            vm.interp.leaveNested();
        }
    }

    private boolean sameContainerType(int x, int y) {
        if (Tag.isInt(x) || Tag.isInt(y)) return false;
        int t = type(x);
        return t == type(y) && (t == TypeId.LIST.id() || t == TypeId.TUPLE.id() || t == TypeId.DICT.id());
    }

    /** Python's {@code a == b}; may run {@code __eq__}. */
    public boolean eq(int a, int b) {
        if (a == b) {
            return !(vm.floats.isFloat(a) && Double.isNaN(vm.floats.value(a)));
        }
        if (Tag.isInt(a) && Tag.isInt(b)) return false;
        if (isNumber(a) && isNumber(b)) return numEquals(a, b);
        if (Tag.isInt(a) || Tag.isInt(b)) {
            int other = Tag.isInt(a) ? b : a;
            if (type(other) != TypeId.INSTANCE.id()) return false;
        }
        int ta = Tag.isInt(a) ? -1 : type(a), tb = Tag.isInt(b) ? -1 : type(b);
        if (ta == TypeId.INSTANCE.id() || tb == TypeId.INSTANCE.id()) return userEq(a, b);
        if ((ta == TypeId.SET.id() || ta == TypeId.FROZENSET.id()) && (tb == TypeId.SET.id() || tb == TypeId.FROZENSET.id())) {
            return vm.sets.setEquals(a, b);
        }
        if (ta != tb) {
            return ta == TypeId.DICT_VIEW.id() && tb == TypeId.DICT_VIEW.id() && viewEquals(a, b);
        }
        switch (TypeId.of(ta)) {
            case STR: return vm.str.equals(a, b);
            case TUPLE: case LIST: case DICT: {
                // each level of a structural comparison counts toward the recursion limit, as in CPython
                vm.interp.enterNested(" in comparison");
                try {
                    return ta == TypeId.DICT.id() ? dictEquals(a, b) : seqEquals(a, b, ta == TypeId.TUPLE.id());
                } finally {
                    vm.interp.leaveNested();
                }
            }
            case RANGE: return rangeEquals(a, b);
            case DICT_VIEW: return viewEquals(a, b);
            default: return false;
        }
    }

    private boolean userEq(int a, int b) {
        return truth(userEqResult(a, b));
    }

    /** {@code a == b} with a user {@code __eq__} on either side: its result, else identity. */
    private int userEqResult(int a, int b) {
        int mark = handles.mark();
        try {
            // The first call is a safepoint: a and b are read back from handles after it.
            int ha = handles.push(a), hb = handles.push(b);
            int method = Tag.isInt(a) ? 0 : dunder(a, "__eq__");
            if (method != 0) {
                int r = vm.interp.callMethod(method, a, b);
                if (r != vm.notImplemented()) return r;
            }
            a = handles.get(ha);
            b = handles.get(hb);
            method = Tag.isInt(b) ? 0 : dunder(b, "__eq__");
            if (method != 0) {
                int r = vm.interp.callMethod(method, b, a);
                if (r != vm.notImplemented()) return r;
            }
            return vm.bool(handles.get(ha) == handles.get(hb));
        } finally {
            handles.release(mark);
        }
    }

    /** A user-defined special method of w's class (not object's defaults), or NULL. */
    public int dunder(int w, String name) {
        if (Tag.isInt(w) || type(w) != TypeId.INSTANCE.id()) return 0;
        return vm.classes.lookup(vm.classes.classOf(w), vm.intern(name));
    }

    private boolean seqEquals(int a, int b, boolean tuple) {
        int n = tuple ? vm.seq.tupleLength(a) : vm.seq.length(a);
        int m = tuple ? vm.seq.tupleLength(b) : vm.seq.length(b);
        if (n != m) return false;
        int mark = handles.mark();
        int ha = handles.push(a), hb = handles.push(b);
        try {
            for (int i = 0; i < n; i++) {
                a = handles.get(ha);
                b = handles.get(hb);
                int la = tuple ? vm.seq.tupleLength(a) : vm.seq.length(a);
                int lb = tuple ? vm.seq.tupleLength(b) : vm.seq.length(b);
                if (i >= la || i >= lb) return la == lb;
                int x = tuple ? vm.seq.tupleGet(a, i) : vm.seq.get(a, i);
                int y = tuple ? vm.seq.tupleGet(b, i) : vm.seq.get(b, i);
                if (!identical(x, y) && !elementEq(x, y)) return false;
            }
            return true;
        } finally {
            handles.release(mark);
        }
    }

    private boolean dictEquals(int a, int b) {
        if (vm.dict.size(a) != vm.dict.size(b)) return false;
        int mark = handles.mark();
        int ha = handles.push(a), hb = handles.push(b);
        try {
            for (int i = 0; ; i++) {
                a = handles.get(ha);
                i = vm.dict.nextEntry(a, i);
                if (i < 0) return true;
                int k = vm.dict.entryKey(a, i);
                int v = vm.dict.entryValue(a, i);
                int w = vm.dict.get(handles.get(hb), k);
                if (w == 0 || (!identical(w, v) && !elementEq(v, w))) return false;
            }
        } finally {
            handles.release(mark);
        }
    }

    private boolean rangeEquals(int a, int b) {
        int la = len(a), lb = len(b);
        if (la != lb) return false;
        if (la == 0) return true;
        if (!eq(mem.loadWord(a + 4), mem.loadWord(b + 4))) return false;
        return la == 1 || eq(mem.loadWord(a + 12), mem.loadWord(b + 12));
    }

    private boolean viewEquals(int a, int b) {
        if (mem.loadWord(a + 4) != mem.loadWord(b + 4) || mem.loadWord(a + 4) == 1) return a == b;
        int da = mem.loadWord(a + 8), db = mem.loadWord(b + 8);
        if (vm.dict.size(da) != vm.dict.size(db)) return false;
        boolean items = mem.loadWord(a + 4) == 2;
        for (int i = vm.dict.nextEntry(da, 0); i >= 0; i = vm.dict.nextEntry(da, i + 1)) {
            int k = vm.dict.entryKey(da, i);
            int w = vm.dict.get(db, k);
            if (w == 0) return false;
            if (items && !keyEquals(w, vm.dict.entryValue(da, i))) return false;
        }
        return true;
    }

    /** Python's {@code a < b}; may run {@code __lt__}. */
    public boolean lt(int a, int b) {
        return truth(compare(a, b, CompareOp.LT));
    }

    /** A rich comparison (LT, LE, EQ, NE, GT, GE) returning a Python value. */
    public int compare(int a, int b, CompareOp op) {
        if (Tag.isInt(a) && Tag.isInt(b)) {
            switch (op) {
                case LT: return vm.bool(a < b);
                case LE: return vm.bool(a <= b);
                case EQ: return vm.bool(a == b);
                case NE: return vm.bool(a != b);
                case GT: return vm.bool(a > b);
                default: return vm.bool(a >= b);
            }
        }
        if (op == CompareOp.NE && (!Tag.isInt(a) && type(a) == TypeId.INSTANCE.id() && dunder(a, "__ne__") != 0)) {
            int r = vm.interp.callMethod(dunder(a, "__ne__"), a, b);
            if (r != vm.notImplemented()) return r;
        }
        if (op == CompareOp.EQ) {
            // a user __eq__'s result is the value of ==, whatever it is (containers take its truth)
            if (!Tag.isInt(a) && type(a) == TypeId.INSTANCE.id() || !Tag.isInt(b) && type(b) == TypeId.INSTANCE.id()) return userEqResult(a, b);
            return vm.bool(eq(a, b));
        }
        if (op == CompareOp.NE) return vm.bool(!eq(a, b));
        if (isNumber(a) && isNumber(b)) {
            int c = numCompare(a, b);
            if (c == 2) return vm.falseObj;
            return vm.bool(orderHolds(c, op));
        }
        int ta = Tag.isInt(a) ? -1 : type(a), tb = Tag.isInt(b) ? -1 : type(b);
        if (ta == tb && ta == TypeId.STR.id()) return vm.bool(orderHolds(vm.str.compare(a, b), op));
        if (vm.sets.isSet(a) && vm.sets.isSet(b)) {
            int la = vm.sets.size(a), lb = vm.sets.size(b);
            switch (op) {
                case LT: return vm.bool(la < lb && vm.sets.isSubset(a, b));
                case LE: return vm.bool(vm.sets.isSubset(a, b));
                case GT: return vm.bool(la > lb && vm.sets.isSubset(b, a));
                default: return vm.bool(vm.sets.isSubset(b, a));
            }
        }
        if (ta == tb && (ta == TypeId.TUPLE.id() || ta == TypeId.LIST.id())) {
            vm.interp.enterNested(" in comparison");
            try {
                return seqCompare(a, b, op, ta == TypeId.TUPLE.id());
            } finally {
                vm.interp.leaveNested();
            }
        }
        if (ta == TypeId.INSTANCE.id() || tb == TypeId.INSTANCE.id()) {
            String name = dunderFor(op), reflected = dunderFor(reflect(op));
            int mark = handles.mark();
            try {
                // The first call is a safepoint: a and b are read back from handles after it.
                int ha = handles.push(a), hb = handles.push(b);
                int m = ta == TypeId.INSTANCE.id() ? dunder(a, name) : 0;
                if (m != 0) {
                    int r = vm.interp.callMethod(m, a, b);
                    if (r != vm.notImplemented()) return r;
                }
                a = handles.get(ha);
                b = handles.get(hb);
                m = tb == TypeId.INSTANCE.id() ? dunder(b, reflected) : 0;
                if (m != 0) {
                    int r = vm.interp.callMethod(m, b, a);
                    if (r != vm.notImplemented()) return r;
                }
                a = handles.get(ha);
                b = handles.get(hb);
            } finally {
                handles.release(mark);
            }
        }
        throw vm.typeError("'" + op.symbol + "' not supported between instances of '"
                + vm.typeName(a) + "' and '" + vm.typeName(b) + "'");
    }

    private static boolean orderHolds(int c, CompareOp op) {
        switch (op) {
            case LT: return c < 0;
            case LE: return c <= 0;
            case GT: return c > 0;
            case GE: return c >= 0;
            case EQ: return c == 0;
            default: return c != 0;
        }
    }

    private static String dunderFor(CompareOp op) {
        switch (op) {
            case LT: return "__lt__";
            case LE: return "__le__";
            case GT: return "__gt__";
            default: return "__ge__";
        }
    }

    private static CompareOp reflect(CompareOp op) {
        switch (op) {
            case LT: return CompareOp.GT;
            case LE: return CompareOp.GE;
            case GT: return CompareOp.LT;
            default: return CompareOp.LE;
        }
    }

    private int seqCompare(int a, int b, CompareOp op, boolean tuple) {
        int mark = handles.mark();
        int ha = handles.push(a), hb = handles.push(b);
        try {
            for (int i = 0; ; i++) {
                a = handles.get(ha);
                b = handles.get(hb);
                int la = tuple ? vm.seq.tupleLength(a) : vm.seq.length(a);
                int lb = tuple ? vm.seq.tupleLength(b) : vm.seq.length(b);
                if (i >= la || i >= lb) return vm.bool(orderHolds(Integer.compare(la, lb), op));
                int x = tuple ? vm.seq.tupleGet(a, i) : vm.seq.get(a, i);
                int y = tuple ? vm.seq.tupleGet(b, i) : vm.seq.get(b, i);
                int hx = handles.push(x), hy = handles.push(y);
                if (identical(x, y) || elementEq(x, y)) {
                    handles.release(hx);
                    continue;
                }
                if (sameContainerType(handles.get(hx), handles.get(hy))) return compare(handles.get(hx), handles.get(hy), op);
                vm.interp.enterNested(" in comparison");
                try {
                    return compare(handles.get(hx), handles.get(hy), op);
                } finally {
                    vm.interp.leaveNested();
                }
            }
        } finally {
            handles.release(mark);
        }
    }

    // ------------------------------------------------------------------ length and containment

    /** len(w); TypeError if w has no length. */
    public int len(int w) {
        if (!Tag.isInt(w)) {
            switch (vm.typeOf(w)) {
                case STR: return vm.str.length(w);
                case LIST: return vm.seq.length(w);
                case TUPLE: return vm.seq.tupleLength(w);
                case DICT: return vm.dict.size(w);
                case DICT_VIEW: return vm.dict.size(mem.loadWord(w + 8));
                case RANGE: return Ranges.length(vm, w);
                case SET: case FROZENSET: return vm.sets.size(w);
                case CLASS: {
                    int m = vm.classes.metaHook(w, "len");
                    if (m != 0) return (int) vm.ints.toLong(vm.interp.call(m, w));
                    break;
                }
                case INSTANCE: {
                    int m = dunder(w, "__len__");
                    if (m == 0) break;
                    int r = vm.interp.callMethod(m, w);
                    if (!vm.ints.isInt(r)) {
                        throw vm.typeError("'" + vm.typeName(r) + "' object cannot be interpreted as an integer");
                    }
                    if (vm.ints.sign(r) < 0) throw vm.valueError("__len__() should return >= 0");
                    if (!vm.ints.fitsLong(r) || vm.ints.toLong(r) > Integer.MAX_VALUE) {
                        throw vm.raise("OverflowError", "cannot fit 'int' into an index-sized integer");
                    }
                    return (int) vm.ints.toLong(r);
                }
                default: break;
            }
        }
        throw vm.typeError("object of type '" + vm.typeName(w) + "' has no len()");
    }

    /** {@code item in container}. */
    public boolean contains(int container, int item) {
        if (!Tag.isInt(container)) {
            switch (vm.typeOf(container)) {
                case STR:
                    if (Tag.isInt(item) || vm.typeOf(item) != TypeId.STR) {
                        throw vm.typeError("'in <string>' requires string as left operand, not " + vm.typeName(item));
                    }
                    return vm.str.find(container, item, 0, vm.str.length(container)) >= 0;
                case DICT:
                    return vm.dict.get(container, item) != 0;
                case SET: case FROZENSET:
                    return vm.sets.contains(container, item);
                case INSTANCE: {
                    int m = dunder(container, "__contains__");
                    if (m != 0) return truth(vm.interp.callMethod(m, container, item));
                    break;
                }
                case CLASS: {
                    int m = vm.classes.metaHook(container, "contains");
                    if (m != 0) return truth(vm.interp.call(m, container, item));
                    break;
                }
                case DICT_VIEW: {
                    int d = mem.loadWord(container + 8);
                    int kind = mem.loadWord(container + 4);
                    if (kind == 0) return vm.dict.get(d, item) != 0;
                    break;
                }
                case RANGE:
                    if (vm.ints.isInt(item)) return Ranges.contains(vm, container, item);
                    break;
                case LIST: case TUPLE: {
                    int mark = handles.mark();
                    int hc = handles.push(container), hi = handles.push(item);
                    try {
                        boolean tuple = vm.typeOf(container) == TypeId.TUPLE;
                        for (int i = 0; ; i++) {
                            int c = handles.get(hc);
                            int n = tuple ? vm.seq.tupleLength(c) : vm.seq.length(c);
                            if (i >= n) return false;
                            int x = tuple ? vm.seq.tupleGet(c, i) : vm.seq.get(c, i);
                            if (identical(x, handles.get(hi)) || eq(x, handles.get(hi))) return true;
                        }
                    } finally {
                        handles.release(mark);
                    }
                }
                default:
                    break;
            }
        }
        // Generic: iterate.
        int mark = handles.mark();
        try {
            int hi = handles.push(item);
            int hit = handles.push(vm.interp.iter(container));
            while (true) {
                int x = vm.interp.next(handles.get(hit));
                if (x == 0) return false;
                if (identical(x, handles.get(hi)) || eq(x, handles.get(hi))) return true;
            }
        } finally {
            handles.release(mark);
        }
    }

    // ------------------------------------------------------------------ arithmetic

    /** a op b for the generic case (the interpreter handles small-int fast paths itself). */
    public int binary(BinaryOp op, boolean inplace, int a, int b) {
        boolean ai = vm.ints.isInt(a), bi = vm.ints.isInt(b);
        if (ai && bi) {
            boolean bools = (a == vm.trueObj || a == vm.falseObj) && (b == vm.trueObj || b == vm.falseObj);
            if (bools && (op == BinaryOp.AND || op == BinaryOp.OR || op == BinaryOp.XOR)) {
                boolean x = a == vm.trueObj, y = b == vm.trueObj;
                return vm.bool(op == BinaryOp.AND ? x & y : op == BinaryOp.OR ? x | y : x ^ y);
            }
            return intBinary(op, a, b);
        }
        if ((ai || vm.floats.isFloat(a)) && (bi || vm.floats.isFloat(b))) {
            return vm.floats.box(floatBinary(op, toDouble(a), toDouble(b), a, b));
        }
        int ta = Tag.isInt(a) ? -1 : type(a), tb = Tag.isInt(b) ? -1 : type(b);
        switch (op) {
            case ADD:
                if (ta == TypeId.STR.id() && tb == TypeId.STR.id()) return vm.str.concat(a, b);
                if (ta == TypeId.LIST.id() && tb == TypeId.LIST.id()) {
                    if (inplace) {
                        vm.interp.extendList(a, b);
                        return a;
                    }
                    return Lists.concat(vm, a, b);
                }
                if (ta == TypeId.LIST.id() && inplace) {
                    vm.interp.extendList(a, b);
                    return a;
                }
                if (ta == TypeId.TUPLE.id() && tb == TypeId.TUPLE.id()) return Lists.concatTuples(vm, a, b);
                if (ta == TypeId.STR.id() || ta == TypeId.LIST.id() || ta == TypeId.TUPLE.id()) {
                    String name = vm.typeName(a);
                    throw vm.typeError("can only concatenate " + name + " (not \"" + vm.typeName(b) + "\") to " + name);
                }
                break;
            case MUL:
                if (bi && (ta == TypeId.STR.id() || ta == TypeId.LIST.id() || ta == TypeId.TUPLE.id())) {
                    return repeat(a, ta, b, inplace);
                }
                if (ai && (tb == TypeId.STR.id() || tb == TypeId.LIST.id() || tb == TypeId.TUPLE.id())) {
                    return repeat(b, tb, a, false);
                }
                if (isSequence(ta) || isSequence(tb)) {
                    throw vm.typeError("can't multiply sequence by non-int of type '" + vm.typeName(isSequence(ta) ? b : a) + "'");
                }
                break;
            case MOD:
                if (ta == TypeId.STR.id()) return vm.builtins.percentFormat(a, b);
                break;
            case OR: case AND: case SUB: case XOR:
                if (vm.sets.isSet(a) && vm.sets.isSet(b)) return setBinary(op, inplace && ta == TypeId.SET.id(), a, b);
                break;
            default:
                break;
        }
        if (ta == TypeId.INSTANCE.id() || tb == TypeId.INSTANCE.id()) {
            int r = userBinary(op, inplace, a, b, ta == TypeId.INSTANCE.id(), tb == TypeId.INSTANCE.id(), USER_INPLACE);
            if (r != 0) return r;
        }
        throw unsupported(op, inplace, a, b);
    }

    private PyException unsupported(BinaryOp op, boolean inplace, int a, int b) {
        return vm.typeError("unsupported operand type(s) for " + op.symbol + (inplace ? "=" : "") + ": '"
                + vm.typeName(a) + "' and '" + vm.typeName(b) + "'");
    }

    /** The steps of the user operator protocol, in order: a.__iop__(b), a.__op__(b), b.__rop__(a). */
    public static final int USER_INPLACE = 0, USER_LEFT = 1, USER_REFLECTED = 2;

    /**
     * Finishes {@code a op b} after step {@code step} of the user protocol ran as a Python frame
     * of its own (compiled code inlined it and left at an exit inside it) and returned
     * {@code result}: that result unless NotImplemented, else the later steps, else TypeError.
     */
    public int resumeUserBinary(int arg, int step, int a, int b, int result) {
        if (result != vm.notImplemented()) return result;
        BinaryOp op = BinaryOp.of(arg);
        boolean inplace = BinaryOp.isInplace(arg);
        boolean ua = !Tag.isInt(a) && type(a) == TypeId.INSTANCE.id(), ub = !Tag.isInt(b) && type(b) == TypeId.INSTANCE.id();
        int r = step == USER_REFLECTED ? 0 : userBinary(op, inplace, a, b, ua, ub, step + 1);
        if (r != 0) return r;
        throw unsupported(op, inplace, a, b);
    }

    private int setBinary(BinaryOp op, boolean inplace, int a, int b) {
        if (inplace) {
            switch (op) {
                case OR: vm.sets.update(a, b); break;
                case AND: vm.sets.intersectionUpdate(a, b); break;
                case SUB: vm.sets.differenceUpdate(a, b); break;
                default: vm.sets.symmetricDifferenceUpdate(a, b); break;
            }
            return a;
        }
        switch (op) {
            case OR: return vm.sets.union(a, b);
            case AND: return vm.sets.intersection(a, b);
            case SUB: return vm.sets.difference(a, b);
            default: return vm.sets.symmetricDifference(a, b);
        }
    }

    private static final String[] OP_NAMES = {"add", "sub", "mul", "truediv", "floordiv", "mod", "pow", "lshift",
        "rshift", "and", "or", "xor"};

    /** The user operator methods: __iop__ (augmented), then __op__ of a, then __rop__ of b, from step {@code from} on; NULL if none applies. */
    private int userBinary(BinaryOp op, boolean inplace, int a, int b, boolean ua, boolean ub, int from) {
        String name = OP_NAMES[op.ordinal()];
        int mark = handles.mark();
        try {
            int ha = handles.push(a), hb = handles.push(b);
            if (inplace && ua && from <= USER_INPLACE) {
                int m = dunder(a, "__i" + name + "__");
                if (m != 0) {
                    int r = vm.interp.callMethod(m, a, b);
                    if (r != vm.notImplemented()) return r;
                }
            }
            if (ua && from <= USER_LEFT) {
                a = handles.get(ha);
                int m = dunder(a, "__" + name + "__");
                if (m != 0) {
                    int r = vm.interp.callMethod(m, a, handles.get(hb));
                    if (r != vm.notImplemented()) return r;
                }
            }
            if (ub) {
                b = handles.get(hb);
                int m = dunder(b, "__r" + name + "__");
                if (m != 0) {
                    int r = vm.interp.callMethod(m, b, handles.get(ha));
                    if (r != vm.notImplemented()) return r;
                }
            }
            return 0;
        } finally {
            handles.release(mark);
        }
    }

    /** A unary user method (__neg__, __pos__, __abs__, __invert__) or NULL. */
    int userUnary(int a, String name) {
        int m = dunder(a, name);
        return m == 0 ? 0 : vm.interp.callMethod(m, a);
    }

    private static boolean isSequence(int type) {
        return type == TypeId.STR.id() || type == TypeId.LIST.id() || type == TypeId.TUPLE.id();
    }

    private int repeat(int seq, int type, int count, boolean inplace) {
        long n = vm.ints.fitsLong(count) ? vm.ints.toLong(count) : (vm.ints.sign(count) < 0 ? 0 : Long.MAX_VALUE);
        if (type == TypeId.STR.id()) return vm.str.repeat(seq, n);
        if (n > 0 && n * (type == TypeId.LIST.id() ? vm.seq.length(seq) : vm.seq.tupleLength(seq)) > 100_000_000L) {
            throw vm.raise("MemoryError", null);
        }
        if (type == TypeId.LIST.id()) return Lists.repeat(vm, seq, (int) Math.max(0, n), inplace);
        return Lists.repeatTuple(vm, seq, (int) Math.max(0, n));
    }

    private int intBinary(BinaryOp op, int a, int b) {
        Ints I = vm.ints;
        switch (op) {
            case ADD: return I.add(a, b);
            case SUB: return I.sub(a, b);
            case MUL: return I.mul(a, b);
            case TRUEDIV: return vm.floats.box(I.trueDiv(a, b));
            case FLOORDIV: return I.floorDiv(a, b);
            case MOD: return I.mod(a, b);
            case POW: return I.pow(a, b);
            case LSHIFT: return I.lshift(a, b);
            case RSHIFT: return I.rshift(a, b);
            case AND: return I.and(a, b);
            case OR: return I.or(a, b);
            default: return I.xor(a, b);
        }
    }

    /** float arithmetic; a and b are the original operands (for error messages). */
    public double floatBinary(BinaryOp op, double x, double y, int a, int b) {
        switch (op) {
            case ADD: return x + y;
            case SUB: return x - y;
            case MUL: return x * y;
            case TRUEDIV:
                if (y == 0.0) throw vm.raise("ZeroDivisionError", "float division by zero");
                return x / y;
            case FLOORDIV: return vm.floats.floorDiv(x, y);
            case MOD: return vm.floats.mod(x, y);
            case POW: return vm.floats.pow(x, y);
            default:
                throw vm.typeError("unsupported operand type(s) for " + op.symbol + ": '"
                        + vm.typeName(a) + "' and '" + vm.typeName(b) + "'");
        }
    }

    public int negate(int a) {
        if (vm.ints.isInt(a)) return vm.ints.neg(a);
        if (vm.floats.isFloat(a)) return vm.floats.box(-vm.floats.value(a));
        int r = userUnary(a, "__neg__");
        if (r != 0) return r;
        throw vm.typeError("bad operand type for unary -: '" + vm.typeName(a) + "'");
    }

    public int positive(int a) {
        if (vm.ints.isInt(a)) return vm.ints.isExactInt(a) ? a : Tag.box(vm.ints.sign(a));
        if (vm.floats.isFloat(a)) return a;
        int r = userUnary(a, "__pos__");
        if (r != 0) return r;
        throw vm.typeError("bad operand type for unary +: '" + vm.typeName(a) + "'");
    }

    public int invert(int a) {
        if (vm.ints.isInt(a)) return vm.ints.invert(a);
        int r = userUnary(a, "__invert__");
        if (r != 0) return r;
        throw vm.typeError("bad operand type for unary ~: '" + vm.typeName(a) + "'");
    }

    // ------------------------------------------------------------------ repr and str

    /** repr(w) as Java text; may run {@code __repr__}. */
    public String repr(int w) {
        if (Tag.isInt(w)) return Integer.toString(Tag.unbox(w));
        TypeId t = vm.typeOf(w);
        switch (t) {
            case NONE: return "None";
            case BOOL: return w == vm.trueObj ? "True" : "False";
            case BIGINT: return vm.ints.toString(w);
            case FLOAT: return FloatFormat.repr(vm.floats.value(w));
            case STR: return StrRepr.repr(vm.str.toJava(w));
            case TUPLE: case LIST: case DICT: case DICT_VIEW: return containerRepr(w, t);
            case RANGE: return Ranges.repr(vm, w);
            case SET: case FROZENSET: return setRepr(w);
            case SLICE: return "slice(" + repr(mem.loadWord(w + 4)) + ", " + repr(mem.loadWord(w + 8)) + ", " + repr(mem.loadWord(w + 12)) + ")";
            case CLASS: {
                int m = vm.classes.metaHook(w, "repr");
                if (m != 0) return strResult(vm.interp.call(m, w), "__repr__");
                String name = vm.classes.name(w);
                boolean builtin = vm.heap.isPermanent(w);
                return "<class '" + (builtin ? "" : "__main__.") + name + "'>";
            }
            case FUNCTION: return "<function " + vm.interp.functionQualname(w) + " at " + address(w) + ">";
            case BUILTIN: {
                String name = vm.str.toJava(mem.loadWord(w + 12));
                int self = mem.loadWord(w + 8);
                if (self == 0 || type(self) == TypeId.MODULE.id()) return "<built-in function " + name + ">";
                return "<built-in method " + name + " of " + vm.typeName(self) + " object at " + address(self) + ">";
            }
            case METHOD: return "<bound method " + vm.interp.functionQualname(mem.loadWord(w + 4)) + " of " + repr(mem.loadWord(w + 8)) + ">";
            case MODULE: return "<module '" + vm.str.toJava(mem.loadWord(w + 4)) + "' (built-in)>";
            case INSTANCE: {
                int m = dunder(w, "__repr__");
                if (m != 0) return strResult(vm.interp.callMethod(m, w), "__repr__");
                if (vm.classes.isException(w)) return exceptionRepr(w);
                return "<__main__." + vm.classes.name(vm.classes.classOf(w)) + " object at " + address(w) + ">";
            }
            default:
                return "<" + vm.typeName(w) + " object at " + address(w) + ">";
        }
    }

    private String setRepr(int w) {
        for (int hp : reprInProgress) {
            if (handles.get(hp) == w) return vm.typeName(w) + "(...)";
        }
        int h = handles.push(w);
        reprInProgress.add(h);
        try {
            return vm.sets.repr(w);
        } finally {
            reprInProgress.remove(reprInProgress.size() - 1);
            handles.release(h);
        }
    }

    private static String address(int w) {
        return String.format("0x%08x", w);
    }

    private String strResult(int r, String method) {
        if (Tag.isInt(r) || vm.typeOf(r) != TypeId.STR) {
            throw vm.typeError(method + " returned non-string (type " + vm.typeName(r) + ")");
        }
        return vm.str.toJava(r);
    }

    private String exceptionRepr(int w) {
        int args = vm.classes.exceptionArgs(w);
        String name = vm.classes.name(vm.classes.classOf(w));
        int n = vm.seq.tupleLength(args);
        if (n == 1) return name + "(" + repr(vm.seq.tupleGet(args, 0)) + ")";
        String inner = repr(args);
        return name + (n == 0 ? "()" : inner);
    }

    private String containerRepr(int w, TypeId t) {
        for (int hp : reprInProgress) {
            if (handles.get(hp) == w) return t == TypeId.LIST ? "[...]" : t == TypeId.DICT ? "{...}" : "(...)";
        }
        if (++reprDepth > 900) {
            reprDepth--;
            throw vm.raise("RecursionError", "maximum recursion depth exceeded while getting the repr of an object");
        }
        int mark = handles.mark();
        int h = handles.push(w);
        reprInProgress.add(h);
        try {
            StringBuilder sb = new StringBuilder();
            switch (t) {
                case TUPLE: {
                    int n = vm.seq.tupleLength(w);
                    sb.append('(');
                    for (int i = 0; i < n; i++) {
                        if (i > 0) sb.append(", ");
                        sb.append(repr(vm.seq.tupleGet(handles.get(h), i)));
                    }
                    if (n == 1) sb.append(',');
                    return sb.append(')').toString();
                }
                case LIST: {
                    sb.append('[');
                    for (int i = 0; i < vm.seq.length(handles.get(h)); i++) {
                        if (i > 0) sb.append(", ");
                        sb.append(repr(vm.seq.get(handles.get(h), i)));
                    }
                    return sb.append(']').toString();
                }
                case DICT: {
                    sb.append('{');
                    boolean first = true;
                    for (int i = 0; (i = vm.dict.nextEntry(handles.get(h), i)) >= 0; i++) {
                        if (!first) sb.append(", ");
                        first = false;
                        int hv = handles.push(vm.dict.entryValue(handles.get(h), i));
                        sb.append(repr(vm.dict.entryKey(handles.get(h), i))).append(": ");
                        sb.append(repr(handles.get(hv)));
                        handles.release(hv);
                    }
                    return sb.append('}').toString();
                }
                default: {
                    int kind = mem.loadWord(w + 4);
                    String name = kind == 0 ? "dict_keys" : kind == 1 ? "dict_values" : "dict_items";
                    int list = vm.interp.listOf(w);
                    return name + "(" + repr(list) + ")";
                }
            }
        } finally {
            handles.release(mark);
            reprInProgress.remove(reprInProgress.size() - 1);
            reprDepth--;
        }
    }

    /** str(w) as Java text; may run {@code __str__}/{@code __repr__}. */
    public String str(int w) {
        if (Tag.isInt(w)) return Integer.toString(Tag.unbox(w));
        TypeId t = vm.typeOf(w);
        if (t == TypeId.STR) return vm.str.toJava(w);
        if (t == TypeId.INSTANCE) {
            int m = dunder(w, "__str__");
            if (m != 0) return strResult(vm.interp.callMethod(m, w), "__str__");
            // BaseException defines __str__, so a user __repr__ does not affect str(e).
            if (vm.classes.isException(w)) return exceptionStr(w);
        }
        return repr(w);
    }

    /** str() of an exception: its single argument's str, or the args tuple. */
    public String exceptionStr(int w) {
        int args = vm.classes.exceptionArgs(w);
        int n = vm.seq.tupleLength(args);
        if (n == 0) return "";
        if (n == 1) {
            int a = vm.seq.tupleGet(args, 0);
            if (vm.classes.isSubclass(vm.classes.classOf(w), vm.builtinClass("KeyError"))) return repr(a);
            return str(a);
        }
        return repr(args);
    }
}
