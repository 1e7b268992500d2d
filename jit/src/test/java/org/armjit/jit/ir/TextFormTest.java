package org.armjit.jit.ir;

import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCallTable;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextFormTest {
    static final String LOOP = """
            [i0, p1, f2]
            label(i0, p1, f2, descr=<Loop1>)
            debug_merge_point(descr=<code 3 pc 18>)
            i3 = int_add_ovf(i0, 1)
            guard_no_overflow(descr=<Guard0x0>) [3@18: i0, p1, v0 | 4@2: -7, 1.5, ConstPtr(null), ConstPtr(0x1000002b)] {v0: FLOAT 16 +8=f2; v1: TUPLE 12 +4=1 +8=v0}
            guard_class(p1, descr=<Guard0x1 class LIST>) [3@20: i3, v1] {v0: FLOAT 16 +8=f2; v1: TUPLE 12 +4=1 +8=v0}
            p4 = getfield_gc_r(p1, descr=<field 8>)
            i5 = getarrayitem_gc_i(p4, i3, descr=<array 8 4>)
            f6 = call_f(f2, f2, f2, descr=<call fma>)
            p7 = new_array(i5, descr=<new_array OBJ_ARRAY 8 4>)
            p8 = new(descr=<new FLOAT 16>)
            setfield_gc(p8, -0.0, descr=<field 8>)
            f9 = float_add(f6, NaN)
            jump(i3, p1, f9, descr=<Loop1>)
            """;

    private static RuntimeCallTable table() {
        RuntimeCallTable t = new RuntimeCallTable();
        t.register("fma", Kind.FLOAT, List.of(Kind.FLOAT, Kind.FLOAT, Kind.FLOAT), false, a -> 0);
        return t;
    }

    @Test
    void printThenParseIsTheIdentityOnText() {
        RuntimeCallTable calls = table();
        Trace t = TraceParser.parse(LOOP, calls);
        Verifier.verify(t, calls, java.util.Map.of());
        String printed = TracePrinter.print(t, calls);
        assertEquals(printed, TracePrinter.print(TraceParser.parse(printed, calls), calls));
        assertTrue(printed.contains("i3 = int_add_ovf(i0, 1)"), printed);
        assertTrue(printed.contains("guard_no_overflow(descr=<Guard0x0>) [3@18: i0, p1, v0 | 4@2: -7, 1.5, ConstPtr(null), ConstPtr(0x1000002b)] {v0: FLOAT 16 +8=f2}"), printed);
        assertTrue(printed.contains("guard_class(p1, descr=<Guard0x1 class LIST>) [3@20: i3, v0] {v0: TUPLE 12 +4=1 +8=v1; v1: FLOAT 16 +8=f2}"), printed);
        assertTrue(printed.contains("setfield_gc(p8, -0.0, descr=<field 8>)"));
        assertTrue(printed.contains("f6 = call_f(f2, f2, f2, descr=<call fma>)"));
        // Without a table, calls print and parse by id.
        String byId = TracePrinter.print(t);
        assertTrue(byId.contains("descr=<call #0>"));
        assertEquals(byId, TracePrinter.print(TraceParser.parse(byId)));
    }

    @Test
    void snapshotsKnowTheirLiveValuesAndVirtuals() {
        Trace t = TraceParser.parse(LOOP, table());
        Operation g = t.ops().get(3);
        assertEquals(Op.GUARD_NO_OVERFLOW, g.op);
        List<Value> live = g.snapshot.liveValues();
        assertEquals(3, live.size());
        assertSame(t.inputs().get(0), live.get(0));
        assertSame(t.inputs().get(2), live.get(2), "a virtual's field values are live too");
        assertEquals(1, g.snapshot.virtuals().size());
        assertEquals(2, g.snapshot.frames().size());
        assertEquals(4, g.snapshot.innermost().codeId());
    }

    @Test
    void parseErrorsNameTheLine() {
        var e = assertThrows(TraceParser.ParseError.class, () -> TraceParser.parse("[i0]\ni1 = int_add(i0, i9)\nfinish(i1)"));
        assertTrue(e.getMessage().contains("line 2") && e.getMessage().contains("i9"), e.getMessage());
        assertThrows(TraceParser.ParseError.class, () -> TraceParser.parse("[i0]\ni1 = int_bogus(i0)\nfinish(i1)"));
        assertThrows(TraceParser.ParseError.class, () -> TraceParser.parse("[i0]\nguard_true(i0, descr=<Guard0x0>)\nfinish(i0)"));
        assertThrows(TraceParser.ParseError.class, () -> TraceParser.parse("[i0]\nf1 = int_add(i0, i0)\nfinish(f1)"));
    }

    @Test
    void everyOpHasADocAndAUniqueName() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Op op : Op.values()) {
            assertTrue(names.add(op.text), op.text);
            assertTrue(op.doc.length() > 3, op.text);
            assertSame(op, Op.byText(op.text));
        }
    }
}
