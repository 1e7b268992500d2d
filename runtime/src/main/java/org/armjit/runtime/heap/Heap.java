package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.List;

/**
 * The guest heap: allocation of objects in guest memory and their collection.
 *
 * <h2>Spaces</h2>
 * A permanent space holds immortal objects (None, True, False, builtin classes and
 * functions, interned strings): they never move, so JIT code may embed their addresses.
 * The rest is two semispaces; objects are bump-allocated in one and a collection copies
 * the live ones into the other (Cheney). Permanent objects are immutable once the VM has
 * started, except the few that code reports with {@link #rememberPermanent} after storing a
 * reference into them: only those are scanned as roots.
 *
 * <h2>Safepoints: the rule for everyone who writes Java code that touches guest objects</h2>
 * Allocation never collects. When the allocation pointer passes the soft limit,
 * {@link #collectRequested} becomes true and allocation goes on into the reserve; the
 * interpreter collects at its next safepoint (a loop back-edge or a call), where every
 * live reference is in a frame, a root set or a handle. Consequently:
 * <ul>
 *   <li>Java code may hold guest references in locals freely while it does not call back
 *   into Python code.</li>
 *   <li>Java code that calls back into Python code (a key function, {@code __eq__},
 *   {@code __str__}, {@code __init__}, ...) must keep every reference it uses after the call
 *   in {@link #handles} and read it back from there.</li>
 * </ul>
 * An allocation that does not fit even in the reserve throws {@link GuestOutOfMemoryError}
 * (Python's MemoryError).
 */
public final class Heap {
    public static final int TYPE_MASK = 0xffff;
    /** Collector bit: the object has been copied; its new address is at +4. */
    static final int FORWARDED = 1 << 16;
    /** Collector bit: a permanent object already in the remembered list. */
    static final int REMEMBERED = 1 << 17;
    public static final int WIDTH_SHIFT = 24;

    private final GuestMemory mem;
    private final int permStart;
    private final int permEnd;
    private int permTop;
    private int spaceSize;
    private int fromStart;
    private int toStart;
    private int top;
    private int softLimit;
    private int end;

    /** Set when the next safepoint should collect. */
    public boolean collectRequested;
    /** Collect at every safepoint (--gc-stress). */
    public boolean stress;

    private final List<RootSet> rootSets = new ArrayList<>();
    private int[] rememberedPermanent = new int[16];
    private int nremembered;
    public final Handles handles = new Handles();
    public final GcStats stats = new GcStats();

    /**
     * @param mem   the guest memory to manage, all of it
     * @param permSize bytes reserved for the permanent space at the start of {@code mem}
     */
    public Heap(GuestMemory mem, int permSize) {
        this.mem = mem;
        this.permStart = mem.base();
        this.permEnd = mem.base() + align(permSize);
        this.permTop = permStart + 8; // address base+0 stays unused
        this.spaceSize = ((mem.size() - (permEnd - permStart)) / 2) & ~7;
        if (spaceSize < 1 << 16) throw new IllegalArgumentException("guest heap too small");
        this.fromStart = permEnd;
        this.toStart = permEnd + spaceSize;
        this.top = fromStart;
        this.end = fromStart + spaceSize;
        this.softLimit = end - reserve();
        roots(handles);
    }

    private int reserve() {
        return Math.max(spaceSize / 4, 64 * 1024);
    }

    public GuestMemory memory() {
        return mem;
    }

    public void roots(RootSet rootSet) {
        rootSets.add(rootSet);
    }

    static int align(int size) {
        return (size + 7) & ~7;
    }

    /** Allocates a zeroed object of {@code size} bytes whose header word is {@code header}. */
    public int allocate(int header, int size) {
        size = align(size);
        int addr = top;
        int newTop = addr + size;
        if (newTop - softLimit > 0 || size < 0) {
            return allocateSlow(header, size);
        }
        top = newTop;
        mem.storeWord(addr, header);
        stats.allocatedBytes += size;
        return addr;
    }

    private int allocateSlow(int header, int size) {
        collectRequested = true;
        if (size < 0 || (long) top + size - end > 0) {
            throw new GuestOutOfMemoryError("guest heap exhausted (" + (spaceSize >> 20) + " MiB per space)");
        }
        int addr = top;
        top += size;
        mem.storeWord(addr, header);
        stats.allocatedBytes += size;
        return addr;
    }

    /** Allocates an immortal object in the permanent space (never moves, never freed). */
    public int allocatePermanent(int header, int size) {
        size = align(size);
        if (permTop + size - permEnd > 0) throw new GuestOutOfMemoryError("permanent space exhausted");
        int addr = permTop;
        permTop += size;
        mem.storeWord(addr, header);
        return addr;
    }

