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
    private MappedRegion lastData;

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

    private MappedRegion data(int addr, int len, int right) {
        MappedRegion r = lastData;
        if (r == null || Integer.compareUnsigned(addr - r.base, r.size - len) > 0 || r.size < len
                || (r.rights & right) == 0) {
            r = slowData(addr, len, right);
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
        lastData = r;
        return r;
    }

    public int load32(int addr) { return data(addr, 4, Access.READ).mem.loadWord(addr); }

    public int load16(int addr) { return data(addr, 2, Access.READ).mem.loadHalf(addr); }

    public int load16s(int addr) { return data(addr, 2, Access.READ).mem.loadSignedHalf(addr); }

    public int load8(int addr) { return data(addr, 1, Access.READ).mem.loadByte(addr); }

    public int load8s(int addr) { return data(addr, 1, Access.READ).mem.loadSignedByte(addr); }

    public long load64(int addr) { return data(addr, 8, Access.READ).mem.loadLong(addr); }

    public void store32(int addr, int v) { data(addr, 4, Access.WRITE).mem.storeWord(addr, v); }

    public void store16(int addr, int v) { data(addr, 2, Access.WRITE).mem.storeHalf(addr, v); }

    public void store8(int addr, int v) { data(addr, 1, Access.WRITE).mem.storeByte(addr, v); }

    public void store64(int addr, long v) { data(addr, 8, Access.WRITE).mem.storeLong(addr, v); }
}
