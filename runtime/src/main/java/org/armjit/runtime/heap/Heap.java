package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;

import java.util.ArrayList;
import java.util.List;

/**
 * The guest heap: allocation of objects in guest memory and their collection.
 *
 * <h2>Spaces</h2>
 * <pre>
 *   [ permanent | old space: oldStart .. oldTop (free up to nurseryStart) | nursery ]
 * </pre>
 * The permanent space holds immortal objects (None, True, False, builtin classes and
 * functions, interned strings, code constants): they never move, so JIT code may embed
 * their addresses. New objects are bump-allocated in the nursery. A minor collection
 * copies the nursery's survivors to the end of the old space ({@link MinorCollector}); a
 * major collection marks and slides every live object of the old space and the nursery
 * down to the start of the old space ({@link MajorCollector}). Large objects, and objects
 * allocated once the nursery is full, go straight to the old space.
 *
 * <h2>Safepoints: the rule for everyone who writes Java code that touches guest objects</h2>
 * Allocation never collects. When the nursery passes its soft limit,
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
 * (The same rule, with the list of calls that are safepoints, is spelled out for builtin
 * authors on {@code org.armjit.lang.vm.BuiltinFunction}.) {@link #verify} catches
 * violations: it checks the barrier invariant before and every reference after each
 * collection, and poisons freed memory so that a stale reference fails loudly.
 *
 * <h2>MemoryError</h2>
 * Because allocation cannot collect, an allocation fails (throws
 * {@link GuestOutOfMemoryError}, which the interpreter raises as Python's MemoryError at the
 * failing instruction) when it does not fit in what the last collection left free. The
 * heap keeps that ample by collecting early: at the nursery's soft limit, when the old
 * space passes {@link #majorTrigger} (a major collection follows the minor one), and when a
 * large object passes it. By the time the program's handler runs, the failed operation's
 * Java locals and handle scopes are gone; the next safepoint collects (a major collection),
 * so a program that catches MemoryError and drops what it hoarded carries on.
 *
 * <h2>Write barrier: the rule for stores</h2>
 * After storing a reference into a field of an object that existed before the last
 * safepoint, call {@link #writeBarrier}(object, value). Objects allocated since then need
 * none: they are in the nursery, or remembered when allocated in the old space. The
 * barrier remembers old (and permanent) objects that point into the nursery, so minor
 * collections never scan the old space. JIT code emits the fast path inline (ARM, object
 * in r0, value in r1, scratch r2/r3, nursery bounds loaded from the heap descriptor):
 * <pre>
 *   tst   r1, #1              @ tagged small int: no pointer
 *   bne   1f
 *   sub   r2, r1, NURSERY_START
 *   cmp   r2, NURSERY_SIZE    @ value outside the nursery: nothing to do
 *   bhs   1f
 *   sub   r3, r0, NURSERY_START
 *   cmp   r3, NURSERY_SIZE    @ object inside the nursery: nothing to do
 *   blo   1f
 *   ldr   r2, [r0]
 *   tst   r2, #REMEMBERED     @ already remembered
 *   bleq  remember            @ slow path: runtime call
 * 1:
 * </pre>
 * and the nursery allocation inline as
 * <pre>
 *   ldr   r0, [heap, #TOP]
 *   add   r1, r0, #SIZE
 *   ldr   r2, [heap, #SOFT_LIMIT]
 *   cmp   r1, r2
 *   bhi   slow                @ runtime call: reserve, old space or MemoryError
 *   str   r1, [heap, #TOP]
 *   str   HEADER, [r0]
 * </pre>
 */
public final class Heap {
    public static final int TYPE_MASK = 0xffff;
    /** Collector bit: the object has been copied; its new address is at +4 (minor collections). */
    static final int FORWARDED = 1 << 16;
    /** Collector bit: the object is in a remembered set. */
    public static final int REMEMBERED = 1 << 17;
    public static final int WIDTH_SHIFT = 24;

    final GuestMemory mem;
    final ObjectLayout layout;
    final int permStart;
    private final int permEnd;
    private int permTop;
    final int oldStart;
    int oldTop;
    /** Where the nursery starts; moves up only if live data outgrows the old space. */
    int nurseryStart;
    final int heapEnd;
    final int nurseryCapacity;
    int nurseryTop;
    private int softLimit;
    /**
     * A major collection follows a minor one once the old space's top passes this address:
     * three quarters of the old space at first, then, after each major collection, halfway
     * between the live data and the nursery, so that a large live set does not make every
     * minor collection a major one too.
     */
    int majorTrigger;
    private final int largeObject;

