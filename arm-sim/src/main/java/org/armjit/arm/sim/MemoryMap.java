package org.armjit.arm.sim;

import java.util.ArrayList;
import java.util.List;
import org.armjit.runtime.mem.GuestMemory;

/**
 * The simulator's address space: {@link GuestMemory} regions with read/write/execute rights.
 * Anything else faults. Little-endian, like ARM Linux.
 *
 * <p>Alignment follows ARMv7 Linux user mode (SCTLR.A = 0, SCTLR.U = 1): word and halfword
 * LDR/STR may be unaligned; the callers check the accesses that must be aligned (LDRD/STRD,
 * LDM/STM, VLDR/VSTR/VLDM/VSTM: word alignment).
 */
public final class MemoryMap {
    private final List<MappedRegion> regions = new ArrayList<>();

    /** Maps {@code mem} with {@code rights} (see {@link Access}); regions may not overlap. */
    public MappedRegion map(String name, GuestMemory mem, int rights) {
        MappedRegion r = new MappedRegion(name, mem, rights);
        for (MappedRegion o : regions) {
            long a0 = Integer.toUnsignedLong(r.base), a1 = a0 + r.size;
            long b0 = Integer.toUnsignedLong(o.base), b1 = b0 + o.size;
            if (a0 < b1 && b0 < a1) throw new IllegalArgumentException(r + " overlaps " + o);
        }
        regions.add(r);
        return r;
    }

    public List<MappedRegion> regions() { return List.copyOf(regions); }

    /** The region containing {@code addr}, or null. */
    public MappedRegion regionAt(int addr) {
        for (MappedRegion r : regions) {
            if (r.contains(addr)) return r;
        }
        return null;
    }

    /**
     * Tells the simulator that code in [addr, addr+len) was (re)written: the decode cache is
     * dropped and the words become executable again. Every code write must be followed by this.
     */
    public void flushICache(int addr, int len) {
        for (MappedRegion r : regions) {
            if (r.decoded == null) continue;
            long a0 = Integer.toUnsignedLong(addr), a1 = a0 + Integer.toUnsignedLong(len);
            long b0 = Integer.toUnsignedLong(r.base), b1 = b0 + r.size;
            if (a0 < b1 && b0 < a1) r.snapshot(addr, len);
        }
    }

    // ---------------- stale-code tracking ----------------

    /**
     * Starts a new epoch: called whenever Java code may have run since simulated code last
     * executed (a call in, the return of a call out). Java can write guest memory directly,
     * so every code block is compared with memory again, once, when it is next entered in
     * the new epoch. Simulated stores are tracked exactly instead (see the stores).
     */
    int newEpoch() {
        if (++epoch == 0) {
            // Wrapped: an old decoding might carry the new number, so drop them all.
            for (MappedRegion r : regions) {
                if (r.decoded != null) {
                    java.util.Arrays.fill(r.decoded, null);
                    java.util.Arrays.fill(r.blocks, null);
                }
            }
            epoch = 1;
        }
        return epoch;
    }

    int epoch() { return epoch; }

    private int epoch;

    /**
     * Bumped by every simulated store into an executable region: the run loop leaves the
     * current block when it changes, since the store may have hit one of the block's words.
     */
    int codeWrites;

    private void codeWritten(MappedRegion r, int addr, int len) {
        r.codeWritten(addr, len);
        codeWrites++;
    }

    // ---------------- data access ----------------
    // One-region windows for reads and for writes, kept as plain fields so that the hot
    // accesses are a subtraction, two compares and the GuestMemory access. An empty window
    // (size 0) admits nothing. The write window never holds an executable region, so every
    // store into code takes the slow path, which drops the decodings of the words it changes.

    private GuestMemory readMem, writeMem;
    private int readBase, readSize, writeBase, writeSize;

    /** Whether [addr, addr+len) lies in the window at base of size bytes (offsets wrap; sizes are < 2^31). */
    private static boolean inside(int addr, int len, int base, int size) {
        int off = addr - base;
        return off >= 0 && off <= size - len;
    }

    private GuestMemory readRegion(int addr, int len) {
        return inside(addr, len, readBase, readSize) ? readMem : readMiss(addr, len);
    }

    /** Out of line, so that the run loop's copies of the hot accesses stay small. */
    private GuestMemory readMiss(int addr, int len) {
        MappedRegion r = slowData(addr, len, Access.READ);
        readMem = r.mem;
        readBase = r.base;
        readSize = r.size;
        return r.mem;
    }

    private MappedRegion writeRegion(int addr, int len) {
        MappedRegion r = slowData(addr, len, Access.WRITE);
        if (r.decoded == null) {
            writeMem = r.mem;
            writeBase = r.base;
            writeSize = r.size;
        }
        return r;
    }

    private MappedRegion slowData(int addr, int len, int right) {
        MappedRegion r = regionAt(addr);
        String what = right == Access.WRITE ? "write" : "read";
        if (r == null || !r.mem.contains(addr, len)) {
            throw new Trap(FaultKind.BAD_ADDRESS,
                    String.format("%s of %d bytes at unmapped address 0x%08x", what, len, addr));
        }
        if ((r.rights & right) == 0) {
            throw new Trap(FaultKind.BAD_ADDRESS,
                    String.format("%s of %d bytes at 0x%08x in %s", what, len, addr, r));
        }
        return r;
    }

    public int load32(int addr) { return readRegion(addr, 4).loadWord(addr); }

    public int load16(int addr) { return readRegion(addr, 2).loadHalf(addr); }

    public int load16s(int addr) { return readRegion(addr, 2).loadSignedHalf(addr); }

    public int load8(int addr) { return readRegion(addr, 1).loadByte(addr); }

    public int load8s(int addr) { return readRegion(addr, 1).loadSignedByte(addr); }

    public long load64(int addr) { return readRegion(addr, 8).loadLong(addr); }

    public void store32(int addr, int v) {
        if (inside(addr, 4, writeBase, writeSize)) writeMem.storeWord(addr, v);
        else store32Miss(addr, v);
    }

    private void store32Miss(int addr, int v) {
        MappedRegion r = writeRegion(addr, 4);
        r.mem.storeWord(addr, v);
        if (r.decoded != null) codeWritten(r, addr, 4);
    }

    public void store16(int addr, int v) {
        if (inside(addr, 2, writeBase, writeSize)) writeMem.storeHalf(addr, v);
        else store16Miss(addr, v);
    }

    private void store16Miss(int addr, int v) {
        MappedRegion r = writeRegion(addr, 2);
        r.mem.storeHalf(addr, v);
        if (r.decoded != null) codeWritten(r, addr, 2);
    }

    public void store8(int addr, int v) {
        if (inside(addr, 1, writeBase, writeSize)) writeMem.storeByte(addr, v);
        else store8Miss(addr, v);
    }

    private void store8Miss(int addr, int v) {
        MappedRegion r = writeRegion(addr, 1);
        r.mem.storeByte(addr, v);
        if (r.decoded != null) codeWritten(r, addr, 1);
    }

    public void store64(int addr, long v) {
        if (inside(addr, 8, writeBase, writeSize)) writeMem.storeLong(addr, v);
        else store64Miss(addr, v);
    }

    private void store64Miss(int addr, long v) {
        MappedRegion r = writeRegion(addr, 8);
        r.mem.storeLong(addr, v);
        if (r.decoded != null) codeWritten(r, addr, 8);
    }
}
