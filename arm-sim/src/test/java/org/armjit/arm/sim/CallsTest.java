package org.armjit.arm.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.armjit.arm.abi.ArgType;
import org.armjit.arm.abi.FloatAbi;
import org.armjit.arm.abi.Signature;
import org.armjit.runtime.calls.Kind;
import org.armjit.runtime.calls.RuntimeCall;
import org.junit.jupiter.api.Test;

/** Calls into simulated code and out to Java, under both float ABIs, and the contract checks. */
class CallsTest {
    private static long bits(double d) { return Double.doubleToRawLongBits(d); }

    @Test
    void hardFloatCallPassesDoublesInVfpRegistersAndIntsInCoreRegisters() {
        // double f(int a, double x, int b, double y) = a * x + b + y
        Machine m = new Machine("""
                vmov s4, r0
                vcvt.f64.s32 d2, s4
                vmul.f64 d0, d2, d0
                vmov s4, r1
                vcvt.f64.s32 d2, s4
                vadd.f64 d0, d0, d2
                vadd.f64 d0, d0, d1
                bx lr
                """);
        long r = m.sim.call(Machine.CODE, Signature.of(ArgType.DOUBLE, ArgType.INT, ArgType.DOUBLE, ArgType.INT, ArgType.DOUBLE),
                3, bits(1.5), 10, bits(0.25));
        assertEquals(14.75, Double.longBitsToDouble(r));
    }

    @Test
    void softFpCallPassesDoublesInEvenCoreRegisterPairsAndOnTheStack() {
        // double f(int a, double x, double y): a in r0, x in r2:r3, y at [sp]; result in r0:r1
        Machine m = new Machine("""
                vmov d0, r2, r3
                vldr d1, [sp]
                vmov s4, r0
                vcvt.f64.s32 d2, s4
                vmul.f64 d0, d0, d2
                vsub.f64 d0, d0, d1
                vmov r0, r1, d0
                bx lr
                """, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults().withFloatAbi(FloatAbi.SOFTFP));
        long r = m.sim.call(Machine.CODE, Signature.of(ArgType.DOUBLE, ArgType.INT, ArgType.DOUBLE, ArgType.DOUBLE),
                4, bits(2.5), bits(0.5));
        assertEquals(9.5, Double.longBitsToDouble(r));
    }

    @Test
    void fifthIntegerArgumentGoesOnTheStack() {
        Machine m = new Machine("""
                ldr r12, [sp]
                add r0, r0, r1
                add r0, r0, r2
                add r0, r0, r3
                add r0, r0, r12
                bx lr
                """);
        Signature sig = Signature.of(ArgType.INT, ArgType.INT, ArgType.INT, ArgType.INT, ArgType.INT, ArgType.INT);
        assertEquals(15, m.sim.call(Machine.CODE, sig, 1, 2, 3, 4, 5));
    }

    private static RuntimeCall registerMulAdd(Machine m, List<long[]> seen) {
        // double muladd(int k, double x, ref p) = k * x + p
        return m.calls.register("muladd", Kind.FLOAT, List.of(Kind.INT, Kind.FLOAT, Kind.REF), false, args -> {
            seen.add(args.clone());
            return bits(args[0] * Double.longBitsToDouble(args[1]) + args[2]);
        });
    }

    @Test
    void callOutThroughSvcStubReadsArgumentsByTheHardFloatConvention() {
        List<long[]> seen = new ArrayList<>();
        Machine m = new Machine("""
                push {r4, lr}
                mov r0, #7
                vmov.f64 d0, #2.5
                mov r1, #100
                bl stub
                pop {r4, pc}
                stub:
                svc #0xa00000
                bx lr
                """);
        registerMulAdd(m, seen);
        long r = m.sim.call(Machine.CODE, Signature.of(ArgType.DOUBLE));
        assertEquals(117.5, Double.longBitsToDouble(r));
        assertEquals(7, seen.get(0)[0]);
        assertEquals(100, seen.get(0)[2]);
    }

    @Test
    void callOutUnderSoftFpReadsTheDoubleFromAnEvenRegisterPair() {
        List<long[]> seen = new ArrayList<>();
        Machine m = new Machine("""
                push {r4, lr}
                mov r0, #3
                movw r2, #0
                movt r2, #0
                movw r3, #0
                movt r3, #0x4004
                mov r1, #0
                sub sp, sp, #8
                mov r12, #5
                str r12, [sp]
                bl stub
                add sp, sp, #8
                pop {r4, pc}
                stub:
                svc #0xa00000
                bx lr
                """, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults().withFloatAbi(FloatAbi.SOFTFP));
        registerMulAdd(m, seen);
        long r = m.sim.call(Machine.CODE, Signature.of(ArgType.DOUBLE));
        assertEquals(3 * 2.5 + 5, Double.longBitsToDouble(r)); // x = 0x4004000000000000 = 2.5 in r2:r3, p on the stack
    }

    @Test
    void stubWrittenBySvcStubsDispatchesToTheRuntimeCall() {
        Machine m = new Machine("""
                push {r4, lr}
                blx r0
                add r0, r0, #1
                pop {r4, pc}
                """);
        RuntimeCall twice = m.calls.register("twice", Kind.INT, List.of(Kind.INT), false, a -> 2 * a[0]);
        int stub = Machine.CODE + 0x800;
        SvcStubs.write(m.code, stub, twice);
        m.map.flushICache(stub, SvcStubs.STUB_SIZE);
        // r0 = stub address, passed on by blx as the runtime call's argument
        long r = m.sim.call(Machine.CODE, Signature.of(ArgType.INT, ArgType.POINTER), stub);
        assertEquals(2 * stub + 1, r);
    }

