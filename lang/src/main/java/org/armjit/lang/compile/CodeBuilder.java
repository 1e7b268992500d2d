package org.armjit.lang.compile;

import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.Opcode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Instruction emission for one code object: the instruction list with a line per
 * instruction, constant and name tables (deduplicated), and labels patched when bound.
 * A jump to a label that is already bound is a back-edge and must be JUMP_BACKWARD.
 */
final class CodeBuilder {
    /** A jump target; forward references are patched when it is bound. */
    static final class Label {
        int target = -1;
        final List<Integer> uses = new ArrayList<>();
    }

    private final List<Integer> code = new ArrayList<>();
    private final List<Integer> lines = new ArrayList<>();
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<String, Integer> nameIndex = new HashMap<>();
    /** The line given to emitted instructions. */
    int line;
    /** The pc of the last label bound that forward jumps target. */
    private int lastBound = -1;

    int pc() {
        return code.size();
    }

    void emit(Opcode op) {
        emit(op, 0);
    }

    void emit(Opcode op, int arg) {
        code.add(op.encode(arg));
        lines.add(line);
    }

    void jump(Opcode op, Label l) {
        if (l.target >= 0) {
            if (op != Opcode.JUMP_BACKWARD) throw new IllegalStateException(op + " backwards");
            emit(op, l.target);
        } else {
            if (op == Opcode.JUMP_BACKWARD) throw new IllegalStateException("JUMP_BACKWARD to an unbound label");
            l.uses.add(code.size());
            emit(op, 0);
        }
    }

    /** An unconditional jump: JUMP_BACKWARD to a bound label, JUMP_FORWARD otherwise. */
    void jumpTo(Label l) {
        jump(l.target >= 0 ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD, l);
    }

    void bind(Label l) {
        l.target = code.size();
        if (!l.uses.isEmpty()) lastBound = l.target; // a forward jump arrives here
        for (int at : l.uses) {
            int insn = code.get(at);
            code.set(at, Opcode.of(insn).encode(l.target));
        }
        l.uses.clear();
    }

    int constant(Object value) {
        // a CodeObject is its own key (identity); other constants compare by value and type
        Integer i = constIndex.get(value);
        if (i != null) return i;
        consts.add(value);
        constIndex.put(value, consts.size() - 1);
        return consts.size() - 1;
    }

    int name(String n) {
        Integer i = nameIndex.get(n);
        if (i != null) return i;
        names.add(n);
        nameIndex.put(n, names.size() - 1);
        return names.size() - 1;
    }

    /** The last emitted opcode, or null. */
    Opcode lastOp() {
        return code.isEmpty() ? null : Opcode.of(code.get(code.size() - 1));
    }

    /** Whether the next instruction can be reached: the previous one falls through, or a jump targets it. */
    boolean reachable() {
        if (lastBound == code.size()) return true;
        Opcode op = lastOp();
        return op != Opcode.RETURN_VALUE && op != Opcode.RAISE_VARARGS && op != Opcode.RERAISE
                && op != Opcode.JUMP_FORWARD && op != Opcode.JUMP_BACKWARD;
    }

    CodeObject build(String name, String qualname, String filename, int firstLine, int flags, int argCount,
                     String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg) {
        int[] insns = code.stream().mapToInt(Integer::intValue).toArray();
        int[] lineArr = lines.stream().mapToInt(Integer::intValue).toArray();
        int stackSize = StackDepth.maxDepth(insns, qualname);
        return new CodeObject(name, qualname, filename, firstLine, flags, argCount, insns, lineArr,
                consts.toArray(), names.toArray(new String[0]), varnames, cellvars, freevars, cell2arg, stackSize);
    }
}
