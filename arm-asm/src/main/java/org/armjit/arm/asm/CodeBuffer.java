package org.armjit.arm.asm;

import java.util.Arrays;

/**
 * Growing buffer of A32 instruction words with labels, forward references, literal pools
 * and in-place patching. Offsets are in bytes from the start of the buffer; {@link #baseAddress()}
 * is the address the first word will have when it runs (needed for absolute branch targets and
 * {@code .word label}).
 */
public final class CodeBuffer {
    static final int FIXUP_BRANCH24 = 0;
    static final int FIXUP_ABS32 = 1;
    static final int FIXUP_LDR12 = 2;

    /** LDR literal reach: pc (= load + 8) + 4095. */
    static final int LDR_REACH = 4095;
    /** Room kept for instructions emitted between a pool check and the pool (a short uninterruptible sequence). */
    static final int POOL_MARGIN = 64;

    private final int baseAddress;
    private final ICacheFlusher flusher;
    private int[] words;
    private int size;

    // Literal pool: distinct values waiting to be placed, and the loads that use each.
    private int[] poolValues = new int[16];
    private int[][] poolUses = new int[16][];
    private int[] poolUseCounts = new int[16];
    private int poolSize;
    private int firstPendingLoad = -1;
    private int poolBlocked;

    public CodeBuffer() {
        this(0, ICacheFlusher.NONE);
    }

    public CodeBuffer(int baseAddress, ICacheFlusher flusher) {
        this.baseAddress = baseAddress;
        this.flusher = flusher;
        this.words = new int[256];
    }

    public int baseAddress() {
        return baseAddress;
    }

    /** Byte offset of the next word. */
    public int position() {
        return size << 2;
    }

    /** Address the next word will have. */
    public int address() {
        return baseAddress + (size << 2);
    }

    public void emit(int word) {
        if (firstPendingLoad >= 0 && poolBlocked == 0) {
            maybeFlushPool();
        }
        emitRaw(word);
    }

