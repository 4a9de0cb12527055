package io.loopwise.engine.compiler;

/**
 * The instruction set. An instruction is one int: opcode in the low 8 bits, argument in the upper 24
 * ({@link #encode}). Stack effects are used by the compiler to size frames and place exception handlers.
 */
public final class Opcode {
    private Opcode() {
    }

    public static final int NOP = 0;
    public static final int POP_TOP = 1;
    public static final int COPY = 2;
    public static final int SWAP = 3;
    public static final int LOAD_CONST = 4;
    public static final int LOAD_FAST = 5;
    public static final int STORE_FAST = 6;
    public static final int DELETE_FAST = 7;
    public static final int LOAD_DEREF = 8;
    public static final int STORE_DEREF = 9;
    public static final int DELETE_DEREF = 10;
    public static final int LOAD_CLOSURE = 11;
    public static final int LOAD_CLASSDEREF = 12;
    public static final int LOAD_GLOBAL = 13;
    public static final int STORE_GLOBAL = 14;
    public static final int DELETE_GLOBAL = 15;
    public static final int LOAD_NAME = 16;
    public static final int STORE_NAME = 17;
    public static final int DELETE_NAME = 18;
    public static final int LOAD_ATTR = 19;
    public static final int STORE_ATTR = 20;
    public static final int DELETE_ATTR = 21;
    public static final int LOAD_METHOD = 22;
    public static final int CALL_METHOD = 23;
    public static final int CALL_METHOD_KW = 24;
    public static final int CALL = 25;
    public static final int CALL_KW = 26;
    public static final int CALL_EX = 27;
    public static final int BINARY_SUBSCR = 28;
    public static final int STORE_SUBSCR = 29;
    public static final int DELETE_SUBSCR = 30;
    public static final int BINARY_OP = 31;
    public static final int INPLACE_OP = 32;
    public static final int COMPARE_OP = 33;
    public static final int IS_OP = 34;
    public static final int CONTAINS_OP = 35;
    public static final int UNARY_NEGATIVE = 36;
    public static final int UNARY_POSITIVE = 37;
    public static final int UNARY_INVERT = 38;
    public static final int UNARY_NOT = 39;
    public static final int BUILD_TUPLE = 40;
    public static final int BUILD_LIST = 41;
    public static final int BUILD_SET = 42;
    public static final int BUILD_MAP = 43;
    public static final int BUILD_SLICE = 44;
    public static final int BUILD_STRING = 45;
    public static final int LIST_APPEND = 46;
    public static final int SET_ADD = 47;
    public static final int MAP_ADD = 48;
    public static final int LIST_EXTEND = 49;
    public static final int SET_UPDATE = 50;
    public static final int DICT_UPDATE = 51;
    public static final int DICT_MERGE = 52;
    public static final int LIST_TO_TUPLE = 53;
    public static final int UNPACK_SEQUENCE = 54;
    public static final int UNPACK_EX = 55;
    public static final int FORMAT_VALUE = 56;
    public static final int JUMP = 57;
    public static final int POP_JUMP_IF_FALSE = 58;
    public static final int POP_JUMP_IF_TRUE = 59;
    public static final int JUMP_IF_FALSE_OR_POP = 60;
    public static final int JUMP_IF_TRUE_OR_POP = 61;
    public static final int POP_JUMP_IF_NONE = 62;
    public static final int GET_ITER = 63;
    public static final int FOR_ITER = 64;
    public static final int MAKE_FUNCTION = 65;
    public static final int RETURN_VALUE = 66;
    public static final int YIELD_VALUE = 67;
    public static final int GET_AWAITABLE = 68;
    public static final int GET_YIELD_FROM_ITER = 69;
    public static final int AWAIT_SEND = 70;
    public static final int GET_AITER = 71;
    public static final int GET_ANEXT = 72;
    public static final int END_ASYNC_FOR = 73;
    public static final int BEFORE_WITH = 74;
    public static final int BEFORE_ASYNC_WITH = 75;
    public static final int WITH_EXIT_NORMAL = 76;
    public static final int WITH_EXCEPT_START = 77;
    public static final int RAISE_VARARGS = 78;
    public static final int RERAISE = 79;
    public static final int PUSH_EXC_INFO = 80;
    public static final int POP_EXCEPT = 81;
    public static final int POP_EXCEPT_RERAISE = 82;
    public static final int CHECK_EXC_MATCH = 83;
    public static final int STAR_INIT = 84;
    public static final int STAR_MATCH = 85;
    public static final int STAR_COLLECT = 86;
    public static final int STAR_FINISH = 87;
    public static final int BUILD_CLASS = 88;
    /** Flag in BUILD_CLASS's argument (below it, the number of bases): a dict of class keywords is on top. */
    public static final int CLASS_KEYWORDS = 1 << 16;
    public static final int IMPORT_NAME = 89;
    public static final int IMPORT_FROM = 90;
    public static final int LOAD_ASSERTION_ERROR = 91;
    public static final int RETURN_GENERATOR = 92;
    public static final int SETUP_ANNOTATIONS = 93;
    /** Pops a for-loop's iterator on an early exit, closing it if it is a generator only the loop held. */
    public static final int POP_ITER_CLOSE = 94;
    /** Pops an async-for iterator on an early exit, handing an async generator to the finalizer hook. */
    public static final int POP_AITER_FINALIZE = 95;
    /** Replaces a tuple of constants with a set display of them (CPython folds such displays into a frozenset). */
    public static final int SET_FROM_CONSTANTS = 96;

