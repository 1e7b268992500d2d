package org.armjit.backend.arm;

import org.armjit.jit.ir.Op;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCall;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.armjit.runtime.heap.Heap;

import java.util.List;

/**
 * The runtime calls generated code makes for its own slow paths (none of them collects):
 * allocation when the inline nursery bump fails, the write barrier's remembering, arrays of
 * a length known only at run time, division where the target has no SDIV, and float
 * arithmetic where it has no FPU.
 */
final class BackendHelpers {
    final RuntimeCall allocate;
    final RuntimeCall remember;
    final RuntimeCall newArray;
    private final RuntimeCall floorDiv;
    private final RuntimeCall mod;
    private final RuntimeCall pyDiv;
    private final RuntimeCall pyMod;
    private final RuntimeCallTable calls;
    private SoftFloatRoutines softFloat;

    BackendHelpers(Heap heap, RuntimeCallTable calls) {
        allocate = register(calls, "jit_allocate", Kind.REF, List.of(Kind.INT, Kind.INT), a -> heap.allocate((int) a[0], (int) a[1]));
        remember = register(calls, "jit_remember", Kind.VOID, List.of(Kind.REF), a -> {
            heap.remember((int) a[0]);
            return 0;
        });
        newArray = register(calls, "jit_new_array", Kind.REF, List.of(Kind.INT, Kind.INT, Kind.INT, Kind.INT), a -> {
            int n = (int) a[0];
            int addr = heap.allocate((int) a[1], (int) a[2] + n * (int) a[3]);
            heap.memory().storeWord(addr + 4, n);
            return addr;
        });
        floorDiv = register(calls, "jit_int_floordiv", Kind.INT, List.of(Kind.INT, Kind.INT),
                a -> (int) a[1] == 0 ? 0 : (int) a[0] / (int) a[1]);
        mod = register(calls, "jit_int_mod", Kind.INT, List.of(Kind.INT, Kind.INT),
                a -> (int) a[1] == 0 ? 0 : (int) a[0] % (int) a[1]);
        pyDiv = register(calls, "jit_int_py_div", Kind.INT, List.of(Kind.INT, Kind.INT),
                a -> (int) a[1] == 0 ? 0 : Math.floorDiv((int) a[0], (int) a[1]));
        pyMod = register(calls, "jit_int_py_mod", Kind.INT, List.of(Kind.INT, Kind.INT),
                a -> (int) a[1] == 0 ? 0 : Math.floorMod((int) a[0], (int) a[1]));
        this.calls = calls;
    }

    /** The run-time ABI's float routines, which float ops call on targets without an FPU (registered on first use). */
    SoftFloatRoutines softFloat() {
        if (softFloat == null) softFloat = new SoftFloatRoutines(calls);
        return softFloat;
    }

    /** Registers a helper, or finds it when another backend on the same table already did (same semantics). */
    private static RuntimeCall register(RuntimeCallTable calls, String name, Kind result, List<Kind> args, RuntimeCall.Impl impl) {
        for (RuntimeCall c : calls.all()) if (c.name().equals(name)) return c;
        return calls.register(name, result, args, false, impl);
    }

    RuntimeCall intDivision(Op op) {
        return switch (op) {
            case INT_FLOORDIV -> floorDiv;
            case INT_MOD -> mod;
            case INT_PY_DIV -> pyDiv;
            case INT_PY_MOD -> pyMod;
            default -> throw new IllegalArgumentException(op.text);
        };
    }
}
