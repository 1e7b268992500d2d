package org.armjit.lang.bytecode;

/**
 * The bytecode instruction set: one table, read by the compiler, the interpreter, the
 * disassembler ({@link CodeObject#disassemble()}) and the JIT's recorder.
 *
 * <p>An instruction is one {@code int}: {@code opcode | arg << 8} (arg is 0..2^24-1).
 * The machine is a stack machine close to CPython 3.11's. Stack effects are written
 * {@code [before] -> [after]} with the top of stack on the right. "NULL" is the guest
 * word 0, which is never a valid value (address 0 is unmapped, small ints are odd).
 *
 * <p>Jump targets are absolute instruction indexes. Backward jumps are only ever
 * {@link #JUMP_BACKWARD}: it marks a loop header for the JIT's hot counters.
 */
public enum Opcode {
    NOP(false, "do nothing"),
    POP_TOP(false, "[v] -> []"),
    DUP_TOP(false, "[v] -> [v v]"),
    DUP_TOP_TWO(false, "[a b] -> [a b a b]"),
    ROT_TWO(false, "[a b] -> [b a]"),
    ROT_THREE(false, "[a b c] -> [c a b]"),
    ROT_FOUR(false, "[a b c d] -> [d a b c]"),

    LOAD_CONST(true, "[] -> [consts[arg]]"),
    LOAD_FAST(true, "[] -> [locals[arg]]; UnboundLocalError if unset"),
    STORE_FAST(true, "[v] -> []; locals[arg] = v"),
    DELETE_FAST(true, "locals[arg] = unset; UnboundLocalError if already unset"),
    /** arg indexes cellvars then freevars (cellvars.length + i). */
    LOAD_DEREF(true, "[] -> [cell[arg].contents]; NameError/UnboundLocalError if empty"),
    STORE_DEREF(true, "[v] -> []; cell[arg].contents = v"),
    DELETE_DEREF(true, "cell[arg].contents = empty"),
    LOAD_CLOSURE(true, "[] -> [cell[arg]] (the cell object itself, for MAKE_FUNCTION)"),
    LOAD_GLOBAL(true, "[] -> [globals[names[arg]] or builtins[names[arg]]]; NameError"),
    STORE_GLOBAL(true, "[v] -> []; globals[names[arg]] = v"),
    DELETE_GLOBAL(true, "del globals[names[arg]]; NameError if absent"),
    /** Module and class bodies: locals dict, then globals, then builtins. */
    LOAD_NAME(true, "[] -> [value of names[arg]]"),
    STORE_NAME(true, "[v] -> []; locals-dict[names[arg]] = v"),
    DELETE_NAME(true, "del locals-dict[names[arg]]"),

    LOAD_ATTR(true, "[obj] -> [obj.names[arg]]"),
    STORE_ATTR(true, "[v obj] -> []; obj.names[arg] = v"),
    DELETE_ATTR(true, "[obj] -> []; del obj.names[arg]"),
    /** Pushes [func self] when obj.name is a plain method of obj's class, else [NULL attr]. */
    LOAD_METHOD(true, "[obj] -> [func self] | [NULL attr]"),

    BINARY_SUBSCR(false, "[obj key] -> [obj[key]] (key may be a slice)"),
    STORE_SUBSCR(false, "[v obj key] -> []; obj[key] = v"),
    DELETE_SUBSCR(false, "[obj key] -> []; del obj[key]"),
    BUILD_SLICE(true, "arg=2: [lo hi] -> [slice]; arg=3: [lo hi step] -> [slice]"),

    /** arg is a {@link BinaryOp} ordinal; {@link BinaryOp#INPLACE} added for augmented assignment. */
    BINARY_OP(true, "[a b] -> [a op b]"),
    UNARY_NEGATIVE(false, "[v] -> [-v]"),
    UNARY_POSITIVE(false, "[v] -> [+v]"),
    UNARY_INVERT(false, "[v] -> [~v]"),
    UNARY_NOT(false, "[v] -> [not v]"),
    /** arg is a {@link CompareOp} ordinal. */
    COMPARE_OP(true, "[a b] -> [a op b]"),

    JUMP_FORWARD(true, "pc = arg (arg > pc)"),
    JUMP_BACKWARD(true, "pc = arg (arg <= pc); loop back-edge, hot counter site"),
    POP_JUMP_IF_FALSE(true, "[v] -> []; if not v: pc = arg"),
    POP_JUMP_IF_TRUE(true, "[v] -> []; if v: pc = arg"),
    JUMP_IF_FALSE_OR_POP(true, "[v] -> [v] and jump if not v, else [] "),
    JUMP_IF_TRUE_OR_POP(true, "[v] -> [v] and jump if v, else []"),

    GET_ITER(false, "[obj] -> [iter(obj)]"),
    /** On exhaustion pops the iterator and jumps to arg. */
    FOR_ITER(true, "[it] -> [it next(it)] | [] and pc = arg"),

    BUILD_TUPLE(true, "[v1..vn] -> [tuple]"),
    BUILD_LIST(true, "[v1..vn] -> [list]"),
    /** arg pairs of key, value. */
    BUILD_MAP(true, "[k1 v1 .. kn vn] -> [dict]"),
    BUILD_STRING(true, "[s1..sn] -> [s1+..+sn] (all str)"),
    /** Comprehensions: the list is arg slots below the item (after popping the item). */
    LIST_APPEND(true, "[.. list .. v] -> [.. list ..]; list.append(v)"),
    MAP_ADD(true, "[.. dict .. k v] -> [.. dict ..]; dict[k] = v"),
    /** Also used for list += iterable. */
    LIST_EXTEND(true, "[.. list .. it] -> [.. list ..]"),
    UNPACK_SEQUENCE(true, "[seq] -> [v_n .. v_1] (v_1 on top); ValueError on wrong length"),

