package org.armjit.backend.arm;

import static org.armjit.arm.asm.Condition.AL;

import org.armjit.arm.asm.CodeBuffer;
import org.armjit.arm.asm.Condition;
import org.armjit.arm.asm.DataOp;
import org.armjit.arm.asm.ICacheFlusher;
import org.armjit.arm.asm.Label;
import org.armjit.arm.asm.MacroAssembler;
import org.armjit.arm.asm.ModifiedImmediate;
import org.armjit.arm.asm.Register;
import org.armjit.arm.asm.Shift;

/**
 * The code behind a direct call (PyPy's call_assembler): compiled code calls it exactly as it
 * would call the runtime call {@code call_function_n(function, a1..an, inlined)} (AAPCS, the
 * same arguments), and it enters the callee's compiled function trace itself when it can:
 *
 * <ol>
 * <li>The table row of the function's code key names this very function object, n arguments
 *     fit its parameters (the missing ones have defaults), it has compiled code; the call's frames (the callee's own, those the caller inlined, the
 *     most its code inlines) fit the recursion budget; a frame is left. Otherwise it
 *     tail-calls the runtime call (through Java and the interpreter, as before).</li>
 * <li>The callee's frame is the next one after the caller's: the arguments go into its first
 *     slots, the defaults of the missing parameters after them, NULL into the rest of its locals; the caller's frame names it as its child (so
 *     the collector scans it and Java entries go past it).</li>
 * <li>It enters through the common entry trampoline, which keeps the callee-saved registers, so
 *     the callee's finish or exit returns here with the caller's registers intact.</li>
 * <li>A finish: the result is slot 0. An exit: {@code direct_call_exit(frame, function,
 *     inlined)} decodes it and lets the interpreter finish the call (it returns the result,
 *     or 0 if it raised, which the caller's guard handles like the runtime call's 0).</li>
 * </ol>
 *
 * <pre>
 *   table row (ROW bytes per code key): +0 function, +4 trace address (0: none),
 *                                       +8 parameters, +12 inputs, +16 most inlined frames,
 *                                       +20 parameters without a default
 * </pre>
 */
final class DirectCallStub {
    private DirectCallStub() {}

    static final int KEYS = 4096;
    static final int ROW = 32;
    static final int ROW_FUNCTION = 0;
    static final int ROW_ADDRESS = 4;
    static final int ROW_NARGS = 8;
    static final int ROW_INPUTS = 12;
    static final int ROW_MAX_INLINED = 16;
    static final int ROW_MIN_ARGS = 20;
    static final int TABLE_BYTES = KEYS * ROW;

    /** r4-r8 and lr: six words keep sp 8-byte aligned. */
    private static final int SAVED = 0x41f0;
    private static final int SAVED_RETURN = 0x81f0;

    private static final Register R0 = Register.R0, R1 = Register.R1, R2 = Register.R2, R4 = Register.R4, R5 = Register.R5,
            R6 = Register.R6, R7 = Register.R7, R8 = Register.R8, IP = Register.IP, LR = Register.LR, FP = Register.FP,
            RT = Register.R10;

    /** Where the stub's pieces of the backend are. */
    record Layout(int table, int keyOffset, int defaultsOffset, int framesEnd, int enter, int unwind, int exitEntry) {}

