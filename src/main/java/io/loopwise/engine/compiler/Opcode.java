package io.loopwise.engine.compiler;

/**
 * The instruction set. An instruction is one int: opcode in the low 8 bits, argument in the upper 24
 * ({@link #encode}). Stack effects are used by the compiler to size frames and place exception handlers.
 *
 * <p>The numbers are ordered by how hot an instruction is, the hottest highest: HotSpot's C2 parses the
 * interpreter loop's switch from the highest case down and stops inlining once the loop's inlining budget is
 * spent, so the instructions every program runs (calls, attribute and global loads, arithmetic) must come first
 * to it. Instructions that {@code RareInstructions} executes have the lowest numbers.
 */
public final class Opcode {
    private Opcode() {
    }

    public static final int NOP = 48;
    public static final int POP_TOP = 80;
    public static final int COPY = 49;
    public static final int SWAP = 50;
    public static final int LOAD_CONST = 81;
    public static final int LOAD_FAST = 83;
    public static final int STORE_FAST = 82;
    public static final int DELETE_FAST = 0;
    public static final int LOAD_DEREF = 73;
    public static final int STORE_DEREF = 72;
    public static final int DELETE_DEREF = 1;
    public static final int LOAD_CLOSURE = 51;
    public static final int LOAD_CLASSDEREF = 2;
    public static final int LOAD_GLOBAL = 94;
    public static final int STORE_GLOBAL = 74;
    public static final int DELETE_GLOBAL = 3;
    public static final int LOAD_NAME = 76;
    public static final int STORE_NAME = 75;
    public static final int DELETE_NAME = 4;
    public static final int LOAD_ATTR = 88;
    public static final int STORE_ATTR = 85;
    public static final int DELETE_ATTR = 5;
    public static final int LOAD_METHOD = 93;
    public static final int CALL_METHOD = 95;
    public static final int CALL_METHOD_KW = 91;
    public static final int CALL = 96;
    public static final int CALL_KW = 92;
    public static final int CALL_EX = 6;
    public static final int BINARY_SUBSCR = 84;
    public static final int STORE_SUBSCR = 66;
    public static final int DELETE_SUBSCR = 7;
    public static final int BINARY_OP = 86;
    public static final int INPLACE_OP = 65;
    public static final int COMPARE_OP = 89;
    public static final int IS_OP = 64;
    public static final int CONTAINS_OP = 63;
    public static final int UNARY_NEGATIVE = 61;
    public static final int UNARY_POSITIVE = 60;
    public static final int UNARY_INVERT = 59;
    public static final int UNARY_NOT = 62;
    public static final int BUILD_TUPLE = 57;
    public static final int BUILD_LIST = 56;
    public static final int BUILD_SET = 8;
    public static final int BUILD_MAP = 55;
    public static final int BUILD_SLICE = 9;
    public static final int BUILD_STRING = 54;
    public static final int LIST_APPEND = 58;
    public static final int SET_ADD = 10;
    public static final int MAP_ADD = 11;
    public static final int LIST_EXTEND = 12;
    public static final int SET_UPDATE = 13;
    public static final int DICT_UPDATE = 14;
    public static final int DICT_MERGE = 15;
    public static final int LIST_TO_TUPLE = 16;
    public static final int UNPACK_SEQUENCE = 53;
    public static final int UNPACK_EX = 17;
    public static final int FORMAT_VALUE = 52;
    public static final int JUMP = 79;
    public static final int POP_JUMP_IF_FALSE = 77;
    public static final int POP_JUMP_IF_TRUE = 78;
    public static final int JUMP_IF_FALSE_OR_POP = 67;
    public static final int JUMP_IF_TRUE_OR_POP = 68;
    public static final int POP_JUMP_IF_NONE = 69;
    public static final int GET_ITER = 18;
    public static final int FOR_ITER = 87;
    public static final int MAKE_FUNCTION = 19;
    public static final int RETURN_VALUE = 90;
    public static final int YIELD_VALUE = 70;
    public static final int GET_AWAITABLE = 20;
    public static final int GET_YIELD_FROM_ITER = 21;
    public static final int AWAIT_SEND = 71;
    public static final int GET_AITER = 22;
    public static final int GET_ANEXT = 23;
    public static final int END_ASYNC_FOR = 24;
    public static final int BEFORE_WITH = 25;
    public static final int BEFORE_ASYNC_WITH = 26;
    public static final int WITH_EXIT_NORMAL = 27;
    public static final int WITH_EXCEPT_START = 28;
    public static final int RAISE_VARARGS = 29;
    public static final int RERAISE = 30;
    public static final int PUSH_EXC_INFO = 31;
    public static final int POP_EXCEPT = 32;
    public static final int POP_EXCEPT_RERAISE = 33;
    public static final int CHECK_EXC_MATCH = 34;
    public static final int STAR_INIT = 35;
    public static final int STAR_MATCH = 36;
    public static final int STAR_COLLECT = 37;
    public static final int STAR_FINISH = 38;
    public static final int BUILD_CLASS = 39;
    public static final int IMPORT_NAME = 40;
    public static final int IMPORT_FROM = 41;
    public static final int LOAD_ASSERTION_ERROR = 42;
    public static final int RETURN_GENERATOR = 43;
    public static final int SETUP_ANNOTATIONS = 44;
    /** Pops a for-loop's iterator on an early exit, closing it if it is a generator only the loop held. */
    public static final int POP_ITER_CLOSE = 45;
    /** Pops an async-for iterator on an early exit, handing an async generator to the finalizer hook. */
    public static final int POP_AITER_FINALIZE = 46;
    /** Replaces a tuple of constants with a set display of them (CPython folds such displays into a frozenset). */
    public static final int SET_FROM_CONSTANTS = 47;

