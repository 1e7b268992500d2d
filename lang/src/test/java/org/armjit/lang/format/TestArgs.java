package org.armjit.lang.format;

import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * The tests' {@link FormatArgs} over decoded golden values (BigInteger, Double, String,
 * Boolean, {@link Other}, mapping), doing what the interpreter does for guest objects.
 */
final class TestArgs implements FormatArgs {
    /** An object of a user class with the given type name, str() and repr(). */
    record Other(String typeName, String str, String repr) {}

    /** A dict argument: its repr and its items. */
    record Mapping(String repr, Map<String, Object> items) {}

    private final List<Object> values;
    private final boolean tuple;

    private TestArgs(List<Object> values, boolean tuple) {
        this.values = values;
        this.tuple = tuple;
    }

    static TestArgs tuple(List<Object> values) {
        return new TestArgs(values, true);
    }

    static TestArgs single(Object value) {
        return new TestArgs(List.of(value), false);
    }

    @Override public boolean isTuple() { return tuple; }

    @Override public int count() { return values.size(); }

    @Override public boolean isMapping() { return !tuple && values.get(0) instanceof Mapping; }

    @Override
    public FormatArgs lookup(String key) {
        Mapping m = (Mapping) values.get(0);
        if (!m.items().containsKey(key)) throw new FormatException("KeyError", StrRepr.repr(key));
        return single(m.items().get(key));
    }

    @Override
    public Kind kind(int i) {
        Object v = values.get(i);
        if (v instanceof Boolean) return Kind.BOOL;
        if (v instanceof BigInteger) return Kind.INT;
        if (v instanceof Double) return Kind.FLOAT;
        if (v instanceof String) return Kind.STR;
        return Kind.OTHER;
    }

    @Override
    public BigInteger bigValue(int i) {
        Object v = values.get(i);
        if (v instanceof Boolean b) return b ? BigInteger.ONE : BigInteger.ZERO;
        return (BigInteger) v;
    }

    @Override public double floatValue(int i) { return (Double) values.get(i); }

    @Override
    public String str(int i) {
        Object v = values.get(i);
        if (v instanceof Boolean b) return b ? "True" : "False";
        if (v instanceof BigInteger n) return IntText.toString(n);
        if (v instanceof Double d) return FloatFormat.repr(d);
        if (v instanceof String s) return s;
        if (v instanceof Mapping m) return m.repr();
        return ((Other) v).str();
    }

    @Override
    public String repr(int i) {
        Object v = values.get(i);
        if (v instanceof String s) return StrRepr.repr(s);
        if (v instanceof Other o) return o.repr();
        return str(i);
    }

    @Override
    public FormatArgs subscript(int i, Object key) {
        Object v = values.get(i);
        if (v instanceof String s && key instanceof Long k) return single(String.valueOf(s.charAt(k.intValue())));
        throw FormatException.typeError("'" + typeName(i) + "' object is not subscriptable");
    }

    @Override
    public FormatArgs attribute(int i, String name) {
        if (kind(i) == Kind.INT && name.equals("real")) return single(values.get(i));
        throw new FormatException("AttributeError", "'" + typeName(i) + "' object has no attribute '" + name + "'");
    }

    @Override
    public String typeName(int i) {
        Object v = values.get(i);
        if (v instanceof Boolean) return "bool";
        if (v instanceof BigInteger) return "int";
        if (v instanceof Double) return "float";
        if (v instanceof String) return "str";
        if (v instanceof Mapping) return "dict";
        return ((Other) v).typeName();
    }
}
