package org.armjit.jit.ir;

import static org.armjit.jit.ir.Type.FLOAT;
import static org.armjit.jit.ir.Type.INT;
import static org.armjit.jit.ir.Type.REF;
import static org.armjit.jit.ir.Type.VOID;

/**
 * Every IR operation, defined once: text name (PyPy's jit-log-opt names), result kind,
 * operand kinds, properties and meaning. Backends, passes, the verifier, the printer and
 * the parser all read this table.
 *
 * <p>Conventions. INT is a raw two's-complement 32-bit int and arithmetic wraps unless
 * the op is an {@code _ovf} op, which sets the overflow condition that the immediately
 * following {@code guard_no_overflow} / {@code guard_overflow} tests. Division and
 * modulo are total: by zero they give 0 (as ARM's SDIV), and INT_MIN / -1 wraps to
 * INT_MIN with remainder 0; recorders guard the divisor where Python semantics need it.
 * Shift counts are taken modulo 32. FLOAT comparisons follow IEEE (NaN compares unequal
 * to everything). Objects are addressed by REF value words; memory ops trust that their
 * object operand is an object of the right layout (recorders and guards ensure it).
 */
public enum Op {
    // ------------------------------------------------------------------ int arithmetic
    INT_ADD("int_add", INT, a(INT, INT), Flag.PURE, "i1 + i2, wrapping"),
    INT_SUB("int_sub", INT, a(INT, INT), Flag.PURE, "i1 - i2, wrapping"),
    INT_MUL("int_mul", INT, a(INT, INT), Flag.PURE, "i1 * i2, low 32 bits"),
    INT_ADD_OVF("int_add_ovf", INT, a(INT, INT), Flag.OVF, "i1 + i2; sets overflow if the exact sum does not fit 32 bits"),
    INT_SUB_OVF("int_sub_ovf", INT, a(INT, INT), Flag.OVF, "i1 - i2; sets overflow if the exact difference does not fit"),
    INT_MUL_OVF("int_mul_ovf", INT, a(INT, INT), Flag.OVF, "i1 * i2; sets overflow if the exact product does not fit"),
    INT_FLOORDIV("int_floordiv", INT, a(INT, INT), Flag.PURE, "C division: quotient truncated toward zero (PyPy's int_floordiv); x/0 = 0"),
    INT_MOD("int_mod", INT, a(INT, INT), Flag.PURE, "C remainder: sign of the dividend (PyPy's int_mod); x%0 = 0"),
    INT_PY_DIV("int_py_div", INT, a(INT, INT), Flag.PURE, "Python //: quotient rounded toward minus infinity; x//0 = 0"),
    INT_PY_MOD("int_py_mod", INT, a(INT, INT), Flag.PURE, "Python %: remainder with the divisor's sign; x%0 = 0"),
    INT_AND("int_and", INT, a(INT, INT), Flag.PURE, "bitwise and"),
    INT_OR("int_or", INT, a(INT, INT), Flag.PURE, "bitwise or"),
    INT_XOR("int_xor", INT, a(INT, INT), Flag.PURE, "bitwise exclusive or"),
    INT_LSHIFT("int_lshift", INT, a(INT, INT), Flag.PURE, "i1 << (i2 mod 32)"),
    INT_RSHIFT("int_rshift", INT, a(INT, INT), Flag.PURE, "arithmetic i1 >> (i2 mod 32)"),
    UINT_RSHIFT("uint_rshift", INT, a(INT, INT), Flag.PURE, "logical i1 >>> (i2 mod 32)"),
    INT_NEG("int_neg", INT, a(INT), Flag.PURE, "-i1, wrapping (INT_MIN stays INT_MIN)"),
    INT_INVERT("int_invert", INT, a(INT), Flag.PURE, "bitwise not: ~i1"),
    INT_LT("int_lt", INT, a(INT, INT), Flag.PURE, "1 if i1 < i2 (signed) else 0"),
    INT_LE("int_le", INT, a(INT, INT), Flag.PURE, "1 if i1 <= i2 (signed) else 0"),
    INT_EQ("int_eq", INT, a(INT, INT), Flag.PURE, "1 if i1 == i2 else 0"),
    INT_NE("int_ne", INT, a(INT, INT), Flag.PURE, "1 if i1 != i2 else 0"),
    INT_GT("int_gt", INT, a(INT, INT), Flag.PURE, "1 if i1 > i2 (signed) else 0"),
    INT_GE("int_ge", INT, a(INT, INT), Flag.PURE, "1 if i1 >= i2 (signed) else 0"),
    UINT_LT("uint_lt", INT, a(INT, INT), Flag.PURE, "1 if i1 < i2 unsigned (one-compare bounds checks) else 0"),
    UINT_LE("uint_le", INT, a(INT, INT), Flag.PURE, "1 if i1 <= i2 unsigned else 0"),
    UINT_GT("uint_gt", INT, a(INT, INT), Flag.PURE, "1 if i1 > i2 unsigned else 0"),
    UINT_GE("uint_ge", INT, a(INT, INT), Flag.PURE, "1 if i1 >= i2 unsigned else 0"),
    INT_IS_TRUE("int_is_true", INT, a(INT), Flag.PURE, "1 if i1 != 0 else 0"),
    INT_IS_ZERO("int_is_zero", INT, a(INT), Flag.PURE, "1 if i1 == 0 else 0"),

