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
