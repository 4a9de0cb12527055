package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.BoolOperator;
import io.loopwise.engine.ast.CompareOperator;
import io.loopwise.engine.ast.Comprehension;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Keyword;
import io.loopwise.engine.ast.Param;
import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The shared state of compilation: the {@link Unit} being emitted, variable access by scope (fast, cell, free,
 * global, namespace), constants, and building nested code objects (functions, lambdas, class bodies,
 * comprehensions) with their closures. Subclasses add expressions, displays and statements.
 */
abstract class UnitCompiler {
    /** Builtins a sandboxed program may not call; referencing one (unless the program defines it) is rejected. */
    static final Set<String> FORBIDDEN_NAMES = Set.of("open", "eval", "exec", "compile", "__import__", "globals",
            "locals", "vars", "input", "breakpoint", "exit", "quit", "help", "memoryview", "bytes", "bytearray",
            "complex", "__builtins__",
            "__loader__", "__spec__");

    protected final Map<Object, Scope> scopes;
    protected Unit u;

    UnitCompiler(Map<Object, Scope> scopes) {
        this.scopes = scopes;
    }

    private static String stripUnderscores(String className) {
        int i = 0;
        while (i < className.length() && className.charAt(i) == '_') {
            i++;
        }
        return i == className.length() ? null : className.substring(i);
    }

