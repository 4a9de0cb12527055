package io.loopwise.engine.runtime;

import java.util.ArrayList;

/** The builtin exception hierarchy of CPython 3.12 (the part a sandboxed program can meet) and its methods. */
public final class ExceptionTypes {
    private ExceptionTypes() {
    }

    public static final PyType BASE_EXCEPTION = PyType.builtin("BaseException", BuiltinTypes.OBJECT);
    public static final PyType BASE_EXCEPTION_GROUP = sub("BaseExceptionGroup", BASE_EXCEPTION);
    public static final PyType GENERATOR_EXIT = sub("GeneratorExit", BASE_EXCEPTION);
    public static final PyType KEYBOARD_INTERRUPT = sub("KeyboardInterrupt", BASE_EXCEPTION);
    public static final PyType SYSTEM_EXIT = sub("SystemExit", BASE_EXCEPTION);
    public static final PyType EXCEPTION = sub("Exception", BASE_EXCEPTION);
    public static final PyType EXCEPTION_GROUP =
            PyType.builtin("ExceptionGroup", "builtins", BASE_EXCEPTION_GROUP, EXCEPTION);
    public static final PyType ARITHMETIC_ERROR = sub("ArithmeticError", EXCEPTION);
    public static final PyType FLOATING_POINT_ERROR = sub("FloatingPointError", ARITHMETIC_ERROR);
    public static final PyType OVERFLOW_ERROR = sub("OverflowError", ARITHMETIC_ERROR);
    public static final PyType ZERO_DIVISION_ERROR = sub("ZeroDivisionError", ARITHMETIC_ERROR);
    public static final PyType ASSERTION_ERROR = sub("AssertionError", EXCEPTION);
    public static final PyType ATTRIBUTE_ERROR = sub("AttributeError", EXCEPTION);
    public static final PyType BUFFER_ERROR = sub("BufferError", EXCEPTION);
    public static final PyType EOF_ERROR = sub("EOFError", EXCEPTION);
    public static final PyType IMPORT_ERROR = sub("ImportError", EXCEPTION);
    public static final PyType MODULE_NOT_FOUND_ERROR = sub("ModuleNotFoundError", IMPORT_ERROR);
    public static final PyType LOOKUP_ERROR = sub("LookupError", EXCEPTION);
    public static final PyType INDEX_ERROR = sub("IndexError", LOOKUP_ERROR);
    public static final PyType KEY_ERROR = sub("KeyError", LOOKUP_ERROR);
    public static final PyType MEMORY_ERROR = sub("MemoryError", EXCEPTION);
    public static final PyType NAME_ERROR = sub("NameError", EXCEPTION);
    public static final PyType UNBOUND_LOCAL_ERROR = sub("UnboundLocalError", NAME_ERROR);
    public static final PyType OS_ERROR = sub("OSError", EXCEPTION);
    public static final PyType CONNECTION_ERROR = sub("ConnectionError", OS_ERROR);
    public static final PyType BROKEN_PIPE_ERROR = sub("BrokenPipeError", CONNECTION_ERROR);
    public static final PyType CONNECTION_ABORTED_ERROR = sub("ConnectionAbortedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_REFUSED_ERROR = sub("ConnectionRefusedError", CONNECTION_ERROR);
    public static final PyType CONNECTION_RESET_ERROR = sub("ConnectionResetError", CONNECTION_ERROR);
    public static final PyType FILE_NOT_FOUND_ERROR = sub("FileNotFoundError", OS_ERROR);
    public static final PyType PERMISSION_ERROR = sub("PermissionError", OS_ERROR);
    public static final PyType TIMEOUT_ERROR = sub("TimeoutError", OS_ERROR);
    public static final PyType REFERENCE_ERROR = sub("ReferenceError", EXCEPTION);
    public static final PyType RUNTIME_ERROR = sub("RuntimeError", EXCEPTION);
    public static final PyType NOT_IMPLEMENTED_ERROR = sub("NotImplementedError", RUNTIME_ERROR);
    public static final PyType RECURSION_ERROR = sub("RecursionError", RUNTIME_ERROR);
    public static final PyType STOP_ASYNC_ITERATION = sub("StopAsyncIteration", EXCEPTION);
    public static final PyType STOP_ITERATION = sub("StopIteration", EXCEPTION);
    public static final PyType SYNTAX_ERROR = sub("SyntaxError", EXCEPTION);
    public static final PyType INDENTATION_ERROR = sub("IndentationError", SYNTAX_ERROR);
    public static final PyType SYSTEM_ERROR = sub("SystemError", EXCEPTION);
    public static final PyType TYPE_ERROR = sub("TypeError", EXCEPTION);
    public static final PyType VALUE_ERROR = sub("ValueError", EXCEPTION);
    public static final PyType UNICODE_ERROR = sub("UnicodeError", VALUE_ERROR);
    public static final PyType WARNING = sub("Warning", EXCEPTION);
    public static final PyType DEPRECATION_WARNING = sub("DeprecationWarning", WARNING);
    public static final PyType RUNTIME_WARNING = sub("RuntimeWarning", WARNING);
    public static final PyType USER_WARNING = sub("UserWarning", WARNING);
    public static final PyType RESOURCE_WARNING = sub("ResourceWarning", WARNING);

    /** Every builtin exception type, for the builtins namespace. */
    public static final PyType[] ALL = {BASE_EXCEPTION, BASE_EXCEPTION_GROUP, GENERATOR_EXIT, KEYBOARD_INTERRUPT,
        SYSTEM_EXIT, EXCEPTION, EXCEPTION_GROUP, ARITHMETIC_ERROR, FLOATING_POINT_ERROR, OVERFLOW_ERROR,
        ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR, BUFFER_ERROR, EOF_ERROR, IMPORT_ERROR,
        MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR, NAME_ERROR, UNBOUND_LOCAL_ERROR,
        OS_ERROR, CONNECTION_ERROR, BROKEN_PIPE_ERROR, CONNECTION_ABORTED_ERROR, CONNECTION_REFUSED_ERROR,
        CONNECTION_RESET_ERROR, FILE_NOT_FOUND_ERROR, PERMISSION_ERROR, TIMEOUT_ERROR, REFERENCE_ERROR,
        RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR, RECURSION_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR,
        INDENTATION_ERROR, SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, WARNING, DEPRECATION_WARNING,
        RUNTIME_WARNING, USER_WARNING, RESOURCE_WARNING};

    private static PyType sub(String name, PyType base) {
        return PyType.builtin(name, "builtins", base);
    }

    /** A new exception instance of {@code type} (any subclass) with {@code args}, validating group arguments. */
    public static PyBaseException newException(PyType type, PyTuple args) {
        if (type.isSubtypeOf(BASE_EXCEPTION_GROUP)) {
            return newGroup(type, args);
        }
        if (type == OS_ERROR && args.size() >= 2 && args.get(0) instanceof PyInt && ((PyInt) args.get(0)).isSmall()) {
            type = osErrorSubclass(((PyInt) args.get(0)).longValue());
        }
        return new PyBaseException(type, args);
    }

    /** OSError(errno, ...) becomes the subclass for that errno, as CPython's OSError.__new__ (Linux numbers). */
    private static PyType osErrorSubclass(long errno) {
        switch ((int) errno) {
            case 1: case 13: return PERMISSION_ERROR;
            case 2: return FILE_NOT_FOUND_ERROR;
            case 32: return BROKEN_PIPE_ERROR;
            case 103: return CONNECTION_ABORTED_ERROR;
            case 104: return CONNECTION_RESET_ERROR;
            case 110: return TIMEOUT_ERROR;
            case 111: return CONNECTION_REFUSED_ERROR;
            default: return OS_ERROR;
        }
    }

    private static PyBaseException newGroup(PyType type, PyTuple args) {
        if (args.size() != 2) {
            throw PyException.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.size()
                    + " given)");
        }
        if (!(args.get(0) instanceof PyStr)) {
            throw PyException.typeError("argument 1 must be str, not " + args.get(0).type().name());
        }
        PyObject seq = args.get(1);
        if (!(seq instanceof PyList || seq instanceof PyTuple)) {
            throw PyException.typeError("second argument (exceptions) must be a sequence");
        }
        java.util.List<PyObject> items = seq instanceof PyList ? ((PyList) seq).items() : ((PyTuple) seq).asList();
        if (items.isEmpty()) {
            throw PyException.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.size(); i++) {
            PyObject e = items.get(i);
            if (!(e instanceof PyBaseException)) {
                throw PyException.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            allExceptions &= ((PyBaseException) e).isInstance(EXCEPTION);
        }
        PyType actual = type;
        if (type == BASE_EXCEPTION_GROUP && allExceptions) {
            actual = EXCEPTION_GROUP;
        } else if (type.isSubtypeOf(EXCEPTION) && !allExceptions) {
            throw PyException.typeError("Cannot nest BaseExceptions in " + (type == EXCEPTION_GROUP
                    ? "an ExceptionGroup" : "'" + type.name() + "'"));
        }
        return new PyExceptionGroup(actual, args, ((PyStr) args.get(0)).value(), PyTuple.of(new ArrayList<>(items)));
    }

    static void installMethods() {
        BASE_EXCEPTION.constructor((ctx, a, kw) -> {
            PyType t = (PyType) a[0];
            int n = a.length - 1 - (kw == null ? 0 : kw.length);
            if (kw != null && kw.length > 0 && !t.overriddenByUser("__init__")) {
                throw PyException.typeError(t.name() + "() takes no keyword arguments");
            }
            return newException(t, PyTuple.of(java.util.Arrays.copyOfRange(a, 1, 1 + n)));
        });
        BASE_EXCEPTION.def("__init__", (ctx, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyException.typeError(a[0].type().name() + "() takes no keyword arguments");
            }
            PyBaseException self = (PyBaseException) a[0];
            if (!(self instanceof PyExceptionGroup)) {
                self.setArgs(PyTuple.of(java.util.Arrays.copyOfRange(a, 1, a.length)));
            }
            return PyNone.NONE;
        });
        BASE_EXCEPTION.def("__str__", (ctx, a, kw) -> PyStr.of(((PyBaseException) a[0]).defaultStr(ctx)));
        BASE_EXCEPTION.def("__repr__", (ctx, a, kw) -> PyStr.of(((PyBaseException) a[0]).defaultRepr(ctx)));
        BASE_EXCEPTION.def("with_traceback", (ctx, a, kw) -> {
            if (a.length > 1 && a[1] instanceof PyTracebackObject) {
                ((PyBaseException) a[0]).setTraceback(((PyTracebackObject) a[1]).entry());
            } else if (a.length > 1 && a[1] == PyNone.NONE) {
                ((PyBaseException) a[0]).setTraceback(null);
            }
            return a[0];
        });
        BASE_EXCEPTION.def("add_note", (ctx, a, kw) -> {
            PyBaseException self = (PyBaseException) a[0];
            if (a.length != 2 || !(a[1] instanceof PyStr)) {
                throw PyException.typeError("note must be a str");
            }
            PyObject notes = self.instanceDict().computeIfAbsent("__notes__", k -> new PyList());
            ((PyList) notes).append(a[1]);
            return PyNone.NONE;
        });
        BASE_EXCEPTION.defGetSet("args", (ctx, s) -> ((PyBaseException) s).args(),
                (ctx, s, v) -> ((PyBaseException) s).setArgs(PyTuple.of(Protocols.toList(ctx, v))));
        BASE_EXCEPTION.defGetSet("__cause__", (ctx, s) -> orNone(((PyBaseException) s).cause()),
                (ctx, s, v) -> ((PyBaseException) s).setCause(asExceptionOrNull(v, "exception cause")));
        BASE_EXCEPTION.defGetSet("__context__", (ctx, s) -> orNone(((PyBaseException) s).context()),
                (ctx, s, v) -> ((PyBaseException) s).setContext(asExceptionOrNull(v, "exception context")));
        BASE_EXCEPTION.defGetSet("__suppress_context__",
                (ctx, s) -> PyBool.of(((PyBaseException) s).suppressContext()),
                (ctx, s, v) -> ((PyBaseException) s).setSuppressContext(Protocols.isTrue(ctx, v)));
        BASE_EXCEPTION.defGetSet("__traceback__", (ctx, s) -> {
            TracebackEntry tb = ((PyBaseException) s).traceback();
            return tb == null ? PyNone.NONE : new PyTracebackObject(tb);
        }, (ctx, s, v) -> ((PyBaseException) s).setTraceback(
                v instanceof PyTracebackObject ? ((PyTracebackObject) v).entry() : null));
        OS_ERROR.def("__str__", (ctx, a, kw) -> {
            PyBaseException e = (PyBaseException) a[0];
            PyTuple args = e.args();
            if (args.size() >= 2 && args.size() <= 5) {
                return PyStr.of("[Errno " + Protocols.str(ctx, args.get(0)) + "] " + Protocols.str(ctx, args.get(1)));
            }
            return PyStr.of(e.defaultStr(ctx));
        });
        OS_ERROR.defGetter("errno", (ctx, s) -> {
            PyTuple args = ((PyBaseException) s).args();
            return args.size() >= 2 && args.size() <= 5 ? args.get(0) : PyNone.NONE;
        });
        OS_ERROR.defGetter("strerror", (ctx, s) -> {
            PyTuple args = ((PyBaseException) s).args();
            return args.size() >= 2 && args.size() <= 5 ? args.get(1) : PyNone.NONE;
        });
        STOP_ITERATION.defGetter("value", (ctx, s) -> {
            PyTuple args = ((PyBaseException) s).args();
            return args.size() == 0 ? PyNone.NONE : args.get(0);
        });
        // CPython's SystemExit_init: code is None without arguments, the argument alone, or the whole args tuple.
        SYSTEM_EXIT.defGetter("code", (ctx, s) -> {
            PyTuple args = ((PyBaseException) s).args();
            return args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
        });
        BASE_EXCEPTION_GROUP.defGetter("message", (ctx, s) -> PyStr.of(((PyExceptionGroup) s).message()));
        BASE_EXCEPTION_GROUP.defGetter("exceptions", (ctx, s) -> ((PyExceptionGroup) s).exceptions());
        BASE_EXCEPTION_GROUP.def("derive", (ctx, a, kw) -> newGroup(BASE_EXCEPTION_GROUP,
                PyTuple.of(PyStr.of(((PyExceptionGroup) a[0]).message()), a[1])));
        BASE_EXCEPTION_GROUP.def("split", (ctx, a, kw) -> {
            ExceptionGroups.Split s = ExceptionGroups.split(ctx, (PyExceptionGroup) a[0],
                    ExceptionGroups.matcher(ctx, a[1]));
            return PyTuple.of(orNone(s.match()), orNone(s.rest()));
        });
        BASE_EXCEPTION_GROUP.def("subgroup", (ctx, a, kw) -> orNone(ExceptionGroups.split(ctx,
                (PyExceptionGroup) a[0], ExceptionGroups.matcher(ctx, a[1])).match()));
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    private static PyBaseException asExceptionOrNull(PyObject v, String what) {
        if (v == null || v == PyNone.NONE) {
            return null;
        }
        if (!(v instanceof PyBaseException)) {
            throw PyException.typeError(what + " must be None or derive from BaseException");
        }
        return (PyBaseException) v;
    }
}
