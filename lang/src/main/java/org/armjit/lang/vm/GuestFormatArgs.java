package org.armjit.lang.vm;

import org.armjit.lang.format.FormatArgs;
import org.armjit.lang.format.FormatException;
import org.armjit.runtime.heap.TypeId;

import java.math.BigInteger;

/**
 * Guest values as the formatting library's {@link FormatArgs}. The values live in a guest
 * tuple held by a handle, because str() and repr() may run Python code and move objects.
 */
final class GuestFormatArgs implements FormatArgs {
    private final Vm vm;
    private final int handle;
    private final boolean tuple;

    /** @param handle a handle holding a tuple of the arguments */
    GuestFormatArgs(Vm vm, int handle, boolean tuple) {
        this.vm = vm;
        this.handle = handle;
        this.tuple = tuple;
    }

    private int value(int i) {
        return vm.seq.tupleGet(vm.heap.handles.get(handle), i);
    }

    @Override
    public boolean isTuple() {
        return tuple;
    }

    @Override
    public int count() {
        return vm.seq.tupleLength(vm.heap.handles.get(handle));
    }

    @Override
    public boolean isMapping() {
        int v = value(0);
        return !tuple && !Tag.isInt(v) && vm.typeOf(v) == TypeId.DICT;
    }

    @Override
    public FormatArgs lookup(String key) {
        int v = vm.dict.get(value(0), vm.str.of(key));
        if (v == 0) throw new PyException(vm.classes.newExceptionInstance(vm.builtinClass("KeyError"), vm.seq.tupleOf(vm.str.of(key))));
        return single(vm, v);
    }

    /** A single (non-tuple) argument. */
    static GuestFormatArgs single(Vm vm, int v) {
        return new GuestFormatArgs(vm, vm.heap.handles.push(vm.seq.tupleOf(v)), false);
    }

    @Override
    public Kind kind(int i) {
        int v = value(i);
        if (Tag.isInt(v)) return Kind.INT;
        switch (vm.typeOf(v)) {
            case BIGINT: return Kind.INT;
            case BOOL: return Kind.BOOL;
            case FLOAT: return Kind.FLOAT;
            case STR: return Kind.STR;
            default: return Kind.OTHER;
        }
    }

    @Override
    public boolean fitsLong(int i) {
        return vm.ints.fitsLong(value(i));
    }

    @Override
    public long longValue(int i) {
        return vm.ints.toLong(value(i));
    }

    @Override
    public BigInteger bigValue(int i) {
        return vm.ints.toBig(value(i));
    }

    @Override
    public double floatValue(int i) {
        return vm.floats.value(value(i));
    }

    @Override
    public String str(int i) {
        return vm.ops.str(value(i));
    }

    @Override
    public String repr(int i) {
        return vm.ops.repr(value(i));
    }

    @Override
    public String typeName(int i) {
        return vm.typeName(value(i));
    }

    @Override
    public String formatOther(int i, String spec) {
        if (spec.isEmpty()) return str(i);
        throw FormatException.typeError("unsupported format string passed to " + typeName(i) + ".__format__");
    }
}
