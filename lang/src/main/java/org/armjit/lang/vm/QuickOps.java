package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

/**
 * The fast paths the dispatch loop tries before the generic object protocol: small-int
 * and float arithmetic and comparison, str comparison, list/tuple indexing, range and list iteration,
 * instance attributes. Each returns NULL (0) when its case does not apply (or would
 * raise), and the caller then takes the generic path, which gives the exact result or
 * error; so a fast path only has to agree with the generic one where it answers. None of
 * them runs Python code or collects, so callers need not publish sp/pc first.
 */
final class QuickOps {
    private static final int FLOAT = TypeId.FLOAT.id();
    private static final int LIST = TypeId.LIST.id();
    private static final int TUPLE = TypeId.TUPLE.id();
    private static final int STR = TypeId.STR.id();
    private static final int CLASS = TypeId.CLASS.id();
    private static final int MODULE = TypeId.MODULE.id();
    private static final int SUPER = TypeId.SUPER.id();
    private static final int FUNCTION = TypeId.FUNCTION.id();
    private static final int BUILTIN = TypeId.BUILTIN.id();
    private static final int INSTANCE = TypeId.INSTANCE.id();
    private static final int ITERATOR = TypeId.ITERATOR.id();
    private static final int RANGE_ITER = IteratorKind.RANGE.ordinal();
    private static final int LIST_ITER = IteratorKind.LIST.ordinal();

    private final Vm vm;
    private final GuestMemory mem;