    /**
     * The stub for calls with {@code n} arguments, at {@code at}; {@code fallback} is the entry
     * point of the runtime call it stands for.
     */
    static int[] emit(ArmTarget target, int at, int n, int fallback, Layout l) {
        MacroAssembler m = new MacroAssembler(target.cpu(), new CodeBuffer(at, ICacheFlusher.NONE));
        Label slow = new Label(), zero = new Label(), zeroed = new Label(), exited = new Label();
        m.push(AL, SAVED);
        // 1. The row of the function's code, for this function with n parameters and code.
        m.ldr(R4, R0, l.keyOffset());
        m.mov32(AL, IP, KEYS);
        m.cmp(R4, IP);
        m.b(Condition.HS, slow);
        m.mov32(AL, R5, l.table());
        m.dataReg(AL, DataOp.ADD, false, R5, R5, R4, Shift.LSL, 5);
        m.ldr(R6, R5, ROW_FUNCTION);
        m.cmp(R6, R0);
        m.b(Condition.NE, slow);
        m.ldr(R6, R5, ROW_NARGS);
        m.cmpImmediate(AL, R6, n);
        m.b(Condition.LT, slow);
        m.ldr(R6, R5, ROW_MIN_ARGS);
        m.cmpImmediate(AL, R6, n);
        m.b(Condition.GT, slow);
        m.ldr(R6, R5, ROW_ADDRESS);
        m.cmpImmediate(AL, R6, 0);
        m.b(Condition.EQ, slow);
        // Recursion budget: r7 = the call's own frames (callee + caller's inlined), r8 = with the callee's inlining.
        argument(m, n + 1, R7);
        m.addImmediate(AL, false, R7, R7, 1);
        m.ldr(R8, R5, ROW_MAX_INLINED);
        m.dataReg(AL, DataOp.ADD, false, R8, R8, R7, Shift.LSL, 0);
        m.ldr(LR, RT, RuntimeBlock.DIRECT_BUDGET);
        m.cmp(R8, LR);
        m.b(Condition.GT, slow);
        // A frame after the caller's.
        m.mov32(AL, IP, JitFrame.SIZE);
        m.dataReg(AL, DataOp.ADD, false, R4, FP, IP, Shift.LSL, 0);
        m.mov32(AL, IP, l.framesEnd() - JitFrame.SIZE);
        m.cmp(R4, IP);
        m.b(Condition.HI, slow);
        // 2. Committed: the budget, the frame's header, its inputs.
        m.dataReg(AL, DataOp.SUB, false, LR, LR, R7, Shift.LSL, 0);
        m.str(LR, RT, RuntimeBlock.DIRECT_BUDGET);
        m.str(R7, R4, JitFrame.DIRECT_FRAMES);
        m.str(R0, R4, JitFrame.DIRECT_FUNCTION);
        for (int i = 0; i < n; i++) {
            argument(m, 1 + i, IP);
            m.str(IP, R4, JitFrame.slotOffset(i));
        }
        // Parameters n..max-1 from the defaults tuple: item i - min, at tuple + 8 + 4 * (i - min).
        Label filled = new Label(), fill = new Label();
        m.mov(AL, R8, ModifiedImmediate.tryEncode(n));
        m.ldr(R7, R5, ROW_NARGS);
        m.cmp(R8, R7);
        m.b(Condition.GE, filled);
        m.ldr(LR, R0, l.defaultsOffset());
        m.ldr(IP, R5, ROW_MIN_ARGS);
        m.dataReg(AL, DataOp.SUB, false, LR, LR, IP, Shift.LSL, 2);
        m.bind(fill);
        m.dataReg(AL, DataOp.ADD, false, IP, LR, R8, Shift.LSL, 2);
        m.ldr(IP, IP, 8);
        m.dataReg(AL, DataOp.ADD, false, R6, R4, R8, Shift.LSL, 3);
        m.str(IP, R6, JitFrame.SLOTS);
        m.addImmediate(AL, false, R8, R8, 1);
        m.cmp(R8, R7);
        m.b(Condition.LT, fill);
        m.bind(filled);
        // NULL into the other locals.
        m.ldr(R7, R5, ROW_INPUTS);
        m.mov(AL, IP, ModifiedImmediate.tryEncode(0));
        m.bind(zero);
        m.cmp(R8, R7);
        m.b(Condition.GE, zeroed);
        m.dataReg(AL, DataOp.ADD, false, LR, R4, R8, Shift.LSL, 3);
        m.str(IP, LR, JitFrame.SLOTS);
        m.addImmediate(AL, false, R8, R8, 1);
        m.b(AL, zero);
        m.bind(zeroed);
        m.str(IP, R4, JitFrame.EXIT);
        m.str(IP, R4, JitFrame.CHILD);
        m.mov32(AL, IP, -1);
        m.str(IP, R4, JitFrame.GCMAP);
        m.ldr(IP, RT, RuntimeBlock.ENTRY_SP);
        m.str(IP, R4, JitFrame.DIRECT_ENTRY_SP);
        m.str(R4, FP, JitFrame.CHILD);
        m.ldr(IP, RT, RuntimeBlock.DIRECT_CALL_COUNT);
        m.addImmediate(AL, false, IP, IP, 1);
        m.str(IP, RT, RuntimeBlock.DIRECT_CALL_COUNT);
        // 3. In through the entry trampoline (it keeps r4-r11: back here with fp = the caller's frame).
        m.mov(R0, R4);
        m.ldr(R1, R5, ROW_ADDRESS);
        m.branchFar(AL, true, l.enter());
        m.ldr(IP, R4, JitFrame.DIRECT_ENTRY_SP);
        m.str(IP, RT, RuntimeBlock.ENTRY_SP);
        m.mov(AL, IP, ModifiedImmediate.tryEncode(0));
        m.str(IP, FP, JitFrame.CHILD);
        m.ldr(IP, RT, RuntimeBlock.DIRECT_BUDGET);
        m.ldr(R7, R4, JitFrame.DIRECT_FRAMES);
        m.dataReg(AL, DataOp.ADD, false, IP, IP, R7, Shift.LSL, 0);
        m.str(IP, RT, RuntimeBlock.DIRECT_BUDGET);
        // A runtime call of the callee failed with a Java exception (native engine): the caller unwinds too.
        m.ldr(IP, RT, RuntimeBlock.PENDING_EXCEPTION);
        m.cmpImmediate(AL, IP, 0);
        m.branchFar(Condition.NE, false, l.unwind());
        // 4. Finished: slot 0. Exited: Java finishes the call.
        m.ldr(R1, R4, JitFrame.EXIT);
        m.cmpImmediate(AL, R1, 0);
        m.b(Condition.GE, exited);
        m.ldr(R0, R4, JitFrame.SLOTS);
        m.pop(AL, SAVED_RETURN);
        m.bind(exited);
        m.mov(R0, R4);
        m.ldr(R1, R4, JitFrame.DIRECT_FUNCTION);
        m.ldr(R2, R4, JitFrame.DIRECT_FRAMES);
        m.subImmediate(AL, false, R2, R2, 1);
        m.mov32(AL, IP, l.exitEntry());
        m.blx(AL, IP);
        m.pop(AL, SAVED_RETURN);
        // Not here: the runtime call, with the arguments as the caller left them.
        m.bind(slow);
        m.pop(AL, SAVED);
        m.branchFar(AL, false, fallback);
        m.buffer().finish();
        return m.buffer().toArray();
    }

    /** Argument word k of the call (AAPCS: r0-r3, then the caller's stack, above the six saved words). */
    private static void argument(MacroAssembler m, int k, Register into) {
        if (k < 4) m.mov(into, Register.of(k));
        else m.ldr(into, Register.SP, 4 * 6 + 4 * (k - 4));
    }
}
