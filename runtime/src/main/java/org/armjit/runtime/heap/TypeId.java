package org.armjit.runtime.heap;

/**
 * Every kind of object in guest memory, with its layout: one table that the allocator,
 * the collector, the heap verifier and the JIT's inline code all read.
 *
 * <p>Every object starts with a header word: bits 0-15 the type id ({@code ordinal()}),
 * bits 16-23 collector bits, bits 24-31 a small type-specific field (a str's char width).
 * Objects are 8-byte aligned and at least 8 bytes long. A guest value word is either a
 * tagged small int ({@code v << 1 | 1}), 0 (NULL: "no value", never a Python value) or
 * the address of an object. Reference fields hold value words, so the collector only
 * follows non-zero words with the low bit clear.
 *
 * <p>Layout kinds: {@code FIXED} objects have {@code size} bytes and reference fields at
 * {@code refOffsets}; {@code VAR_REFS} objects hold a length at +4 and that many
 * reference words from +8; {@code VAR_RAW} objects hold a length at +4 and that many raw
 * elements of {@code elementSize} bytes from {@code dataOffset} (a str's element size is
 * its char width, from the header).
 */
public enum TypeId {
    /** Reserved so that a zeroed header is never a valid object. */
    INVALID(Kind.FIXED, 8),
    NONE(Kind.FIXED, 8),
    /** +4 raw int 0 or 1. */
    BOOL(Kind.FIXED, 8),
    /** Big int: +4 raw signed digit count (sign of the int), 32-bit magnitude digits from +8, least significant first. */
    BIGINT(Kind.VAR_RAW, 8, 4),
    /** +8 IEEE double (8-aligned for VLDR). */
    FLOAT(Kind.FIXED, 16),
    /** +4 length in chars, +8 cached hash (0 = not yet), chars from +12; width 1 (Latin-1) or 4 (UTF-32) in header bits 24-31. */
    STR(Kind.VAR_RAW, 12, 0),
    /** +4 length, items from +8. */
    TUPLE(Kind.VAR_REFS, 8),
    /** +4 length, +8 storage ref (an *_ARRAY), +12 raw strategy (ListStrategy). */
    LIST(Kind.FIXED, 16, 8),
    /** Backing store of object lists and dict entries: +4 capacity, refs from +8. */
    OBJ_ARRAY(Kind.VAR_REFS, 8),
    /** +4 capacity, raw int32 from +8 (int lists, dict index tables). */
    INT_ARRAY(Kind.VAR_RAW, 8, 4),
    /** +4 capacity, raw doubles from +8 (float lists). */
    FLOAT_ARRAY(Kind.VAR_RAW, 8, 8),
    /**
     * +4 raw live count, +8 entries ref (OBJ_ARRAY of [tagged hash, key, value] triples in
     * insertion order; deleted entries have key NULL), +12 index ref (INT_ARRAY of entry
     * numbers, -1 empty), +16 raw number of entries used (live + deleted).
     */
    DICT(Kind.FIXED, 24, 8, 12),
    /** +4 raw code id, +8 globals dict, +12 defaults tuple or NULL, +16 closure tuple or NULL, +20 name str. */
    FUNCTION(Kind.FIXED, 24, 8, 12, 16, 20),
    /** +4 raw builtin id, +8 bound self or NULL, +12 name str. */
    BUILTIN(Kind.FIXED, 16, 8, 12),
    /** Bound method: +4 function, +8 self. */
    METHOD(Kind.FIXED, 16, 4, 8),
    /** +4 name str, +8 base class or NULL, +12 namespace dict, +16 raw builtin type id (INSTANCE for user classes), +20 raw flags. */
    CLASS(Kind.FIXED, 24, 4, 8, 12),
    /** +4 class, +8 attribute dict, +12 args tuple (exceptions) or NULL, +16 raw identity hash (0 = not yet). */
    INSTANCE(Kind.FIXED, 24, 4, 8, 12),
    /** +4 contents or NULL (empty). */
    CELL(Kind.FIXED, 8, 4),
    /** +4 name str, +8 namespace dict. */
    MODULE(Kind.FIXED, 16, 4, 8),
    /** +4 start, +8 stop, +12 step (int values). */
    RANGE(Kind.FIXED, 16, 4, 8, 12),
    /** +4 start, +8 stop, +12 step (values or None). */
    SLICE(Kind.FIXED, 16, 4, 8, 12),
    /**
     * All iterators: +4 raw kind (IteratorKind), +8 subject (sequence, dict or inner
     * iterator), +12 raw index / counter, +16 and +20 two more values (range stop and
     * step, enumerate count, ...).
     */
    ITERATOR(Kind.FIXED, 24, 8, 16, 20),
    /** dict.keys()/values()/items(): +4 raw view kind, +8 dict. */
    DICT_VIEW(Kind.FIXED, 16, 8),
    /** super(cls, self): +4 the class whose base starts the lookup, +8 self. */
    SUPER(Kind.FIXED, 16, 4, 8),
    /**
     * CPython's open-addressing set table: +4 raw live count, +8 keys ref (OBJ_ARRAY of
     * mask+1 slots: NULL unused, a dummy object for deleted), +12 hashes ref (INT_ARRAY of
     * 2 words per slot, the 64-bit hash low word first), +16 raw fill (live + dummies),
     * +20 raw mask, +24 raw pop finger.
     */
    SET(Kind.FIXED, 32, 8, 12),
    /** Same layout as SET. */
    FROZENSET(Kind.FIXED, 32, 8, 12);

    public enum Kind { FIXED, VAR_REFS, VAR_RAW }

    public final Kind kind;
    /** FIXED: the object's size in bytes. VAR_*: offset of the first element. */
    public final int size;
    /** VAR_RAW: bytes per element (0 = from the header's width field). */
    public final int elementSize;
    /** FIXED: offsets of the reference fields. */
    final int[] refOffsets;

    private static final TypeId[] VALUES = values();

    TypeId(Kind kind, int size, int... extra) {
        this.kind = kind;
        this.size = size;
        if (kind == Kind.VAR_RAW) {
            this.elementSize = extra[0];
            this.refOffsets = new int[0];
        } else {
            this.elementSize = kind == Kind.VAR_REFS ? 4 : 0;
            this.refOffsets = extra;
        }
    }

    public static TypeId of(int id) {
        return VALUES[id];
    }

    public int id() {
        return ordinal();
    }

    /** Offsets of this FIXED type's reference fields (a copy). */
    public int[] refOffsets() {
        return refOffsets.clone();
    }
}
