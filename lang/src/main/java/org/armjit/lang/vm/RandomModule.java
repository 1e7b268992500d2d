package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.math.BigInteger;

/**
 * The _random module under armjit's random.py: CPython's Mersenne Twister (MT19937, the
 * reference algorithm with init_by_array seeding, 53-bit random() and getrandbits), so
 * that seeded sequences are bit-exact with CPython's. A generator's state is an INT_ARRAY
 * of 624 state words and the index, held by the Random instance.
 */
final class RandomModule {
    private static final int N = 624, M = 397;
    private final Vm vm;
    private final Builtins b;
    private final GuestMemory mem;

    RandomModule(Vm vm, Builtins b) {
        this.vm = vm;
        this.b = b;
        this.mem = vm.mem;
    }

    private int word(int state, int i) {
        return mem.loadWord(state + 8 + 4 * i);
    }

    private void setWord(int state, int i, int v) {
        mem.storeWord(state + 8 + 4 * i, v);
    }

    private int checkState(int w) {
        if (Tag.isInt(w) || vm.typeOf(w) != TypeId.INT_ARRAY || mem.loadWord(w + 4) != N + 1) {
            throw vm.typeError("_random: not a generator state");
        }
        return w;
    }

    void install(int dict) {
        b.def(dict, "new_state", (self, a, off, n, kw) -> {
            int s = vm.alloc(Heap.header(TypeId.INT_ARRAY), 8 + 4 * (N + 1));
            mem.storeWord(s + 4, N + 1);
            return s;
        });
        b.def(dict, "seed", (self, a, off, n, kw) -> {
            b.args.exactly("seed", n, 2);
            int s = checkState(a[off]);
            if (!vm.ints.isInt(a[off + 1])) throw vm.typeError("_random.seed: an int is needed");
            seed(s, vm.ints.toBig(a[off + 1]).abs());
            return vm.none;
        });
        b.def(dict, "random", (self, a, off, n, kw) -> {
            int s = checkState(a[off]);
            long x = (next32(s) & 0xffffffffL) >>> 5, y = (next32(s) & 0xffffffffL) >>> 6;
            return vm.floats.box((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
        });
        b.def(dict, "getrandbits", (self, a, off, n, kw) -> {
            b.args.exactly("getrandbits", n, 2);
            int s = checkState(a[off]);
            int k = b.args.intArg(a[off + 1], "k");
            if (k < 0) throw vm.valueError("number of bits must be non-negative");
            if (k == 0) return Tag.box(0);
            if (k <= 32) return vm.ints.of((next32(s) & 0xffffffffL) >>> (32 - k));
            int words = (k - 1) / 32 + 1;
            byte[] mag = new byte[words * 4];
            for (int i = 0; i < words; i++, k -= 32) {
                long r = next32(s) & 0xffffffffL;
                if (k < 32) r >>>= (32 - k);
                int at = mag.length - 4 * (i + 1); // big-endian magnitude, least significant word last
                mag[at] = (byte) (r >>> 24);
                mag[at + 1] = (byte) (r >>> 16);
                mag[at + 2] = (byte) (r >>> 8);
                mag[at + 3] = (byte) r;
            }
            return vm.ints.of(new BigInteger(1, mag));
        });
    }

    private void initGenrand(int s, int seed) {
        setWord(s, 0, seed);
        for (int i = 1; i < N; i++) {
            int prev = word(s, i - 1);
            setWord(s, i, 1812433253 * (prev ^ (prev >>> 30)) + i);
        }
        setWord(s, N, N);
    }

    /** CPython's random_seed for an int: init_by_array over its 32-bit words, least significant first. */
    private void seed(int s, BigInteger n) {
        int keyLength = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[keyLength];
        for (int i = 0; i < keyLength; i++) key[i] = n.shiftRight(32 * i).intValue();
        initGenrand(s, 19650218);
        int i = 1, j = 0;
        for (int k = Math.max(N, keyLength); k > 0; k--) {
            int prev = word(s, i - 1);
            setWord(s, i, (word(s, i) ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j);
            i++;
            j++;
            if (i >= N) {
                setWord(s, 0, word(s, N - 1));
                i = 1;
            }
            if (j >= keyLength) j = 0;
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = word(s, i - 1);
            setWord(s, i, (word(s, i) ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i);
            i++;
            if (i >= N) {
                setWord(s, 0, word(s, N - 1));
                i = 1;
            }
        }
        setWord(s, 0, 0x80000000);
        setWord(s, N, N);
    }

    private static int mag01(int y) {
        return (y & 1) != 0 ? 0x9908b0df : 0;
    }

    private int next32(int s) {
        int index = word(s, N);
        if (index >= N) {
            int kk;
            for (kk = 0; kk < N - M; kk++) {
                int y = (word(s, kk) & 0x80000000) | (word(s, kk + 1) & 0x7fffffff);
                setWord(s, kk, word(s, kk + M) ^ (y >>> 1) ^ mag01(y));
            }
            for (; kk < N - 1; kk++) {
                int y = (word(s, kk) & 0x80000000) | (word(s, kk + 1) & 0x7fffffff);
                setWord(s, kk, word(s, kk + (M - N)) ^ (y >>> 1) ^ mag01(y));
            }
            int y = (word(s, N - 1) & 0x80000000) | (word(s, 0) & 0x7fffffff);
            setWord(s, N - 1, word(s, M - 1) ^ (y >>> 1) ^ mag01(y));
            index = 0;
        }
        int y = word(s, index);
        setWord(s, N, index + 1);
        y ^= (y >>> 11);
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        y ^= (y >>> 18);
        return y;
    }
}
