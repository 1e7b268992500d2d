package org.armjit.arm.abi;

import java.util.List;

/** A function's parameter types and result type. */
public record Signature(ArgType result, List<ArgType> params) {
    public Signature {
        params = List.copyOf(params);
        for (ArgType t : params) {
            if (t == ArgType.VOID) throw new IllegalArgumentException("void parameter");
        }
    }

    /** The machine signature of a runtime call: INT as int, FLOAT as double, REF as pointer. */
    public static Signature of(org.armjit.runtime.calls.RuntimeCall call) {
        List<ArgType> ps = new java.util.ArrayList<>();
        for (org.armjit.runtime.calls.Kind k : call.args()) ps.add(of(k));
        return new Signature(of(call.result()), ps);
    }

    private static ArgType of(org.armjit.runtime.calls.Kind k) {
        switch (k) {
            case INT: return ArgType.INT;
            case FLOAT: return ArgType.DOUBLE;
            case REF: return ArgType.POINTER;
            default: return ArgType.VOID;
        }
    }

    public static Signature of(ArgType result, ArgType... params) {
        return new Signature(result, List.of(params));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(result.name().toLowerCase()).append('(');
        for (int i = 0; i < params.size(); i++) {
            if (i > 0) sb.append(", ");
            sb.append(params.get(i).name().toLowerCase());
        }
        return sb.append(')').toString();
    }
}
