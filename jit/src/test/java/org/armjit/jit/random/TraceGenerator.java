package org.armjit.jit.random;

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
import org.armjit.jit.random.World.Shape;
import org.armjit.runtime.heap.TypeId;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random well-formed traces over a {@link World}: arithmetic of every kind, guards of
 * every kind, loads and stores on real guest objects (in range by construction),
 * allocations that may or may not escape, runtime calls (one of which collects), and
 * loops with a counter that ends them. While generating, it evaluates the trace with the
 * {@link ReferenceEvaluator} so that most guards pass on the first iteration: traces run
 * deep instead of stopping at their first guard.
 */
public final class TraceGenerator {
    /** A generated trace with the world it runs on and its inputs. */
    public record Case(long worldSeed, Trace trace, long[] inputs) {
        /** The text form with the world seed and inputs in comments: what regression files hold. */
        public String text(org.armjit.runtime.calls.RuntimeCallTable calls) {
            StringBuilder sb = new StringBuilder("# world: ").append(worldSeed).append("\n# inputs:");
            for (long v : inputs) sb.append(' ').append(v);
            return sb.append('\n').append(org.armjit.jit.ir.TracePrinter.print(trace, calls)).toString();
        }

        public static Case parse(String text, org.armjit.runtime.calls.RuntimeCallTable calls) {
            long seed = 0;
            long[] inputs = new long[0];
            for (String line : text.split("\n")) {
                if (line.startsWith("# world:")) seed = Long.parseLong(line.substring(8).strip());
                if (line.startsWith("# inputs:")) {
                    String rest = line.substring(9).strip();
                    inputs = rest.isEmpty() ? new long[0] : java.util.Arrays.stream(rest.split("\\s+")).mapToLong(Long::parseLong).toArray();
                }
            }
            return new Case(seed, org.armjit.jit.ir.TraceParser.parse(text, calls), inputs);
        }
    }

    private static final Op[] INT_BINARY = {Op.INT_ADD, Op.INT_SUB, Op.INT_MUL, Op.INT_FLOORDIV, Op.INT_MOD, Op.INT_PY_DIV, Op.INT_PY_MOD,
        Op.INT_AND, Op.INT_OR, Op.INT_XOR, Op.INT_LSHIFT, Op.INT_RSHIFT, Op.UINT_RSHIFT, Op.INT_LT, Op.INT_LE, Op.INT_EQ, Op.INT_NE,
        Op.INT_GT, Op.INT_GE, Op.UINT_LT, Op.UINT_LE, Op.UINT_GT, Op.UINT_GE};
    private static final Op[] INT_UNARY = {Op.INT_NEG, Op.INT_INVERT, Op.INT_IS_TRUE, Op.INT_IS_ZERO, Op.SAME_AS_I};
    private static final Op[] OVF = {Op.INT_ADD_OVF, Op.INT_SUB_OVF, Op.INT_MUL_OVF};
    private static final Op[] FLOAT_BINARY = {Op.FLOAT_ADD, Op.FLOAT_SUB, Op.FLOAT_MUL, Op.FLOAT_TRUEDIV};
    private static final Op[] FLOAT_COMPARE = {Op.FLOAT_LT, Op.FLOAT_LE, Op.FLOAT_EQ, Op.FLOAT_NE, Op.FLOAT_GT, Op.FLOAT_GE};
    private static final int[] SMALL = {0, 1, -1, 2, 3, 4, 5, 7, 8, 16, 31, 32, 100, -7, 1 << 30, Integer.MAX_VALUE, Integer.MIN_VALUE};

    private final Random rnd;
    private final World world;
    private final ReferenceEvaluator ev;
    private final TraceBuilder b = new TraceBuilder();
    private final List<Value> ints = new ArrayList<>(), floats = new ArrayList<>(), refs = new ArrayList<>();
    /** Shape of each REF value (null: unknown, e.g. loaded from an object array). */
    private final Map<Value, Shape> shapes = new IdentityHashMap<>();
    private int pc;

    private TraceGenerator(long seed) {
        this.rnd = new Random(seed);
        this.world = new World(seed);
        this.ev = new ReferenceEvaluator(world.heap, world.calls);
    }

    public static Case generate(long seed, int maxOps) {
        return new TraceGenerator(seed).run(seed, maxOps);
    }