    /** Set when the next safepoint should collect. */
    public boolean collectRequested;
    /**
     * While positive, safepoints do not collect (allocation goes on into the reserve and
     * old space). For Python code that Java code runs while holding unrooted references,
     * such as a user {@code __hash__} or {@code __eq__} called from inside a dict operation.
     */
    public int noCollect;
    /** Set by a failed allocation: the next collection is a major one. */
    private boolean majorRequested;
    /** Collect at every safepoint (--gc-stress); every 8th collection is a major one. */
    public boolean stress;
    /**
     * Check every reference around each collection (--gc-verify). Also poisons the space
     * that collections free (filled with {@link #POISON} instead of zeroes, new objects
     * zeroed one by one), so that a reference Java code kept across a safepoint reads
     * garbage headers and fails loudly instead of reading zeroes that look like data.
     */
    public boolean verify;
    /** What freed space holds under {@link #verify}: an invalid header and an address outside the heap. */
    public static final int POISON = 0xDEAD_BEE0;

    final List<RootSet> rootSets = new ArrayList<>();
    /** Permanent objects that had a reference stored into them: roots for every collection. */
    IntList rememberedPermanent = new IntList();
    /** Old objects that may point into the nursery: roots for the next minor collection. */
    IntList rememberedOld = new IntList();
    public final Handles handles = new Handles();
    public final GcStats stats = new GcStats();
    private final MinorCollector minor = new MinorCollector(this);
    private final MajorCollector major = new MajorCollector(this);

    /**
     * @param mem      the guest memory to manage, all of it
     * @param permSize bytes reserved for the permanent space at the start of {@code mem}
     */
    public Heap(GuestMemory mem, int permSize) {
        this.mem = mem;
        this.layout = new ObjectLayout(mem);
        this.permStart = mem.base();
        this.permEnd = mem.base() + align(permSize);
        this.permTop = permStart + 8; // address base+0 stays unused
        this.heapEnd = mem.base() + (mem.size() & ~7);
        int rest = heapEnd - permEnd;
        if (rest < 4 << 20) throw new IllegalArgumentException("guest heap too small");
        this.nurseryCapacity = Math.max(1 << 20, Math.min(16 << 20, (rest / 8) & ~7));
        this.oldStart = permEnd;
        this.oldTop = oldStart;
        this.nurseryStart = heapEnd - nurseryCapacity;
        this.nurseryTop = nurseryStart;
        this.largeObject = nurseryCapacity / 8;
        this.majorTrigger = oldStart + (nurseryStart - oldStart) / 4 * 3;
        resetSoftLimit();
        roots(handles);
    }

