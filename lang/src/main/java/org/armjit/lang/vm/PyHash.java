package org.armjit.lang.vm;

import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.math.BigInteger;

/**
 * CPython 3.11's 64-bit hash values, as a 64-bit CPython computes them with
 * {@code PYTHONHASHSEED=0}: ints modulo 2^61-1, floats by CPython's double algorithm,
 * str by SipHash-1-3 with a zero key over the narrowest of CPython's string
 * representations, tuples by the xxHash-style combination, frozensets by the shuffled-xor
 * combination. Sets place their members by these hashes, so iteration order is CPython's.
 * Objects whose CPython hash depends on addresses (None, user instances without
 * {@code __hash__}) get a stable hash of our own instead.
 */
final class PyHash {
    private static final long MODULUS = (1L << 61) - 1;
    private static final int BITS = 61;
    private static final BigInteger BIG_MODULUS = BigInteger.valueOf(MODULUS);

    private final Vm vm;
    private final GuestMemory mem;

    PyHash(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    /** hash(w); may run a user {@code __hash__}. */
    long of(int w) {
        if (Tag.isInt(w)) return ofLong(Tag.unbox(w));
        TypeId t = vm.typeOf(w);
        switch (t) {
            case BOOL: return w == vm.trueObj ? 1 : 0;
            case BIGINT: return vm.ints.fitsLong(w) ? ofLong(vm.ints.toLong(w)) : ofBig(vm.ints.toBig(w));
            case FLOAT: return ofDouble(vm.floats.value(w), w);
            case STR: return ofStr(w);
            case NONE: return 0xFCA86420L >>> 4;
            case TUPLE: return ofTuple(w);
            case FROZENSET: return vm.sets.frozenHash(w);
            case INSTANCE: {
                int m = vm.ops.dunder(w, "__hash__");
                if (m == vm.none) throw vm.typeError("unhashable type: '" + vm.typeName(w) + "'");
                if (m != 0) {
                    int r = vm.interp.callMethod(m, w);
                    if (!vm.ints.isInt(r)) throw vm.typeError("__hash__ method should return an integer");
                    long h = vm.ints.fitsLong(r) ? ofLong(vm.ints.toLong(r)) : ofBig(vm.ints.toBig(r));
                    return h;
                }
                return vm.ops.hash(w); // raises for classes with __eq__ but no __hash__
            }
            default:
                return vm.ops.hash(w); // unhashable types raise there
        }
    }

    static long ofLong(long v) {
        long h;
        if (v == Long.MIN_VALUE) {
            h = -ofBig(BigInteger.valueOf(v).negate());
        } else {
            h = Math.abs(v) % MODULUS;
            if (v < 0) h = -h;
        }
        return h == -1 ? -2 : h;
    }

    static long ofBig(BigInteger b) {
        long h = b.abs().mod(BIG_MODULUS).longValue();
        if (b.signum() < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    private long ofDouble(double v, int w) {
        if (Double.isInfinite(v)) return v > 0 ? 314159 : -314159;
        if (Double.isNaN(v)) return w >>> 3; // CPython hashes a NaN by its address
        if (v == 0) return 0;
        int e = Math.getExponent(v) + 1;
        double m = Math.abs(v) / Math.scalb(1.0, e - 1) / 2; // frexp: m in [0.5, 1)
        if (Math.getExponent(v) < Double.MIN_EXPONENT) { // subnormal
            e = Double.MIN_EXPONENT + 1;
            m = Math.abs(v) / Math.scalb(1.0, e);
            while (m < 0.5) {
                m *= 2;
                e--;
            }
        }
        int sign = v < 0 ? -1 : 1;
        long x = 0;
        while (m != 0) {
            x = ((x << 28) & MODULUS) | x >>> (BITS - 28);
            m *= 268435456.0;
            e -= 28;
            long y = (long) m;
            m -= y;
            x += y;
            if (Long.compareUnsigned(x, MODULUS) >= 0) x -= MODULUS;
        }
        e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
        x = ((x << e) & MODULUS) | x >>> (BITS - e);
        x = x * sign;
        return x == -1 ? -2 : x;
    }

    private long ofTuple(int w) {
        int n = vm.seq.tupleLength(w);
        long acc = 2870177450012600261L;
        var h = vm.heap.handles;
        int ht = h.push(w);
        try {
            for (int i = 0; i < n; i++) {
                long lane = of(vm.seq.tupleGet(h.get(ht), i));
                acc += lane * -4417276706812531889L; // 14029467366897019727
                acc = Long.rotateLeft(acc, 31);
                acc *= -7046029288634856825L; // 11400714785074694791
            }
        } finally {
            h.release(ht);
        }
        acc += n ^ (2870177450012600261L ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private long ofStr(int w) {
        int n = vm.str.length(w);
        if (n == 0) return 0;
        int max = 0;
        for (int i = 0; i < n; i++) max = Math.max(max, vm.str.charAt(w, i));
        int width = max < 256 ? 1 : max < 65536 ? 2 : 4;
        byte[] b = new byte[n * width];
        for (int i = 0; i < n; i++) {
            int c = vm.str.charAt(w, i);
            for (int k = 0; k < width; k++) b[i * width + k] = (byte) (c >>> (8 * k));
        }
        long h = siphash13(b);
        return h == -1 ? -2 : h;
    }

    /** SipHash-1-3 with a zero key (CPython's str hash under PYTHONHASHSEED=0). */
    static long siphash13(byte[] src) {
        long v0 = 0x736f6d6570736575L, v1 = 0x646f72616e646f6dL, v2 = 0x6c7967656e657261L, v3 = 0x7465646279746573L;
        int len = src.length;
        long b = ((long) len) << 56;
        int i = 0;
        for (; i + 8 <= len; i += 8) {
            long mi = 0;
            for (int k = 7; k >= 0; k--) mi = (mi << 8) | (src[i + k] & 0xff);
            v3 ^= mi;
            // one compression round
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
            v0 ^= mi;
        }
        long t = 0;
        for (int k = len - 1; k >= i; k--) t = (t << 8) | (src[k] & 0xff);
        b |= t;
        v3 ^= b;
        v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
        v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
        v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
        v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        v0 ^= b;
        v2 ^= 0xff;
        for (int r = 0; r < 3; r++) {
            v0 += v1; v1 = Long.rotateLeft(v1, 13); v1 ^= v0; v0 = Long.rotateLeft(v0, 32);
            v2 += v3; v3 = Long.rotateLeft(v3, 16); v3 ^= v2;
            v0 += v3; v3 = Long.rotateLeft(v3, 21); v3 ^= v0;
            v2 += v1; v1 = Long.rotateLeft(v1, 17); v1 ^= v2; v2 = Long.rotateLeft(v2, 32);
        }
        return (v0 ^ v1) ^ (v2 ^ v3);
    }
}
