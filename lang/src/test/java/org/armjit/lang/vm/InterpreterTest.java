package org.armjit.lang.vm;

import org.armjit.lang.bytecode.BinaryOp;
import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.CompareOp;
import org.armjit.lang.bytecode.Const;
import org.armjit.lang.bytecode.Opcode;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The interpreter on hand-assembled bytecode (independent of the compiler). */
class InterpreterTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final Vm vm = new Vm(32 << 20, new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err, new String[] {"t"});

    /** A tiny bytecode assembler: ops with args, constants and names by value. */
    private static final class Asm {
        final List<Integer> code = new ArrayList<>();
        final List<Object> consts = new ArrayList<>();
        final List<String> names = new ArrayList<>();

        Asm op(Opcode op, int arg) {
            code.add(op.encode(arg));
            return this;
        }

        Asm op(Opcode op) {
            return op(op, 0);
        }

        Asm constant(Object c) {
            int i = consts.indexOf(c);
            if (i < 0) {
                consts.add(c);
                i = consts.size() - 1;
            }
            return op(Opcode.LOAD_CONST, i);
        }

        int name(String n) {
            int i = names.indexOf(n);
            if (i < 0) {
                names.add(n);
                i = names.size() - 1;
            }
            return i;
        }

        Asm global(Opcode op, String n) {
            return op(op, name(n));
        }

        int here() {
            return code.size();
        }

        CodeObject module() {
            return build("<module>", CodeObject.MODULE, 0, new String[0]);
        }

        CodeObject build(String name, int flags, int argc, String[] varnames) {
            int[] c = code.stream().mapToInt(Integer::intValue).toArray();
            int[] lines = new int[c.length];
            java.util.Arrays.fill(lines, 1);
            return new CodeObject(name, name, "t.py", 1, flags, argc, c, lines, consts.toArray(),
                    names.toArray(new String[0]), varnames, new String[0], new String[0], new int[0], 16);
        }
    }

    private String run(CodeObject module) {
        int globals = vm.dict.newDict();
        vm.interp.runModule(module, globals);
        vm.out.flush();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void loopsSumIntoBigInts() {
        assertEquals("24999500002500000000\n", run(sumOfCubes(100000)));
    }

    /** total = 0; i = 0; while i < n: total += i * i * i; i += 1; print(total) */
    private static CodeObject sumOfCubes(long n) {
        Asm a = new Asm();
        a.constant(0L).global(Opcode.STORE_GLOBAL, "total");
        a.constant(0L).global(Opcode.STORE_GLOBAL, "i");
        int head = a.here();
        a.global(Opcode.LOAD_GLOBAL, "i").constant(n).op(Opcode.COMPARE_OP, CompareOp.LT.ordinal());
        int exitJump = a.here();
        a.op(Opcode.POP_JUMP_IF_FALSE, 0);
        a.global(Opcode.LOAD_GLOBAL, "total").global(Opcode.LOAD_GLOBAL, "i").global(Opcode.LOAD_GLOBAL, "i")
                .op(Opcode.BINARY_OP, BinaryOp.MUL.ordinal()).global(Opcode.LOAD_GLOBAL, "i")
                .op(Opcode.BINARY_OP, BinaryOp.MUL.ordinal()).op(Opcode.BINARY_OP, BinaryOp.ADD.ordinal() | BinaryOp.INPLACE)
                .global(Opcode.STORE_GLOBAL, "total");
        a.global(Opcode.LOAD_GLOBAL, "i").constant(1L).op(Opcode.BINARY_OP, BinaryOp.ADD.ordinal() | BinaryOp.INPLACE)
                .global(Opcode.STORE_GLOBAL, "i");
        a.op(Opcode.JUMP_BACKWARD, head);
        a.code.set(exitJump, Opcode.POP_JUMP_IF_FALSE.encode(a.here()));
        a.op(Opcode.PUSH_NULL).global(Opcode.LOAD_GLOBAL, "print").global(Opcode.LOAD_GLOBAL, "total")
                .op(Opcode.CALL, 1).op(Opcode.POP_TOP).constant(Const.NONE).op(Opcode.RETURN_VALUE);
        return a.module();
    }

    @Test
    void functionsAndExceptionHandlersWork() {
        // def f(x): return 10 // x
        Asm f = new Asm();
        f.constant(10L).op(Opcode.LOAD_FAST, 0).op(Opcode.BINARY_OP, BinaryOp.FLOORDIV.ordinal()).op(Opcode.RETURN_VALUE);
        CodeObject fcode = f.build("f", 0, 1, new String[] {"x"});
        // try: print(f(0)) except ZeroDivisionError as e: print("caught", e)
        Asm a = new Asm();
        a.constant(fcode).op(Opcode.MAKE_FUNCTION, 0).global(Opcode.STORE_GLOBAL, "f");
        int setup = a.here();
        a.op(Opcode.SETUP_EXCEPT, 0);
        a.op(Opcode.PUSH_NULL).global(Opcode.LOAD_GLOBAL, "print").op(Opcode.PUSH_NULL).global(Opcode.LOAD_GLOBAL, "f")
                .constant(0L).op(Opcode.CALL, 1).op(Opcode.CALL, 1).op(Opcode.POP_TOP).op(Opcode.POP_BLOCK);
        int skip = a.here();
        a.op(Opcode.JUMP_FORWARD, 0);
        int handler = a.here();
        a.op(Opcode.DUP_TOP).global(Opcode.LOAD_GLOBAL, "ZeroDivisionError").op(Opcode.CHECK_EXC_MATCH);
        int nomatch = a.here();
        a.op(Opcode.POP_JUMP_IF_FALSE, 0);
        a.global(Opcode.STORE_GLOBAL, "e");
        a.op(Opcode.PUSH_NULL).global(Opcode.LOAD_GLOBAL, "print").constant("caught").global(Opcode.LOAD_GLOBAL, "e")
                .op(Opcode.CALL, 2).op(Opcode.POP_TOP).op(Opcode.POP_EXCEPT);
        int toEnd = a.here();
        a.op(Opcode.JUMP_FORWARD, 0);
        int reraise = a.here();
        a.op(Opcode.RERAISE);
        int end = a.here();
        a.constant(Const.NONE).op(Opcode.RETURN_VALUE);
        a.code.set(setup, Opcode.SETUP_EXCEPT.encode(handler));
        a.code.set(skip, Opcode.JUMP_FORWARD.encode(end));
        a.code.set(nomatch, Opcode.POP_JUMP_IF_FALSE.encode(reraise));
        a.code.set(toEnd, Opcode.JUMP_FORWARD.encode(end));
        assertEquals("caught integer division or modulo by zero\n", run(a.module()));
    }

    @Test
    void uncaughtErrorsCarryTracebackEntries() {
        Asm a = new Asm();
        a.global(Opcode.LOAD_GLOBAL, "undefined_name").op(Opcode.RETURN_VALUE);
        PyException e = assertThrows(PyException.class, () -> run(a.module()));
        assertEquals("name 'undefined_name' is not defined", vm.ops.str(e.exc));
        assertEquals(1, e.traceback.size());
        assertEquals("<module>", e.traceback.get(0).function());
    }

    @Test
    void deepRecursionRaisesRecursionError() {
        // def f(n): return f(n + 1)
        Asm f = new Asm();
        f.op(Opcode.PUSH_NULL).global(Opcode.LOAD_GLOBAL, "f").op(Opcode.LOAD_FAST, 0).constant(1L)
                .op(Opcode.BINARY_OP, BinaryOp.ADD.ordinal()).op(Opcode.CALL, 1).op(Opcode.RETURN_VALUE);
        CodeObject fcode = f.build("f", 0, 1, new String[] {"n"});
        Asm a = new Asm();
        a.constant(fcode).op(Opcode.MAKE_FUNCTION, 0).global(Opcode.STORE_GLOBAL, "f");
        a.op(Opcode.PUSH_NULL).global(Opcode.LOAD_GLOBAL, "f").constant(0L).op(Opcode.CALL, 1).op(Opcode.RETURN_VALUE);
        PyException e = assertThrows(PyException.class, () -> run(a.module()));
        assertEquals("RecursionError", vm.classes.name(vm.classes.classOf(e.exc)));
        assertTrue(e.traceback.size() > 900);
    }

    @Test
    void gcStressKeepsProgramsCorrect() {
        vm.heap.stress = true;
        vm.heap.verify = true;
        assertEquals("249500250000\n", run(sumOfCubes(1000)));
        assertTrue(vm.heap.stats.collections() >= 1000, "one collection per loop iteration");
        assertTrue(vm.heap.stats.majorCollections >= 100, "every 8th is major");
    }
}
