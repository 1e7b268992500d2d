package org.armjit.jit.random;

import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.util.List;
import java.util.Random;

/**
 * The guest objects a random trace works on, built the same way (same addresses, same
 * contents) from the same seed, so that several executions of one trace start from
 * identical heaps. Its objects are roots of the heap.
 */
public final class World {
    /** What a REF value of the generator points to; the generator only does what the shape allows. */
    public enum Shape {
        FLOAT_OBJ(TypeId.FLOAT, 0), INT_ARRAY(TypeId.INT_ARRAY, 8), FLOAT_ARRAY(TypeId.FLOAT_ARRAY, 4),
        OBJ_ARRAY(TypeId.OBJ_ARRAY, 4), INSTANCE(TypeId.INSTANCE, 0), TAGGED(null, 0);

        public final TypeId type;
        /** Arrays: length (a power of two, so index & (len-1) is in range). */
        public final int length;

        Shape(TypeId type, int length) {
            this.type = type;
            this.length = length;
        }
    }

    public static final int HEAP_BASE = 0x1000_0000;
    static final double[] FLOATS = {0.0, -0.0, 1.0, -1.5, 2.5, 1e300, -1e-300, Double.NaN, Double.POSITIVE_INFINITY, 3.25, 1e9, 7.0};
    static final int[] INTS = {0, 1, -1, 2, 3, 7, 100, -100, 1 << 20, Integer.MAX_VALUE, Integer.MIN_VALUE, 0x7fff, 65535, 1 << 30, -(1 << 30)};

    public final Heap heap;
    public final GuestMemory mem;
    public final RuntimeCallTable calls = new RuntimeCallTable();
    /** The objects, one per shape in {@link #SHAPES} order (updated by collections). */
    public final int[] objects;
    public static final List<Shape> SHAPES = List.of(Shape.FLOAT_OBJ, Shape.FLOAT_OBJ, Shape.INT_ARRAY, Shape.INT_ARRAY,
            Shape.FLOAT_ARRAY, Shape.OBJ_ARRAY, Shape.OBJ_ARRAY, Shape.INSTANCE, Shape.INSTANCE);
    public final int callAdd3, callFma, callBoxFloat, callCollect, callSumArray;

    public World(long seed) {
        mem = GuestMemory.allocate(HEAP_BASE, (4 << 20) + (64 << 10));
        heap = new Heap(mem, 64 << 10);
        Random rnd = new Random(seed);
        objects = new int[SHAPES.size()];
        for (int i = 0; i < objects.length; i++) objects[i] = allocate(SHAPES.get(i), rnd);
        // Object arrays and instances point at other world objects or tagged ints.
        for (int i = 0; i < objects.length; i++) {
            Shape s = SHAPES.get(i);
            if (s == Shape.OBJ_ARRAY) {
                for (int k = 0; k < s.length; k++) mem.storeWord(objects[i] + 8 + 4 * k, randomRef(rnd));
            } else if (s == Shape.INSTANCE) {
                mem.storeWord(objects[i] + 4, randomRef(rnd));
                mem.storeWord(objects[i] + 8, randomRef(rnd));
                mem.storeWord(objects[i] + 16, INTS[rnd.nextInt(INTS.length)]);
                mem.storeWord(objects[i] + 20, rnd.nextInt(1000));
            }
        }
        heap.roots(v -> {
            for (int i = 0; i < objects.length; i++) objects[i] = v.visit(objects[i]);
        });
        callAdd3 = calls.register("add3", Kind.INT, List.of(Kind.INT, Kind.INT, Kind.INT), false, a -> (int) a[0] + (int) a[1] + (int) a[2]).id();
        callFma = calls.register("fma", Kind.FLOAT, List.of(Kind.FLOAT, Kind.FLOAT, Kind.FLOAT), false,
                a -> Double.doubleToRawLongBits(Double.longBitsToDouble(a[0]) * Double.longBitsToDouble(a[1]) + Double.longBitsToDouble(a[2]))).id();
        callBoxFloat = calls.register("box_float", Kind.REF, List.of(Kind.FLOAT), false, a -> {
            int p = heap.allocate(Heap.header(TypeId.FLOAT), 16);
            mem.storeLong(p + 8, a[0]);
            return p;
        }).id();
        callCollect = calls.register("collect", Kind.INT, List.of(Kind.INT), true, a -> {
            heap.collect();
            return (int) a[0];
        }).id();
        callSumArray = calls.register("sum_int_array", Kind.INT, List.of(Kind.REF), false, a -> {
            int p = (int) a[0], n = mem.loadWord(p + 4), s = 0;
            for (int k = 0; k < n; k++) s += mem.loadWord(p + 8 + 4 * k);
            return s;
        }).id();
    }

    private int randomRef(Random rnd) {
        int k = rnd.nextInt(objects.length + 3);
        if (k < objects.length) return objects[k];
        return k == objects.length ? 0 : (rnd.nextInt(2000) - 1000) << 1 | 1;
    }

    private int allocate(Shape s, Random rnd) {
        switch (s) {
            case FLOAT_OBJ -> {
                int p = heap.allocate(Heap.header(TypeId.FLOAT), 16);
                mem.storeDouble(p + 8, FLOATS[rnd.nextInt(FLOATS.length)]);
                return p;
            }
            case INT_ARRAY -> {
                int p = heap.allocate(Heap.header(TypeId.INT_ARRAY), 8 + 4 * s.length);
                mem.storeWord(p + 4, s.length);
                for (int k = 0; k < s.length; k++) mem.storeWord(p + 8 + 4 * k, INTS[rnd.nextInt(INTS.length)]);
                return p;
            }
            case FLOAT_ARRAY -> {
                int p = heap.allocate(Heap.header(TypeId.FLOAT_ARRAY), 8 + 8 * s.length);
                mem.storeWord(p + 4, s.length);
                for (int k = 0; k < s.length; k++) mem.storeDouble(p + 8 + 8 * k, FLOATS[rnd.nextInt(FLOATS.length)]);
                return p;
            }
            case OBJ_ARRAY -> {
                int p = heap.allocate(Heap.header(TypeId.OBJ_ARRAY), 8 + 4 * s.length);
                mem.storeWord(p + 4, s.length);
                return p;
            }
            case INSTANCE -> {
                return heap.allocate(Heap.header(TypeId.INSTANCE), 24);
            }
            default -> throw new IllegalArgumentException(s.name());
        }
    }
}
