package org.armjit.lang.bytecode;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * A frozenset constant: CPython 3.11 folds a set display of three or more constants into
 * one, which BUILD_SET 0 / SET_UPDATE then copy; the copy's slot order (and so the set's
 * iteration order) depends on it, so armjit folds the same way. Items in source order.
 */
public record ConstFrozenSet(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ConstFrozenSet && Arrays.equals(items, ((ConstFrozenSet) o).items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items) + 1;
    }

    @Override
    public String toString() {
        return "frozenset({" + Arrays.stream(items).map(Const::repr).collect(Collectors.joining(", ")) + "})";
    }
}
