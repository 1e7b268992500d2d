package org.armjit.jit.opt;

import org.armjit.jit.ir.Op;
import org.armjit.jit.ir.Operation;
import org.armjit.jit.ir.Trace;
import org.armjit.jit.ir.TraceParser;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What unroll hoists out of the loop proper: loads nothing in the body can overwrite. */
class UnrollTest {
    private static final String LOOP = """
            [p0, p1, i2]
            label(p0, p1, i2, descr=<Loop7>)
            GUARD0
            guard_class(p1, descr=<Guard0x2 class ITERATOR>) [1@0: p0, p1, i2]
            i3 = getfield_gc_i(p0, descr=<field 12>)
            guard_value(i3, 2, descr=<Guard0x3>) [1@0: p0, p1, i2]
            p7 = getfield_gc_r(p1, descr=<field 8 immutable>)
            CALL
            i4 = getfield_gc_i(p1, descr=<field 12>)
            i5 = int_add(i4, 1)
            setfield_gc(p1, i5, descr=<field 12>)
            i6 = int_lt(i5, i2)
            guard_true(i6, descr=<Guard0x4>) [1@0: p0, p1, i2]
            jump(p0, p1, i2, descr=<Loop7>)
            """;

    /** The loads of the loop proper (after its label), as "object offset". */
    private static List<String> loadsInLoop(String text) {
        RuntimeCallTable calls = new RuntimeCallTable();
        calls.register("f", Kind.INT, List.of(Kind.INT), false, a -> 0);
        Trace t = new Unroll().run(TraceParser.parse(text, calls));
        List<Operation> ops = t.ops();
        int last = -1;
        for (int i = 0; i < ops.size(); i++) if (ops.get(i).op == Op.LABEL) last = i;
        Operation label = ops.get(last);
        return ops.subList(last, ops.size()).stream()
                .filter(o -> o.op == Op.GETFIELD_GC_I || o.op == Op.GETFIELD_GC_R)
                .map(o -> (o.arg(0) == label.arg(0) ? "list " : o.arg(0) == label.arg(1) ? "iterator " : "? ") + o.aux[0])
                .toList();
    }

    @Test
    void aStoreIntoAnObjectOfAnotherTypeLeavesALoadInvariant() {
        String guarded = LOOP.replace("GUARD0", "guard_class(p0, descr=<Guard0x1 class LIST>) [1@0: p0, p1, i2]").replace("CALL\n", "");
        // The list's field 12 is hoisted: the only store is into the iterator (another type) at the same offset.
        assertEquals(List.of("iterator 12"), loadsInLoop(guarded));
    }

    @Test
    void withoutItsTypeTheLoadMayAliasTheStore() {
        String unguarded = LOOP.replace("GUARD0\n", "").replace("CALL\n", "");
        assertEquals(List.of("list 12", "iterator 12"), loadsInLoop(unguarded));
    }

    @Test
    void anImmutableLoadIsInvariantEvenAcrossCalls() {
        String withCall = LOOP.replace("GUARD0", "guard_class(p0, descr=<Guard0x1 class LIST>) [1@0: p0, p1, i2]")
                .replace("CALL", "i8 = call_i(i2, descr=<call f>)");
        // The call could change any mutable field; the immutable field 8 stays hoisted.
        assertEquals(List.of("list 12", "iterator 12"), loadsInLoop(withCall));
    }
}
