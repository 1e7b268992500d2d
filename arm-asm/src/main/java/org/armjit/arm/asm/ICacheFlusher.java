package org.armjit.arm.asm;

/**
 * Called after code in a {@link CodeBuffer} was written in place (a patched branch) or finished,
 * so the owner of the executable copy can flush the instruction cache for that range.
 */
@FunctionalInterface
public interface ICacheFlusher {
    ICacheFlusher NONE = (offset, length) -> { };

    /** {@code offset} and {@code length} are byte offsets/lengths within the buffer. */
    void flush(int offset, int length);
}
