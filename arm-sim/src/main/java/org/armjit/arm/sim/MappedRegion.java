package org.armjit.arm.sim;

import org.armjit.runtime.mem.GuestMemory;

/**
 * One {@link GuestMemory} region mapped into the simulator's address space with access
 * rights. An executable region also holds the simulator's per-word decode cache, its
 * {@link CodeBlock}s by start word, and the words as they were at the last i-cache flush (to
 * detect execution of code written since: simulated stores drop the decodings and blocks they
 * overwrite, and each block is compared with memory again once per
 * {@link MemoryMap#newEpoch epoch} to catch writes from Java).
 */
public final class MappedRegion {
    final String name;
    final GuestMemory mem;
    final int base;
    final int size;
    final int rights;
    /** Decoded instructions by word index; null entries are not decoded yet. */
    final Insn[] decoded;
    /** Blocks by start word index; null entries are not built yet. */
    final CodeBlock[] blocks;
    /** Instruction words as of the last i-cache flush (or mapping). */
    final int[] flushed;
    /** Instructions executed in this region (executable regions only). */
    long executed;

    MappedRegion(String name, GuestMemory mem, int rights) {
        this.name = name;
        this.mem = mem;
        this.base = mem.base();
        this.size = mem.size();
        this.rights = rights;
        if ((rights & Access.EXECUTE) != 0) {
            decoded = new Insn[size >>> 2];
            blocks = new CodeBlock[size >>> 2];
            flushed = new int[size >>> 2];
            snapshot(base, size);
        } else {
            decoded = null;
            blocks = null;
            flushed = null;
        }
    }

    public String name() { return name; }

    public GuestMemory memory() { return mem; }

    public int rights() { return rights; }

    public int base() { return base; }

    public int size() { return size; }

    /** Instructions executed inside this region so far. */
    public long instructionsExecuted() { return executed; }

    boolean contains(int addr) {
        return Integer.compareUnsigned(addr - base, size) < 0;
    }

    /** Re-reads the words in [addr, addr+len) into the flushed copy and drops their decodings. */
    void snapshot(int addr, int len) {
        long from = Math.max(0L, Integer.toUnsignedLong(addr) - Integer.toUnsignedLong(base)) >>> 2;
        long to = Math.min((long) size, Integer.toUnsignedLong(addr) + Integer.toUnsignedLong(len)
                - Integer.toUnsignedLong(base) + 3) >>> 2;
        for (long i = from; i < to; i++) {
            flushed[(int) i] = mem.loadWord(base + (int) (i << 2));
            decoded[(int) i] = null;
        }
        if (from < to) dropBlocks((int) from, (int) to - 1);
    }

    /** Drops every block that may cover a word in [from, to] (word indices). */
    private void dropBlocks(int from, int to) {
        int first = Math.max(0, from - CodeBlock.MAX_LENGTH + 1);
        int last = Math.min(to, blocks.length - 1);
        for (int i = first; i <= last; i++) blocks[i] = null;
    }

    /**
     * A simulated store changed [addr, addr+len): drop the decodings and blocks of the words it
     * touched, so that executing them again compares them with the flushed copy (and faults if
     * changed).
     */
    void codeWritten(int addr, int len) {
        int from = (addr - base) >>> 2, to = (addr - base + len - 1) >>> 2;
        for (int i = from; i <= to && i < decoded.length; i++) decoded[i] = null;
        dropBlocks(from, to);
    }

    @Override
    public String toString() {
        return String.format("%s [0x%08x, 0x%08x) %s", name, base, base + size, Access.toString(rights));
    }
}