    private void resetSoftLimit() {
        softLimit = heapEnd - (heapEnd - nurseryStart) / 4;
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

    // ------------------------------------------------------------------ allocation

    /** Allocates a zeroed object of {@code size} bytes whose header word is {@code header}. */
    public int allocate(int header, int size) {
        size = align(size);
        int addr = nurseryTop;
        int newTop = addr + size;
        if (newTop - softLimit > 0 || size > largeObject || size < 0) {
            return allocateSlow(header, size);
        }
        nurseryTop = newTop;
        if (verify) mem.zero(addr, size);
        mem.storeWord(addr, header);
        stats.allocatedBytes += size;
        return addr;
    }

    private int allocateSlow(int header, int size) {
        if (size < 0) throw new GuestOutOfMemoryError("object too large");
        int addr;
        if (size <= largeObject && Integer.toUnsignedLong(nurseryTop) + size <= Integer.toUnsignedLong(heapEnd)) {
            collectRequested = true;
            addr = nurseryTop;
            nurseryTop += size;
        } else if (Integer.toUnsignedLong(oldTop) + size <= Integer.toUnsignedLong(nurseryStart)) {
            // Large object, or the nursery's reserve is used up: straight to the old space,
            // remembered so that the stores that initialise it need no barrier.
            if (size > largeObject) stats.largeBytes += size;
            addr = oldTop;
            oldTop += size;
            if (verify) mem.zero(addr, size);
            mem.storeWord(addr, header);
            remember(addr);
            stats.allocatedBytes += size;
            if (oldTop - majorTrigger > 0) collectRequested = true;
            return addr;
        } else {
            collectRequested = true;
            majorRequested = true;
            throw new GuestOutOfMemoryError("guest heap exhausted (" + ((heapEnd - permStart) >> 20) + " MiB)");
        }
        if (verify) mem.zero(addr, size);
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
     * Allocates a long-lived object (module-level functions and classes, modules, module
     * globals) in the permanent space while it has room (half of it is kept for builtins
     * and constants), remembered there because it will point into the collected spaces;
     * otherwise as an ordinary object. Permanent objects never move, so compiled code may
     * use them as constants.
     */
    public int allocateImmortal(int header, int size) {
        size = align(size);
        if (permTop + size - (permEnd - (permEnd - permStart) / 2) > 0) return allocate(header, size);
        int addr = allocatePermanent(header, size);
        remember(addr);
        return addr;
    }

    public boolean isPermanent(int addr) {
        return addr - permStart >= 0 && addr - permTop < 0;
    }

    boolean inNursery(int addr) {
        return Integer.compareUnsigned(addr - nurseryStart, heapEnd - nurseryStart) < 0;
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
        return layout.sizeOf(addr, header);
    }

    public long usedBytes() {
        return (long) (oldTop - oldStart) + (nurseryTop - nurseryStart) + (permTop - permStart);
    }

    // ------------------------------------------------------------------ write barrier

    /** The write barrier (see the class comment): call after storing {@code value} into a field of {@code obj}. */
    public void writeBarrier(int obj, int value) {
        if ((value & 1) == 0 && value != 0 && inNursery(value) && !inNursery(obj)) remember(obj);
    }

    /** The barrier's slow path: remembers an old or permanent object. */
    public void remember(int obj) {
        int header = mem.loadWord(obj);
        if ((header & REMEMBERED) != 0) return;
        mem.storeWord(obj, header | REMEMBERED);
        if (isPermanent(obj)) rememberedPermanent.add(obj);
        else rememberedOld.add(obj);
    }

    /** Records that a reference was stored into permanent object {@code obj}. */
    public void rememberPermanent(int obj) {
        remember(obj);
    }

    void forgetOld() {
        for (int i = 0; i < rememberedOld.size; i++) {
            int obj = rememberedOld.items[i];
            mem.storeWord(obj, mem.loadWord(obj) & ~REMEMBERED);
        }
        rememberedOld.size = 0;
    }

    // ------------------------------------------------------------------ collection

    /**
     * Collects now. Only call at a safepoint (see the class comment): every reference the
     * VM still needs must be reachable from a registered root set, a handle or a
     * remembered permanent object.
     */
    public void collect() {
        if (noCollect > 0) return; // collectRequested stays set: the next safepoint outside collects
        if (verify) new HeapVerifier(this).verifyBeforeCollection();
        long t0 = System.nanoTime();
        collectRequested = false;
        int nurseryUsed = nurseryTop - nurseryStart;
        // A minor collection needs room in the old space for the whole nursery, stress or not.
        boolean full = majorRequested || nurseryStart - oldTop < nurseryUsed || (stress && stats.collections() % 8 == 7);
        majorRequested = false;
        if (full) {
            major.collect();
        } else {
            minor.collect();
            if (!stress && oldTop - majorTrigger > 0) {
                major.collect();
                full = true;
            }
        }
        resetSoftLimit();
        long pause = System.nanoTime() - t0;
        if (full) stats.majorCollections++;
        else stats.minorCollections++;
        stats.pauseNanos += pause;
        stats.maxPauseNanos = Math.max(stats.maxPauseNanos, pause);
        stats.lastLiveBytes = oldTop - oldStart;
        if (verify) new HeapVerifier(this).verify();
    }

    /** Zeroes [from, to) so that allocation there finds zeroed memory (poisons it under {@link #verify}). */
    void zero(int from, int to) {
        if (to - from <= 0) return;
        if (verify) {
            for (int a = from; a - to < 0; a += 4) mem.storeWord(a, POISON);
        } else {
            mem.zero(from, to - from);
        }
    }

    // Layout facts for the JIT's inline sequences and the verifier.
    public int nurseryStart() { return nurseryStart; }
    public int heapEnd() { return heapEnd; }
    public int oldStart() { return oldStart; }
    public int oldTop() { return oldTop; }
    public int nurseryTop() { return nurseryTop; }
    /** Where nursery allocation stops taking the fast path (and requests a collection). */
    public int softLimit() { return softLimit; }

    /**
     * Takes over the nursery top from compiled code that bump-allocated inline (from
     * {@link #nurseryTop()} up to {@code top}, each object zeroed and given its header by that
     * code); counts the bytes as allocated.
     */
    public void adoptNurseryTop(int top) {
        if (top - nurseryTop < 0 || top - heapEnd > 0) throw new IllegalArgumentException("nursery top moved back or past the heap");
        stats.allocatedBytes += top - nurseryTop;
        nurseryTop = top;
    }
    int permTop() { return permTop; }

    /** A growable int list (no boxing) for remembered sets and mark stacks. */
    static final class IntList {
        int[] items = new int[64];
        int size;

        void add(int v) {
            if (size == items.length) items = java.util.Arrays.copyOf(items, size * 2);
            items[size++] = v;
        }

        int pop() {
            return items[--size];
        }
    }
}
