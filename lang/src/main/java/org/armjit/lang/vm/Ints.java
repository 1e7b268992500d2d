package org.armjit.lang.vm;

import org.armjit.lang.format.FormatException;
import org.armjit.lang.format.IntMath;
import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.math.BigInteger;

/**
 * int values: tagged small ints (31 bits) and BIGINT objects (sign-magnitude, 32-bit
 * digits). Every result is normalised: a value that fits a small int is tagged. bool is
 * an int subtype: True and False read as 1 and 0 here.
 */
public final class Ints {
    private final Vm vm;
    private final GuestMemory mem;
    private static final BigInteger SMALL_MIN = BigInteger.valueOf(Tag.MIN);
    private static final BigInteger SMALL_MAX = BigInteger.valueOf(Tag.MAX);

    Ints(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    /** Whether {@code w} is an int or a bool. */
    public boolean isInt(int w) {
        if (Tag.isInt(w)) return true;
        int t = mem.loadWord(w) & Heap.TYPE_MASK;
        return t == TypeId.BIGINT.id() || t == TypeId.BOOL.id();
    }

    /** Whether {@code w} is an int proper (not a bool). */
    public boolean isExactInt(int w) {
        return Tag.isInt(w) || (mem.loadWord(w) & Heap.TYPE_MASK) == TypeId.BIGINT.id();
    }

    public int of(long v) {
        return Tag.fits(v) ? Tag.box((int) v) : bigOfLong(v);
    }

    /** A BIGINT of one or two digits straight from a long (no BigInteger on the hot path). */
    private int bigOfLong(long v) {
        long mag = Math.abs(v); // Long.MIN_VALUE stays itself: read unsigned, it is the magnitude
        int ndigits = (mag >>> 32) != 0 ? 2 : 1;
        int ref = vm.alloc(Heap.header(TypeId.BIGINT), 8 + 4 * ndigits);
        mem.storeWord(ref + 4, v < 0 ? -ndigits : ndigits);
        mem.storeWord(ref + 8, (int) mag);
        if (ndigits == 2) mem.storeWord(ref + 12, (int) (mag >>> 32));
        return ref;
    }

    public int of(BigInteger v) {
        if (v.bitLength() <= 31) {
            long l = v.longValue();
            if (Tag.fits(l)) return Tag.box((int) l);
        }
        return big(v, false);
    }

    int permanent(BigInteger v) {
        if (v.compareTo(SMALL_MIN) >= 0 && v.compareTo(SMALL_MAX) <= 0) return Tag.box(v.intValue());
        return big(v, true);
    }

    private int big(BigInteger v, boolean permanent) {
        BigInteger mag = v.abs();
        int ndigits = (mag.bitLength() + 31) / 32;
        int header = Heap.header(TypeId.BIGINT);
        int size = 8 + 4 * ndigits;
        int ref = permanent ? vm.heap.allocatePermanent(header, size) : vm.alloc(header, size);
        mem.storeWord(ref + 4, v.signum() < 0 ? -ndigits : ndigits);
        // Digit i is the big-endian word ending 4*i bytes before the end of toByteArray (which may
        // carry a sign byte and a partial top word): one word load and store per digit.
        if (BigMagnitude.available()) {
            int[] words = BigMagnitude.words(mag);
            int top = words.length - 1;
            for (int i = 0; i < ndigits; i++) mem.storeWord(ref + 8 + 4 * i, words[top - i]);
            remember(ref, v);
            return ref;
        }
        byte[] be = mag.toByteArray();
        int full = Math.min(ndigits, be.length / 4);
        for (int i = 0; i < full; i++) mem.storeWord(ref + 8 + 4 * i, (int) BE_INT.get(be, be.length - 4 - 4 * i));
        if (full < ndigits) {
            int d = 0;
            for (int at = 0; at < be.length - 4 * full; at++) d = d << 8 | (be[at] & 0xff);
            mem.storeWord(ref + 8 + 4 * full, d);
        }
        remember(ref, v);
        return ref;
    }

    // A small direct-mapped cache from BIGINT addresses to their values, so that a result used as
    // the next operation's operand is not converted back from its digits. BIGINTs are immutable
    // and no address is reused between two collections (allocation only bumps), so an entry is
    // valid while the heap's collection count is the one it was made under.
    private static final java.lang.invoke.VarHandle BE_INT =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(int[].class, java.nio.ByteOrder.BIG_ENDIAN);
    private static final int CACHE_SIZE = 64;
    private final int[] cacheRef = new int[CACHE_SIZE];
    private final BigInteger[] cacheValue = new BigInteger[CACHE_SIZE];
    private long cacheEpoch = -1;

    private static int slot(int ref) {
        return (ref >>> 3 ^ ref >>> 9) & (CACHE_SIZE - 1);
    }

    private void remember(int ref, BigInteger v) {
        long epoch = vm.heap.stats.collections();
        if (epoch != cacheEpoch) {
            java.util.Arrays.fill(cacheRef, 0);
            java.util.Arrays.fill(cacheValue, null);
            cacheEpoch = epoch;
        }
        int s = slot(ref);
        cacheRef[s] = ref;
        cacheValue[s] = v;
    }

    private BigInteger cached(int ref) {
        int s = slot(ref);
        if (cacheRef[s] != ref || cacheEpoch != vm.heap.stats.collections()) return null;
        return cacheValue[s];
    }

    /** The value of an int or bool as a BigInteger. */
    public BigInteger toBig(int w) {
        if (Tag.isInt(w)) return BigInteger.valueOf(Tag.unbox(w));
        TypeId t = vm.typeOf(w);
        if (t == TypeId.BOOL) return BigInteger.valueOf(mem.loadWord(w + 4));
        int n = mem.loadWord(w + 4);
        int ndigits = Math.abs(n);
        if (ndigits <= 2 && fitsLong(w)) return BigInteger.valueOf(toLong(w));
        BigInteger hit = cached(w);
        if (hit != null) return hit;
        if (BigMagnitude.available()) {
            int[] words = new int[ndigits];
            for (int i = 0; i < ndigits; i++) words[ndigits - 1 - i] = mem.loadWord(w + 8 + 4 * i);
            BigInteger v = BigMagnitude.of(words, n < 0 ? -1 : 1);
            remember(w, v);
            return v;
        }
        byte[] be = new byte[4 * ndigits];
        for (int i = 0; i < ndigits; i++) BE_INT.set(be, be.length - 4 - 4 * i, mem.loadWord(w + 8 + 4 * i));
        BigInteger v = new BigInteger(n < 0 ? -1 : 1, be);
        remember(w, v);
        return v;
    }

    /** Whether an int value fits in a Java long (read from the digits: the arithmetic fast paths ask this). */
    public boolean fitsLong(int w) {
        if (Tag.isInt(w) || (mem.loadWord(w) & Heap.TYPE_MASK) == TypeId.BOOL.id()) return true;
        int n = mem.loadWord(w + 4);
        if (n >= -1 && n <= 1) return true;
        if (n != 2 && n != -2) return false;
        int hi = mem.loadWord(w + 12);
        return hi >= 0 || (n == -2 && hi == Integer.MIN_VALUE && mem.loadWord(w + 8) == 0); // -2**63 fits too
    }

    /** The value of an int known to fit in a long (see {@link #fitsLong}). */
    public long toLong(int w) {
        if (Tag.isInt(w)) return Tag.unbox(w);
        if ((mem.loadWord(w) & Heap.TYPE_MASK) == TypeId.BOOL.id()) return mem.loadWord(w + 4);
        int n = mem.loadWord(w + 4);
        long mag;
        if (n == 1 || n == -1) mag = mem.loadWord(w + 8) & 0xffffffffL;
        else if (n == 2 || n == -2) mag = (mem.loadWord(w + 8) & 0xffffffffL) | (long) mem.loadWord(w + 12) << 32;
        else return toBig(w).longValue();
        return n < 0 ? -mag : mag;
    }

    /** Whether both ints fit in a long, so that long arithmetic (with overflow checks) can stand in for BigInteger. */
    private boolean bothLong(int a, int b) {
        return fitsLong(a) && fitsLong(b);
    }

    /** An int as a Java int index, or an IndexError/OverflowError-style failure via {@code what}. */
    public int toIntClamped(int w) {
        if (Tag.isInt(w)) return Tag.unbox(w);
        BigInteger b = toBig(w);
        if (b.bitLength() < 32) return b.intValue();
        return b.signum() < 0 ? Integer.MIN_VALUE : Integer.MAX_VALUE;
    }

    public int sign(int w) {
        if (Tag.isInt(w)) return Integer.signum(Tag.unbox(w));
        if (vm.typeOf(w) == TypeId.BOOL) return mem.loadWord(w + 4);
        return Integer.signum(mem.loadWord(w + 4));
    }

    public double toDouble(int w) {
        if (Tag.isInt(w)) return Tag.unbox(w);
        if (fitsLong(w)) return (double) toLong(w); // long -> double rounds to nearest, like BigInteger's
        BigInteger b = toBig(w);
        double d = b.doubleValue();
        if (Double.isInfinite(d)) throw vm.raise("OverflowError", "int too large to convert to float");
        return d;
    }

    public String toString(int w) {
        if (Tag.isInt(w)) return Integer.toString(Tag.unbox(w));
        BigInteger b = toBig(w);
        // CPython's limit: more than 4300 digits (the sign not counted) is refused; 4300 digits
        // need at most 14284 bits, so a longer number is refused without converting it
        String s = b.bitLength() > 14300 ? null : b.toString();
        if (s == null || s.length() - (b.signum() < 0 ? 1 : 0) > 4300) {
            throw vm.valueError("Exceeds the limit (4300 digits) for integer string conversion; "
                    + "use sys.set_int_max_str_digits() to increase the limit");
        }
        return s;
    }

    /** Numeric hash shared by int, bool and integral floats (equal numbers hash equal). */
    public int hash(int w) {
        if (Tag.isInt(w)) return hashLong(Tag.unbox(w));
        if (fitsLong(w)) return hashLong(toLong(w));
        return hashBig(toBig(w));
    }

    static int hashLong(long v) {
        int h = (int) (v ^ (v >>> 32)) & Tag.MAX;
        return h;
    }

    static int hashBig(BigInteger b) {
        if (b.bitLength() < 64) return hashLong(b.longValue());
        return b.hashCode() & Tag.MAX;
    }

    public int compare(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return Integer.compare(a, b);
        if (bothLong(a, b)) return Long.compare(toLong(a), toLong(b));
        return toBig(a).compareTo(toBig(b));
    }

    // ------------------------------------------------------------------ arithmetic (generic, BigInteger)

    public int add(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return of((long) Tag.unbox(a) + Tag.unbox(b));
        if (bothLong(a, b)) {
            long x = toLong(a), y = toLong(b), r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) return of(r);
        }
        return of(toBig(a).add(toBig(b)));
    }