    // ------------------------------------------------------------------ floats
    FLOAT_ADD("float_add", FLOAT, a(FLOAT, FLOAT), Flag.PURE, "f1 + f2 (IEEE double)"),
    FLOAT_SUB("float_sub", FLOAT, a(FLOAT, FLOAT), Flag.PURE, "f1 - f2"),
    FLOAT_MUL("float_mul", FLOAT, a(FLOAT, FLOAT), Flag.PURE, "f1 * f2"),
    FLOAT_TRUEDIV("float_truediv", FLOAT, a(FLOAT, FLOAT), Flag.PURE, "f1 / f2 (IEEE: x/0 is inf or NaN; Python's ZeroDivisionError is the recorder's guard)"),
    FLOAT_NEG("float_neg", FLOAT, a(FLOAT), Flag.PURE, "-f1 (flips the sign bit, also of 0.0 and NaN)"),
    FLOAT_ABS("float_abs", FLOAT, a(FLOAT), Flag.PURE, "|f1| (clears the sign bit)"),
    FLOAT_SQRT("float_sqrt", FLOAT, a(FLOAT), Flag.PURE, "square root of f1, correctly rounded (IEEE; NaN below zero, which math.sqrt's guard keeps out)"),
    FLOAT_LT("float_lt", INT, a(FLOAT, FLOAT), Flag.PURE, "1 if f1 < f2 else 0 (0 if either is NaN)"),
    FLOAT_LE("float_le", INT, a(FLOAT, FLOAT), Flag.PURE, "1 if f1 <= f2 else 0"),
    FLOAT_EQ("float_eq", INT, a(FLOAT, FLOAT), Flag.PURE, "1 if f1 == f2 else 0 (0.0 == -0.0; NaN != NaN)"),
    FLOAT_NE("float_ne", INT, a(FLOAT, FLOAT), Flag.PURE, "1 if f1 != f2 else 0 (1 if either is NaN)"),
    FLOAT_GT("float_gt", INT, a(FLOAT, FLOAT), Flag.PURE, "1 if f1 > f2 else 0"),
    FLOAT_GE("float_ge", INT, a(FLOAT, FLOAT), Flag.PURE, "1 if f1 >= f2 else 0"),
    CAST_INT_TO_FLOAT("cast_int_to_float", FLOAT, a(INT), Flag.PURE, "the int as a double (exact)"),
    CAST_FLOAT_TO_INT("cast_float_to_int", INT, a(FLOAT), Flag.PURE, "truncate toward zero, saturating at INT_MIN/INT_MAX, NaN gives 0 (ARM VCVT)"),

    // ------------------------------------------------------------------ value words
    PTR_EQ("ptr_eq", INT, a(REF, REF), Flag.PURE, "1 if the value words are equal (identity) else 0"),
    PTR_NE("ptr_ne", INT, a(REF, REF), Flag.PURE, "1 if the value words differ else 0"),
    CAST_PTR_TO_INT("cast_ptr_to_int", INT, a(REF), Flag.PURE, "the value word's bits as an int"),
    CAST_INT_TO_PTR("cast_int_to_ptr", REF, a(INT), Flag.PURE, "an int's bits as a value word (only for tagged ints or immortal addresses)"),
    INT_TAG("int_tag", REF, a(INT), Flag.PURE, "i1 << 1 | 1: the tagged small int (the recorder knows it fits 31 bits)"),
    INT_TAG_OVF("int_tag_ovf", REF, a(INT), Flag.OVF, "i1 << 1 | 1; sets overflow if i1 does not fit 31 bits"),
    INT_UNTAG("int_untag", INT, a(REF), Flag.PURE, "p1 >> 1 (arithmetic): the value of a tagged small int"),
    SAME_AS_I("same_as_i", INT, a(INT), Flag.PURE, "i1 (a copy: gives a constant a name, e.g. as a label argument)"),
    SAME_AS_F("same_as_f", FLOAT, a(FLOAT), Flag.PURE, "a copy of f1"),
    SAME_AS_R("same_as_r", REF, a(REF), Flag.PURE, "a copy of p1"),