    // ---------------- contract checks: each catches deliberately broken code ----------------

    @Test
    void clobberingACalleeSavedCoreRegisterIsCaught() {
        Machine m = new Machine("mov r5, #1\nbx lr\n");
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.VOID)));
        assertEquals(FaultKind.CONTRACT, f.kind());
        assertTrue(f.getMessage().contains("r5"), f.getMessage());
    }

    @Test
    void clobberingACalleeSavedVfpRegisterIsCaught() {
        Machine m = new Machine("vmov.f64 d9, #1.0\nbx lr\n");
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.VOID)));
        assertEquals(FaultKind.CONTRACT, f.kind());
        assertTrue(f.getMessage().contains("d9"), f.getMessage());
    }

    @Test
    void unbalancedStackIsCaught() {
        Machine m = new Machine("push {r0}\nbx lr\n");
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.VOID)));
        assertEquals(FaultKind.CONTRACT, f.kind());
        assertTrue(f.getMessage().contains("sp"), f.getMessage());
    }

    @Test
    void misalignedStackAtACallOutIsCaught() {
        Machine m = new Machine("push {lr}\nbl stub\npop {pc}\nstub:\nsvc #0xa00000\nbx lr\n");
        m.calls.register("nop", Kind.VOID, List.of(), false, a -> 0);
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.VOID)));
        assertEquals(FaultKind.CONTRACT, f.kind());
        assertTrue(f.getMessage().contains("aligned"), f.getMessage());
    }

    @Test
    void relyingOnACallerSavedRegisterAcrossACallOutIsCaught() {
        // Broken: keeps a value in r2 across the call, then returns it.
        Machine m = new Machine("push {r4, lr}\nmov r2, #42\nbl stub\nmov r0, r2\npop {r4, pc}\nstub:\nsvc #0xa00000\nbx lr\n");
        m.calls.register("nop", Kind.VOID, List.of(), false, a -> 0);
        long r = m.sim.call(Machine.CODE, Signature.of(ArgType.INT));
        assertEquals(0xdead0002L, r & 0xffffffffL, "r2 is trashed after the call out");
        Machine lax = new Machine("push {r4, lr}\nmov r2, #42\nbl stub\nmov r0, r2\npop {r4, pc}\nstub:\nsvc #0xa00000\nbx lr\n",
                CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults().withTrashCallerSaved(false));
        lax.calls.register("nop", Kind.VOID, List.of(), false, a -> 0);
        assertEquals(42, lax.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
    }

    @Test
    void infiniteLoopExhaustsTheBudget() {
        Machine m = new Machine("1: b 1b\n", CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults().withBudget(10_000));
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.VOID)));
        assertEquals(FaultKind.BUDGET_EXHAUSTED, f.kind());
        assertEquals(10_000, m.sim.instructionsExecuted());
    }

    @Test
    void executingCodeWrittenWithoutAFlushIsCaught() {
        // Patches its own next instruction (mov r0, #1 -> mov r0, #2) without flushing.
        Machine m = new Machine("""
                adr r1, 1f
                ldr r2, 2f
                str r2, [r1]
                1: mov r0, #1
                bx lr
                2: mov r0, #2
                """);
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
        assertEquals(FaultKind.STALE_CODE, f.kind());
    }

    @Test
    void codeRewrittenAfterExecutionWithoutAFlushIsCaughtAndAFlushMakesItValid() {
        Machine m = new Machine("mov r0, #1\nbx lr\n");
        assertEquals(1, m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
        m.code.storeWord(Machine.CODE, 0xe3a00002); // mov r0, #2, written by "the JIT"
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
        assertEquals(FaultKind.STALE_CODE, f.kind());
        m.map.flushICache(Machine.CODE, 4);
        assertEquals(2, m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
    }

    @Test
    void faultReportShowsPcRecentInstructionsAndRegisters() {
        Machine m = new Machine("mov r0, #0\nmov r1, #1\nldr r2, [r0]\nbx lr\n");
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.VOID)));
        assertEquals(FaultKind.BAD_ADDRESS, f.kind());
        assertEquals(Machine.CODE + 8, f.pc());
        String report = f.report();
        assertTrue(report.contains("pc 0x00010008"), report);
        assertTrue(report.contains("=> 00010008  e5902000"), report);
        assertTrue(report.contains("00010004  e3a01001"), report);
        assertTrue(report.contains("r1  0x00000001"), report);
        assertTrue(report.contains("d15 "), report);
    }

    @Test
    void exceptionInARuntimeCallBecomesAFault() {
        Machine m = new Machine("push {r4, lr}\nbl stub\npop {r4, pc}\nstub:\nsvc #0xa00000\nbx lr\n");
        m.calls.register("boom", Kind.VOID, List.of(), false, a -> { throw new IllegalStateException("boom"); });
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.VOID)));
        assertEquals(FaultKind.TRAP, f.kind());
        assertTrue(f.getMessage().contains("boom"));
    }

    @Test
    void instructionCountsArePerRegionToo() {
        Machine m = new Machine("mov r0, #3\n1: subs r0, r0, #1\nbne 1b\nbx lr\n");
        m.sim.call(Machine.CODE, Signature.of(ArgType.VOID));
        assertEquals(1 + 3 * 2 + 1, m.sim.instructionsExecuted());
        assertEquals(8, m.map.regionAt(Machine.CODE).instructionsExecuted());
    }
}