    public int sub(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return of((long) Tag.unbox(a) - Tag.unbox(b));
        if (bothLong(a, b)) {
            long x = toLong(a), y = toLong(b), r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) return of(r);
        }
        return of(toBig(a).subtract(toBig(b)));
    }

    public int mul(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return of((long) Tag.unbox(a) * Tag.unbox(b));
        if (bothLong(a, b)) {
            long x = toLong(a), y = toLong(b), lo = x * y, hi = Math.multiplyHigh(x, y);
            if (hi == lo >> 63) return of(lo);
        }
        return of(toBig(a).multiply(toBig(b)));
    }

    public int floorDiv(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) {
            int y = Tag.unbox(b);
            if (y == 0) throw vm.raise("ZeroDivisionError", "integer division or modulo by zero");
            return of(Math.floorDiv((long) Tag.unbox(a), y));
        }
        if (bothLong(a, b)) {
            long x = toLong(a), y = toLong(b);
            if (y == 0) throw vm.raise("ZeroDivisionError", "integer division or modulo by zero");
            if (x != Long.MIN_VALUE || y != -1) return of(Math.floorDiv(x, y));
        }
        BigInteger y = toBig(b);
        if (y.signum() == 0) throw vm.raise("ZeroDivisionError", "integer division or modulo by zero");
        BigInteger[] qr = toBig(a).divideAndRemainder(y);
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.signum()) q = q.subtract(BigInteger.ONE);
        return of(q);
    }

    public int mod(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) {
            int y = Tag.unbox(b);
            if (y == 0) throw vm.raise("ZeroDivisionError", "integer modulo by zero");
            return of(Math.floorMod((long) Tag.unbox(a), y));
        }
        if (bothLong(a, b)) {
            long y = toLong(b);
            if (y == 0) throw vm.raise("ZeroDivisionError", "integer modulo by zero");
            return of(Math.floorMod(toLong(a), y));
        }
        BigInteger y = toBig(b);
        if (y.signum() == 0) throw vm.raise("ZeroDivisionError", "integer modulo by zero");
        BigInteger r = toBig(a).mod(y.abs());
        if (y.signum() < 0 && r.signum() != 0) r = r.add(y);
        return of(r);
    }

    /** int ** int; a negative exponent gives a float. */
    public int pow(int a, int b) {
        try {
            BigInteger e = toBig(b);
            if (e.signum() < 0) return vm.floats.box(IntMath.powToFloat(toBig(a), e));
            return of(IntMath.pow(toBig(a), e));
        } catch (FormatException ex) {
            throw vm.raise(ex.pythonType(), ex.message());
        }
    }

    public int neg(int a) {
        if (Tag.isInt(a)) return of(-(long) Tag.unbox(a));
        if (fitsLong(a) && toLong(a) != Long.MIN_VALUE) return of(-toLong(a));
        return of(toBig(a).negate());
    }

    public int invert(int a) {
        if (Tag.isInt(a)) return of(~(long) Tag.unbox(a));
        if (fitsLong(a)) return of(~toLong(a));
        return of(toBig(a).not());
    }

    public int and(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return a & b;
        if (bothLong(a, b)) return of(toLong(a) & toLong(b));
        return of(toBig(a).and(toBig(b)));
    }

    public int or(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return a | b;
        if (bothLong(a, b)) return of(toLong(a) | toLong(b));
        return of(toBig(a).or(toBig(b)));
    }

    public int xor(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b)) return (a ^ b) | 1;
        if (bothLong(a, b)) return of(toLong(a) ^ toLong(b));
        return of(toBig(a).xor(toBig(b)));
    }

    public int lshift(int a, int b) {
        if (sign(b) < 0) throw vm.valueError("negative shift count");
        if (sign(a) == 0) return Tag.box(0);
        if (!fitsLong(b) || toLong(b) > (1 << 26)) throw vm.raise("OverflowError", "too many digits in integer");
        int s = (int) toLong(b); // b may be a bool
        if (Tag.isInt(a) && s < 32) return of((long) Tag.unbox(a) << s);
        if (s < 63 && fitsLong(a)) {
            long x = toLong(a), r = x << s;
            if (r >> s == x) return of(r);
        }
        return of(toBig(a).shiftLeft(s));
    }

    public int rshift(int a, int b) {
        if (sign(b) < 0) throw vm.valueError("negative shift count");
        if (!fitsLong(b) || toLong(b) > Integer.MAX_VALUE) return Tag.box(sign(a) < 0 ? -1 : 0);
        int s = (int) toLong(b); // b may be a bool
        if (Tag.isInt(a)) return Tag.box(Tag.unbox(a) >> Math.min(s, 31));
        if (fitsLong(a)) return of(toLong(a) >> Math.min(s, 63));
        return of(toBig(a).shiftRight(s));
    }

    /** int / int, correctly rounded like CPython. */
    public double trueDiv(int a, int b) {
        if (Tag.isInt(a) && Tag.isInt(b) && b != Tag.box(0)) return (double) Tag.unbox(a) / Tag.unbox(b);
        if (bothLong(a, b)) {
            long x = toLong(a), y = toLong(b);
            // Both exact as doubles: one correctly rounded division.
            if (y != 0 && Math.abs(x) <= 1L << 53 && Math.abs(y) <= 1L << 53) return (double) x / y;
        }
        try {
            return IntMath.trueDivide(toBig(a), toBig(b));
        } catch (FormatException ex) {
            throw vm.raise(ex.pythonType(), ex.message());
        }
    }
}