    private Case run(long seed, int maxOps) {
        List<Long> inputs = new ArrayList<>();
        boolean loop = rnd.nextInt(3) > 0;
        InputArg counter = null;
        if (loop) {
            counter = b.input(Type.INT);
            inputs.add(0L);
            ev.set(counter, 0);
        }
        int nInts = 1 + rnd.nextInt(3), nFloats = rnd.nextInt(3), nRefs = 1 + rnd.nextInt(4);
        for (int i = 0; i < nInts; i++) addInput(Type.INT, World.INTS[rnd.nextInt(World.INTS.length)], null, inputs);
        for (int i = 0; i < nFloats; i++) addInput(Type.FLOAT, Double.doubleToRawLongBits(World.FLOATS[rnd.nextInt(World.FLOATS.length)]), null, inputs);
        for (int i = 0; i < nRefs; i++) {
            if (rnd.nextInt(5) == 0) {
                addInput(Type.REF, (rnd.nextInt(200) - 100) << 1 | 1, Shape.TAGGED, inputs);
            } else {
                int k = rnd.nextInt(world.objects.length);
                addInput(Type.REF, world.objects[k], World.SHAPES.get(k), inputs);
            }
        }
        List<InputArg> in = new ArrayList<>(b.build().inputs());
        int token = 1 + rnd.nextInt(1000);
        if (loop) b.label(token, in.toArray(new Value[0]));
        int n = 1 + rnd.nextInt(maxOps);
        for (int i = 0; i < n; i++) {
            pc++;
            randomOp();
        }
        pc++;
        if (loop) {
            Operation next = step(b.op(Op.INT_ADD, counter, Const.ofInt(1)));
            Operation more = step(b.op(Op.INT_LT, next, Const.ofInt(1 + rnd.nextInt(6))));
            step(b.guard(Op.GUARD_TRUE, snapshot(), more));
            Value[] back = new Value[in.size()];
            back[0] = next;
            for (int k = 1; k < in.size(); k++) back[k] = sameKindAndShape(in.get(k));
            b.jump(token, back);
        } else {
            List<Value> results = new ArrayList<>();
            int m = rnd.nextInt(5);
            for (int k = 0; k < m; k++) results.add(anyValue());
            b.finish(results.toArray(new Value[0]));
        }
        return new Case(seed, b.build(), inputs.stream().mapToLong(Long::longValue).toArray());
    }

    private void addInput(Type t, long bits, Shape shape, List<Long> inputs) {
        InputArg a = b.input(t);
        ev.set(a, bits);
        inputs.add(bits);
        pool(t).add(a);
        if (shape != null) shapes.put(a, shape);
    }

    private List<Value> pool(Type t) {
        return t == Type.INT ? ints : t == Type.FLOAT ? floats : refs;
    }

    private <T extends Value> T step(T v) {
        ev.step((Operation) v);
        Operation o = (Operation) v;
        if (o.type() != Type.VOID) pool(o.type()).add(o);
        return v;
    }

    private Value sameKindAndShape(InputArg a) {
        List<Value> candidates = new ArrayList<>();
        for (Value v : pool(a.type())) {
            if (a.type() != Type.REF || shapes.get(v) == shapes.get(a)) candidates.add(v);
        }
        return candidates.get(rnd.nextInt(candidates.size()));
    }

    private Value anyValue() {
        int k = rnd.nextInt(3);
        if (k == 1 && !floats.isEmpty()) return pick(floats);
        if (k == 2) return pick(refs);
        return pick(ints);
    }

    private Value pick(List<Value> pool) {
        return pool.get(rnd.nextInt(pool.size()));
    }

    private Value intArg() {
        return rnd.nextInt(4) == 0 ? Const.ofInt(SMALL[rnd.nextInt(SMALL.length)]) : pick(ints);
    }

    private Value floatArg() {
        return floats.isEmpty() || rnd.nextInt(4) == 0 ? Const.ofFloat(World.FLOATS[rnd.nextInt(World.FLOATS.length)]) : pick(floats);
    }

    private Value refOfShape(Shape s) {
        List<Value> c = new ArrayList<>();
        for (Value v : refs) if (shapes.get(v) == s) c.add(v);
        return c.isEmpty() ? null : c.get(rnd.nextInt(c.size()));
    }

    /** A REF that is safe to store into an object: anything with a known shape, or loaded from one. */
    private Value storableRef() {
        return rnd.nextInt(6) == 0 ? Const.NULL : pick(refs);
    }

    private Snapshot snapshot() {
        List<Value> slots = new ArrayList<>();
        int n = rnd.nextInt(6);
        for (int i = 0; i < n; i++) slots.add(anyValue());
        if (rnd.nextInt(3) == 0) slots.add(Const.ofInt(rnd.nextInt(50)));
        FrameState inner = new FrameState(1, pc, slots.toArray(new Value[0]));
        if (rnd.nextInt(4) == 0) return new Snapshot(List.of(new FrameState(0, 1000 + pc, new Value[] {anyValue()}), inner));
        return new Snapshot(List.of(inner));
    }

    /** A guard on a boolean int, with the polarity that passes now (mostly). */
    private void guardOn(Value cond) {
        boolean now = ev.value(cond) != 0;
        boolean pass = rnd.nextInt(10) != 0;
        step(b.guard(now == pass ? Op.GUARD_TRUE : Op.GUARD_FALSE, snapshot(), cond));
    }

