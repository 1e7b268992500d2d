package org.armjit.arm.asm;

/** A position in a {@link CodeBuffer}, possibly not yet known; uses before binding are fixed up at bind time. */
public final class Label {
    private final String name;
    int position = -1;
    /** Pending uses: byte offset of the using word and a fixup kind, packed as offset << 2 | kind. */
    int[] uses = new int[0];
    int useCount;

    public Label() {
        this(null);
    }

    public Label(String name) {
        this.name = name;
    }

    public boolean isBound() {
        return position >= 0;
    }

    /** Byte offset within its buffer; only when bound. */
    public int position() {
        if (position < 0) {
            throw new IllegalStateException("label " + this + " is not bound");
        }
        return position;
    }

    void addUse(int offset, int kind) {
        if (useCount == uses.length) {
            uses = java.util.Arrays.copyOf(uses, Math.max(4, useCount * 2));
        }
        uses[useCount++] = offset << 2 | kind;
    }

    @Override
    public String toString() {
        return name != null ? name : "L@" + Integer.toHexString(System.identityHashCode(this));
    }
}
