package org.armjit.jit.random;

import org.armjit.jit.ir.Const;
import org.armjit.jit.ir.FrameState;
import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.Type;
import org.armjit.jit.ir.Value;
import org.armjit.jit.ir.VirtualObject;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.mem.GuestMemory;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * A deliberately simple evaluator of unoptimised traces, written apart from the IR
 * interpreter: values in a map, arithmetic stated with exact (long / BigInteger)
 * arithmetic and then narrowed, labels found by searching. The random-trace tests hold
 * the IR interpreter to it.
 */
public final class ReferenceEvaluator {
    /** How a run ended: finished values, or the exit's frames as (code, pc, bits per slot). */
    public record Outcome(boolean finished, int guardIndex, List<long[]> frames, List<int[]> where, List<List<Type>> kinds) {}

    private final Heap heap;
    private final GuestMemory mem;
    private final RuntimeCallTable calls;
    /** Current values; REF entries are visited by the collector. */
    private final Map<Value, Long> env = new IdentityHashMap<>();
    private boolean overflowed;

    public ReferenceEvaluator(Heap heap, RuntimeCallTable calls) {
        this.heap = heap;
        this.mem = heap.memory();
        this.calls = calls;
        heap.roots(v -> {
            for (Map.Entry<Value, Long> e : env.entrySet()) {
                if (e.getKey().type() == Type.REF) e.setValue((long) v.visit((int) (long) e.getValue()));
            }
        });
    }

    public void set(Value v, long bits) {
        env.put(v, v.type() == Type.FLOAT ? bits : (long) (int) bits);
    }

    public long value(Value v) {
        if (v instanceof Const c) return c.bits;
        Long b = env.get(v);
        if (b == null) throw new IllegalStateException("no value for " + v);
        return b;
    }

    public Outcome run(Trace t, long[] inputs) {
        for (int i = 0; i < inputs.length; i++) set(t.inputs().get(i), inputs[i]);
        List<Operation> ops = t.ops();
        int pc = 0;
        int steps = 0;
        while (true) {
            if (++steps > 10_000_000) throw new IllegalStateException("reference evaluation does not terminate");
            Operation o = ops.get(pc);
            if (o.op == Op.JUMP) {
                int target = -1;
                for (int k = 0; k < ops.size(); k++) if (ops.get(k).op == Op.LABEL && ops.get(k).aux[0] == o.aux[0]) target = k;
                long[] vals = new long[o.argCount()];
                for (int i = 0; i < vals.length; i++) vals[i] = value(o.arg(i));
                Operation label = ops.get(target);
                for (int i = 0; i < vals.length; i++) set(label.arg(i), vals[i]);
                pc = target + 1;
                continue;
            }
            if (o.op == Op.FINISH) {
                long[] vals = new long[o.argCount()];
                List<Type> k = new ArrayList<>();
                for (int i = 0; i < vals.length; i++) {
                    vals[i] = value(o.arg(i));
                    k.add(o.arg(i).type());
                }
                return new Outcome(true, -1, List.of(vals), List.of(), List.of(k));
            }
            if (!step(o)) return exit(o, pc);
            pc++;
        }
    }

    private Outcome exit(Operation g, int index) {
        Map<VirtualObject, Integer> made = new IdentityHashMap<>();
        List<long[]> frames = new ArrayList<>();
        List<int[]> where = new ArrayList<>();
        List<List<Type>> kinds = new ArrayList<>();
        for (FrameState f : g.snapshot.frames()) {
            long[] vals = new long[f.size()];
            List<Type> k = new ArrayList<>();
            for (int i = 0; i < vals.length; i++) {
                vals[i] = resolve(f.slot(i), made);
                k.add(f.slot(i).type());
            }
            frames.add(vals);
            where.add(new int[] {f.codeId(), f.pc()});
            kinds.add(k);
        }
        return new Outcome(false, index, frames, where, kinds);
    }

    private long resolve(Value v, Map<VirtualObject, Integer> made) {
        if (!(v instanceof VirtualObject vo)) return value(v);
        Integer addr = made.get(vo);
        if (addr != null) return addr;
        int a = heap.allocate(vo.typeId, vo.size);
        made.put(vo, a);
        for (int i = 0; i < vo.fieldCount(); i++) {
            Value f = vo.fieldValue(i);
            long b = resolve(f, made);
            if (f.type() == Type.FLOAT) mem.storeDouble(a + vo.fieldOffset(i), Double.longBitsToDouble(b));
            else mem.storeWord(a + vo.fieldOffset(i), (int) b);
        }
        return a;
    }