    private void randomOp() {
        switch (rnd.nextInt(24)) {
            case 0, 1, 2 -> step(b.op(INT_BINARY[rnd.nextInt(INT_BINARY.length)], intArg(), intArg()));
            case 3 -> step(b.op(INT_UNARY[rnd.nextInt(INT_UNARY.length)], pick(ints)));
            case 4 -> {
                Op op = OVF[rnd.nextInt(OVF.length)];
                Value x = intArg(), y = intArg();
                Operation r = step(b.op(op, x, y));
                long ex = ev.value(x), ey = ev.value(y);
                long exact = op == Op.INT_ADD_OVF ? (int) ex + (long) (int) ey : op == Op.INT_SUB_OVF ? (int) ex - (long) (int) ey : (int) ex * (long) (int) ey;
                boolean ovf = exact != (int) exact;
                if (rnd.nextInt(10) == 0) ovf = !ovf;
                step(b.guard(ovf ? Op.GUARD_OVERFLOW : Op.GUARD_NO_OVERFLOW, snapshot()));
                if (r == null) throw new IllegalStateException();
            }
            case 5 -> guardOn(step(b.op(INT_BINARY[13 + rnd.nextInt(10)], intArg(), intArg())));
            case 6 -> guardOn(pick(ints));
            case 7 -> step(b.op(FLOAT_BINARY[rnd.nextInt(FLOAT_BINARY.length)], floatArg(), floatArg()));
            case 8 -> {
                int k = rnd.nextInt(6);
                if (k == 5) step(b.op(Op.FLOAT_SQRT, floatArg()));
                else if (k == 0) step(b.op(Op.FLOAT_NEG, floatArg()));
                else if (k == 1) step(b.op(Op.FLOAT_ABS, floatArg()));
                else if (k == 2) step(b.op(Op.CAST_INT_TO_FLOAT, pick(ints)));
                else if (k == 3) step(b.op(Op.CAST_FLOAT_TO_INT, floatArg()));
                else guardOn(step(b.op(FLOAT_COMPARE[rnd.nextInt(FLOAT_COMPARE.length)], floatArg(), floatArg())));
            }
            case 9 -> {
                // Tagging: a small int made from any int, tagged with an overflow check.
                Value x = rnd.nextBoolean() ? pick(ints) : step(b.op(Op.INT_AND, pick(ints), Const.ofInt(0xfff)));
                Operation p = step(b.op(Op.INT_TAG_OVF, x));
                boolean ovf = (int) ev.value(x) < -(1 << 30) || (int) ev.value(x) >= (1 << 30);
                step(b.guard(ovf ? Op.GUARD_OVERFLOW : Op.GUARD_NO_OVERFLOW, snapshot()));
                shapes.put(p, Shape.TAGGED);
            }
            case 10 -> {
                Value p = refOfShape(Shape.TAGGED);
                if (p == null) return;
                int k = rnd.nextInt(3);
                if (k == 0) step(b.op(Op.INT_UNTAG, p));
                else if (k == 1) step(b.guard(Op.GUARD_TAGGED, snapshot(), p));
                else step(b.op(Op.CAST_PTR_TO_INT, p));
            }
            case 11 -> {
                // Guards on objects: class (mostly the right one), nonnull, value.
                Value p = pick(refs);
                Shape s = shapes.get(p);
                int k = rnd.nextInt(4);
                if (k == 0 || k == 1) {
                    int type = s != null && s.type != null && rnd.nextInt(8) != 0 ? s.type.id() : TypeId.values()[1 + rnd.nextInt(12)].id();
                    step(b.guardClass(type, snapshot(), p));
                    if (s == null && (ev.value(p) & 1) == 0 && ev.value(p) != 0 && rnd.nextBoolean()) {
                        // A guard that passed tells the shape of a loaded ref: nothing relies on it here.
                        return;
                    }
                } else if (k == 2) {
                    step(b.guard(ev.value(p) == 0 ? Op.GUARD_ISNULL : Op.GUARD_NONNULL, snapshot(), p));
                } else {
                    Value x = pick(ints);
                    step(b.guard(Op.GUARD_VALUE, snapshot(), x, Const.ofInt((int) ev.value(x))));
                }
            }
            case 12, 13 -> fieldOp();
            case 14, 15 -> arrayOp();
            case 16, 17 -> allocation();
            case 18 -> {
                int k = rnd.nextInt(4);
                if (k == 0) step(b.call(Type.INT, world.callAdd3, intArg(), intArg(), intArg()));
                else if (k == 1) step(b.call(Type.FLOAT, world.callFma, floatArg(), floatArg(), floatArg()));
                else if (k == 2) shapes.put(step(b.call(Type.REF, world.callBoxFloat, floatArg())), Shape.FLOAT_OBJ);
                else {
                    Value a = refOfShape(Shape.INT_ARRAY);
                    if (a != null) step(b.call(Type.INT, world.callSumArray, a));
                }
            }
            case 19 -> {
                if (rnd.nextInt(4) == 0) step(b.call(Type.INT, world.callCollect, pick(ints)));
                else if (rnd.nextInt(3) == 0) step(b.guard(Op.GUARD_NOT_COLLECT, snapshot()));
                else step(b.guard(Op.GUARD_NOT_INVALIDATED, snapshot()));
            }
            case 20 -> guardOn(step(b.op(rnd.nextBoolean() ? Op.PTR_EQ : Op.PTR_NE, pick(refs), pick(refs))));
            case 21 -> b.debugMergePoint(1, pc);
            default -> {
                // Repeat an earlier pure computation: common subexpressions for "pure".
                Value x = pick(ints), y = pick(ints);
                Op op = INT_BINARY[rnd.nextInt(7)];
                step(b.op(op, x, y));
                step(b.op(op, x, y));
            }
        }
    }

