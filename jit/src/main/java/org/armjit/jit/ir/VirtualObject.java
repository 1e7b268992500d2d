package org.armjit.jit.ir;

import java.util.Arrays;

/**
 * An object that the optimised trace did not allocate: if a guard whose snapshot
 * mentions it fails, it is allocated (type id in the header, {@code size} zeroed bytes)
 * and its fields stored, each field's width following its value's kind (4 bytes for INT
 * and REF, 8 for FLOAT). Field values may be SSA values, constants or other virtual
 * objects (cycles allowed). Appears only in snapshots.
 */
public final class VirtualObject extends Value {
    public final int typeId;
    public final int size;
    private int[] offsets = new int[0];
    private Value[] values = new Value[0];

    public VirtualObject(int typeId, int size) {
        this.typeId = typeId;
        this.size = size;
    }

    @Override
    public Type type() {
        return Type.REF;
    }

    /** Sets the field at {@code offset}, replacing an earlier value there. */
    public void setField(int offset, Value v) {
        for (int i = 0; i < offsets.length; i++) {
            if (offsets[i] == offset) {
                values[i] = v;
                return;
            }
        }
        offsets = Arrays.copyOf(offsets, offsets.length + 1);
        values = Arrays.copyOf(values, values.length + 1);
        offsets[offsets.length - 1] = offset;
        values[values.length - 1] = v;
    }

    public int fieldCount() {
        return offsets.length;
    }

    public int fieldOffset(int i) {
        return offsets[i];
    }

    public Value fieldValue(int i) {
        return values[i];
    }
}
