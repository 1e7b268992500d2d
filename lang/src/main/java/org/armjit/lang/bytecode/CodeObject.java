package org.armjit.lang.bytecode;

import java.math.BigInteger;
import java.util.List;

/**
 * A compiled function, lambda, comprehension, class body or module: the compiler's output
 * and the interpreter's input. Code objects are VM-internal (not Python values); the
 * Python-visible function object in guest memory refers to one by its index in the
 * code table.
 *
 * <p>{@code consts} holds compile-time constants as Java values, turned into guest
 * objects when the code is loaded: {@link Long} (fits in 64 bits) or {@link BigInteger}
 * for ints, {@link Double}, {@link String}, {@link Boolean}, {@link Const#NONE},
 * {@link ConstTuple} (tuple constants and the keyword-name tuples of {@link Opcode#KW_NAMES})
 * and nested {@link CodeObject}s.
 */
public final class CodeObject {
    /** Flag: the body of a class statement (namespace dict, LOAD_NAME/STORE_NAME). */
    public static final int CLASS_BODY = 1;
    /** Flag: the module's top level (namespace is the globals dict). */
    public static final int MODULE = 2;
    /** Flag: a generator function (contains yield) or generator expression. */
    public static final int GENERATOR = 4;
    /** Flag: has a {@code *args} parameter (the slot after the keyword-only ones). */
    public static final int VARARGS = 8;
    /** Flag: has a {@code **kwargs} parameter (the last parameter slot). */
    public static final int VARKEYWORDS = 16;
    /** The number of keyword-only parameters is kept in the flags from this bit up (they follow the positional ones). */
    public static final int KWONLY_SHIFT = 8;

    public final String name;          // "f", "<lambda>", "<listcomp>", "<module>", "C"
    public final String qualname;      // "C.f", "f.<locals>.g"
    public final String filename;
    public final int firstLine;
    public final int flags;
    /** Number of positional parameters; they are varnames[0..argCount). */
    public final int argCount;
    public final int[] code;           // opcode | arg << 8
    public final int[] lines;          // source line of each instruction
    public final Object[] consts;
    public final String[] names;       // globals, attributes, methods, modules
    public final String[] varnames;    // fast locals, parameters first
    public final String[] cellvars;    // locals captured by inner functions
    public final String[] freevars;    // variables captured from enclosing functions
    /** For each cellvar, the index of the parameter it is initialised from, or -1. */
    public final int[] cell2arg;
    /** Upper bound of the value-stack depth. */
    public final int stackSize;

    public CodeObject(String name, String qualname, String filename, int firstLine, int flags,
                      int argCount, int[] code, int[] lines, Object[] consts, String[] names,
                      String[] varnames, String[] cellvars, String[] freevars, int[] cell2arg,
                      int stackSize) {
        this.name = name;
        this.qualname = qualname;
        this.filename = filename;
        this.firstLine = firstLine;
        this.flags = flags;
        this.argCount = argCount;
        this.code = code;
        this.lines = lines;
        this.consts = consts;
        this.names = names;
        this.varnames = varnames;
        this.cellvars = cellvars;
        this.freevars = freevars;
        this.cell2arg = cell2arg;
        this.stackSize = stackSize;
    }

    public boolean isClassBody() {
        return (flags & CLASS_BODY) != 0;
    }

    public boolean isModule() {
        return (flags & MODULE) != 0;
    }

    public boolean isGenerator() {
        return (flags & GENERATOR) != 0;
    }

    public int kwOnlyCount() {
        return flags >>> KWONLY_SHIFT;
    }

    /** Source line of the instruction at {@code pc}. */
    public int lineAt(int pc) {
        return pc >= 0 && pc < lines.length ? lines[pc] : firstLine;
    }

    /** Nested code objects among the constants (functions, lambdas, comprehensions, class bodies). */
    public List<CodeObject> children() {
        return java.util.Arrays.stream(consts).filter(c -> c instanceof CodeObject).map(c -> (CodeObject) c).toList();
    }

    /** A listing in the style of Python's {@code dis}, for debugging and the trace viewer. */
    public String disassemble() {
        StringBuilder sb = new StringBuilder();
        sb.append("code ").append(qualname).append(" (").append(filename).append(':').append(firstLine).append(")\n");
        int lastLine = -1;
        for (int pc = 0; pc < code.length; pc++) {
            int insn = code[pc];
            Opcode op = Opcode.of(insn);
            int arg = Opcode.arg(insn);
            String line = lines[pc] != lastLine ? String.format("%4d", lines[pc]) : "    ";
            lastLine = lines[pc];
            sb.append(line).append(String.format(" %5d %-22s", pc, op.name()));
            if (op.hasArg) {
                sb.append(arg).append(describeArg(op, arg));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private String describeArg(Opcode op, int arg) {
        try {
            switch (op) {
                case LOAD_CONST: case KW_NAMES:
                    Object c = consts[arg];
                    return " (" + (c instanceof CodeObject ? "<code " + ((CodeObject) c).qualname + ">" : Const.repr(c)) + ")";
                case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
                    return " (" + varnames[arg] + ")";
                case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE:
                    return " (" + (arg < cellvars.length ? cellvars[arg] : freevars[arg - cellvars.length]) + ")";
                case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL: case LOAD_NAME: case STORE_NAME:
                case DELETE_NAME: case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD:
                case IMPORT_NAME: case IMPORT_FROM:
                    return " (" + names[arg] + ")";
                case BINARY_OP:
                    return " (" + BinaryOp.of(arg).symbol + (BinaryOp.isInplace(arg) ? "=" : "") + ")";
                case COMPARE_OP:
                    return " (" + CompareOp.of(arg).symbol + ")";
                default:
                    return op.isJump() ? " (to " + arg + ")" : "";
            }
        } catch (RuntimeException e) {
            return " (?)";
        }
    }
}
