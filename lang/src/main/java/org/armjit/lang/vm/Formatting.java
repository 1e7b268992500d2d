package org.armjit.lang.vm;

import org.armjit.lang.format.FloatMath;
import org.armjit.lang.format.FloatText;
import org.armjit.lang.format.FormatException;
import org.armjit.lang.format.IntMath;
import org.armjit.lang.format.IntText;
import org.armjit.lang.format.PercentFormat;
import org.armjit.lang.format.SpecFormat;
import org.armjit.lang.format.StrFormat;
import org.armjit.runtime.heap.TypeId;

/**
 * Glue between guest values and the formatting library (org.armjit.lang.format), which
 * works on Java values: format(), f-string specs, %-formatting, str.format, int()/float()
 * of text, round().
 */
final class Formatting {
    private final Vm vm;

    Formatting(Vm vm) {
        this.vm = vm;
    }

    /** Raises a library error as the Python exception it names. */
    PyException raise(FormatException e) {
        if (e.errno() != 0) { // the two-argument exception CPython raises: args (errno, strerror)
            int args = vm.seq.tupleOf(Tag.box(e.errno()), vm.str.of(e.strerror()));
            throw new PyException(vm.classes.newExceptionInstance(vm.builtinClass(e.pythonType()), args));
        }
        throw vm.raise(e.pythonType(), e.message());
    }

    /** format(v, spec) for a str spec. */
    int format(int v, int specW) {
        String spec = vm.str.toJava(specW);
        try {
            if (Tag.isInt(v)) return vm.str.of(SpecFormat.formatInt(Tag.unbox(v), spec));
            switch (vm.typeOf(v)) {
                case BIGINT: return vm.str.of(SpecFormat.formatInt(vm.ints.toBig(v), spec));
                case BOOL: return vm.str.of(SpecFormat.formatBool(v == vm.trueObj, spec));
                case FLOAT: return vm.str.of(SpecFormat.formatFloat(vm.floats.value(v), spec));
                case STR: return vm.str.of(SpecFormat.formatStr(vm.str.toJava(v), spec));
                default:
                    if (spec.isEmpty()) return vm.str.of(vm.ops.str(v));
                    throw vm.typeError("unsupported format string passed to " + vm.typeName(v) + ".__format__");
            }
        } catch (FormatException e) {
            throw raise(e);
        }
    }

    /** {@code format % values}. */
    int percent(int format, int values) {
        var handles = vm.heap.handles;
        int mark = handles.mark();
        try {
            boolean tuple = !Tag.isInt(values) && vm.typeOf(values) == TypeId.TUPLE;
            int h = handles.push(tuple ? values : vm.seq.tupleOf(values));
            String text = PercentFormat.format(vm.str.toJava(format), new GuestFormatArgs(vm, h, tuple));
            return vm.str.of(text);
        } catch (FormatException e) {
            throw raise(e);
        } finally {
            handles.release(mark);
        }
    }

    /** {@code self.format(*args, **kwargs)} with the arguments on the caller's stack. */
    int strFormat(int self, int[] a, int off, int n, int kw) {
        var handles = vm.heap.handles;
        int mark = handles.mark();
        try {
            int nk = kw == 0 ? 0 : vm.seq.tupleLength(kw);
            int hself = handles.push(self);
            int hkw = handles.push(kw);
            int hkwvals = handles.push(vm.seq.tupleFrom(a, off + n - nk, nk));
            int hpos = handles.push(vm.seq.tupleFrom(a, off, n - nk));
            StrFormat.Keywords keywords = name -> {
                int names = handles.get(hkw);
                for (int i = 0; i < nk; i++) {
                    if (vm.str.toJava(vm.seq.tupleGet(names, i)).equals(name)) {
                        return GuestFormatArgs.single(vm, vm.seq.tupleGet(handles.get(hkwvals), i));
                    }
                }
                return null;
            };
            String text = StrFormat.format(vm.str.toJava(handles.get(hself)), new GuestFormatArgs(vm, hpos, true), keywords);
            return vm.str.of(text);
        } catch (FormatException e) {
            throw raise(e);
        } finally {
            handles.release(mark);
        }
    }

    /** int(v) and int(v, base). */
    int toInt(int v, int base) {
        try {
            if (base != 0) {
                if (Tag.isInt(v) || vm.typeOf(v) != TypeId.STR) {
                    throw vm.typeError("int() can't convert non-string with explicit base");
                }
                if (!vm.ints.isInt(base)) throw vm.typeError("'" + vm.typeName(base) + "' object cannot be interpreted as an integer");
                return vm.ints.of(IntText.parse(vm.str.toJava(v), vm.ints.toIntClamped(base)));
            }
            if (vm.ints.isInt(v)) return vm.ints.isExactInt(v) ? v : Tag.box(vm.ints.sign(v));
            if (vm.floats.isFloat(v)) return vm.ints.of(FloatMath.truncateToInt(vm.floats.value(v)));
            if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.STR) return vm.ints.of(IntText.parse(vm.str.toJava(v), 10));
        } catch (FormatException e) {
            throw raise(e);
        }
        throw vm.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + vm.typeName(v) + "'");
    }

    /** float(v). */
    int toFloat(int v) {
        try {
            if (vm.floats.isFloat(v)) return v;
            if (vm.ints.isInt(v)) return vm.floats.box(vm.ints.toDouble(v));
            if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.STR) return vm.floats.box(FloatText.parse(vm.str.toJava(v)));
        } catch (FormatException e) {
            throw raise(e);
        }
        throw vm.typeError("float() argument must be a string or a real number, not '" + vm.typeName(v) + "'");
    }

    /** round(v) and round(v, ndigits). */
    int round(int v, int nd) {
        try {
            if (nd != vm.none && !vm.ints.isInt(nd)) {
                throw vm.typeError("'" + vm.typeName(nd) + "' object cannot be interpreted as an integer");
            }
            if (vm.ints.isInt(v)) {
                if (nd == vm.none) return vm.ints.isExactInt(v) ? v : Tag.box(vm.ints.sign(v));
                return vm.ints.of(IntMath.round(vm.ints.toBig(v), clampDigits(nd)));
            }
            if (!vm.floats.isFloat(v)) throw vm.typeError("type " + vm.typeName(v) + " doesn't define __round__ method");
            double d = vm.floats.value(v);
            if (nd == vm.none) return vm.ints.of(FloatMath.round(d));
            return vm.floats.box(FloatMath.round(d, clampDigits(nd)));
        } catch (FormatException e) {
            throw raise(e);
        }
    }

    private long clampDigits(int nd) {
        if (vm.ints.fitsLong(nd)) return vm.ints.toLong(nd);
        return vm.ints.sign(nd) < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
    }
}
