package org.armjit.lang.bytecode;

import java.util.Arrays;
import java.util.stream.Collectors;

/** A tuple of constants: a tuple literal of constants, or the keyword names of a call. */
public record ConstTuple(Object[] items) {
    @Override
    public boolean equals(Object o) {
        return o instanceof ConstTuple && Arrays.equals(items, ((ConstTuple) o).items);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(items);
    }

    @Override
    public String toString() {
        String inner = Arrays.stream(items).map(Const::repr).collect(Collectors.joining(", "));
        return "(" + inner + (items.length == 1 ? ",)" : ")");
    }
}