    static final String[] NAMES = {"DELETE_FAST", "DELETE_DEREF", "LOAD_CLASSDEREF", "DELETE_GLOBAL", "DELETE_NAME", "DELETE_ATTR", "CALL_EX", "DELETE_SUBSCR", "BUILD_SET", "BUILD_SLICE", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "UNPACK_EX", "GET_ITER", "MAKE_FUNCTION", "GET_AWAITABLE", "GET_YIELD_FROM_ITER", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "BEFORE_WITH", "BEFORE_ASYNC_WITH", "WITH_EXIT_NORMAL", "WITH_EXCEPT_START", "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "POP_EXCEPT_RERAISE", "CHECK_EXC_MATCH", "STAR_INIT", "STAR_MATCH", "STAR_COLLECT", "STAR_FINISH", "BUILD_CLASS", "IMPORT_NAME", "IMPORT_FROM", "LOAD_ASSERTION_ERROR", "RETURN_GENERATOR", "SETUP_ANNOTATIONS", "POP_ITER_CLOSE", "POP_AITER_FINALIZE", "SET_FROM_CONSTANTS", "NOP", "COPY", "SWAP", "LOAD_CLOSURE", "FORMAT_VALUE", "UNPACK_SEQUENCE", "BUILD_STRING", "BUILD_MAP", "BUILD_LIST", "BUILD_TUPLE", "LIST_APPEND", "UNARY_INVERT", "UNARY_POSITIVE", "UNARY_NEGATIVE", "UNARY_NOT", "CONTAINS_OP", "IS_OP", "INPLACE_OP", "STORE_SUBSCR", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "POP_JUMP_IF_NONE", "YIELD_VALUE", "AWAIT_SEND", "STORE_DEREF", "LOAD_DEREF", "STORE_GLOBAL", "STORE_NAME", "LOAD_NAME", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP", "POP_TOP", "LOAD_CONST", "STORE_FAST", "LOAD_FAST", "BINARY_SUBSCR", "STORE_ATTR", "BINARY_OP", "FOR_ITER", "LOAD_ATTR", "COMPARE_OP", "RETURN_VALUE", "CALL_METHOD_KW", "CALL_KW", "LOAD_METHOD", "LOAD_GLOBAL", "CALL_METHOD", "CALL"};

    public static int encode(int op, int arg) {
        if (arg < 0 || arg >= (1 << 24)) {
            throw new IllegalArgumentException("instruction argument out of range: " + arg);
        }
        return op | (arg << 8);
    }

    public static int op(int insn) {
        return insn & 0xff;
    }

    public static int arg(int insn) {
        return insn >>> 8;
    }

    public static String name(int op) {
        return NAMES[op];
    }