    /**
     * Records that a reference was stored into permanent object {@code obj} (for example a
     * builtin module's dict growing), so collections treat its fields as roots.
     */
    public void rememberPermanent(int obj) {
        int header = mem.loadWord(obj);
        if ((header & REMEMBERED) != 0) return;
        mem.storeWord(obj, header | REMEMBERED);
        if (nremembered == rememberedPermanent.length) {
            rememberedPermanent = java.util.Arrays.copyOf(rememberedPermanent, nremembered * 2);
        }
        rememberedPermanent[nremembered++] = obj;
    }

    public boolean isPermanent(int addr) {
        return addr - permStart >= 0 && addr - permTop < 0;
    }

    public static int header(TypeId type) {
        return type.id();
    }

    public static int header(TypeId type, int width) {
        return type.id() | width << WIDTH_SHIFT;
    }

    public TypeId typeOf(int ref) {
        return TypeId.of(mem.loadWord(ref) & TYPE_MASK);
    }

    /** Bytes occupied by the object at {@code addr} (header already loaded). */
    public int sizeOf(int addr, int header) {
        TypeId t = TypeId.of(header & TYPE_MASK);
        switch (t.kind) {
            case FIXED:
                return t.size;
            case VAR_REFS:
                return align(t.size + 4 * mem.loadWord(addr + 4));
            default:
                int elem = t.elementSize != 0 ? t.elementSize : header >>> WIDTH_SHIFT;
                int n = mem.loadWord(addr + 4);
                if (t == TypeId.BIGINT) n = Math.abs(n);
                return align(t.size + elem * n);
        }
    }

    public long usedBytes() {
        return (long) (top - fromStart) + (permTop - permStart);
    }

    public int semispaceSize() {
        return spaceSize;
    }

    // ---------------------------------------------------------------- collection

    private int copyTop;

    /**
     * Collects now. Only call at a safepoint (see the class comment): every reference the
     * VM still needs must be reachable from the permanent space, a registered root set or
     * a handle.
     */
    public void collect() {
        long t0 = System.nanoTime();
        collectRequested = false;
        copyTop = toStart;
        RootVisitor forward = this::forward;
        for (RootSet r : rootSets) r.scanRoots(forward);
        for (int i = 0; i < nremembered; i++) {
            int obj = rememberedPermanent[i];
            scanRange(obj, obj + sizeOf(obj, mem.loadWord(obj)));
        }
        scanRange(toStart, -1);
        int live = copyTop - toStart;
        int oldFrom = fromStart;
        int oldTop = top;
        fromStart = toStart;
        toStart = oldFrom;
        top = copyTop;
        end = fromStart + spaceSize;
        softLimit = end - reserve();
        // The evacuated space is the next to-space, and its unused part after the next flip
        // is where allocation continues: zero what was used of it now (allocation expects
        // zeroed memory; copying overwrites whole objects, so to-space needs nothing else).
        mem.zero(oldFrom, oldTop - oldFrom);
        stats.collections++;
        stats.copiedBytes += live;
        stats.lastLiveBytes = live;
        long pause = System.nanoTime() - t0;
        stats.pauseNanos += pause;
        stats.maxPauseNanos = Math.max(stats.maxPauseNanos, pause);
    }

    private boolean inFromSpace(int ref) {
        return ref - fromStart >= 0 && ref - (fromStart + spaceSize) < 0;
    }

    private int forward(int value) {
        if (value == 0 || (value & 1) != 0 || !inFromSpace(value)) return value;
        int header = mem.loadWord(value);
        if ((header & FORWARDED) != 0) return mem.loadWord(value + 4);
        int size = sizeOf(value, header);
        int to = copyTop;
        copyTop += size;
        mem.copy(value, to, size);
        mem.storeWord(value, header | FORWARDED);
        mem.storeWord(value + 4, to);
        return to;
    }

    /** Updates the reference fields of the objects in [from, to); to = -1 means up to copyTop as it grows. */
    private void scanRange(int from, int to) {
        int p = from;
        while (to == -1 ? p - copyTop < 0 : p - to < 0) {
            int header = mem.loadWord(p);
            TypeId t = TypeId.of(header & TYPE_MASK);
            assert (header & FORWARDED) == 0 : "forwarded object in a scanned range";
            switch (t.kind) {
                case FIXED:
                    for (int off : t.refOffsets) {
                        int a = p + off;
                        mem.storeWord(a, forward(mem.loadWord(a)));
                    }
                    break;
                case VAR_REFS:
                    int n = mem.loadWord(p + 4);
                    for (int i = 0; i < n; i++) {
                        int a = p + t.size + 4 * i;
                        mem.storeWord(a, forward(mem.loadWord(a)));
                    }
                    break;
                default:
                    break;
            }
            p += sizeOf(p, header);
        }
    }
}
