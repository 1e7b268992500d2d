package org.armjit.lang.vm;

import org.armjit.runtime.heap.Heap;
import org.armjit.runtime.heap.TypeId;
import org.armjit.runtime.mem.GuestMemory;

import java.nio.charset.StandardCharsets;

/**
 * str objects: immutable sequences of code points, stored 1 byte per char when every char
 * is below 256 (Latin-1) and 4 bytes per char otherwise; the hash is cached at +8.
 */
public final class Strs {
    public static final int LENGTH = 4;
    public static final int HASH = 8;
    public static final int DATA = 12;

    private final Vm vm;
    private final GuestMemory mem;
    /** Permanent one-char strs for chars below 256, so s[i] does not allocate. */
    private final int[] chars = new int[256];
    private int empty;

    Strs(Vm vm) {
        this.vm = vm;
        this.mem = vm.mem;
    }

    private int alloc(int length, int width, boolean permanent) {
        int header = Heap.header(TypeId.STR, width);
        int size = DATA + length * width;
        int ref = permanent ? vm.heap.allocatePermanent(header, size) : vm.alloc(header, size);
        mem.storeWord(ref + LENGTH, length);
        return ref;
    }

    public int width(int ref) {
        return mem.loadWord(ref) >>> Heap.WIDTH_SHIFT;
    }

    public int length(int ref) {
        return mem.loadWord(ref + LENGTH);
    }

    public int charAt(int ref, int i) {
        return width(ref) == 1 ? mem.loadByte(ref + DATA + i) : mem.loadWord(ref + DATA + 4 * i);
    }

    int allocPermanent(String s) {
        return store(s, true);
    }

    /** A new str with the text of {@code s}. */
    public int of(String s) {
        if (s.length() == 1 && s.charAt(0) < 256) return ofChar(s.charAt(0));
        if (s.isEmpty()) return empty();
        return store(s, false);
    }

    public int empty() {
        if (empty == 0) empty = vm.intern("");
        return empty;
    }

    /** The one-char str for code point {@code cp}. */
    public int ofChar(int cp) {
        if (cp < 256) {
            int r = chars[cp];
            if (r == 0) {
                r = vm.intern(new String(Character.toChars(cp)));
                chars[cp] = r;
            }
            return r;
        }
        int ref = alloc(1, 4, false);
        mem.storeWord(ref + DATA, cp);
        return ref;
    }

