package org.armjit.lang.vm;

/** The kinds of ITERATOR objects (field +4), each with its Python type name. */
public enum IteratorKind {
    LIST("list_iterator"),
    TUPLE("tuple_iterator"),
    STR("str_ascii_iterator"),
    RANGE("range_iterator"),
    DICT_KEYS("dict_keyiterator"),
    DICT_VALUES("dict_valueiterator"),
    DICT_ITEMS("dict_itemiterator"),
    ENUMERATE("enumerate"),
    ZIP("zip"),
    REVERSED("reversed"),
    /** Iterates a user object through __getitem__(0), (1), ... until IndexError. */
    GETITEM("iterator"),
    /** A generator object (see Generators). */
    GENERATOR("generator"),
    /** map(f, *iterables): subject f, A a tuple of iterators. */
    MAP("map"),
    /** filter(f, iterable): subject f or None, A the iterator. */
    FILTER("filter"),
    /** A set's slots: subject the set, index the next slot, A the size it must keep. */
    SET("set_iterator");

    public final String typeName;
    private static final IteratorKind[] VALUES = values();

    IteratorKind(String typeName) {
        this.typeName = typeName;
    }

    public static IteratorKind of(int i) {
        return VALUES[i];
    }
}