    private void fieldOp() {
        int k = rnd.nextInt(3);
        if (k == 0) {
            Value p = refOfShape(Shape.FLOAT_OBJ);
            if (p == null) return;
            if (rnd.nextBoolean()) step(b.getfield(Type.FLOAT, p, 8));
            else step(b.setfield(p, 8, floatArg()));
        } else {
            Value p = refOfShape(Shape.INSTANCE);
            if (p == null) return;
            switch (rnd.nextInt(5)) {
                case 0 -> step(b.getfield(Type.INT, p, 16 + 4 * rnd.nextInt(2)));
                case 1 -> step(b.setfield(p, 16 + 4 * rnd.nextInt(2), intArg()));
                case 2 -> step(b.getfield(Type.REF, p, 4 + 4 * rnd.nextInt(3)));
                case 3 -> step(b.setfield(p, 4 + 4 * rnd.nextInt(3), storableRef()));
                default -> step(b.getfield(Type.INT, p, 16));
            }
        }
    }

    private Value index(int length) {
        if (rnd.nextBoolean()) return Const.ofInt(rnd.nextInt(length));
        return step(b.op(Op.INT_AND, pick(ints), Const.ofInt(length - 1)));
    }

    private void arrayOp() {
        Shape s = new Shape[] {Shape.INT_ARRAY, Shape.FLOAT_ARRAY, Shape.OBJ_ARRAY}[rnd.nextInt(3)];
        Value p = refOfShape(s);
        if (p == null) return;
        if (rnd.nextInt(6) == 0) {
            step(b.op(Op.ARRAYLEN_GC, p));
            return;
        }
        boolean load = rnd.nextBoolean();
        switch (s) {
            case INT_ARRAY -> {
                int scale = rnd.nextInt(4) == 0 ? 1 + rnd.nextInt(2) : 4;
                Value i = index(s.length * 4 / scale);
                if (load) step(b.getarrayitem(Type.INT, p, i, 8, scale));
                else step(b.setarrayitem(p, i, intArg(), 8, scale));
            }
            case FLOAT_ARRAY -> {
                Value i = index(s.length);
                if (load) step(b.getarrayitem(Type.FLOAT, p, i, 8, 8));
                else step(b.setarrayitem(p, i, floatArg(), 8, 8));
            }
            default -> {
                Value i = index(s.length);
                if (load) step(b.getarrayitem(Type.REF, p, i, 8, 4));
                else step(b.setarrayitem(p, i, storableRef(), 8, 4));
            }
        }
    }

    private void allocation() {
        switch (rnd.nextInt(3)) {
            case 0 -> {
                Operation p = step(b.newObject(TypeId.FLOAT.id(), 16));
                shapes.put(p, Shape.FLOAT_OBJ);
                if (rnd.nextInt(4) != 0) step(b.setfield(p, 8, floatArg()));
            }
            case 1 -> {
                Operation p = step(b.newObject(TypeId.INSTANCE.id(), 24));
                shapes.put(p, Shape.INSTANCE);
                if (rnd.nextBoolean()) step(b.setfield(p, 4, storableRef()));
                if (rnd.nextBoolean()) step(b.setfield(p, 16, intArg()));
            }
            default -> {
                Shape s = rnd.nextBoolean() ? Shape.INT_ARRAY : Shape.OBJ_ARRAY;
                Operation p = step(b.newArray(s.type.id(), 8, 4, Const.ofInt(s.length)));
                shapes.put(p, s);
                if (rnd.nextBoolean()) step(b.setarrayitem(p, Const.ofInt(rnd.nextInt(s.length)), s == Shape.INT_ARRAY ? intArg() : storableRef(), 8, 4));
            }
        }
    }
}
