package org.armjit.jit.backend;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.InputArg;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Snapshot;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TraceBuilder;
import org.armjit.jit.ir.TraceParser;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.IntBinaryOperator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * What every backend must do, written as executable traces with their expected results
 * (computed here independently of any backend). A backend's test suite subclasses this
 * and implements {@link #createBackend}; module jit ships it as its test jar.
 */
public abstract class BackendConformanceTest {
    protected static final int HEAP_BASE = 0x1000_0000;

    protected Heap heap;
    protected GuestMemory mem;
    protected RuntimeCallTable calls;
    protected Backend backend;
    private int nextToken = 1;

    /** The backend under test, over this heap and call table. */
    protected abstract Backend createBackend(Heap heap, RuntimeCallTable calls);

    @BeforeEach
    void setUpBackend() {
        mem = GuestMemory.allocate(HEAP_BASE, 16 << 20);
        heap = new Heap(mem, 256 << 10);
        calls = new RuntimeCallTable();
        calls.register("add3", Kind.INT, List.of(Kind.INT, Kind.INT, Kind.INT), false, a -> (int) (a[0] + a[1] + a[2]));
        calls.register("fma", Kind.FLOAT, List.of(Kind.FLOAT, Kind.FLOAT, Kind.FLOAT), false,
                a -> Double.doubleToRawLongBits(d(a[0]) * d(a[1]) + d(a[2])));
        calls.register("box_float", Kind.REF, List.of(Kind.FLOAT), false, a -> newFloat(d(a[0])));
        calls.register("store_word", Kind.VOID, List.of(Kind.REF, Kind.INT, Kind.INT), false, a -> {
            mem.storeWord((int) a[0] + (int) a[1], (int) a[2]);
            return 0;
        });
        calls.register("mix", Kind.INT, List.of(Kind.INT, Kind.FLOAT, Kind.REF, Kind.INT, Kind.FLOAT, Kind.INT), false,
                a -> (int) a[0] * 3 + (int) d(a[1]) * 5 + (int) a[2] * 7 + (int) a[3] * 11 + (int) d(a[4]) * 13 + (int) a[5]);
        calls.register("collect", Kind.INT, List.of(Kind.INT), true, a -> {
            heap.collect();
            return (int) a[0] + 1;
        });
        backend = createBackend(heap, calls);
    }

    protected static double d(long bits) {
        return Double.longBitsToDouble(bits);
    }

    protected static long bits(double d) {
        return Double.doubleToRawLongBits(d);
    }

    protected int newFloat(double v) {
        int p = heap.allocate(Heap.header(TypeId.FLOAT), 16);
        mem.storeDouble(p + 8, v);
        return p;
    }

    protected Trace parse(String text) {
        return TraceParser.parse(text, calls);
    }

    protected ExitResult run(String text, long... inputs) {
        return backend.enter(backend.compileLoop(parse(text)), inputs);
    }

    protected static Finished finished(ExitResult r) {
        return assertInstanceOf(Finished.class, r, () -> "expected finish, got " + describe(r));
    }

    protected static ExitState exited(ExitResult r) {
        return assertInstanceOf(ExitState.class, r, () -> "expected a guard exit, got " + describe(r));
    }

    private static String describe(ExitResult r) {
        if (r instanceof ExitState e) return "exit at guard " + e.guard().id() + " pc " + e.innermost().pc();
        return "finish " + java.util.Arrays.toString(((Finished) r).values());
    }

    // ------------------------------------------------------------------ edge values

    static final int[] INT_EDGES = {0, 1, -1, 2, -2, 3, 7, -7, 31, 32, 33, 0xff, 0x8000, 1 << 30, -(1 << 30), (1 << 30) - 1,
        Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, Integer.MIN_VALUE + 1, 0x12345678, 0xdeadbeef};
    static final double[] FLOAT_EDGES = {0.0, -0.0, 1.0, -1.0, 1.5, -2.5, 0.1, 3.0, Double.NaN, Double.POSITIVE_INFINITY,
        Double.NEGATIVE_INFINITY, Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, 1e308, 2147483647.5, -2147483648.9, 1e10, -1e10};

    /** Independent statements of each int op's meaning (see {@link Op}'s conventions). */
    static final Map<Op, IntBinaryOperator> INT_BINARY = Map.ofEntries(
            Map.entry(Op.INT_ADD, (x, y) -> x + y),
            Map.entry(Op.INT_SUB, (x, y) -> x - y),
            Map.entry(Op.INT_MUL, (x, y) -> (int) ((long) x * y)),
            Map.entry(Op.INT_FLOORDIV, (x, y) -> y == 0 ? 0 : (x == Integer.MIN_VALUE && y == -1) ? x : x / y),
            Map.entry(Op.INT_MOD, (x, y) -> y == 0 || y == -1 ? 0 : x % y),
            Map.entry(Op.INT_PY_DIV, (x, y) -> y == 0 ? 0 : (int) Math.floorDiv((long) x, (long) y)),
            Map.entry(Op.INT_PY_MOD, (x, y) -> y == 0 ? 0 : (int) Math.floorMod((long) x, (long) y)),
            Map.entry(Op.INT_AND, (x, y) -> x & y),
            Map.entry(Op.INT_OR, (x, y) -> x | y),
            Map.entry(Op.INT_XOR, (x, y) -> x ^ y),
            Map.entry(Op.INT_LSHIFT, (x, y) -> (int) ((long) x << (y & 31))),
            Map.entry(Op.INT_RSHIFT, (x, y) -> (int) ((long) x >> (y & 31))),
            Map.entry(Op.UINT_RSHIFT, (x, y) -> (int) (Integer.toUnsignedLong(x) >> (y & 31))),
            Map.entry(Op.INT_LT, (x, y) -> x < y ? 1 : 0),
            Map.entry(Op.INT_LE, (x, y) -> x <= y ? 1 : 0),
            Map.entry(Op.INT_EQ, (x, y) -> x == y ? 1 : 0),
            Map.entry(Op.INT_NE, (x, y) -> x != y ? 1 : 0),
            Map.entry(Op.INT_GT, (x, y) -> x > y ? 1 : 0),
            Map.entry(Op.INT_GE, (x, y) -> x >= y ? 1 : 0),
            Map.entry(Op.UINT_LT, (x, y) -> Integer.toUnsignedLong(x) < Integer.toUnsignedLong(y) ? 1 : 0),
            Map.entry(Op.UINT_LE, (x, y) -> Integer.toUnsignedLong(x) <= Integer.toUnsignedLong(y) ? 1 : 0),
            Map.entry(Op.UINT_GT, (x, y) -> Integer.toUnsignedLong(x) > Integer.toUnsignedLong(y) ? 1 : 0),
            Map.entry(Op.UINT_GE, (x, y) -> Integer.toUnsignedLong(x) >= Integer.toUnsignedLong(y) ? 1 : 0));

    static final Map<Op, java.util.function.IntUnaryOperator> INT_UNARY = Map.of(
            Op.INT_NEG, x -> (int) -(long) x,
            Op.INT_INVERT, x -> -1 - x,
            Op.INT_IS_TRUE, x -> x != 0 ? 1 : 0,
            Op.INT_IS_ZERO, x -> x == 0 ? 1 : 0,
            Op.SAME_AS_I, x -> x);

    static final Map<Op, DoubleBinaryOperator> FLOAT_BINARY = Map.of(
            Op.FLOAT_ADD, Double::sum,
            Op.FLOAT_SUB, (x, y) -> x - y,
            Op.FLOAT_MUL, (x, y) -> x * y,
            Op.FLOAT_TRUEDIV, (x, y) -> x / y);

    static final Map<Op, java.util.function.BiPredicate<Double, Double>> FLOAT_COMPARE = Map.of(
            Op.FLOAT_LT, (x, y) -> x < y, Op.FLOAT_LE, (x, y) -> x <= y, Op.FLOAT_EQ, (x, y) -> x.doubleValue() == y.doubleValue(),
            Op.FLOAT_NE, (x, y) -> x.doubleValue() != y.doubleValue(), Op.FLOAT_GT, (x, y) -> x > y, Op.FLOAT_GE, (x, y) -> x >= y);

    /** Runs op on (x, y) three ways: both in registers, the second constant, the first constant. */
    private void checkIntBinary(Op op, int x, int y, int want) {
        String[] forms = {"i2 = %s(i0, i1)", "i2 = %s(i0, " + y + ")", "i2 = %s(" + x + ", i1)"};
        for (String form : forms) {
            Trace t = parse("[i0, i1]\n" + String.format(form, op.text) + "\nfinish(i2)");
            int got = finished(backend.enter(backend.compileLoop(t), x, y)).intAt(0);
            assertEquals(want, got, () -> op.text + "(" + x + ", " + y + ") as " + form);
        }
    }

    @Test
    void everyIntBinaryOpOnEdgeValues() {
        for (Map.Entry<Op, IntBinaryOperator> e : INT_BINARY.entrySet()) {
            for (int x : INT_EDGES) {
                for (int y : INT_EDGES) checkIntBinary(e.getKey(), x, y, e.getValue().applyAsInt(x, y));
            }
        }
    }

    @Test
    void everyIntUnaryOpOnEdgeValues() {
        for (var e : INT_UNARY.entrySet()) {
            CompiledTrace t = backend.compileLoop(parse("[i0]\ni1 = " + e.getKey().text + "(i0)\nfinish(i1)"));
            for (int x : INT_EDGES) assertEquals(e.getValue().applyAsInt(x), finished(backend.enter(t, x)).intAt(0), e.getKey().text + "(" + x + ")");
        }
    }

    @Test
    void overflowOpsSetTheConditionTheirGuardTests() {
        Map<Op, java.util.function.LongBinaryOperator> exact = Map.of(
                Op.INT_ADD_OVF, Long::sum, Op.INT_SUB_OVF, (x, y) -> x - y, Op.INT_MUL_OVF, (x, y) -> x * y);
        for (var e : exact.entrySet()) {
            String text = "[i0, i1]\ni2 = " + e.getKey().text + "(i0, i1)\nguard_no_overflow(descr=<Guard0x1>) [1@7: i0, i1]\nfinish(i2)";
            CompiledTrace noOvf = backend.compileLoop(parse(text));
            CompiledTrace ovf = backend.compileLoop(parse(text.replace("guard_no_overflow", "guard_overflow")));
            for (int x : INT_EDGES) {
                for (int y : INT_EDGES) {
                    long r = e.getValue().applyAsLong(x, y);
                    boolean overflows = r != (int) r;
                    ExitResult a = backend.enter(noOvf, x, y), b = backend.enter(ovf, x, y);
                    String what = e.getKey().text + "(" + x + ", " + y + ")";
                    if (overflows) {
                        ExitState s = exited(a);
                        assertEquals(7, s.innermost().pc());
                        assertEquals(x, s.innermost().intAt(0), what);
                        assertEquals(y, s.innermost().intAt(1), what);
                        assertEquals((int) r, finished(b).intAt(0), what);
                    } else {
                        assertEquals((int) r, finished(a).intAt(0), what);
                        exited(b);
                    }
                }
            }
        }
    }

    @Test
    void tagAndUntag() {
        CompiledTrace t = backend.compileLoop(parse("""
                [i0]
                p1 = int_tag_ovf(i0)
                guard_no_overflow(descr=<Guard0x0>) [1@1: i0]
                i2 = int_untag(p1)
                p3 = int_tag(i2)
                i4 = cast_ptr_to_int(p3)
                p5 = cast_int_to_ptr(i4)
                finish(p1, i2, p5)
                """));
        for (int x : INT_EDGES) {
            ExitResult r = backend.enter(t, x);
            if (x >= -(1 << 30) && x < (1 << 30)) {
                Finished f = finished(r);
                assertEquals(x << 1 | 1, f.refAt(0));
                assertEquals(x, f.intAt(1));
                assertEquals(x << 1 | 1, f.refAt(2));
            } else {
                assertEquals(x, exited(r).innermost().intAt(0));
            }
        }
    }

    private static void assertSameDouble(double want, double got, String what) {
        if (Double.isNaN(want)) assertTrue(Double.isNaN(got), what + ": want NaN, got " + got);
        else assertEquals(Double.doubleToRawLongBits(want), Double.doubleToRawLongBits(got), what + ": want " + want + ", got " + got);
    }

    @Test
    void everyFloatOpOnEdgeValues() {
        for (var e : FLOAT_BINARY.entrySet()) {
            CompiledTrace t = backend.compileLoop(parse("[f0, f1]\nf2 = " + e.getKey().text + "(f0, f1)\nfinish(f2)"));
            for (double x : FLOAT_EDGES) {
                for (double y : FLOAT_EDGES) {
                    assertSameDouble(e.getValue().applyAsDouble(x, y), finished(backend.enter(t, bits(x), bits(y))).floatAt(0),
                            e.getKey().text + "(" + x + ", " + y + ")");
                }
            }
        }
        for (var e : FLOAT_COMPARE.entrySet()) {
            CompiledTrace t = backend.compileLoop(parse("[f0, f1]\ni2 = " + e.getKey().text + "(f0, f1)\nfinish(i2)"));
            CompiledTrace k = backend.compileLoop(parse("[f0]\ni2 = " + e.getKey().text + "(f0, 1.5)\nfinish(i2)"));
            for (double x : FLOAT_EDGES) {
                for (double y : FLOAT_EDGES) {
                    assertEquals(e.getValue().test(x, y) ? 1 : 0, finished(backend.enter(t, bits(x), bits(y))).intAt(0), e.getKey().text + "(" + x + ", " + y + ")");
                }
                assertEquals(e.getValue().test(x, 1.5) ? 1 : 0, finished(backend.enter(k, bits(x))).intAt(0));
            }
        }
        CompiledTrace un = backend.compileLoop(parse("[f0]\nf1 = float_neg(f0)\nf2 = float_abs(f0)\ni3 = cast_float_to_int(f0)\nf4 = same_as_f(f0)\nfinish(f1, f2, i3, f4)"));
        for (double x : FLOAT_EDGES) {
            Finished f = finished(backend.enter(un, bits(x)));
            if (!Double.isNaN(x)) {
                assertEquals(bits(x) ^ Long.MIN_VALUE, f.values()[0], "float_neg " + x);
                assertEquals(bits(x) & Long.MAX_VALUE, f.values()[1], "float_abs " + x);
            } else {
                assertTrue(Double.isNaN(f.floatAt(0)) && Double.isNaN(f.floatAt(1)));
            }
            int want = Double.isNaN(x) ? 0 : x >= 2147483647.0 ? Integer.MAX_VALUE : x <= -2147483648.0 ? Integer.MIN_VALUE : (int) x;
            assertEquals(want, f.intAt(2), "cast_float_to_int " + x);
            assertSameDouble(x, f.floatAt(3), "same_as_f");
        }
        CompiledTrace sqrt = backend.compileLoop(parse("[f0]\nf1 = float_sqrt(f0)\nfinish(f1)"));
        for (double x : FLOAT_EDGES) {
            double got = finished(backend.enter(sqrt, bits(x))).floatAt(0);
            // Correctly rounded, as IEEE requires of VSQRT and Math.sqrt alike; NaN for x < 0.
            if (Double.isNaN(Math.sqrt(x))) assertTrue(Double.isNaN(got), "float_sqrt " + x);
            else assertSameDouble(Math.sqrt(x), got, "float_sqrt " + x);
        }
        CompiledTrace cast = backend.compileLoop(parse("[i0]\nf1 = cast_int_to_float(i0)\nfinish(f1)"));
        for (int x : INT_EDGES) assertEquals((double) x, finished(backend.enter(cast, x)).floatAt(0));
    }

    @Test
    void refComparisonsAndConstants() {
        int obj = newFloat(2.0);
        CompiledTrace t = backend.compileLoop(parse("""
                [p0, p1]
                i2 = ptr_eq(p0, p1)
                i3 = ptr_ne(p0, p1)
                i4 = ptr_eq(p0, ConstPtr(null))
                finish(i2, i3, i4, ConstPtr(0x15), -3, 2.5)
                """));
        Finished f = finished(backend.enter(t, obj, obj));
        assertEquals(List.of(1, 0, 0), List.of(f.intAt(0), f.intAt(1), f.intAt(2)));
        assertEquals(List.of(Type.INT, Type.INT, Type.INT, Type.REF, Type.INT, Type.FLOAT), f.types());
        assertEquals(0x15, f.refAt(3));
        assertEquals(-3, f.intAt(4));
        assertEquals(2.5, f.floatAt(5));
        f = finished(backend.enter(t, 0, obj));
        assertEquals(List.of(0, 1, 1), List.of(f.intAt(0), f.intAt(1), f.intAt(2)));
    }

    // ------------------------------------------------------------------ guards

    /** Each guard, with an input that passes it and one that fails it. */
    @Test
    void everyGuardKindPassingAndFailing() {
        int flt = newFloat(1.0);
        int tup = heap.allocate(Heap.header(TypeId.TUPLE), 8);
        record Case(String guard, String inputKind, long pass, long failing) {}
        List<Case> cases = List.of(
                new Case("guard_true(x0, descr=<Guard0x5>)", "i", 1, 0),
                new Case("guard_true(x0, descr=<Guard0x5>)", "i", -1, 0),
                new Case("guard_false(x0, descr=<Guard0x5>)", "i", 0, 2),
                new Case("guard_value(x0, 42, descr=<Guard0x5>)", "i", 42, 43),
                new Case("guard_value(x0, -1.5, descr=<Guard0x5>)", "f", bits(-1.5), bits(1.5)),
                new Case("guard_value(x0, ConstPtr(0x15), descr=<Guard0x5>)", "p", 0x15, 0x17),
                new Case("guard_class(x0, descr=<Guard0x5 class FLOAT>)", "p", flt, tup),
                new Case("guard_class(x0, descr=<Guard0x5 class FLOAT>)", "p", flt, 0),
                new Case("guard_class(x0, descr=<Guard0x5 class FLOAT>)", "p", flt, 0x15),
                new Case("guard_nonnull(x0, descr=<Guard0x5>)", "p", flt, 0),
                new Case("guard_isnull(x0, descr=<Guard0x5>)", "p", 0, flt),
                new Case("guard_tagged(x0, descr=<Guard0x5>)", "p", 0x15, flt),
                new Case("guard_tagged(x0, descr=<Guard0x5>)", "p", -1, 0));
        for (Case c : cases) {
            String x = c.inputKind + "0";
            String text = "[" + x + ", i1, f2, p3]\n" + c.guard.replace("x0", x) + " [4@9: i1, " + x + ", f2, p3, 77]\nfinish(i1)";
            CompiledTrace t = backend.compileLoop(parse(text));
            assertEquals(5, finished(backend.enter(t, c.pass, 5, bits(0.5), flt)).intAt(0) + 0 * 1, c.guard + " should pass");
            ExitState s = exited(backend.enter(t, c.failing, 6, bits(-0.0), flt));
            assertEquals(5, s.guard().id(), c.guard);
            assertSame(t, s.guard().owner());
            ExitFrame f = s.innermost();
            assertEquals(4, f.codeId());
            assertEquals(9, f.pc());
            assertEquals(6, f.intAt(0));
            assertEquals(c.failing, c.inputKind.equals("f") ? f.values()[1] : f.intAt(1));
            assertEquals(bits(-0.0), f.values()[2]);
            assertEquals(flt, f.refAt(3));
            assertEquals(77, f.intAt(4));
            assertEquals(List.of(Type.INT, Type.of(kind(c.inputKind)), Type.FLOAT, Type.REF, Type.INT), List.of(f.kinds()));
        }
    }

    private static Kind kind(String prefix) {
        return prefix.equals("i") ? Kind.INT : prefix.equals("f") ? Kind.FLOAT : Kind.REF;
    }

    @Test
    void guardNotInvalidatedFailsAfterInvalidation() {
        CompiledTrace t = backend.compileLoop(parse("[i0]\nguard_not_invalidated(descr=<Guard0x0>) [1@2: i0]\nfinish(i0)"));
        assertEquals(3, finished(backend.enter(t, 3)).intAt(0));
        backend.invalidate(t);
        assertTrue(t.isInvalidated());
        assertEquals(3, exited(backend.enter(t, 3)).innermost().intAt(0));
    }

    @Test
    void guardNotCollectFailsWhenTheHeapAsksForACollection() {
        CompiledTrace t = backend.compileLoop(parse("[i0]\nguard_not_collect(descr=<Guard0x0>) [1@2: i0]\nfinish(i0)"));
        assertEquals(3, finished(backend.enter(t, 3)).intAt(0));
        heap.collectRequested = true;
        assertEquals(3, exited(backend.enter(t, 3)).innermost().intAt(0));
        heap.collect();
        assertEquals(3, finished(backend.enter(t, 3)).intAt(0));
    }

    // ------------------------------------------------------------------ exits

    @Test
    void exitsCarryManyLiveValuesOfEachKindAcrossFramesAndVirtuals() {
        TraceBuilder b = new TraceBuilder();
        List<Value> ins = new ArrayList<>();
        for (int i = 0; i < 12; i++) ins.add(b.input(Type.INT));
        for (int i = 0; i < 10; i++) ins.add(b.input(Type.FLOAT));
        for (int i = 0; i < 6; i++) ins.add(b.input(Type.REF));
        List<Value> outer = new ArrayList<>(), inner = new ArrayList<>();
        // 40 computed ints, 20 floats: all live at the guard.
        for (int i = 0; i < 40; i++) outer.add(b.op(Op.INT_ADD, ins.get(i % 12), Const.ofInt(i * 1000)));
        for (int i = 0; i < 20; i++) inner.add(b.op(Op.FLOAT_MUL, ins.get(12 + i % 10), Const.ofFloat(i + 0.5)));
        for (int i = 0; i < 6; i++) inner.add(ins.get(22 + i));
        org.armjit.jit.ir.VirtualObject box = new org.armjit.jit.ir.VirtualObject(TypeId.FLOAT.id(), 16);
        box.setField(8, inner.get(3));
        org.armjit.jit.ir.VirtualObject pair = new org.armjit.jit.ir.VirtualObject(TypeId.TUPLE.id(), 16);
        pair.setField(4, Const.ofInt(2));
        pair.setField(8, box);
        pair.setField(12, ins.get(22));
        inner.add(pair);
        inner.add(box);
        Value cond = b.op(Op.INT_LT, ins.get(0), Const.ofInt(100));
        Snapshot snap = new Snapshot(List.of(new org.armjit.jit.ir.FrameState(1, 10, outer.toArray(new Value[0])),
                new org.armjit.jit.ir.FrameState(2, 20, inner.toArray(new Value[0]))));
        b.guard(Op.GUARD_TRUE, snap, cond);
        b.finish(outer.get(0));
        CompiledTrace t = backend.compileLoop(b.build());
        long[] in = new long[28];
        for (int i = 0; i < 12; i++) in[i] = 1000 + i;
        for (int i = 0; i < 10; i++) in[12 + i] = bits(i * 0.25 - 1);
        for (int i = 0; i < 6; i++) in[22 + i] = i % 2 == 0 ? newFloat(i) : (i << 1 | 1);
        ExitState s = exited(backend.enter(t, in));
        assertEquals(2, s.frames().size());
        ExitFrame f0 = s.frames().get(0), f1 = s.frames().get(1);
        assertEquals(List.of(1, 10, 2, 20), List.of(f0.codeId(), f0.pc(), f1.codeId(), f1.pc()));
        for (int i = 0; i < 40; i++) assertEquals(1000 + i % 12 + i * 1000, f0.intAt(i));
        for (int i = 0; i < 20; i++) assertEquals((i % 10 * 0.25 - 1) * (i + 0.5), f1.floatAt(i));
        for (int i = 0; i < 6; i++) assertEquals((int) in[22 + i], f1.refAt(20 + i));
        int tuple = f1.refAt(26), boxed = f1.refAt(27);
        assertEquals(TypeId.TUPLE, heap.typeOf(tuple));
        assertEquals(2, mem.loadWord(tuple + 4));
        assertEquals(boxed, mem.loadWord(tuple + 8), "shared virtual materialised once");
        assertEquals((int) in[22], mem.loadWord(tuple + 12));
        assertEquals(TypeId.FLOAT, heap.typeOf(boxed));
        assertEquals(f1.floatAt(3), mem.loadDouble(boxed + 8));
    }

    @Test
    void cyclicVirtualsAreMaterialised() {
        CompiledTrace t = backend.compileLoop(parse("""
                [i0]
                guard_true(i0, descr=<Guard0x0>) [1@3: v0] {v0: TUPLE 16 +4=2 +8=v1 +12=i0; v1: TUPLE 12 +4=1 +8=v0}
                finish(i0)
                """));
        ExitState s = exited(backend.enter(t, 0));
        int a = s.innermost().refAt(0);
        int b = mem.loadWord(a + 8);
        assertEquals(a, mem.loadWord(b + 8));
        assertEquals(0, mem.loadWord(a + 12));
        assertEquals(1, mem.loadWord(b + 4));
    }

    // ------------------------------------------------------------------ memory

    @Test
    void fieldsOfEachKind() {
        int obj = heap.allocate(Heap.header(TypeId.INSTANCE), 24);
        CompiledTrace t = backend.compileLoop(parse("""
                [p0, i1, f2, p3]
                setfield_gc(p0, i1, descr=<field 4>)
                setfield_gc(p0, f2, descr=<field 8>)
                setfield_gc(p0, p3, descr=<field 16>)
                setfield_gc(p0, -5, descr=<field 20>)
                i4 = getfield_gc_i(p0, descr=<field 4>)
                f5 = getfield_gc_f(p0, descr=<field 8>)
                p6 = getfield_gc_r(p0, descr=<field 16>)
                i7 = getfield_gc_i(p0, descr=<field 20>)
                finish(i4, f5, p6, i7)
                """));
        Finished f = finished(backend.enter(t, obj, Integer.MIN_VALUE, bits(-0.0), 0x2b));
        assertEquals(Integer.MIN_VALUE, f.intAt(0));
        assertEquals(bits(-0.0), f.values()[1]);
        assertEquals(0x2b, f.refAt(2));
        assertEquals(-5, f.intAt(3));
        assertEquals(Integer.MIN_VALUE, mem.loadWord(obj + 4));
        assertEquals(bits(-0.0), mem.loadLong(obj + 8));
        assertEquals(0x2b, mem.loadWord(obj + 16));
    }

    @Test
    void arraysOfEachKindAndScale() {
        int ints = heap.allocate(Heap.header(TypeId.INT_ARRAY), 8 + 4 * 5);
        mem.storeWord(ints + 4, 5);
        int floats = heap.allocate(Heap.header(TypeId.FLOAT_ARRAY), 8 + 8 * 3);
        mem.storeWord(floats + 4, 3);
        int refs = heap.allocate(Heap.header(TypeId.OBJ_ARRAY), 8 + 4 * 4);
        mem.storeWord(refs + 4, 4);
        CompiledTrace t = backend.compileLoop(parse("""
                [p0, p1, p2, i3]
                setarrayitem_gc(p0, i3, -7, descr=<array 8 4>)
                setarrayitem_gc(p0, 4, 0x7fffffff, descr=<array 8 4>)
                setarrayitem_gc(p1, i3, 2.25, descr=<array 8 8>)
                setarrayitem_gc(p2, i3, p0, descr=<array 8 4>)
                setarrayitem_gc(p0, 0, 0x1ff, descr=<array 8 1>)
                setarrayitem_gc(p0, 1, -2, descr=<array 8 2>)
                i4 = getarrayitem_gc_i(p0, i3, descr=<array 8 4>)
                f5 = getarrayitem_gc_f(p1, i3, descr=<array 8 8>)
                p6 = getarrayitem_gc_r(p2, i3, descr=<array 8 4>)
                i7 = getarrayitem_gc_i(p0, 0, descr=<array 8 1>)
                i8 = getarrayitem_gc_i(p0, 1, descr=<array 8 2>)
                i9 = arraylen_gc(p0)
                i10 = arraylen_gc(p1)
                i11 = getarrayitem_gc_i(p0, 4, descr=<array 8 4>)
                finish(i4, f5, p6, i7, i8, i9, i10, i11)
                """.replace("0x7fffffff", "2147483647").replace("0x1ff", "511")));
        Finished f = finished(backend.enter(t, ints, floats, refs, 2));
        assertEquals(-7, f.intAt(0));
        assertEquals(2.25, f.floatAt(1));
        assertEquals(ints, f.refAt(2));
        assertEquals(0xff, f.intAt(3), "byte items load unsigned, store truncated");
        assertEquals(0xfffe, f.intAt(4), "half items load unsigned");
        assertEquals(5, f.intAt(5));
        assertEquals(3, f.intAt(6));
        assertEquals(Integer.MAX_VALUE, f.intAt(7));
        assertEquals(-7, mem.loadWord(ints + 8 + 8));
    }

    @Test
    void newAndNewArrayAllocateZeroedObjects() {
        CompiledTrace t = backend.compileLoop(parse("""
                [i0, f1]
                p2 = new(descr=<new FLOAT 16>)
                setfield_gc(p2, f1, descr=<field 8>)
                p3 = new_array(i0, descr=<new_array INT_ARRAY 8 4>)
                i4 = getarrayitem_gc_i(p3, 1, descr=<array 8 4>)
                guard_class(p2, descr=<Guard0x0 class FLOAT>) [1@1: p2]
                guard_class(p3, descr=<Guard0x1 class INT_ARRAY>) [1@2: p3]
                finish(p2, p3, i4)
                """));
        long before = heap.stats.allocatedBytes;
        Finished f = finished(backend.enter(t, 3, bits(6.5)));
        int p2 = f.refAt(0), p3 = f.refAt(1);
        assertEquals(TypeId.FLOAT, heap.typeOf(p2));
        assertEquals(6.5, mem.loadDouble(p2 + 8));
        assertEquals(TypeId.INT_ARRAY, heap.typeOf(p3));
        assertEquals(3, mem.loadWord(p3 + 4));
        assertEquals(0, f.intAt(2));
        assertEquals(16 + 24, heap.stats.allocatedBytes - before);
        assertNotEquals(p2, p3);
    }

    // ------------------------------------------------------------------ loops and bridges

    /** sum of 0..n-1 in a loop; exits when i reaches n, with the state at that point. */
    @Test
    void simpleLoopRunsUntilItsGuardFails() {
        CompiledTrace t = backend.compileLoop(parse("""
                [i0, i1, i2]
                label(i0, i1, i2, descr=<Loop100>)
                debug_merge_point(descr=<code 1 pc 4>)
                i3 = int_lt(i0, i2)
                guard_true(i3, descr=<Guard0x0>) [1@4: i0, i1, i2]
                i4 = int_add(i1, i0)
                i5 = int_add(i0, 1)
                guard_not_collect(descr=<Guard0x1>) [1@2: i5, i4, i2]
                jump(i5, i4, i2, descr=<Loop100>)
                """));
        ExitFrame f = exited(backend.enter(t, 0, 0, 1000)).innermost();
        assertEquals(4, f.pc());
        assertEquals(1000, f.intAt(0));
        assertEquals(499500, f.intAt(1));
    }

    @Test
    void loopWithManyInputsOfEveryKindRotatesThem() {
        int n = 30;
        StringBuilder sb = new StringBuilder("[");
        List<String> names = new ArrayList<>();
        for (int i = 0; i < n; i++) names.add((i % 3 == 0 ? "i" : i % 3 == 1 ? "f" : "p") + i);
        names.add("i99");
        sb.append(String.join(", ", names)).append("]\n");
        sb.append("label(").append(String.join(", ", names)).append(", descr=<Loop200>)\n");
        sb.append("i100 = int_add(i99, 1)\ni101 = int_lt(i100, 7)\n");
        sb.append("guard_true(i101, descr=<Guard0x0>) [1@1: ").append(String.join(", ", names)).append("]\n");
        // Rotate by kind: each value moves to the next slot of its kind (a parallel move).
        List<String> rotated = new ArrayList<>();
        for (int i = 0; i < n; i++) rotated.add(names.get((i + 3) % n));
        rotated.add("i100");
        sb.append("jump(").append(String.join(", ", rotated)).append(", descr=<Loop200>)\n");
        CompiledTrace t = backend.compileLoop(parse(sb.toString()));
        long[] in = new long[n + 1];
        for (int i = 0; i < n; i++) in[i] = i % 3 == 0 ? i * 10 : i % 3 == 1 ? bits(i + 0.5) : newFloat(i);
        ExitFrame f = exited(backend.enter(t, in)).innermost();
        // 7 iterations ran the guard; 6 rotations happened (i99 went 0..6).
        assertEquals(6, f.intAt(n));
        for (int i = 0; i < n; i++) {
            long want = in[(i + 6 * 3) % n];
            assertEquals(want, i % 3 == 1 ? f.values()[i] : f.intAt(i), "slot " + i);
        }
    }

    /**
     * Accumulators (the new value goes back where the old one was): when the add overflows, the
     * exit and a bridge from its guard see the value before the add, whatever register tricks
     * the backend plays. Constant and register addends, add and subtract.
     */
    @Test
    void overflowingAccumulatorExitsWithTheValueBeforeTheOp() {
        // i1 (the accumulator) starts 50 steps before the last value that fits.
        record Case(String op, String addend, int step, long last) {}
        long max = Integer.MAX_VALUE;
        int token = 400;
        for (Case c : List.of(
                new Case("int_add_ovf", "i0", 1000, max - max % 1000),
                new Case("int_add_ovf", "1000", 1000, max - max % 1000),
                new Case("int_sub_ovf", "i0", -1000, -(max - max % 1000)),
                new Case("int_sub_ovf", "-1000", 1000, max - max % 1000),
                new Case("int_add_ovf", "i5", 1007, max - max % 1007))) {
            CompiledTrace loop = backend.compileLoop(parse("""
                    [i0, i1]
                    label(i0, i1, descr=<LoopTOKEN>)
                    i5 = int_add(i0, 7)
                    i2 = OP(i1, ADDEND)
                    guard_no_overflow(descr=<Guard0x0>) [1@3: i0, i1, i5]
                    jump(i0, i2, descr=<LoopTOKEN>)
                    """.replace("OP", c.op).replace("ADDEND", c.addend).replace("TOKEN", String.valueOf(token++))));
            long i0 = c.addend.equals("i5") ? 1000 : Math.abs(c.step);
            long start = c.last - 50L * c.step;
            ExitState s = exited(backend.enter(loop, i0, start));
            assertEquals(c.last, s.innermost().intAt(1), c + ": exit");
            backend.compileBridge(loop.guard(0), parse("[i0, i1, i5]\ni2 = int_add(i1, 1)\nfinish(i2, i5)"));
            Finished f = finished(backend.enter(loop, i0, start));
            assertEquals((int) (c.last + 1), f.intAt(0), c + ": bridge");
            assertEquals((int) (i0 + 7), f.intAt(1), c + ": bridge");
        }
    }

    @Test
    void bridgesOnBridges() {
        // Loop: counts i up to 100; guard g1 fails when i is a multiple of 10.
        CompiledTrace loop = backend.compileLoop(parse("""
                [i0, i1]
                label(i0, i1, descr=<Loop300>)
                i2 = int_lt(i0, 100)
                guard_true(i2, descr=<Guard0x0>) [1@0: i0, i1]
                i3 = int_mod(i0, 10)
                i6 = int_is_zero(i3)
                guard_false(i6, descr=<Guard0x1>) [1@5: i0, i1]
                i4 = int_add(i0, 1)
                i5 = int_add(i1, 1)
                jump(i4, i5, descr=<Loop300>)
                """));
        // Without bridges: fails at i = 0.
        ExitState s = exited(backend.enter(loop, 0, 0));
        assertEquals(1, s.guard().id());
        assertEquals(0, s.innermost().intAt(0));
        // Bridge 1 (from g1: i % 10 == 0): adds 1000 to i1, and fails in its own guard when i % 20 == 0.
        CompiledTrace b1 = backend.compileBridge(loop.guard(1), parse("""
                [i0, i1]
                i2 = int_mod(i0, 20)
                guard_true(i2, descr=<Guard0x0>) [1@6: i0, i1]
                i3 = int_add(i1, 1000)
                i4 = int_add(i0, 1)
                jump(i4, i3, descr=<Loop300>)
                """));
        assertSame(b1, loop.guard(1).bridge());
        s = exited(backend.enter(loop, 1, 0));
        assertSame(b1, s.guard().owner());
        assertEquals(20, s.innermost().intAt(0));
        // Bridge 2 from the bridge's guard: adds 1000000 and goes back to the loop.
        backend.compileBridge(b1.guard(0), parse("""
                [i0, i1]
                i2 = int_add(i1, 1000000)
                i3 = int_add(i0, 1)
                jump(i3, i2, descr=<Loop300>)
                """));
        s = exited(backend.enter(loop, 1, 0));
        assertEquals(0, s.guard().id());
        assertSame(loop, s.guard().owner());
        assertEquals(100, s.innermost().intAt(0));
        // i1 counted 99 steps: 90 plain, 5 odd tens (+1000), 4 multiples of 20 (+1000000).
        assertEquals(90 + 5 * 1000 + 4 * 1000000, s.innermost().intAt(1));
    }

    @Test
    void bridgeReceivesVirtualFieldsAndFloatsAsFailArgs() {
        CompiledTrace loop = backend.compileLoop(parse("""
                [i0, f1]
                guard_true(i0, descr=<Guard0x3>) [1@0: v0, i0] {v0: FLOAT 16 +8=f1}
                finish(f1)
                """));
        GuardHandle g = loop.guard(3);
        assertEquals(List.of(Type.FLOAT, Type.INT), g.failArgs().stream().map(Value::type).toList());
        backend.compileBridge(g, parse("[f0, i1]\nf2 = float_add(f0, 1.0)\nfinish(f2, i1)"));
        Finished f = finished(backend.enter(loop, 0, bits(2.5)));
        assertEquals(3.5, f.floatAt(0));
        assertEquals(0, f.intAt(1));
    }

    // ------------------------------------------------------------------ runtime calls

    @Test
    void runtimeCallsOfEachResultKind() {
        int obj = heap.allocate(Heap.header(TypeId.INSTANCE), 24);
        CompiledTrace t = backend.compileLoop(parse("""
                [i0, f1, p2]
                i3 = call_i(i0, 10, i0, descr=<call add3>)
                f4 = call_f(f1, f1, 0.5, descr=<call fma>)
                p5 = call_r(f4, descr=<call box_float>)
                call_n(p2, 4, i3, descr=<call store_word>)
                i6 = call_i(i3, f1, p5, -1, 2.0, 7, descr=<call mix>)
                i7 = getfield_gc_i(p2, descr=<field 4>)
                finish(i3, f4, p5, i7, i6)
                """));
        Finished f = finished(backend.enter(t, 5, bits(3.0), obj));
        assertEquals(20, f.intAt(0));
        assertEquals(9.5, f.floatAt(1));
        assertEquals(TypeId.FLOAT, heap.typeOf(f.refAt(2)));
        assertEquals(9.5, mem.loadDouble(f.refAt(2) + 8));
        assertEquals(20, f.intAt(3));
        assertEquals(20 * 3 + 3 * 5 + f.refAt(2) * 7 - 11 + 2 * 13 + 7, f.intAt(4));
    }

    /** A helper that collects mid-trace: every live REF must be updated, before and after a loop iteration. */
    @Test
    void collectionDuringAHelperCallUpdatesLiveRefs() {
        int a = newFloat(1.25);
        int b = heap.allocate(Heap.header(TypeId.TUPLE), 12);
        mem.storeWord(b + 4, 1);
        mem.storeWord(b + 8, a);
        int ha = heap.handles.push(a), hb = heap.handles.push(b);
        CompiledTrace t = backend.compileLoop(parse("""
                [p0, p1, i2]
                label(p0, p1, i2, descr=<Loop400>)
                p3 = new(descr=<new FLOAT 16>)
                setfield_gc(p3, 7.5, descr=<field 8>)
                setfield_gc(p1, p3, descr=<field 8>)
                i4 = call_i(i2, descr=<call collect>)
                setfield_gc(p0, 4.5, descr=<field 8>)
                p5 = getfield_gc_r(p1, descr=<field 8>)
                f6 = getfield_gc_f(p3, descr=<field 8>)
                i7 = int_lt(i4, 3)
                guard_true(i7, descr=<Guard0x0>) [1@9: p0, p1, p3, p5, f6, i4]
                jump(p0, p1, i4, descr=<Loop400>)
                """));
        long collections = heap.stats.collections();
        ExitFrame f = exited(backend.enter(t, a, b, 0)).innermost();
        assertEquals(collections + 3, heap.stats.collections());
        int newA = heap.handles.get(ha), newB = heap.handles.get(hb);
        assertNotEquals(a, newA, "the collector moved the object");
        assertEquals(newA, f.refAt(0), "input REF updated");
        assertEquals(newB, f.refAt(1));
        assertEquals(4.5, mem.loadDouble(newA + 8), "store after the collection went to the moved object");
        assertEquals(f.refAt(2), f.refAt(3), "REF loaded after the collection is the moved one");
        assertEquals(f.refAt(2), mem.loadWord(newB + 8), "the write barrier let the collector update an old object's field");
        assertEquals(TypeId.FLOAT, heap.typeOf(f.refAt(2)));
        assertEquals(7.5, mem.loadDouble(f.refAt(2) + 8), "trace-allocated object kept and moved");
        assertEquals(7.5, f.floatAt(4));
        assertEquals(3, f.intAt(5));
        heap.handles.release(heap.handles.mark() - 2);
    }

    @Test
    void compiledTracesAreReEnterableFromHelpers() {
        // A helper that itself runs compiled code (as a helper running Python code would).
        CompiledTrace[] inner = new CompiledTrace[1];
        RuntimeCallTable table = calls;
        table.register("reenter", Kind.INT, List.of(Kind.INT), true, a -> {
            heap.collect();
            return ((Finished) backend.enter(inner[0], a[0])).intAt(0);
        });
        inner[0] = backend.compileLoop(parse("[i0]\ni1 = int_mul(i0, 3)\nfinish(i1)"));
        int obj = newFloat(8.0);
        CompiledTrace outer = backend.compileLoop(parse("""
                [i0, p1]
                i2 = call_i(i0, descr=<call reenter>)
                f3 = getfield_gc_f(p1, descr=<field 8>)
                finish(i2, f3, p1)
                """));
        Finished f = finished(backend.enter(outer, 14, obj));
        assertEquals(42, f.intAt(0));
        assertEquals(8.0, f.floatAt(1));
        assertEquals(TypeId.FLOAT, heap.typeOf(f.refAt(2)));
    }

    @Test
    void rejectsMalformedTraces() {
        try {
            backend.compileLoop(parse("[i0]\ni1 = int_add(i0, 1)\njump(i1, descr=<Loop9999>)"));
            fail("jump to an unknown label accepted");
        } catch (RuntimeException expected) {
            // verifier or backend refused
        }
    }
}