    private static int narrow(long exact) {
        return (int) exact;
    }

    private static boolean fits(long exact) {
        return exact >= Integer.MIN_VALUE && exact <= Integer.MAX_VALUE;
    }

    private static long bool(boolean b) {
        return b ? 1 : 0;
    }

    private static double dbl(long bits) {
        return Double.longBitsToDouble(bits);
    }

    private static long raw(double d) {
        return Double.doubleToRawLongBits(d);
    }

    /** Executes one non-control op; false if it is a guard that fails. */
    public boolean step(Operation o) {
        long a = o.argCount() > 0 ? value(o.arg(0)) : 0;
        long b = o.argCount() > 1 ? value(o.arg(1)) : 0;
        long x = (int) a, y = (int) b;
        Long r = null;
        switch (o.op) {
            case INT_ADD -> r = (long) narrow(x + y);
            case INT_SUB -> r = (long) narrow(x - y);
            case INT_MUL -> r = (long) narrow(x * y);
            case INT_ADD_OVF -> { overflowed = !fits(x + y); r = (long) narrow(x + y); }
            case INT_SUB_OVF -> { overflowed = !fits(x - y); r = (long) narrow(x - y); }
            case INT_MUL_OVF -> { overflowed = !fits(x * y); r = (long) narrow(x * y); }
            case INT_FLOORDIV -> r = y == 0 ? 0L : narrow(BigInteger.valueOf(x).divide(BigInteger.valueOf(y)).longValue());
            case INT_MOD -> r = y == 0 ? 0L : narrow(BigInteger.valueOf(x).remainder(BigInteger.valueOf(y)).longValue());
            case INT_PY_DIV -> {
                if (y == 0) r = 0L;
                else {
                    BigInteger[] qr = BigInteger.valueOf(x).divideAndRemainder(BigInteger.valueOf(y));
                    long q = qr[0].longValue();
                    if (qr[1].signum() != 0 && (qr[1].signum() != Long.signum(y))) q--;
                    r = (long) narrow(q);
                }
            }
            case INT_PY_MOD -> {
                if (y == 0) r = 0L;
                else {
                    long m = BigInteger.valueOf(x).remainder(BigInteger.valueOf(y)).longValue();
                    if (m != 0 && Long.signum(m) != Long.signum(y)) m += y;
                    r = (long) narrow(m);
                }
            }
            case INT_AND -> r = x & y;
            case INT_OR -> r = x | y;
            case INT_XOR -> r = x ^ y;
            case INT_LSHIFT -> r = (long) narrow(x << (y & 31));
            case INT_RSHIFT -> r = x >> (y & 31);
            case UINT_RSHIFT -> r = (long) narrow((x & 0xffffffffL) >> (y & 31));
            case INT_NEG -> r = (long) narrow(-x);
            case INT_INVERT -> r = -1 - x;
            case INT_LT -> r = bool(x < y);
            case INT_LE -> r = bool(x <= y);
            case INT_EQ, PTR_EQ -> r = bool(x == y);
            case INT_NE, PTR_NE -> r = bool(x != y);
            case INT_GT -> r = bool(x > y);
            case INT_GE -> r = bool(x >= y);
            case UINT_LT -> r = bool((x & 0xffffffffL) < (y & 0xffffffffL));
            case UINT_LE -> r = bool((x & 0xffffffffL) <= (y & 0xffffffffL));
            case UINT_GT -> r = bool((x & 0xffffffffL) > (y & 0xffffffffL));
            case UINT_GE -> r = bool((x & 0xffffffffL) >= (y & 0xffffffffL));
            case INT_IS_TRUE -> r = bool(x != 0);
            case INT_IS_ZERO -> r = bool(x == 0);
            case FLOAT_ADD -> r = raw(dbl(a) + dbl(b));
            case FLOAT_SUB -> r = raw(dbl(a) - dbl(b));
            case FLOAT_MUL -> r = raw(dbl(a) * dbl(b));
            case FLOAT_TRUEDIV -> r = raw(dbl(a) / dbl(b));
            case FLOAT_NEG -> r = raw(-dbl(a));
            case FLOAT_ABS -> r = raw(Math.abs(dbl(a)));
            case FLOAT_SQRT -> r = raw(Math.sqrt(dbl(a)));
            case FLOAT_LT -> r = bool(dbl(a) < dbl(b));
            case FLOAT_LE -> r = bool(dbl(a) <= dbl(b));
            case FLOAT_EQ -> r = bool(dbl(a) == dbl(b));
            case FLOAT_NE -> r = bool(!(dbl(a) == dbl(b)));
            case FLOAT_GT -> r = bool(dbl(a) > dbl(b));
            case FLOAT_GE -> r = bool(dbl(a) >= dbl(b));
            case CAST_INT_TO_FLOAT -> r = raw((double) x);
            case CAST_FLOAT_TO_INT -> {
                double d = dbl(a);
                r = Double.isNaN(d) ? 0L : d >= 2147483647.0 ? Integer.MAX_VALUE : d <= -2147483648.0 ? Integer.MIN_VALUE : (long) d;
            }
            case CAST_PTR_TO_INT, CAST_INT_TO_PTR, SAME_AS_I, SAME_AS_R, SAME_AS_F -> r = a;
            case INT_TAG -> r = (long) narrow(x * 2 + 1);
            case INT_TAG_OVF -> { overflowed = x < -(1L << 30) || x >= (1L << 30); r = (long) narrow(x * 2 + 1); }
            case INT_UNTAG -> r = Math.floorDiv(x, 2);
            case GUARD_TRUE -> { return x != 0; }
            case GUARD_FALSE -> { return x == 0; }
            case GUARD_VALUE -> { return a == b; }
            case GUARD_CLASS -> { return x != 0 && (x & 1) == 0 && (mem.loadWord((int) x) & 0xffff) == o.aux[0]; }
            case GUARD_NONNULL -> { return x != 0; }
            case GUARD_ISNULL -> { return x == 0; }
            case GUARD_TAGGED -> { return (x & 1) == 1 || (x & 1) == -1; }
            case GUARD_NO_OVERFLOW -> { return !overflowed; }
            case GUARD_OVERFLOW -> { return overflowed; }
            case GUARD_NOT_INVALIDATED -> { return true; }
            case GUARD_NOT_COLLECT -> { return !heap.collectRequested; }
            case GETFIELD_GC_I, GETFIELD_GC_R -> r = (long) mem.loadWord((int) x + o.aux[0]);
            case GETFIELD_GC_F -> r = raw(mem.loadDouble((int) x + o.aux[0]));
            case SETFIELD_GC -> {
                store(o.arg(1).type(), (int) x + o.aux[0], 4, b);
                if (o.arg(1).type() == Type.REF) heap.writeBarrier((int) x, (int) b);
            }
            case GETARRAYITEM_GC_I -> {
                int at = (int) (x + o.aux[0] + y * o.aux[1]);
                r = (long) (o.aux[1] == 1 ? mem.loadByte(at) : o.aux[1] == 2 ? mem.loadHalf(at) : mem.loadWord(at));
            }
            case GETARRAYITEM_GC_R -> r = (long) mem.loadWord((int) (x + o.aux[0] + y * o.aux[1]));
            case GETARRAYITEM_GC_F -> r = raw(mem.loadDouble((int) (x + o.aux[0] + y * o.aux[1])));
            case SETARRAYITEM_GC -> {
                long v = value(o.arg(2));
                store(o.arg(2).type(), (int) (x + o.aux[0] + y * o.aux[1]), o.aux[1], v);
                if (o.arg(2).type() == Type.REF) heap.writeBarrier((int) x, (int) v);
            }
            case ARRAYLEN_GC -> r = (long) mem.loadWord((int) x + 4);
            case NEW -> r = (long) heap.allocate(o.aux[0], o.aux[1]);
            case NEW_ARRAY -> {
                int p = heap.allocate(o.aux[0], (int) (o.aux[1] + x * o.aux[2]));
                mem.storeWord(p + 4, (int) x);
                r = (long) p;
            }
            case CALL_I, CALL_R, CALL_F, CALL_N -> {
                long[] args = new long[o.argCount()];
                for (int i = 0; i < args.length; i++) args[i] = value(o.arg(i));
                long res = calls.get(o.aux[0]).invoke(args);
                if (o.op != Op.CALL_N) r = o.op == Op.CALL_F ? res : (long) (int) res;
            }
            case DEBUG_MERGE_POINT, LABEL -> {}
            default -> throw new IllegalStateException("reference evaluator: " + o.op.text);
        }
        if (r != null) set(o, r);
        return true;
    }

    private void store(Type t, int at, int scale, long v) {
        if (t == Type.FLOAT) mem.storeDouble(at, dbl(v));
        else if (t == Type.REF || scale == 4) mem.storeWord(at, (int) v);
        else if (scale == 2) mem.storeHalf(at, (int) v);
        else mem.storeByte(at, (int) v);
    }
}
