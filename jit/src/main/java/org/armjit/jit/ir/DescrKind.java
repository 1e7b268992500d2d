package org.armjit.jit.ir;

/**
 * What the immediate operands ({@link Operation#aux}) of an op mean, and so how its
 * {@code descr=<...>} is written in the text form.
 */
public enum DescrKind {
    /** No immediates. */
    NONE(0),
    /**
     * {@code <field OFFSET>}: byte offset of a field from the object's address; then a flag,
     * 1 ({@code <field OFFSET immutable>}) for a load of a field that never changes once its
     * object is made (a range's bounds): no store or call can change what it reads.
     */
    FIELD(2),
    /** {@code <array BASE SCALE>}: item i is at BASE + i*SCALE. */
    ARRAY(2),
    /** {@code <new TYPE SIZE>}: type id (TypeId name) and size in bytes. */
    NEW(2),
    /** {@code <new_array TYPE BASE SCALE>}: type id, offset of item 0, bytes per item; length stored at +4. */
    NEW_ARRAY(3),
    /** {@code class TYPE} after the guard's name: the type id a guard_class expects. */
    CLASS(1),
    /** {@code <call NAME>} or {@code <call #ID>}: an entry of the RuntimeCallTable. */
    CALL(1),
    /** {@code <LoopN>}: the target token of a label, named by jumps. */
    TOKEN(1),
    /** {@code <code C pc P>}: a bytecode position for the trace viewer. */
    DEBUG(2);

    public final int auxCount;

    DescrKind(int auxCount) {
        this.auxCount = auxCount;
    }
}