    QuickOps(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    private int type(int ref) {
        return mem.loadWord(ref) & Heap.TYPE_MASK;
    }

    /** a op b on two tagged ints when the result is a tagged int; NULL otherwise (overflow, errors, / and **). */
    static int smallInt(int op, int a, int b) {
        int x = a >> 1, y = b >> 1;
        long r;
        switch (op) {
            case Op.Bin.ADD: r = (long) x + y; break;
            case Op.Bin.SUB: r = (long) x - y; break;
            case Op.Bin.MUL: r = (long) x * y; break;
            case Op.Bin.FLOORDIV:
                if (y == 0) return 0;
                r = Math.floorDiv((long) x, y);
                break;
            case Op.Bin.MOD:
                if (y == 0) return 0;
                return Tag.box(Math.floorMod(x, y));
            case Op.Bin.LSHIFT:
                if (y < 0 || y > 32) return 0;
                r = (long) x << y;
                break;
            case Op.Bin.RSHIFT:
                if (y < 0) return 0;
                return Tag.box(x >> Math.min(y, 31));
            case Op.Bin.AND: return a & b;
            case Op.Bin.OR: return a | b;
            case Op.Bin.XOR: return (a ^ b) | 1;
            default: return 0;
        }
        return r >= Tag.MIN && r <= Tag.MAX ? Tag.box((int) r) : 0;
    }

    /** a op b on small ints or floats (both operands non-NULL); NULL when the generic path must decide. */
    int arith(int op, int a, int b) {
        return (a & b & 1) != 0 ? smallInt(op, a, b) : floatArith(op, a, b);
    }

    /**
     * + - * / with a float operand and a float or small-int other operand (not both small
     * ints); NULL otherwise, and for division by zero. Java's double arithmetic is IEEE,
     * like CPython's, and a small int converts to double exactly.
     */
    int floatArith(int op, int a, int b) {
        if (op > Op.Bin.TRUEDIV) return 0;
        double x, y;
        if (Tag.isInt(a)) x = a >> 1;
        else if (type(a) == FLOAT) x = mem.loadDouble(a + Floats.VALUE);
        else return 0;
        if (Tag.isInt(b)) y = b >> 1;
        else if (type(b) == FLOAT) y = mem.loadDouble(b + Floats.VALUE);
        else return 0;
        double r;
        switch (op) {
            case Op.Bin.ADD: r = x + y; break;
            case Op.Bin.SUB: r = x - y; break;
            case Op.Bin.MUL: r = x * y; break;
            default:
                if (y == 0.0) return 0;
                r = x / y;
        }
        return vm.floats.box(r);
    }

    /** An ordering or equality comparison (op &lt;= GE) of two strs, or of floats and small ints (not both small ints); or NULL. */
    int compare(int op, int a, int b) {
        if (!Tag.isInt(a) && !Tag.isInt(b) && type(a) == STR && type(b) == STR) {
            boolean r;
            switch (op) {
                case Op.Cmp.EQ: r = vm.str.equals(a, b); break;
                case Op.Cmp.NE: r = !vm.str.equals(a, b); break;
                default: {
                    int c = vm.str.compare(a, b);
                    r = op == Op.Cmp.LT ? c < 0 : op == Op.Cmp.LE ? c <= 0 : op == Op.Cmp.GT ? c > 0 : c >= 0;
                }
            }
            return r ? vm.trueObj : vm.falseObj;
        }
        return floatCompare(op, a, b);
    }

    private int floatCompare(int op, int a, int b) {
        double x, y;
        if (Tag.isInt(a)) x = a >> 1;
        else if (type(a) == FLOAT) x = mem.loadDouble(a + Floats.VALUE);
        else return 0;
        if (Tag.isInt(b)) y = b >> 1;
        else if (type(b) == FLOAT) y = mem.loadDouble(b + Floats.VALUE);
        else return 0;
        boolean r;
        switch (op) {
            case Op.Cmp.LT: r = x < y; break;
            case Op.Cmp.LE: r = x <= y; break;
            case Op.Cmp.EQ: r = x == y; break;
            case Op.Cmp.NE: r = x != y; break;
            case Op.Cmp.GT: r = x > y; break;
            default: r = x >= y;
        }
        return r ? vm.trueObj : vm.falseObj;
    }

    /** obj[key] for a list or tuple and an in-range small-int key, or NULL. */
    int subscript(int obj, int key) {
        if (!Tag.isInt(key) || Tag.isInt(obj)) return 0;
        int t = type(obj);
        int i = key >> 1;
        if (t == LIST) {
            int len = mem.loadWord(obj + Seqs.LEN);
            if (i < 0) i += len;
            if (i < 0 || i >= len) return 0;
            return vm.seq.get(obj, i);
        }
        if (t == TUPLE) {
            int len = mem.loadWord(obj + 4);
            if (i < 0) i += len;
            if (i < 0 || i >= len) return 0;
            return mem.loadWord(obj + 8 + 4 * i);
        }
        return 0;
    }

    /** obj[key] = value for a list and an in-range small-int key; false if not done. */
    boolean storeSubscript(int obj, int key, int value) {
        if (!Tag.isInt(key) || Tag.isInt(obj) || type(obj) != LIST) return false;
        int len = mem.loadWord(obj + Seqs.LEN);
        int i = key >> 1;
        if (i < 0) i += len;
        if (i < 0 || i >= len) return false;
        vm.seq.set(obj, i, value);
        return true;
    }

    /** Whether it is a range or list iterator, whose next value {@link #nextSimple} gives. */
    boolean isSimpleIterator(int it) {
        if (Tag.isInt(it) || type(it) != ITERATOR) return false;
        int kind = mem.loadWord(it + Iterators.KIND);
        return kind == RANGE_ITER || kind == LIST_ITER;
    }

    /** next() of a range or list iterator (see {@link #isSimpleIterator}); NULL when exhausted. */
    int nextSimple(int it) {
        int i = mem.loadWord(it + Iterators.INDEX);
        int subject = mem.loadWord(it + Iterators.SUBJECT);
        if (mem.loadWord(it + Iterators.KIND) == LIST_ITER) {
            if (i >= mem.loadWord(subject + Seqs.LEN)) return 0;
            mem.storeWord(it + Iterators.INDEX, i + 1);
            return vm.seq.get(subject, i);
        }
        if (i >= Tag.unbox(mem.loadWord(it + Iterators.A))) return 0;
        mem.storeWord(it + Iterators.INDEX, i + 1);
        return Ranges.item(vm, subject, i);
    }

    /**
     * An attribute found in an instance's own dict, or NULL. {@code cache[at]} remembers the
     * entry number it was found at: instances of a class usually get their attributes in
     * the same order, so one probe validated by key identity finds it.
     */
    int instanceAttribute(int obj, int name, int[] cache, int at) {
        if (Tag.isInt(obj) || type(obj) != INSTANCE) return 0;
        int d = mem.loadWord(obj + Classes.ATTRS);
        int v = vm.dict.cachedValue(d, cache[at], name);
        if (v != 0) return v;
        int e = vm.dict.find(d, name, vm.str.hash(name));
        if (e < 0) return 0;
        cache[at] = e;
        return vm.dict.entryValue(d, e);
    }

    /** obj.name = value into an ordinary instance's dict (cached like {@link #instanceAttribute}); false if obj is anything else. */
    boolean storeInstanceAttribute(int obj, int name, int value, int[] cache, int at) {
        if (Tag.isInt(obj) || type(obj) != INSTANCE || vm.heap.isPermanent(obj)) return false;
        if ((mem.loadWord(mem.loadWord(obj + Classes.CLASS) + Classes.FLAGS) & (Classes.EXCEPTION | Classes.DESCRIPTORS)) != 0) return false;
        int d = mem.loadWord(obj + Classes.ATTRS);
        if (vm.dict.storeCached(d, cache[at], name, value)) return true;
        cache[at] = vm.dict.putEntry(d, name, vm.str.hash(name), value);
        return true;
    }

    /**
     * LOAD_METHOD's common case: a plain function (or unbound builtin) in the own dict of
     * obj's class, which obj's dict does not shadow; NULL otherwise (the caller then asks
     * {@link Attributes#lookupMethod}, which also walks base classes). Cached like
     * {@link #instanceAttribute}.
     */
    int method(int obj, int name, int[] cache, int at) {
        int cls;
        if (Tag.isInt(obj)) {
            cls = vm.intClass;
        } else {
            int t = type(obj);
            if (t == INSTANCE) {
                if (vm.dict.find(mem.loadWord(obj + Classes.ATTRS), name, vm.str.hash(name)) >= 0) return 0;
                cls = mem.loadWord(obj + Classes.CLASS);
            } else if (t == CLASS || t == MODULE || t == SUPER) {
                return 0;
            } else {
                cls = vm.classes.classOf(obj);
            }
        }
        int d = mem.loadWord(cls + Classes.DICT);
        int m = vm.dict.cachedValue(d, cache[at], name);
        if (m == 0) {
            int e = vm.dict.find(d, name, vm.str.hash(name));
            if (e < 0) return 0;
            cache[at] = e;
            m = vm.dict.entryValue(d, e);
        }
        if (Tag.isInt(m)) return 0;
        int mt = type(m);
        if (mt == FUNCTION || (mt == BUILTIN && mem.loadWord(m + 8) == 0)) return m;
        return 0;
    }
}
