package org.armjit.lang.compile;

import org.armjit.lang.bytecode.CodeObject;
import org.armjit.lang.bytecode.Opcode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every program of the corpus (tests/programs, inside the subset) compiles, and every code
 * object obeys the instruction-set contract: jumps land inside the code, only JUMP_BACKWARD
 * goes backwards, operands index existing tables, one line per instruction, and the
 * recorded stack size is the flow analysis' maximum (which also checks that every path
 * reaches each instruction with the same depth).
 */
class CorpusInvariantsTest {
    private static final Path CORPUS = Path.of("..", "tests", "programs");

    @TestFactory
    Stream<DynamicTest> corpusCompiles() throws IOException {
        assertTrue(Files.isDirectory(CORPUS), "program corpus missing at " + CORPUS.toAbsolutePath());
        List<Path> programs;
        try (Stream<Path> s = Files.list(CORPUS)) {
            programs = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        assertTrue(programs.size() > 100, "corpus too small: " + programs.size());
        return programs.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            CodeObject code = Compiler.compileModule(Files.readString(p), p.getFileName().toString());
            check(code);
        }));
    }

    static void check(CodeObject c) {
        assertEquals(c.code.length, c.lines.length, c.qualname);
        for (int pc = 0; pc < c.code.length; pc++) {
            Opcode op = Opcode.of(c.code[pc]);
            int arg = Opcode.arg(c.code[pc]);
            String where = c.qualname + " @" + pc + " " + op;
            if (op.isJump()) {
                assertTrue(arg >= 0 && arg < c.code.length, where + " target " + arg);
                if (op == Opcode.JUMP_BACKWARD) assertTrue(arg <= pc, where);
                else assertTrue(arg > pc, where + " jumps backwards");
            }
            switch (op) {
                case LOAD_CONST: case KW_NAMES:
                    assertTrue(arg < c.consts.length, where);
                    break;
                case LOAD_FAST: case STORE_FAST: case DELETE_FAST:
                    assertTrue(arg < c.varnames.length, where);
                    break;
                case LOAD_DEREF: case STORE_DEREF: case DELETE_DEREF: case LOAD_CLOSURE:
                    assertTrue(arg < c.cellvars.length + c.freevars.length, where);
                    break;
                case LOAD_GLOBAL: case STORE_GLOBAL: case DELETE_GLOBAL: case LOAD_NAME: case STORE_NAME:
                case DELETE_NAME: case LOAD_ATTR: case STORE_ATTR: case DELETE_ATTR: case LOAD_METHOD:
                case IMPORT_NAME: case IMPORT_FROM:
                    assertTrue(arg < c.names.length, where);
                    break;
                default:
                    break;
            }
            assertTrue(c.lines[pc] >= 1, where + " has no line");
        }
        assertEquals(StackDepth.maxDepth(c.code, c.qualname), c.stackSize, c.qualname);
        assertEquals(c.cellvars.length, c.cell2arg.length, c.qualname);
        for (CodeObject k : c.children()) check(k);
    }
}