    /** arg flags: 1 = defaults tuple below the code, 8 = closure tuple below the code. */
    MAKE_FUNCTION(true, "[closure? defaults? code] -> [function]"),
    /** Marks the following CALL as having keyword arguments named by consts[arg] (a tuple). */
    KW_NAMES(true, "no stack effect"),
    PUSH_NULL(false, "[] -> [NULL]"),
    /** arg = number of arguments (positional + keyword). See {@link #LOAD_METHOD} for the two shapes. */
    CALL(true, "[NULL callable a1..an] | [func self a1..an] -> [result]"),
    RETURN_VALUE(false, "[v] -> return v"),
    /**
     * [body-function name base_1..base_arg] -> [class]. The body function runs with a
     * fresh namespace dict (LOAD_NAME/STORE_NAME) and returns its __class__ cell or None.
     */
    BUILD_CLASS(true, "[body name bases..] -> [class]"),

    /** arg: 0 = re-raise the exception being handled, 1 = [exc] -> raise exc (class or instance). */
    RAISE_VARARGS(true, "raise"),
    /**
     * Pushes an exception handler block {handler = arg, depth = current stack depth}. When an
     * exception reaches it: the stack is cut to depth, an except-handler block is pushed
     * (saving the frame's currently handled exception), the exception becomes the handled
     * one, the exception object is pushed and pc = arg.
     */
    SETUP_EXCEPT(true, "push handler block"),
    POP_BLOCK(false, "pop the handler block pushed by SETUP_EXCEPT (normal exit of try body)"),
    /** Leaves an except body normally: pops the except-handler block, restores the handled exception. */
    POP_EXCEPT(false, "pop except-handler block"),
    /** [exc] -> pops the except-handler block like POP_EXCEPT, then raises exc keeping its traceback. */
    RERAISE(false, "[exc] -> raise"),
    /** [exc type] -> [exc bool]: isinstance(exc, type), type may be a tuple of classes. */
    CHECK_EXC_MATCH(false, "[exc type] -> [exc bool]"),
    LOAD_ASSERTION_ERROR(false, "[] -> [AssertionError]"),

    /** arg low 2 bits: 0 none, 1 str(), 2 repr(); bit 2 (4): a format spec str is on top. */
    FORMAT_VALUE(true, "[v spec?] -> [str]"),

    /** [] -> [module names[arg]]; ModuleNotFoundError for modules other than math and sys. */
    IMPORT_NAME(true, "[] -> [module]"),
    /** [module] -> [module module.names[arg]]; ImportError if absent. */
    IMPORT_FROM(true, "[module] -> [module attr]"),

    /** Suspends the generator's frame, handing v to its caller; resuming pushes the sent value (always None). */
    YIELD_VALUE(false, "[v] -> [None] after resumption"),
    /** After a yield-from loop: the return value of the exhausted sub-generator (None for other iterators). */
    GET_YIELD_FROM_VALUE(false, "[it] -> [value]"),
    BUILD_SET(true, "[v1..vn] -> [set]"),
    /** Comprehensions and displays: the set is arg slots below the item (after popping the item). */
    SET_ADD(true, "[.. set .. v] -> [.. set ..]; set.add(v)"),
    SET_UPDATE(true, "[.. set .. it] -> [.. set ..]; set.update(it)"),
    /** Calls with **: merges a mapping into the dict arg slots below it; TypeError on a repeated key. */
    DICT_MERGE(true, "[.. dict .. mapping] -> [.. dict ..]"),
    LIST_TO_TUPLE(false, "[list] -> [tuple]"),
    /** Calls with * or **: arg 1 = a keyword dict is present. */
    CALL_FUNCTION_EX(true, "[NULL callable args-list kwargs-dict?] -> [result]"),
    /** Star targets: arg = before | after << 8 (names around the starred one). */
    UNPACK_EX(true, "[seq] -> [v_last .. list .. v_1] (v_1 on top)"),
    /** Enters a context manager: pushes its bound __exit__, then the result of __enter__(). */
    BEFORE_WITH(false, "[mgr] -> [exit enter-result]"),
    /** In a with statement's handler: calls exit(type(exc), exc, None). */
    WITH_EXCEPT_START(false, "[exit exc] -> [exit exc result]"),
    /** Dict displays with **: updates the dict arg slots below with a mapping (later keys win). */
    DICT_UPDATE(true, "[.. dict .. mapping] -> [.. dict ..]");

    /** Whether the arg field means something for this opcode. */
    public final boolean hasArg;
    /** The stack effect and meaning, printed by the disassembler's --help and docs. */
    public final String doc;

    private static final Opcode[] VALUES = values();

    Opcode(boolean hasArg, String doc) {
        this.hasArg = hasArg;
        this.doc = doc;
    }

    public static Opcode of(int insn) {
        return VALUES[insn & 0xff];
    }

    public static int arg(int insn) {
        return insn >>> 8;
    }

    public int encode(int arg) {
        assert arg >= 0 && arg < (1 << 24) : "arg out of range: " + arg;
        return ordinal() | (arg << 8);
    }

    public boolean isJump() {
        switch (this) {
            case JUMP_FORWARD: case JUMP_BACKWARD: case POP_JUMP_IF_FALSE: case POP_JUMP_IF_TRUE:
            case JUMP_IF_FALSE_OR_POP: case JUMP_IF_TRUE_OR_POP: case FOR_ITER: case SETUP_EXCEPT:
                return true;
            default:
                return false;
        }
    }
}
