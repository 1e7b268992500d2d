package org.armjit.jit.driver;

import org.armjit.lang.bytecode.Opcode;
import org.armjit.lang.vm.LoadedCode;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which local variables of a code object are live before each instruction: read (LOAD_FAST,
 * DELETE_FAST) on some path before being written (STORE_FAST). A loop's label carries only
 * the live ones, so a dead temporary whose type changes from one iteration to the next does
 * not make the loop type-unstable, and is not boxed at the back-edge.
 *
 * <p>A local that is dead at the loop header is dead at every instruction the trace records
 * before the local is next written (every path from there to a read passes a write or the
 * header), so whatever a guard's snapshot holds for it is never read by the interpreter.
 * Cells, free variables and the value stack are always live. Exception handlers are
 * successors of every instruction (conservative: a handler may run after any of them).
 */
final class SlotLiveness {
    private final BitSet[] liveIn;

    private SlotLiveness(BitSet[] liveIn) {
        this.liveIn = liveIn;
    }

    /** Whether local {@code slot} may be read after the instruction at {@code pc} starts. */
    boolean liveAt(int pc, int slot) {
        return liveIn[pc].get(slot);
    }

    static SlotLiveness of(LoadedCode code) {
        int[] insns = code.code.code;
        int n = insns.length;
        List<Integer> handlers = new ArrayList<>();
        for (int insn : insns) if (Opcode.of(insn) == Opcode.SETUP_EXCEPT) handlers.add(Opcode.arg(insn));
        BitSet[] in = new BitSet[n + 1];
        for (int i = 0; i <= n; i++) in[i] = new BitSet();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int pc = n - 1; pc >= 0; pc--) {
                int insn = insns[pc];
                Opcode op = Opcode.of(insn);
                int arg = Opcode.arg(insn);
                BitSet out = new BitSet();
                for (int s : successors(op, pc, arg)) if (s <= n) out.or(in[s]);
                for (int h : handlers) out.or(in[h]);
                switch (op) {
                    case STORE_FAST: out.clear(arg); break;
                    case LOAD_FAST: case DELETE_FAST: out.set(arg); break;
                    default: break;
                }
                if (!out.equals(in[pc])) {
                    in[pc] = out;
                    changed = true;
                }
            }
        }
        return new SlotLiveness(in);
    }

    private static int[] successors(Opcode op, int pc, int arg) {
        switch (op) {
            case JUMP_FORWARD: case JUMP_BACKWARD:
                return new int[] {arg};
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP:
            case FOR_ITER: case SETUP_EXCEPT:
                return new int[] {pc + 1, arg};
            case RETURN_VALUE: case RAISE_VARARGS: case RERAISE:
                return new int[0];
            default:
                return new int[] {pc + 1};
        }
    }
}
