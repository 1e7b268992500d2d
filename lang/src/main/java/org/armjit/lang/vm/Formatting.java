package org.armjit.lang.vm;

import org.armjit.lang.format.FormatException;
import org.armjit.lang.format.SpecFormat;
import org.armjit.runtime.heap.TypeId;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

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

    int percent(int format, int values) {
        throw vm.typeError("%-formatting is not wired yet");
    }

    int strFormat(int self, int[] a, int off, int n, int kw) {
        throw vm.typeError("str.format is not wired yet");
    }

    /** int(v) and int(v, base). */
    int toInt(int v, int base) {
        if (base != 0) {
            if (Tag.isInt(v) || vm.typeOf(v) != TypeId.STR) {
                throw vm.typeError("int() can't convert non-string with explicit base");
            }
            return parseInt(vm.str.toJava(v), (int) vm.ints.toLong(base));
        }
        if (vm.ints.isInt(v)) return vm.ints.isExactInt(v) ? v : Tag.box(vm.ints.sign(v));
        if (vm.floats.isFloat(v)) return floatToInt(vm.floats.value(v));
        if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.STR) return parseInt(vm.str.toJava(v), 10);
        throw vm.typeError("int() argument must be a string, a bytes-like object or a real number, not '" + vm.typeName(v) + "'");
    }

    int floatToInt(double d) {
        if (Double.isNaN(d)) throw vm.valueError("cannot convert float NaN to integer");
        if (Double.isInfinite(d)) throw vm.raise("OverflowError", "cannot convert float infinity to integer");
        if (Math.abs(d) < 1e18) return vm.ints.of((long) d);
        return vm.ints.of(new BigDecimal(d).toBigInteger());
    }

    private int parseInt(String text, int base) {
        String t = text.strip().replace("_", "");
        try {
            if (base == 0) {
                String u = t.toLowerCase();
                String digits = u.startsWith("-") || u.startsWith("+") ? u.substring(1) : u;
                int b = digits.startsWith("0x") ? 16 : digits.startsWith("0o") ? 8 : digits.startsWith("0b") ? 2 : 10;
                if (b != 10) t = (u.startsWith("-") ? "-" : "") + digits.substring(2);
                base = b;
            } else if (base == 16 || base == 8 || base == 2) {
                String u = t.toLowerCase();
                String sign = u.startsWith("-") || u.startsWith("+") ? u.substring(0, 1) : "";
                String digits = u.substring(sign.length());
                String prefix = base == 16 ? "0x" : base == 8 ? "0o" : "0b";
                if (digits.startsWith(prefix)) t = sign + digits.substring(2);
            }
            if (t.isEmpty() || text.contains("__") || text.strip().startsWith("_") || text.strip().endsWith("_")) {
                throw new NumberFormatException();
            }
            return vm.ints.of(new BigInteger(t, base));
        } catch (NumberFormatException e) {
            throw vm.valueError("invalid literal for int() with base " + base + ": " + StrRepr.repr(text));
        }
    }

    /** float(v). */
    int toFloat(int v) {
        if (vm.floats.isFloat(v)) return v;
        if (vm.ints.isInt(v)) return vm.floats.box(vm.ints.toDouble(v));
        if (!Tag.isInt(v) && vm.typeOf(v) == TypeId.STR) {
            String text = vm.str.toJava(v);
            String t = text.strip().replace("_", "").toLowerCase();
            String body = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
            double sign = t.startsWith("-") ? -1.0 : 1.0;
            if (body.equals("inf") || body.equals("infinity")) return vm.floats.box(sign * Double.POSITIVE_INFINITY);
            if (body.equals("nan")) return vm.floats.box(Double.NaN);
            if (!body.isEmpty() && body.chars().allMatch(c -> (c >= '0' && c <= '9') || c == '.' || c == 'e' || c == '-' || c == '+')) {
                try {
                    return vm.floats.box(Double.parseDouble(t));
                } catch (NumberFormatException e) {
                    // falls through to the error
                }
            }
            throw vm.valueError("could not convert string to float: " + StrRepr.repr(text));
        }
        throw vm.typeError("float() argument must be a string or a real number, not '" + vm.typeName(v) + "'");
    }

    /** round(v) and round(v, ndigits). */
    int round(int v, int nd) {
        if (vm.ints.isInt(v)) {
            if (nd == vm.none || vm.ints.sign(nd) >= 0) return vm.ints.isExactInt(v) ? v : Tag.box(vm.ints.sign(v));
            BigInteger p = BigInteger.TEN.pow((int) -vm.ints.toLong(nd));
            BigDecimal q = new BigDecimal(vm.ints.toBig(v)).divide(new BigDecimal(p)).setScale(0, RoundingMode.HALF_EVEN);
            return vm.ints.of(q.toBigInteger().multiply(p));
        }
        if (!vm.floats.isFloat(v)) throw vm.typeError("type " + vm.typeName(v) + " doesn't define __round__ method");
        double d = vm.floats.value(v);
        if (nd == vm.none) {
            if (Double.isNaN(d)) throw vm.valueError("cannot convert float NaN to integer");
            if (Double.isInfinite(d)) throw vm.raise("OverflowError", "cannot convert float infinity to integer");
            return vm.ints.of(new BigDecimal(d).setScale(0, RoundingMode.HALF_EVEN).toBigInteger());
        }
        if (Double.isNaN(d) || Double.isInfinite(d) || d == 0.0) return v;
        int digits = (int) Math.max(-400, Math.min(400, vm.ints.toLong(nd)));
        double r = new BigDecimal(d).setScale(digits, RoundingMode.HALF_EVEN).doubleValue();
        return vm.floats.box(r == 0.0 ? Math.copySign(0.0, d) : r);
    }
}
