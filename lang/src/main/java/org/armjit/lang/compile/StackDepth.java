package org.armjit.lang.compile;

import org.armjit.lang.bytecode.Opcode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * The value-stack depth of every instruction by flow analysis over the jumps, giving a
 * code object's stackSize. Every path into an instruction must arrive with the same
 * depth; a mismatch is a compiler bug and throws.
 */
final class StackDepth {
    private StackDepth() {
    }

    /** Effect of falling through to the next instruction. */
    static int effect(Opcode op, int arg) {
        switch (op) {
            case NOP: case ROT_TWO: case ROT_THREE: case ROT_FOUR: case LOAD_ATTR: case UNARY_NEGATIVE:
            case UNARY_POSITIVE: case UNARY_INVERT: case UNARY_NOT: case GET_ITER: case KW_NAMES: case POP_BLOCK:
            case POP_EXCEPT: case CHECK_EXC_MATCH: case DELETE_FAST: case DELETE_DEREF: case DELETE_GLOBAL:
            case DELETE_NAME: case JUMP_FORWARD: case JUMP_BACKWARD: case SETUP_EXCEPT:
                return 0;
            case POP_TOP: case STORE_FAST: case STORE_DEREF: case STORE_GLOBAL: case STORE_NAME: case DELETE_ATTR:
            case BINARY_SUBSCR: case BINARY_OP: case COMPARE_OP: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: case LIST_APPEND: case LIST_EXTEND:
            case RETURN_VALUE: case RERAISE:
                return -1;
            case DUP_TOP: case LOAD_CONST: case LOAD_FAST: case LOAD_DEREF: case LOAD_CLOSURE: case LOAD_GLOBAL:
            case LOAD_NAME: case LOAD_METHOD: case PUSH_NULL: case LOAD_ASSERTION_ERROR: case IMPORT_NAME:
            case IMPORT_FROM: case FOR_ITER:
                return 1;
            case DUP_TOP_TWO:
                return 2;
            case STORE_ATTR: case DELETE_SUBSCR: case MAP_ADD:
                return -2;
            case STORE_SUBSCR:
                return -3;
            case BUILD_SLICE: case BUILD_TUPLE: case BUILD_LIST: case BUILD_STRING:
                return 1 - arg;
            case BUILD_MAP:
                return 1 - 2 * arg;
            case UNPACK_SEQUENCE:
                return arg - 1;
            case MAKE_FUNCTION:
                return -Integer.bitCount(arg & 9);
            case CALL:
                return -(arg + 1);
            case BUILD_CLASS:
                return -(arg + 1);
            case RAISE_VARARGS:
                return -arg;
            case FORMAT_VALUE:
                return (arg & 4) != 0 ? -1 : 0;
            case YIELD_VALUE: case GET_YIELD_FROM_VALUE: case LIST_TO_TUPLE:
                return 0;
            case BUILD_SET:
                return 1 - arg;
            case SET_ADD: case SET_UPDATE: case DICT_MERGE: case DICT_UPDATE:
                return -1;
            case CALL_FUNCTION_EX:
                return -2 - (arg & 1);
            case UNPACK_EX:
                return (arg & 0xff) + (arg >> 8);
            case BEFORE_WITH: case WITH_EXCEPT_START:
                return 1;
            default:
                throw new IllegalStateException("no stack effect for " + op);
        }
    }

    /** Effect when the jump of a branching instruction is taken. */
    static int jumpEffect(Opcode op) {
        switch (op) {
            case FOR_ITER: return -1;
            case SETUP_EXCEPT: return 1; // the stack is cut to this depth, then the exception pushed
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: return 0;
            case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE: return -1;
            default: return 0;
        }
    }

    private static boolean fallsThrough(Opcode op) {
        switch (op) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case RETURN_VALUE: case RAISE_VARARGS: case RERAISE:
                return false;
            default:
                return true;
        }
    }

    static int maxDepth(int[] code, String what) {
        int[] depth = new int[code.length];
        Arrays.fill(depth, -1);
        Deque<Integer> work = new ArrayDeque<>();
        int max = 0;
        if (code.length > 0) {
            depth[0] = 0;
            work.push(0);
        }
        while (!work.isEmpty()) {
            int pc = work.pop();
            int insn = code[pc];
            Opcode op = Opcode.of(insn);
            int arg = Opcode.arg(insn);
            int d = depth[pc];
            if (op.isJump()) {
                int t = d + jumpEffect(op);
                max = Math.max(max, t);
                visit(depth, work, arg, t, what, pc);
            }
            if (fallsThrough(op)) {
                int n = d + effect(op, arg);
                if (n < 0) throw new IllegalStateException(what + ": stack underflow at " + pc + " " + op);
                max = Math.max(max, n);
                if (pc + 1 < code.length) visit(depth, work, pc + 1, n, what, pc);
            }
        }
        return max;
    }

    private static void visit(int[] depth, Deque<Integer> work, int target, int d, String what, int from) {
        if (depth[target] == -1) {
            depth[target] = d;
            work.push(target);
        } else if (depth[target] != d) {
            throw new IllegalStateException(what + ": stack depth " + d + " from " + from + " but "
                    + depth[target] + " at " + target);
        }
    }
}