    static final String[] NAMES = {"NOP", "POP_TOP", "COPY", "SWAP", "LOAD_CONST", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "LOAD_CLOSURE", "LOAD_CLASSDEREF", "LOAD_GLOBAL", "STORE_GLOBAL", "DELETE_GLOBAL", "LOAD_NAME", "STORE_NAME", "DELETE_NAME", "LOAD_ATTR", "STORE_ATTR", "DELETE_ATTR", "LOAD_METHOD", "CALL_METHOD", "CALL_METHOD_KW", "CALL", "CALL_KW", "CALL_EX", "BINARY_SUBSCR", "STORE_SUBSCR", "DELETE_SUBSCR", "BINARY_OP", "INPLACE_OP", "COMPARE_OP", "IS_OP", "CONTAINS_OP", "UNARY_NEGATIVE", "UNARY_POSITIVE", "UNARY_INVERT", "UNARY_NOT", "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "BUILD_SLICE", "BUILD_STRING", "LIST_APPEND", "SET_ADD", "MAP_ADD", "LIST_EXTEND", "SET_UPDATE", "DICT_UPDATE", "DICT_MERGE", "LIST_TO_TUPLE", "UNPACK_SEQUENCE", "UNPACK_EX", "FORMAT_VALUE", "JUMP", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "JUMP_IF_FALSE_OR_POP", "JUMP_IF_TRUE_OR_POP", "POP_JUMP_IF_NONE", "GET_ITER", "FOR_ITER", "MAKE_FUNCTION", "RETURN_VALUE", "YIELD_VALUE", "GET_AWAITABLE", "GET_YIELD_FROM_ITER", "AWAIT_SEND", "GET_AITER", "GET_ANEXT", "END_ASYNC_FOR", "BEFORE_WITH", "BEFORE_ASYNC_WITH", "WITH_EXIT_NORMAL", "WITH_EXCEPT_START", "RAISE_VARARGS", "RERAISE", "PUSH_EXC_INFO", "POP_EXCEPT", "POP_EXCEPT_RERAISE", "CHECK_EXC_MATCH", "STAR_INIT", "STAR_MATCH", "STAR_COLLECT", "STAR_FINISH", "BUILD_CLASS", "IMPORT_NAME", "IMPORT_FROM", "LOAD_ASSERTION_ERROR", "RETURN_GENERATOR", "SETUP_ANNOTATIONS", "POP_ITER_CLOSE", "POP_AITER_FINALIZE", "SET_FROM_CONSTANTS"};

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
            case BUILD_CLASS: return -((arg & (CLASS_KEYWORDS - 1)) + 1 + (arg >= CLASS_KEYWORDS ? 1 : 0));
            default: throw new IllegalArgumentException("unknown opcode " + op);
        }
    }
}