    // ------------------------------------------------------------------ guards
    GUARD_TRUE("guard_true", VOID, a(INT), Flag.GUARD, "fails unless i1 != 0"),
    GUARD_FALSE("guard_false", VOID, a(INT), Flag.GUARD, "fails unless i1 == 0"),
    GUARD_VALUE("guard_value", VOID, a(null, null), Flag.GUARD, "fails unless x1 == the constant x2 (same kind; floats compared by bits); afterwards x1 is known to be x2"),
    GUARD_CLASS("guard_class", VOID, a(REF), Flag.GUARD, DescrKind.CLASS, "fails unless p1 is an object (not NULL, not a tagged int) whose header type id is the descr's"),
    GUARD_NONNULL("guard_nonnull", VOID, a(REF), Flag.GUARD, "fails if p1 is NULL"),
    GUARD_ISNULL("guard_isnull", VOID, a(REF), Flag.GUARD, "fails unless p1 is NULL"),
    GUARD_TAGGED("guard_tagged", VOID, a(REF), Flag.GUARD, "fails unless p1 is a tagged small int (low bit set)"),
    GUARD_NO_OVERFLOW("guard_no_overflow", VOID, a(), Flag.GUARD, "fails if the _ovf op just before it overflowed"),
    GUARD_OVERFLOW("guard_overflow", VOID, a(), Flag.GUARD, "fails unless the _ovf op just before it overflowed"),
    GUARD_NOT_INVALIDATED("guard_not_invalidated", VOID, a(), Flag.GUARD, "fails once the compiled trace has been invalidated (Backend.invalidate): assumptions about globals or classes broke"),
    GUARD_NOT_COLLECT("guard_not_collect", VOID, a(), Flag.GUARD, "fails if the heap asks for a collection (Heap.collectRequested): put at loop back-edges so the interpreter reaches its safepoint (a backend may drop it from a loop body that neither allocates nor calls: nothing there can ask)"),

    // ------------------------------------------------------------------ memory
    GETFIELD_GC_I("getfield_gc_i", INT, a(REF), Flag.READS, DescrKind.FIELD, "the 32-bit raw int at p1 + offset"),
    GETFIELD_GC_R("getfield_gc_r", REF, a(REF), Flag.READS, DescrKind.FIELD, "the value word at p1 + offset"),
    GETFIELD_GC_F("getfield_gc_f", FLOAT, a(REF), Flag.READS, DescrKind.FIELD, "the double at p1 + offset"),
    SETFIELD_GC("setfield_gc", VOID, a(REF, null), Flag.WRITES, DescrKind.FIELD, "stores x2 at p1 + offset (4 bytes for INT and REF, 8 for FLOAT); a REF store includes the heap's write barrier (Heap.writeBarrier)"),
    GETARRAYITEM_GC_I("getarrayitem_gc_i", INT, a(REF, INT), Flag.READS, DescrKind.ARRAY, "the raw int item i2: at p1 + base + i2*scale; scale 4 signed word, 2 and 1 unsigned"),
    GETARRAYITEM_GC_R("getarrayitem_gc_r", REF, a(REF, INT), Flag.READS, DescrKind.ARRAY, "the value word at p1 + base + i2*scale (scale 4)"),
    GETARRAYITEM_GC_F("getarrayitem_gc_f", FLOAT, a(REF, INT), Flag.READS, DescrKind.ARRAY, "the double at p1 + base + i2*scale (scale 8)"),
    SETARRAYITEM_GC("setarrayitem_gc", VOID, a(REF, INT, null), Flag.WRITES, DescrKind.ARRAY, "stores x3 at p1 + base + i2*scale (INT items truncated to scale bytes); a REF store includes the write barrier"),
    ARRAYLEN_GC("arraylen_gc", INT, a(REF), Flag.READS, "the length word at p1 + 4 (where every variable-size layout keeps it)"),
    NEW("new", REF, a(), Flag.ALLOC, DescrKind.NEW, "allocates a zeroed object of the descr's type and size (never collects; may request a collection)"),
    NEW_ARRAY("new_array", REF, a(INT), Flag.ALLOC, DescrKind.NEW_ARRAY, "allocates a zeroed array of i1 items: size base + i1*scale, length i1 stored at +4"),

    // ------------------------------------------------------------------ calls
    CALL_I("call_i", INT, null, Flag.CALL, DescrKind.CALL, "calls a runtime helper returning INT; argument kinds from the RuntimeCallTable"),
    CALL_R("call_r", REF, null, Flag.CALL, DescrKind.CALL, "calls a runtime helper returning REF"),
    CALL_F("call_f", FLOAT, null, Flag.CALL, DescrKind.CALL, "calls a runtime helper returning FLOAT"),
    CALL_N("call_n", VOID, null, Flag.CALL, DescrKind.CALL, "calls a runtime helper returning nothing"),