    private int store(String s, boolean permanent) {
        boolean narrow = true;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 256) {
                narrow = false;
                break;
            }
        }
        if (narrow) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            int ref = alloc(b.length, 1, permanent);
            mem.writeBytes(ref + DATA, b, 0, b.length);
            return ref;
        }
        int[] cps = s.codePoints().toArray();
        int ref = alloc(cps.length, 4, permanent);
        for (int i = 0; i < cps.length; i++) mem.storeWord(ref + DATA + 4 * i, cps[i]);
        return ref;
    }

    /** A new str of the given code points. */
    public int ofCodePoints(int[] cps, int from, int to) {
        int max = 0;
        for (int i = from; i < to; i++) max = Math.max(max, cps[i]);
        int n = to - from;
        if (n == 1) return ofChar(cps[from]);
        int width = max < 256 ? 1 : 4;
        int ref = alloc(n, width, false);
        for (int i = 0; i < n; i++) {
            if (width == 1) mem.storeByte(ref + DATA + i, cps[from + i]);
            else mem.storeWord(ref + DATA + 4 * i, cps[from + i]);
        }
        return ref;
    }

    public String toJava(int ref) {
        int n = length(ref);
        if (width(ref) == 1) {
            byte[] b = new byte[n];
            mem.readBytes(ref + DATA, b, 0, n);
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) sb.appendCodePoint(mem.loadWord(ref + DATA + 4 * i));
        return sb.toString();
    }

    public int[] codePoints(int ref) {
        int n = length(ref);
        int[] cps = new int[n];
        for (int i = 0; i < n; i++) cps[i] = charAt(ref, i);
        return cps;
    }

    /** Hash of a str, cached in the object; never 0 once computed. Matches nothing in CPython on purpose: only equality matters. */
    public int hash(int ref) {
        int h = mem.loadWord(ref + HASH);
        if (h != 0) return h;
        int n = length(ref);
        h = 0x345678;
        if (width(ref) == 1) {
            for (int i = 0; i < n; i++) h = h * 1000003 ^ mem.loadByte(ref + DATA + i);
        } else {
            for (int i = 0; i < n; i++) h = h * 1000003 ^ mem.loadWord(ref + DATA + 4 * i);
        }
        h ^= n;
        h &= Tag.MAX;
        if (h == 0) h = 1;
        mem.storeWord(ref + HASH, h);
        return h;
    }

    public boolean equals(int a, int b) {
        if (a == b) return true;
        int n = length(a);
        if (n != length(b)) return false;
        int ha = mem.loadWord(a + HASH), hb = mem.loadWord(b + HASH);
        if (ha != 0 && hb != 0 && ha != hb) return false;
        if (width(a) == 1 && width(b) == 1) {
            int i = 0;
            for (; i + 4 <= n; i += 4) {
                if (mem.loadWord(a + DATA + i) != mem.loadWord(b + DATA + i)) return false;
            }
            for (; i < n; i++) {
                if (mem.loadByte(a + DATA + i) != mem.loadByte(b + DATA + i)) return false;
            }
            return true;
        }
        for (int i = 0; i < n; i++) {
            if (charAt(a, i) != charAt(b, i)) return false;
        }
        return true;
    }

    /** Code-point order, like Python's str comparison. */
    public int compare(int a, int b) {
        int na = length(a), nb = length(b);
        int n = Math.min(na, nb);
        for (int i = 0; i < n; i++) {
            int ca = charAt(a, i), cb = charAt(b, i);
            if (ca != cb) return ca < cb ? -1 : 1;
        }
        return Integer.compare(na, nb);
    }

    public int concat(int a, int b) {
        int na = length(a), nb = length(b);
        if (na == 0) return b;
        if (nb == 0) return a;
        int wa = width(a), wb = width(b);
        int w = Math.max(wa, wb);
        int r = alloc(na + nb, w, false);
        if (wa == w) {
            mem.copy(a + DATA, r + DATA, na * w);
        } else {
            for (int i = 0; i < na; i++) mem.storeWord(r + DATA + 4 * i, charAt(a, i));
        }
        if (wb == w) {
            mem.copy(b + DATA, r + DATA + na * w, nb * w);
        } else {
            for (int i = 0; i < nb; i++) mem.storeWord(r + DATA + 4 * (na + i), charAt(b, i));
        }
        return r;
    }

    public int repeat(int a, long times) {
        int n = length(a);
        if (times <= 0 || n == 0) return empty();
        long total = n * times;
        if (total > Integer.MAX_VALUE / 4) throw vm.raise("MemoryError", null);
        int w = width(a);
        int r = alloc((int) total, w, false);
        for (long t = 0; t < times; t++) mem.copy(a + DATA, r + DATA + (int) (t * n * w), n * w);
        return r;
    }

    /** s[start:stop:step] with already-adjusted indices and the resulting length. */
    public int slice(int a, int start, int step, int count) {
        if (count <= 0) return empty();
        if (count == 1) return ofChar(charAt(a, start));
        int w = width(a);
        int r = alloc(count, w, false);
        if (step == 1) {
            mem.copy(a + DATA + start * w, r + DATA, count * w);
        } else {
            for (int i = 0, j = start; i < count; i++, j += step) {
                if (w == 1) mem.storeByte(r + DATA + i, mem.loadByte(a + DATA + j));
                else mem.storeWord(r + DATA + 4 * i, mem.loadWord(a + DATA + 4 * j));
            }
        }
        return r;
    }

    /** Index of {@code sub} in {@code s} at or after {@code from} and ending by {@code to}, or -1. */
    public int find(int s, int sub, int from, int to) {
        int m = length(sub);
        outer:
        for (int i = from; i + m <= to; i++) {
            for (int j = 0; j < m; j++) {
                if (charAt(s, i + j) != charAt(sub, j)) continue outer;
            }
            return i;
        }
        return -1;
    }

    public int rfind(int s, int sub, int from, int to) {
        int m = length(sub);
        outer:
        for (int i = to - m; i >= from; i--) {
            for (int j = 0; j < m; j++) {
                if (charAt(s, i + j) != charAt(sub, j)) continue outer;
            }
            return i;
        }
        return -1;
    }
}
