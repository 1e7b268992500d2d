package org.armjit.arm.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.armjit.arm.abi.ArgType;
import org.armjit.arm.abi.Signature;
import org.armjit.runtime.mem.GuestMemory;
import org.junit.jupiter.api.Test;

/**
 * The run loop executes straight-line runs of instructions as {@link CodeBlock}s; what it
 * observably does must not depend on where blocks begin and end: budget, counts, fault pcs
 * and the stale-code check are exact to the instruction.
 */
class BlockExecutionTest {
    private static final String STRAIGHT_LINE = """
            mov r0, #1
            mov r1, #2
            mov r2, #3
            mov r3, #4
            mov r4, #5
            mov r5, #6
            mov r6, #7
            bx lr
            """;

    @Test
    void budgetRunsOutAtTheExactInstructionInsideAStraightLineRun() {
        Machine m = new Machine(STRAIGHT_LINE, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults().withBudget(5));
        SimFault f = assertThrows(SimFault.class, () -> m.run());
        assertEquals(FaultKind.BUDGET_EXHAUSTED, f.kind());
        assertEquals(Machine.CODE + 20, f.pc());
        assertEquals(5, m.sim.instructionsExecuted());
        assertEquals(5, m.map.regionAt(Machine.CODE).instructionsExecuted());
        assertEquals(5, m.sim.reg(4));
        assertEquals(0, m.sim.reg(5));
        assertTrue(f.report().contains("00010010  e3a04005"), f.report());
    }

    @Test
    void aFaultInsideARunReportsItsOwnPcAndCountsOnlyWhatRan() {
        Machine m = new Machine("mov r0, #0\nmov r1, #1\nldr r2, [r0]\nmov r3, #3\nbx lr\n");
        SimFault f = assertThrows(SimFault.class, () -> m.run());
        assertEquals(FaultKind.BAD_ADDRESS, f.kind());
        assertEquals(Machine.CODE + 8, f.pc());
        assertEquals(3, m.sim.instructionsExecuted());
        assertEquals(0, m.sim.reg(3));
    }

    @Test
    void faultReportListsTheLastSixteenInstructionsInExecutionOrderAcrossBranches() {
        Machine m = new Machine("""
                mov r0, #0
                mov r1, #5
                1: add r0, r0, #1
                subs r1, r1, #1
                bne 1b
                mov r2, #0
                ldr r3, [r2]
                """);
        SimFault f = assertThrows(SimFault.class, () -> m.run());
        List<Integer> listed = new ArrayList<>();
        Matcher line = Pattern.compile("(?m)^(=> |   )([0-9a-f]{8})  ").matcher(f.report());
        while (line.find()) listed.add(Integer.parseUnsignedInt(line.group(2), 16));
        List<Integer> executed = new ArrayList<>(List.of(0x10000, 0x10004));
        for (int k = 0; k < 5; k++) executed.addAll(List.of(0x10008, 0x1000c, 0x10010));
        executed.addAll(List.of(0x10014, 0x10018));
        assertEquals(executed.subList(executed.size() - 16, executed.size()), listed);
        assertTrue(f.report().contains("=> 00010018"), f.report());
    }

    @Test
    void aConditionalBranchNotTakenContinuesWithTheNextInstruction() {
        Machine m = new Machine("mov r0, #1\ncmp r0, #2\nbeq 1f\nadd r0, r0, #10\n1: bx lr\n");
        m.run();
        assertEquals(11, m.sim.reg(0));
        assertEquals(5, m.sim.instructionsExecuted());
    }

    @Test
    void aWordNeverExecutedMayChangeWithoutAFlush() {
        // mov pc, lr ends the run dynamically; the word after it is data rewritten by Java.
        Machine m = new Machine("mov r0, #1\nmov pc, lr\n.word 0\n");
        assertEquals(1, m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
        m.code.storeWord(Machine.CODE + 8, 0x1234_5678);
        assertEquals(1, m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
    }

    @Test
    void storeIntoAWordNotExecutedLaterIsNoFault() {
        // The code writes a literal after its return; only executing such a word would fault.
        Machine m = new Machine("adr r1, 1f\nmov r2, #9\nstr r2, [r1]\nldr r0, [r1]\nmov pc, lr\n1: .word 0\n");
        assertEquals(9, m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
        assertEquals(9, m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
    }

    @Test
    void storeIntoALaterWordOfTheSameRunIsCaughtBeforeItExecutes() {
        // The patched word is three instructions ahead, inside the straight-line run.
        Machine m = new Machine("""
                adr r1, 1f
                ldr r2, 2f
                str r2, [r1]
                mov r3, #3
                1: mov r0, #1
                bx lr
                2: mov r0, #2
                """);
        SimFault f = assertThrows(SimFault.class, () -> m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
        assertEquals(FaultKind.STALE_CODE, f.kind());
        assertEquals(Machine.CODE + 16, f.pc());
        assertEquals(3, m.sim.reg(3));
    }

    @Test
    void storeIntoCodeWithTheCheckOffExecutesTheNewInstruction() {
        Machine m = new Machine("""
                adr r1, 1f
                ldr r2, 2f
                str r2, [r1]
                1: mov r0, #1
                bx lr
                2: mov r0, #2
                """, CpuModel.ARMV7_VFPV3_IDIV, SimOptions.defaults().withCheckStaleCode(false));
        assertEquals(2, m.sim.call(Machine.CODE, Signature.of(ArgType.INT)));
    }

    @Test
    void countsPerRegionStayExactAcrossCallsBetweenRegions() {
        Machine m = new Machine("push {r4, lr}\nmov r4, #0\nmovw r12, #0\nmovt r12, #2\n"
                + "1: blx r12\nadd r4, r4, #1\ncmp r4, #3\nbne 1b\npop {r4, pc}\n");
        GuestMemory lib = GuestMemory.allocate(0x20000, 0x1000);
        int[] body = org.armjit.arm.sim.oracle.GnuAs.assemble("add r0, r0, #2\nadd r0, r0, #3\nbx lr\n");
        for (int k = 0; k < body.length; k++) lib.storeWord(0x20000 + 4 * k, body[k]);
        m.map.map("lib", lib, Access.RX);
        m.sim.setReg(0, 0);
        m.run();
        assertEquals(15, m.sim.reg(0));
        assertEquals(4 + 3 * 4 + 1, m.map.regionAt(Machine.CODE).instructionsExecuted());
        assertEquals(3 * 3, m.map.regionAt(0x20000).instructionsExecuted());
        assertEquals(4 + 3 * 4 + 1 + 3 * 3, m.sim.instructionsExecuted());
    }
}