    private void emitRaw(int word) {
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
        }
        words[size++] = word;
    }

    public int word(int offset) {
        checkOffset(offset);
        return words[offset >>> 2];
    }

    private void checkOffset(int offset) {
        if ((offset & 3) != 0 || offset < 0 || offset >= position()) {
            throw new IllegalArgumentException("offset " + offset + " outside the emitted code");
        }
    }

    void set(int offset, int word) {
        words[offset >>> 2] = word;
    }

    /** The emitted words (a copy). Pending literals are not included: call {@link #finish()} first. */
    public int[] toArray() {
        return Arrays.copyOf(words, size);
    }

    /** Empties the buffer for reuse (labels bound to it become meaningless). */
    public void reset() {
        size = 0;
        poolSize = 0;
        firstPendingLoad = -1;
        poolBlocked = 0;
    }

    // ---- labels ----

    /** Binds {@code label} to the current position and fixes up its earlier uses. */
    public void bind(Label label) {
        if (label.isBound()) {
            throw new IllegalStateException("label " + label + " bound twice");
        }
        label.position = position();
        for (int i = 0; i < label.useCount; i++) {
            int use = label.uses[i];
            resolve(use >>> 2, use & 3, label.position);
        }
        label.useCount = 0;
        label.uses = new int[0];
    }

    /** Records that the word at {@code offset} refers to {@code label}; resolved now if bound. */
    void use(Label label, int offset, int kind) {
        if (label.isBound()) {
            resolve(offset, kind, label.position);
        } else {
            label.addUse(offset, kind);
        }
    }

    private void resolve(int offset, int kind, int target) {
        int w = words[offset >>> 2];
        switch (kind) {
            case FIXUP_BRANCH24:
                words[offset >>> 2] = withBranchOffset(w, target - (offset + 8));
                break;
            case FIXUP_ABS32:
                words[offset >>> 2] = baseAddress + target;
                break;
            default: {
                int delta = target - (offset + 8);
                if (delta < -LDR_REACH || delta > LDR_REACH) {
                    throw new IllegalStateException("pc-relative load at " + offset + " cannot reach " + target);
                }
                int u = delta >= 0 ? 1 << 23 : 0;
                words[offset >>> 2] = (w & ~(0xfff | 1 << 23)) | u | Math.abs(delta);
                break;
            }
        }
    }

    static boolean isBranchOffsetInRange(int byteDelta) {
        return (byteDelta & 3) == 0 && byteDelta >= -(1 << 25) && byteDelta < (1 << 25);
    }

    /** A B/BL word with its 24-bit offset field replaced so it jumps {@code byteDelta} from pc (= branch + 8). */
    static int withBranchOffset(int branchWord, int byteDelta) {
        if (!isBranchOffsetInRange(byteDelta)) {
            throw new IllegalArgumentException("branch offset " + byteDelta + " out of range");
        }
        return (branchWord & 0xff000000) | ((byteDelta >> 2) & 0xffffff);
    }

    // ---- patching ----

    /**
     * Re-targets the B or BL (any condition) already emitted at {@code branchOffset} to jump to
     * {@code targetOffset}, then flushes the i-cache for that word. Bridges use this on guards.
     */
    public void patchBranch(int branchOffset, int targetOffset) {
        checkOffset(branchOffset);
        int w = words[branchOffset >>> 2];
        if ((w & 0x0e000000) != 0x0a000000 || (w >>> 28) == 15) {
            throw new IllegalArgumentException(String.format("word at %d is not a B/BL: %08x", branchOffset, w));
        }
        words[branchOffset >>> 2] = withBranchOffset(w, targetOffset - (branchOffset + 8));
        flusher.flush(branchOffset, 4);
    }

    /** Re-targets a B/BL at {@code branchOffset} to an absolute address. */
    public void patchBranchToAddress(int branchOffset, int targetAddress) {
        patchBranch(branchOffset, targetAddress - baseAddress);
    }

    /** Overwrites one emitted word and flushes the i-cache for it. */
    public void patch(int offset, int word) {
        checkOffset(offset);
        words[offset >>> 2] = word;
        flusher.flush(offset, 4);
    }

    /** Places pending literals and flushes the i-cache over the whole buffer. */
    public void finish() {
        if (poolSize > 0) {
            flushPool(false);
        }
        flusher.flush(0, position());
    }

    // ---- literal pool ----

    /**
     * Emits {@code loadWord}, a LDR (literal) whose offset field will point at a pool entry
     * holding {@code value}. Equal values share one entry.
     */
    void emitLiteralLoad(int loadWord, int value) {
        if (firstPendingLoad >= 0 && poolBlocked == 0) {
            maybeFlushPool();
        }
        int at = position();
        emitRaw(loadWord);
        int i = 0;
        while (i < poolSize && poolValues[i] != value) {
            i++;
        }
        if (i == poolSize) {
            if (poolSize == poolValues.length) {
                poolValues = Arrays.copyOf(poolValues, poolSize * 2);
                poolUses = Arrays.copyOf(poolUses, poolSize * 2);
                poolUseCounts = Arrays.copyOf(poolUseCounts, poolSize * 2);
            }
            poolValues[i] = value;
            poolUses[i] = new int[2];
            poolUseCounts[i] = 0;
            poolSize++;
        }
        if (poolUseCounts[i] == poolUses[i].length) {
            poolUses[i] = Arrays.copyOf(poolUses[i], poolUseCounts[i] * 2);
        }
        poolUses[i][poolUseCounts[i]++] = at;
        if (firstPendingLoad < 0) {
            firstPendingLoad = at;
        }
    }

    /** Number of literals waiting for a pool. */
    public int pendingLiterals() {
        return poolSize;
    }

    /** Keeps pools out of the next instructions (a sequence that must stay contiguous); pair with {@link #unblockPool()}. */
    public void blockPool() {
        poolBlocked++;
    }

    public void unblockPool() {
        poolBlocked--;
    }

    private void maybeFlushPool() {
        // After this instruction: a branch over the pool, then the entries; the last must stay in reach.
        int poolEnd = position() + 4 + 4 + 4 * poolSize + POOL_MARGIN;
        if (poolEnd - (firstPendingLoad + 8) > LDR_REACH) {
            flushPool(true);
        }
    }

    /**
     * Places the pending literals here. With {@code jumpOver}, a branch around the pool comes first
     * (for pools in the middle of straight-line code); without it the caller knows control never
     * falls into the pool (after an unconditional branch, or at the end).
     */
    public void flushPool(boolean jumpOver) {
        if (poolSize == 0) {
            return;
        }
        int branchAt = -1;
        if (jumpOver) {
            branchAt = position();
            emitRaw(Condition.AL.bits() | 0x0a000000);
        }
        for (int i = 0; i < poolSize; i++) {
            int entry = position();
            emitRaw(poolValues[i]);
            for (int u = 0; u < poolUseCounts[i]; u++) {
                resolve(poolUses[i][u], FIXUP_LDR12, entry);
            }
        }
        if (branchAt >= 0) {
            words[branchAt >>> 2] = withBranchOffset(words[branchAt >>> 2], position() - (branchAt + 8));
        }
        poolSize = 0;
        firstPendingLoad = -1;
    }
}
