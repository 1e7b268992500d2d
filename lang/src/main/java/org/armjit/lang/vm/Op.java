package org.armjit.lang.vm;

import org.armjit.lang.bytecode.Opcode;

/**
 * {@link Opcode} ordinals as compile-time constants, so that the interpreter's dispatch
 * switches on the instruction's low byte directly (an enum switch costs extra loads per
 * instruction), and likewise the operators of BINARY_OP and COMPARE_OP. OpTest checks
 * that every constant equals its enum constant's ordinal.
 */
final class Op {
    private Op() {}

    static final int NOP = 0;
    static final int POP_TOP = 1;
    static final int DUP_TOP = 2;
    static final int DUP_TOP_TWO = 3;
    static final int ROT_TWO = 4;
    static final int ROT_THREE = 5;
    static final int ROT_FOUR = 6;
    static final int LOAD_CONST = 7;
    static final int LOAD_FAST = 8;
    static final int STORE_FAST = 9;
    static final int DELETE_FAST = 10;
    static final int LOAD_DEREF = 11;
    static final int STORE_DEREF = 12;
    static final int DELETE_DEREF = 13;
    static final int LOAD_CLOSURE = 14;
    static final int LOAD_GLOBAL = 15;
    static final int STORE_GLOBAL = 16;
    static final int DELETE_GLOBAL = 17;
    static final int LOAD_NAME = 18;
    static final int STORE_NAME = 19;
    static final int DELETE_NAME = 20;
    static final int LOAD_ATTR = 21;
    static final int STORE_ATTR = 22;
    static final int DELETE_ATTR = 23;
    static final int LOAD_METHOD = 24;
    static final int BINARY_SUBSCR = 25;
    static final int STORE_SUBSCR = 26;
    static final int DELETE_SUBSCR = 27;
    static final int BUILD_SLICE = 28;
    static final int BINARY_OP = 29;
    static final int UNARY_NEGATIVE = 30;
    static final int UNARY_POSITIVE = 31;
    static final int UNARY_INVERT = 32;
    static final int UNARY_NOT = 33;
    static final int COMPARE_OP = 34;
    static final int JUMP_FORWARD = 35;
    static final int JUMP_BACKWARD = 36;
    static final int POP_JUMP_IF_FALSE = 37;
    static final int POP_JUMP_IF_TRUE = 38;
    static final int JUMP_IF_FALSE_OR_POP = 39;
    static final int JUMP_IF_TRUE_OR_POP = 40;
    static final int GET_ITER = 41;
    static final int FOR_ITER = 42;
    static final int BUILD_TUPLE = 43;
    static final int BUILD_LIST = 44;
    static final int BUILD_MAP = 45;
    static final int BUILD_STRING = 46;
    static final int LIST_APPEND = 47;
    static final int MAP_ADD = 48;
    static final int LIST_EXTEND = 49;
    static final int UNPACK_SEQUENCE = 50;
    static final int MAKE_FUNCTION = 51;
    static final int KW_NAMES = 52;
    static final int PUSH_NULL = 53;
    static final int CALL = 54;
    static final int RETURN_VALUE = 55;
    static final int BUILD_CLASS = 56;
    static final int RAISE_VARARGS = 57;
    static final int SETUP_EXCEPT = 58;
    static final int POP_BLOCK = 59;
    static final int POP_EXCEPT = 60;
    static final int RERAISE = 61;
    static final int CHECK_EXC_MATCH = 62;
    static final int LOAD_ASSERTION_ERROR = 63;
    static final int FORMAT_VALUE = 64;
    static final int IMPORT_NAME = 65;
    static final int IMPORT_FROM = 66;
    static final int YIELD_VALUE = 67;
    static final int GET_YIELD_FROM_VALUE = 68;
    static final int BUILD_SET = 69;
    static final int SET_ADD = 70;
    static final int SET_UPDATE = 71;
    static final int DICT_MERGE = 72;
    static final int LIST_TO_TUPLE = 73;
    static final int CALL_FUNCTION_EX = 74;
    static final int UNPACK_EX = 75;
    static final int BEFORE_WITH = 76;
    static final int WITH_EXCEPT_START = 77;
    static final int DICT_UPDATE = 78;

    /** {@link org.armjit.lang.bytecode.BinaryOp} ordinals (BINARY_OP's arg, without INPLACE). */
    static final class Bin {
        private Bin() {}

        static final int ADD = 0;
        static final int SUB = 1;
        static final int MUL = 2;
        static final int TRUEDIV = 3;
        static final int FLOORDIV = 4;
        static final int MOD = 5;
        static final int POW = 6;
        static final int LSHIFT = 7;
        static final int RSHIFT = 8;
        static final int AND = 9;
        static final int OR = 10;
        static final int XOR = 11;
    }

    /** {@link org.armjit.lang.bytecode.CompareOp} ordinals (COMPARE_OP's arg). */
    static final class Cmp {
        private Cmp() {}

        static final int LT = 0;
        static final int LE = 1;
        static final int EQ = 2;
        static final int NE = 3;
        static final int GT = 4;
        static final int GE = 5;
        static final int IS = 6;
        static final int IS_NOT = 7;
        static final int IN = 8;
        static final int NOT_IN = 9;
    }
}