    /** Net stack effect of a completed instruction (for jumps: of falling through). */
    static int stackEffect(int op, int arg) {
        switch (op) {
            case NOP: return 0;
            case POP_TOP: return -1;
            case COPY: return 1;
            case SWAP: return 0;
            case LOAD_CONST: return 1;
            case LOAD_FAST: return 1;
            case STORE_FAST: return -1;
            case DELETE_FAST: return 0;
            case LOAD_DEREF: return 1;
            case STORE_DEREF: return -1;
            case DELETE_DEREF: return 0;
            case LOAD_CLOSURE: return 1;
            case LOAD_CLASSDEREF: return 1;
            case LOAD_GLOBAL: return 1;
            case STORE_GLOBAL: return -1;
            case DELETE_GLOBAL: return 0;
            case LOAD_NAME: return 1;
            case STORE_NAME: return -1;
            case DELETE_NAME: return 0;
            case LOAD_ATTR: return 0;
            case STORE_ATTR: return -2;
            case DELETE_ATTR: return -1;
            case LOAD_METHOD: return 1;
            case BINARY_SUBSCR: return -1;
            case STORE_SUBSCR: return -3;
            case DELETE_SUBSCR: return -2;
            case BINARY_OP: return -1;
            case INPLACE_OP: return -1;
            case COMPARE_OP: return -1;
            case IS_OP: return -1;
            case CONTAINS_OP: return -1;
            case UNARY_NEGATIVE: return 0;
            case UNARY_POSITIVE: return 0;
            case UNARY_INVERT: return 0;
            case UNARY_NOT: return 0;
            case LIST_APPEND: return -1;
            case SET_ADD: return -1;
            case MAP_ADD: return -2;
            case LIST_EXTEND: return -1;
            case SET_UPDATE: return -1;
            case DICT_UPDATE: return -1;
            case DICT_MERGE: return -1;
            case LIST_TO_TUPLE: return 0;
            case JUMP: return 0;
            case POP_JUMP_IF_FALSE: return -1;
            case POP_JUMP_IF_TRUE: return -1;
            case JUMP_IF_FALSE_OR_POP: return -1;
            case JUMP_IF_TRUE_OR_POP: return -1;
            case POP_JUMP_IF_NONE: return -1;
            case GET_ITER: return 0;
            case FOR_ITER: return 1;
            case RETURN_VALUE: return -1;
            case YIELD_VALUE: return 0;
            case GET_AWAITABLE: return 0;
            case GET_YIELD_FROM_ITER: return 0;
            case AWAIT_SEND: return -1;
            case GET_AITER: return 0;
            case GET_ANEXT: return 1;
            case END_ASYNC_FOR: return -2;
            case BEFORE_WITH: return 1;
            case BEFORE_ASYNC_WITH: return 1;
            case WITH_EXIT_NORMAL: return 0;
            case WITH_EXCEPT_START: return 1;
            case RERAISE: return -1;
            case PUSH_EXC_INFO: return 1;
            case POP_EXCEPT: return -1;
            case POP_EXCEPT_RERAISE: return -2;
            case CHECK_EXC_MATCH: return 0;
            case STAR_INIT: return 2;
            case STAR_MATCH: return 0;
            case STAR_COLLECT: return -1;
            case STAR_FINISH: return -3;
            case IMPORT_NAME: return 1;
            case IMPORT_FROM: return 1;
            case LOAD_ASSERTION_ERROR: return 1;
            case RETURN_GENERATOR: return 0;
            case SETUP_ANNOTATIONS: return 0;
            case POP_ITER_CLOSE: return -1;
            case POP_AITER_FINALIZE: return -1;
            case SET_FROM_CONSTANTS: return 0;
            case CALL_METHOD: return -(arg + 1);
            case CALL_METHOD_KW: return -(arg + 2);
            case CALL: return -arg;
            case CALL_KW: return -(arg + 1);
            case CALL_EX: return -(1 + (arg & 1));
            case BUILD_TUPLE: case BUILD_LIST: case BUILD_SET: case BUILD_SLICE: case BUILD_STRING: return 1 - arg;
            case BUILD_MAP: return 1 - 2 * arg;
            case UNPACK_SEQUENCE: return arg - 1;
            case UNPACK_EX: return (arg & 0xff) + (arg >> 8);
            case FORMAT_VALUE: return (arg & 4) != 0 ? -1 : 0;
            case MAKE_FUNCTION: return 1 - Integer.bitCount(arg & 7);
            case RAISE_VARARGS: return -arg;
            case BUILD_CLASS: return -(arg + 1);
            default: throw new IllegalArgumentException("unknown opcode " + op);
        }
    }
}