    // ------------------------------------------------------------------ control
    LABEL("label", VOID, null, Flag.CONTROL, DescrKind.TOKEN, "a jump target; its arguments are the only earlier values visible after it, and a jump to it assigns them"),
    JUMP("jump", VOID, null, Flag.CONTROL, DescrKind.TOKEN, "assigns its arguments to the target label's and continues after the label (last op of a trace)"),
    FINISH("finish", VOID, null, Flag.CONTROL, "leaves compiled code returning its arguments (last op of a trace)"),
    DEBUG_MERGE_POINT("debug_merge_point", VOID, a(), Flag.NONE, DescrKind.DEBUG, "marks where the ops of bytecode (code, pc) begin; no effect");

    /** Properties as bits. */
    public static final class Flag {
        public static final int NONE = 0;
        /** No side effects, reads no memory: the result depends only on the operands (foldable, CSE-able). */
        public static final int PURE = 1;
        /** Fails, leaving compiled code through its snapshot (or entering its bridge). */
        public static final int GUARD = 2;
        /** Sets the overflow condition: must be followed at once by guard_no_overflow or guard_overflow. */
        public static final int OVF = 4;
        /** Reads guest memory. */
        public static final int READS = 8;
        /** Writes guest memory. */
        public static final int WRITES = 16;
        /** Allocates in the guest heap. */
        public static final int ALLOC = 32;
        /** Calls a runtime helper: may read and write anything, and may collect if the helper canCollect. */
        public static final int CALL = 64;
        /** label, jump, finish. */
        public static final int CONTROL = 128;

        private Flag() {}
    }

    public final String text;
    public final Type result;
    /** Operand kinds; null entries accept any non-void kind; a null array means varargs. */
    private final Type[] args;
    public final int flags;
    public final DescrKind descr;
    public final String doc;

    Op(String text, Type result, Type[] args, int flags, String doc) {
        this(text, result, args, flags, DescrKind.NONE, doc);
    }

    Op(String text, Type result, Type[] args, int flags, DescrKind descr, String doc) {
        this.text = text;
        this.result = result;
        this.args = args;
        this.flags = flags;
        this.descr = descr;
        this.doc = doc;
    }

    private static Type[] a(Type... kinds) {
        return kinds;
    }

    public boolean isPure() { return (flags & Flag.PURE) != 0; }
    public boolean isGuard() { return (flags & Flag.GUARD) != 0; }
    public boolean isOvf() { return (flags & Flag.OVF) != 0; }
    public boolean readsMemory() { return (flags & Flag.READS) != 0; }
    public boolean writesMemory() { return (flags & Flag.WRITES) != 0; }
    public boolean isAlloc() { return (flags & Flag.ALLOC) != 0; }
    public boolean isCall() { return (flags & Flag.CALL) != 0; }
    public boolean isControl() { return (flags & Flag.CONTROL) != 0; }
    /** Has an effect that must happen even if its result is unused. */
    public boolean hasSideEffect() { return (flags & (Flag.WRITES | Flag.CALL | Flag.GUARD | Flag.CONTROL | Flag.OVF)) != 0 || this == DEBUG_MERGE_POINT; }
    public boolean isVarargs() { return args == null; }

    /** Number of operands (fixed-arity ops only). */
    public int arity() {
        return args.length;
    }

    /** The kind operand {@code i} must have, or null for any non-void kind. */
    public Type argType(int i) {
        return args[i];
    }

    /** The _ovf op's wrapping twin. */
    public Op withoutOverflow() {
        return switch (this) {
            case INT_ADD_OVF -> INT_ADD;
            case INT_SUB_OVF -> INT_SUB;
            case INT_MUL_OVF -> INT_MUL;
            case INT_TAG_OVF -> INT_TAG;
            default -> throw new IllegalArgumentException(text + " has no overflow check");
        };
    }

    public static Op getfield(Type t) {
        return t == INT ? GETFIELD_GC_I : t == FLOAT ? GETFIELD_GC_F : GETFIELD_GC_R;
    }

    public static Op getarrayitem(Type t) {
        return t == INT ? GETARRAYITEM_GC_I : t == FLOAT ? GETARRAYITEM_GC_F : GETARRAYITEM_GC_R;
    }

    public static Op call(Type t) {
        return switch (t) {
            case INT -> CALL_I;
            case FLOAT -> CALL_F;
            case REF -> CALL_R;
            case VOID -> CALL_N;
        };
    }

    public static Op sameAs(Type t) {
        return t == INT ? SAME_AS_I : t == FLOAT ? SAME_AS_F : SAME_AS_R;
    }

    private static final java.util.Map<String, Op> BY_TEXT = new java.util.HashMap<>();
    static {
        for (Op op : values()) BY_TEXT.put(op.text, op);
    }

    public static Op byText(String text) {
        return BY_TEXT.get(text);
    }
}
