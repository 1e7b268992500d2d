package org.armjit.runtime.heap;

import org.armjit.runtime.mem.GuestMemory;

/** Reads the {@link TypeId} table for the collectors: object sizes and reference fields. */
final class ObjectLayout {
    private final GuestMemory mem;

    ObjectLayout(GuestMemory mem) {
        this.mem = mem;
    }

    static int align(int size) {
        return (size + 7) & ~7;
    }

    int sizeOf(int addr, int header) {
        TypeId t = TypeId.of(header & Heap.TYPE_MASK);
        switch (t.kind) {
            case FIXED:
                return t.size;
            case VAR_REFS:
                return align(t.size + 4 * mem.loadWord(addr + 4));
            default:
                int elem = t.elementSize != 0 ? t.elementSize : header >>> Heap.WIDTH_SHIFT;
                int n = mem.loadWord(addr + 4);
                if (t == TypeId.BIGINT) n = Math.abs(n);
                return align(t.size + elem * n);
        }
    }

    /** Replaces every reference field of the object at {@code p} by {@code visitor(field)}. */
    void updateFields(int p, RootVisitor visitor) {
        int header = mem.loadWord(p);
        TypeId t = TypeId.of(header & Heap.TYPE_MASK);
        switch (t.kind) {
            case FIXED:
                for (int off : t.refOffsets) {
                    int a = p + off;
                    int v = mem.loadWord(a);
                    if (isPointer(v)) mem.storeWord(a, visitor.visit(v));
                }
                break;
            case VAR_REFS: {
                int n = mem.loadWord(p + 4);
                for (int i = 0, a = p + t.size; i < n; i++, a += 4) {
                    int v = mem.loadWord(a);
                    if (isPointer(v)) mem.storeWord(a, visitor.visit(v));
                }
                break;
            }
            default:
                break;
        }
    }

    /** Whether a value word is an object address (not NULL, not a tagged small int). */
    static boolean isPointer(int v) {
        return v != 0 && (v & 1) == 0;
    }
}
