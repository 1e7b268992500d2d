package org.armjit.jit.ir;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VerifierTest {
    private static void rejects(String text, String because) {
        Trace t = TraceParser.parse(text);
        Verifier.Failure f = assertThrows(Verifier.Failure.class, () -> Verifier.verify(t));
        assertTrue(f.getMessage().contains(because), f.getMessage());
    }

    @Test
    void acceptsAWellFormedLoop() {
        assertDoesNotThrow(() -> Verifier.verify(TraceParser.parse("""
                [i0, p1]
                label(i0, p1, descr=<Loop1>)
                i2 = int_add_ovf(i0, 1)
                guard_no_overflow(descr=<Guard0x0>) [1@1: i0, p1]
                jump(i2, p1, descr=<Loop1>)
                """)));
    }

    @Test
    void valuesBeforeALabelAreNotVisibleAfterIt() {
        rejects("""
                [i0, i1]
                i2 = int_add(i0, i1)
                label(i0, descr=<Loop1>)
                i3 = int_add(i2, 1)
                jump(i3, descr=<Loop1>)
                """, "not defined here");
    }

    @Test
    void kindsAreChecked() {
        rejects("[i0, f1]\ni2 = int_add(i0, f1)\nfinish(i2)", "operand 1 is FLOAT");
        rejects("[i0]\nguard_value(i0, 1.5, descr=<Guard0x0>) [1@1: i0]\nfinish(i0)", "kinds differ");
        rejects("[i0, i1]\nguard_value(i0, i1, descr=<Guard0x0>) [1@1: i0]\nfinish(i0)", "must be a constant");
    }

    @Test
    void overflowGuardsPairWithOverflowOps() {
        rejects("[i0]\ni1 = int_add_ovf(i0, 1)\ni2 = int_add(i1, 1)\nfinish(i2)", "must be followed");
        rejects("[i0]\ni1 = int_add(i0, 1)\nguard_no_overflow(descr=<Guard0x0>) [1@1: i0]\nfinish(i1)", "does not follow");
    }

    @Test
    void controlFlowShape() {
        rejects("[i0]\ni1 = int_add(i0, 1)", "does not end");
        rejects("[i0]\nlabel(i0, descr=<Loop1>)\njump(i0, i0, descr=<Loop1>)", "do not match");
        rejects("[i0]\njump(i0, descr=<Loop7>)", "no label Loop7");
        rejects("[i0]\nlabel(i0, i0, descr=<Loop1>)\njump(i0, i0, descr=<Loop1>)", "listed twice");
        rejects("[i0]\nfinish(i0)\nfinish(i0)", "must be the last op");
    }

    @Test
    void guardsNeedVisibleSnapshotsAndUniqueIds() {
        rejects("""
                [i0, i1]
                i2 = int_add(i0, i1)
                label(i0, descr=<Loop1>)
                guard_true(i0, descr=<Guard0x0>) [1@1: i2]
                jump(i0, descr=<Loop1>)
                """, "snapshot value not defined");
        TraceBuilder b = new TraceBuilder();
        InputArg x = b.input(Type.INT);
        b.guard(Op.GUARD_TRUE, Snapshot.of(1, 1, x), x);
        b.guard(Op.GUARD_TRUE, Snapshot.of(1, 2, x), x);
        b.finish(x);
        Trace t = b.build();
        assertTrue(t.ops().get(0).guardId != t.ops().get(1).guardId, "builder keeps guard ids unique");
        rejects("[i0]\nguard_true(i0, descr=<Guard0x0>) [1@1: v0] {v0: FLOAT 16 +12=1.5}\nfinish(i0)", "outside its object");
    }
}