    /** CPython's private name mangling: {@code __x} inside class C (and its methods) is {@code _C__x}. */
    String mangle(String name) {
        String cls = u.privateName;
        if (cls == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        return "_" + cls + name;
    }

    /** Compiles an expression, leaving its value on the stack. */
    abstract void expr(Expr e);

    /** Stores the value on top of the stack into an assignment target. */
    abstract void store(Expr t);

    protected CodeBuilder b() {
        return u.b;
    }

    protected void emit(int op, int arg) {
        u.b.emit(op, arg);
    }

    protected void emit(int op) {
        u.b.emit(op, 0);
    }

    protected int constant(PyObject v, Object key) {
        return u.b.constIndex(v, key);
    }

    protected void loadConst(PyObject v) {
        Object key = v == PyNone.NONE ? "None" : v instanceof PyBool ? "b" + v
                : v instanceof PyStr ? "s" + ((PyStr) v).value()
                : v instanceof PyInt ? "i" + v
                : v instanceof PyFloat ? "f" + Double.doubleToRawLongBits(((PyFloat) v).value())
                : null;
        emit(Opcode.LOAD_CONST, constant(v, key));
    }

    protected void loadNone() {
        loadConst(PyNone.NONE);
    }

    protected CompileError syntaxError(String msg, io.loopwise.engine.ast.Node n) {
        return new CompileError("SyntaxError", msg, n.line(), n.col());
    }

    // ---- names ----

    protected void loadName(String n, io.loopwise.engine.ast.Node at) {
        Scope.Access a = u.scope.access(n);
        if ((a == Scope.Access.GLOBAL || a == Scope.Access.NAME) && FORBIDDEN_NAMES.contains(n)
                && !moduleBinds(n)) {
            throw new CompileError("NotImplementedError", "'" + n + "' is not supported in the sandbox", at.line(),
                    at.col());
        }
        switch (a) {
            case FAST:
                emit(Opcode.LOAD_FAST, u.fastIndex(n));
                break;
            case CELL:
            case FREE:
                emit(Opcode.LOAD_DEREF, u.derefIndex(n));
                break;
            case CLASS_FREE:
                emit(Opcode.LOAD_CLASSDEREF, u.derefIndex(n));
                break;
            case NAME:
                emit(Opcode.LOAD_NAME, u.b.nameIndex(mangle(n)));
                break;
            default:
                emit(Opcode.LOAD_GLOBAL, u.b.nameIndex(n));
        }
    }

    boolean moduleBinds(String n) {
        Scope s = u.scope;
        while (s.parent != null) {
            s = s.parent;
        }
        return s.assigned.contains(n);
    }

    protected void storeName(String n) {
        switch (u.scope.access(n)) {
            case FAST:
                emit(Opcode.STORE_FAST, u.fastIndex(n));
                break;
            case CELL:
            case FREE:
            case CLASS_FREE:
                emit(Opcode.STORE_DEREF, u.derefIndex(n));
                break;
            case NAME:
                emit(Opcode.STORE_NAME, u.b.nameIndex(mangle(n)));
                break;
            default:
                emit(Opcode.STORE_GLOBAL, u.b.nameIndex(n));
        }
    }

    protected void deleteName(String n) {
        switch (u.scope.access(n)) {
            case FAST:
                emit(Opcode.DELETE_FAST, u.fastIndex(n));
                break;
            case CELL:
            case FREE:
            case CLASS_FREE:
                emit(Opcode.DELETE_DEREF, u.derefIndex(n));
                break;
            case NAME:
                emit(Opcode.DELETE_NAME, u.b.nameIndex(mangle(n)));
                break;
            default:
                emit(Opcode.DELETE_GLOBAL, u.b.nameIndex(n));
        }
    }

    protected static void checkAttribute(String attr, io.loopwise.engine.ast.Node at) {
        if (Attributes.FORBIDDEN.contains(attr)) {
            throw new CompileError("NotImplementedError", "attribute '" + attr + "' is not supported in the sandbox",
                    at.line(), at.col());
        }
    }

    protected void awaitTos() {
        emit(Opcode.GET_AWAITABLE);
        loadNone();
        emit(Opcode.AWAIT_SEND);
    }

    // ---- functions, lambdas, comprehensions ----

    /** Builds the code of a nested scope with {@code body} and emits MAKE_FUNCTION for it (defaults included). */
    protected void makeFunction(Object node, Arguments args, Runnable body) {
        int flags = 0;
        List<Expr> defaults = new ArrayList<>();
        for (Param p : args.posOnly()) {
            if (p.defaultValue() != null) {
                defaults.add(p.defaultValue());
            }
        }
        for (Param p : args.args()) {
            if (p.defaultValue() != null) {
                defaults.add(p.defaultValue());
            }
        }
        if (!defaults.isEmpty()) {
            for (Expr d : defaults) {
                expr(d);
            }
            emit(Opcode.BUILD_TUPLE, defaults.size());
            flags |= 1;
        }
        int kwDefaults = 0;
        for (Param p : args.kwOnly()) {
            if (p.defaultValue() != null) {
                loadConst(PyStr.of(p.name()));
                expr(p.defaultValue());
                kwDefaults++;
            }
        }
        if (kwDefaults > 0) {
            emit(Opcode.BUILD_MAP, kwDefaults);
            flags |= 2;
        }
        Scope scope = scopes.get(node);
        CodeObject code = compileUnit(scope, body, args);
        emitClosure(code, flags);
    }

    protected void emitClosure(CodeObject code, int flags) {
        if (code.freevars.length > 0) {
            for (String f : code.freevars) {
                emit(Opcode.LOAD_CLOSURE, u.derefIndex(f));
            }
            emit(Opcode.BUILD_TUPLE, code.freevars.length);
            flags |= 4;
        }
        int idx = constant(code, null);
        emit(Opcode.MAKE_FUNCTION, flags | (idx << 3));
    }

    /** Compiles a nested scope into its own code object. */
    protected CodeObject compileUnit(Scope scope, Runnable body, Arguments args) {
        Unit outer = u;
        u = new Unit(scope);
        u.privateName = scope.kind == Scope.Kind.CLASS ? stripUnderscores(scope.name) : outer.privateName;
        u.b.setLine(outer.b.line());
        int firstLine = outer.b.line();
        try {
            body.run();
            int flags = 0;
            if (scope.isGenerator && scope.isCoroutine) {
                flags |= CodeObject.ASYNC_GENERATOR;
            } else if (scope.isGenerator) {
                flags |= CodeObject.GENERATOR;
            } else if (scope.isCoroutine) {
                flags |= CodeObject.COROUTINE;
            }
            if (scope.kind == Scope.Kind.CLASS) {
                flags |= CodeObject.NAME_SCOPE;
            }
            if (scope.kind == Scope.Kind.COMPREHENSION && !scope.name.equals("<genexpr>")) {
                flags |= CodeObject.HIDDEN_FRAME;
            }
            int argCount = 0;
            int posOnly = 0;
            int kwOnly = 0;
            if (args != null) {
                argCount = args.positionalCount();
                posOnly = args.posOnly().size();
                kwOnly = args.kwOnly().size();
                if (args.vararg() != null) {
                    flags |= CodeObject.VARARGS;
                }
                if (args.kwarg() != null) {
                    flags |= CodeObject.VARKEYWORDS;
                }
            } else if (scope.kind == Scope.Kind.COMPREHENSION) {
                argCount = 1;
            }
            return u.b.build(scope.name, scope.qualname, flags, u.varnames.toArray(new String[0]),
                    u.cellvars.toArray(new String[0]), u.freevars.toArray(new String[0]), u.cellFromArg(), argCount,
                    posOnly, kwOnly, firstLine, u.docstring);
        } finally {
            u = outer;
        }
    }

    /**
     * The head of an async for loop: with the async iterator on the stack, awaits {@code __anext__()} under a
     * handler that jumps to {@code endLabel} (where END_ASYNC_FOR ends the loop on StopAsyncIteration).
     */
    protected void asyncNext(CodeBuilder.Label endLabel) {
        int handler = b().newHandler(endLabel, b().depth());
        b().pushHandler(handler);
        emit(Opcode.GET_ANEXT);
        loadNone();
        emit(Opcode.AWAIT_SEND);
        b().popHandler();
    }
}
