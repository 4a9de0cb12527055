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
 * Compiles expressions (and assignment targets, lambdas and comprehensions) of the current {@link Unit} to
 * instructions, as CPython's compiler_visit_expr. Statements are compiled by the {@link Compiler} subclass.
 */
abstract class ExpressionCompiler {
    /** Builtins a sandboxed program may not call; referencing one (unless the program defines it) is rejected. */
    static final Set<String> FORBIDDEN_NAMES = Set.of("open", "eval", "exec", "compile", "__import__", "globals",
            "locals", "vars", "input", "breakpoint", "exit", "quit", "help", "memoryview", "__builtins__",
            "__loader__", "__spec__");

    protected final Map<Object, Scope> scopes;
    protected Unit u;

    ExpressionCompiler(Map<Object, Scope> scopes) {
        this.scopes = scopes;
    }

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
                emit(Opcode.LOAD_NAME, u.b.nameIndex(n));
                break;
            default:
                emit(Opcode.LOAD_GLOBAL, u.b.nameIndex(n));
        }
    }

    private boolean moduleBinds(String n) {
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
                emit(Opcode.STORE_NAME, u.b.nameIndex(n));
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
                emit(Opcode.DELETE_NAME, u.b.nameIndex(n));
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

    // ---- expressions ----

    protected void expr(Expr e) {
        int savedLine = b().line();
        b().setLine(e.line());
        exprAtLine(e);
        b().setLine(savedLine);
    }

    private void exprAtLine(Expr e) {
        if (e instanceof Expr.Name) {
            loadName(((Expr.Name) e).id(), e);
        } else if (e instanceof Expr.IntConst) {
            Expr.IntConst c = (Expr.IntConst) e;
            loadConst(c.fitsLong() ? PyInt.valueOf(c.value().longValue()) : PyInt.valueOf(c.value()));
        } else if (e instanceof Expr.StrConst) {
            loadConst(PyStr.of(((Expr.StrConst) e).value()));
        } else if (e instanceof Expr.FloatConst) {
            loadConst(new PyFloat(((Expr.FloatConst) e).value()));
        } else if (e instanceof Expr.BoolConst) {
            loadConst(PyBool.of(((Expr.BoolConst) e).value()));
        } else if (e instanceof Expr.NoneConst) {
            loadNone();
        } else if (e instanceof Expr.EllipsisConst) {
            loadConst(PyNone.ELLIPSIS);
        } else if (e instanceof Expr.BytesConst) {
            throw new CompileError("NotImplementedError", "bytes literals are not supported", e.line(), e.col());
        } else if (e instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) e;
            checkAttribute(a.attr(), e);
            expr(a.value());
            b().setLine(e.line());
            emit(Opcode.LOAD_ATTR, b().nameIndex(a.attr()));
        } else if (e instanceof Expr.Call) {
            call((Expr.Call) e);
        } else if (e instanceof Expr.BinOp) {
            Expr.BinOp bo = (Expr.BinOp) e;
            expr(bo.left());
            expr(bo.right());
            b().setLine(e.line());
            emit(Opcode.BINARY_OP, bo.op().ordinal());
        } else if (e instanceof Expr.UnaryOp) {
            Expr.UnaryOp uo = (Expr.UnaryOp) e;
            expr(uo.operand());
            switch (uo.op()) {
                case NOT: emit(Opcode.UNARY_NOT); break;
                case USUB: emit(Opcode.UNARY_NEGATIVE); break;
                case UADD: emit(Opcode.UNARY_POSITIVE); break;
                default: emit(Opcode.UNARY_INVERT);
            }
        } else if (e instanceof Expr.BoolOp) {
            Expr.BoolOp bo = (Expr.BoolOp) e;
            CodeBuilder.Label end = new CodeBuilder.Label();
            List<Expr> vs = bo.values();
            for (int i = 0; i < vs.size() - 1; i++) {
                expr(vs.get(i));
                b().jump(bo.op() == BoolOperator.AND ? Opcode.JUMP_IF_FALSE_OR_POP : Opcode.JUMP_IF_TRUE_OR_POP, end);
            }
            expr(vs.get(vs.size() - 1));
            b().bind(end);
        } else if (e instanceof Expr.Compare) {
            compare((Expr.Compare) e);
        } else if (e instanceof Expr.IfExp) {
            Expr.IfExp i = (Expr.IfExp) e;
            CodeBuilder.Label orelse = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(i.test());
            b().jump(Opcode.POP_JUMP_IF_FALSE, orelse);
            expr(i.body());
            b().jump(Opcode.JUMP, end);
            b().bind(orelse);
            expr(i.orelse());
            b().bind(end);
        } else if (e instanceof Expr.TupleExpr) {
            sequence(((Expr.TupleExpr) e).elts(), Opcode.BUILD_TUPLE);
        } else if (e instanceof Expr.ListExpr) {
            sequence(((Expr.ListExpr) e).elts(), Opcode.BUILD_LIST);
        } else if (e instanceof Expr.SetExpr) {
            sequence(((Expr.SetExpr) e).elts(), Opcode.BUILD_SET);
        } else if (e instanceof Expr.DictExpr) {
            dict((Expr.DictExpr) e);
        } else if (e instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) e;
            expr(s.value());
            expr(s.slice());
            b().setLine(e.line());
            emit(Opcode.BINARY_SUBSCR);
        } else if (e instanceof Expr.Slice) {
            Expr.Slice s = (Expr.Slice) e;
            optional(s.lower());
            optional(s.upper());
            if (s.step() != null) {
                expr(s.step());
                emit(Opcode.BUILD_SLICE, 3);
            } else {
                emit(Opcode.BUILD_SLICE, 2);
            }
        } else if (e instanceof Expr.JoinedStr) {
            joined((Expr.JoinedStr) e);
        } else if (e instanceof Expr.FormattedValue) {
            formatted((Expr.FormattedValue) e);
        } else if (e instanceof Expr.Lambda) {
            Expr.Lambda l = (Expr.Lambda) e;
            makeFunction(l, l.args(), () -> {
                expr(l.body());
                if (u.scope.isGenerator) {
                    emit(Opcode.POP_TOP);
                    loadNone();
                }
                emit(Opcode.RETURN_VALUE);
            });
        } else if (e instanceof Expr.ListComp) {
            Expr.ListComp c = (Expr.ListComp) e;
            comprehension(e, c.generators(), Opcode.BUILD_LIST, c.elt(), null);
        } else if (e instanceof Expr.SetComp) {
            Expr.SetComp c = (Expr.SetComp) e;
            comprehension(e, c.generators(), Opcode.BUILD_SET, c.elt(), null);
        } else if (e instanceof Expr.DictComp) {
            Expr.DictComp c = (Expr.DictComp) e;
            comprehension(e, c.generators(), Opcode.BUILD_MAP, c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp) {
            Expr.GeneratorExp c = (Expr.GeneratorExp) e;
            comprehension(e, c.generators(), -1, c.elt(), null);
        } else if (e instanceof Expr.Await) {
            expr(((Expr.Await) e).value());
            b().setLine(e.line());
            awaitTos();
        } else if (e instanceof Expr.Yield) {
            optional(((Expr.Yield) e).value());
            b().setLine(e.line());
            emit(Opcode.YIELD_VALUE);
        } else if (e instanceof Expr.YieldFrom) {
            if (u.scope.isCoroutine) {
                throw syntaxError("'yield from' inside async function", e);
            }
            expr(((Expr.YieldFrom) e).value());
            emit(Opcode.GET_YIELD_FROM_ITER);
            loadNone();
            emit(Opcode.AWAIT_SEND);
        } else if (e instanceof Expr.NamedExpr) {
            Expr.NamedExpr n = (Expr.NamedExpr) e;
            expr(n.value());
            emit(Opcode.COPY, 1);
            storeName(n.target().id());
        } else if (e instanceof Expr.Starred) {
            throw syntaxError("can't use starred expression here", e);
        } else {
            throw syntaxError("unsupported expression", e);
        }
    }

    protected void awaitTos() {
        emit(Opcode.GET_AWAITABLE);
        loadNone();
        emit(Opcode.AWAIT_SEND);
    }

    private void optional(Expr e) {
        if (e == null) {
            loadNone();
        } else {
            expr(e);
        }
    }

    private void compare(Expr.Compare c) {
        expr(c.left());
        int n = c.ops().size();
        CodeBuilder.Label cleanup = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        for (int i = 0; i < n; i++) {
            expr(c.comparators().get(i));
            b().setLine(c.line());
            if (i < n - 1) {
                emit(Opcode.SWAP, 2);
                emit(Opcode.COPY, 2);
                compareOp(c.ops().get(i));
                b().jump(Opcode.JUMP_IF_FALSE_OR_POP, cleanup);
            } else {
                compareOp(c.ops().get(i));
            }
        }
        if (n > 1) {
            b().jump(Opcode.JUMP, end);
            b().bind(cleanup);
            emit(Opcode.SWAP, 2);
            emit(Opcode.POP_TOP);
            b().bind(end);
        }
    }

    private void compareOp(CompareOperator op) {
        switch (op) {
            case EQ: emit(Opcode.COMPARE_OP, Operators.EQ); break;
            case NOT_EQ: emit(Opcode.COMPARE_OP, Operators.NE); break;
            case LT: emit(Opcode.COMPARE_OP, Operators.LT); break;
            case LT_E: emit(Opcode.COMPARE_OP, Operators.LE); break;
            case GT: emit(Opcode.COMPARE_OP, Operators.GT); break;
            case GT_E: emit(Opcode.COMPARE_OP, Operators.GE); break;
            case IS: emit(Opcode.IS_OP, 0); break;
            case IS_NOT: emit(Opcode.IS_OP, 1); break;
            case IN: emit(Opcode.CONTAINS_OP, 0); break;
            default: emit(Opcode.CONTAINS_OP, 1);
        }
    }

    private static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    private void sequence(List<Expr> elts, int buildOp) {
        if (!hasStarred(elts)) {
            for (Expr e : elts) {
                expr(e);
            }
            emit(buildOp, elts.size());
            return;
        }
        boolean set = buildOp == Opcode.BUILD_SET;
        emit(set ? Opcode.BUILD_SET : Opcode.BUILD_LIST, 0);
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                expr(((Expr.Starred) e).value());
                emit(set ? Opcode.SET_UPDATE : Opcode.LIST_EXTEND, 1);
            } else {
                expr(e);
                emit(set ? Opcode.SET_ADD : Opcode.LIST_APPEND, 1);
            }
        }
        if (buildOp == Opcode.BUILD_TUPLE) {
            emit(Opcode.LIST_TO_TUPLE);
        }
    }

    private void dict(Expr.DictExpr d) {
        boolean hasSplat = false;
        for (Expr k : d.keys()) {
            hasSplat |= k == null;
        }
        if (!hasSplat) {
            for (int i = 0; i < d.keys().size(); i++) {
                expr(d.keys().get(i));
                expr(d.values().get(i));
            }
            emit(Opcode.BUILD_MAP, d.keys().size());
            return;
        }
        emit(Opcode.BUILD_MAP, 0);
        for (int i = 0; i < d.keys().size(); i++) {
            if (d.keys().get(i) == null) {
                expr(d.values().get(i));
                emit(Opcode.DICT_UPDATE, 1);
            } else {
                expr(d.keys().get(i));
                expr(d.values().get(i));
                emit(Opcode.MAP_ADD, 1);
            }
        }
    }

    private void joined(Expr.JoinedStr j) {
        for (Expr part : j.values()) {
            expr(part);
        }
        if (j.values().size() == 1 && j.values().get(0) instanceof Expr.StrConst) {
            return;
        }
        emit(Opcode.BUILD_STRING, j.values().size());
    }

    private void formatted(Expr.FormattedValue f) {
        expr(f.value());
        int conv = f.conversion() == 's' ? 1 : f.conversion() == 'r' ? 2 : f.conversion() == 'a' ? 3 : 0;
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            conv |= 4;
        }
        emit(Opcode.FORMAT_VALUE, conv);
    }

    // ---- calls ----

    private void call(Expr.Call c) {
        boolean simple = !hasStarred(c.args());
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                simple = false;
            }
        }
        List<String> kwNames = new ArrayList<>();
        for (Keyword k : c.keywords()) {
            if (k.arg() != null) {
                if (kwNames.contains(k.arg())) {
                    throw syntaxError("keyword argument repeated: " + k.arg(), k);
                }
                kwNames.add(k.arg());
            }
        }
        if (simple && c.func() instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) c.func();
            checkAttribute(a.attr(), a);
            expr(a.value());
            b().setLine(a.line());
            emit(Opcode.LOAD_METHOD, b().nameIndex(a.attr()));
            pushArgs(c);
            b().setLine(c.line());
            if (kwNames.isEmpty()) {
                emit(Opcode.CALL_METHOD, c.args().size());
            } else {
                loadKwNames(kwNames);
                emit(Opcode.CALL_METHOD_KW, c.args().size() + kwNames.size());
            }
            return;
        }
        expr(c.func());
        if (simple) {
            pushArgs(c);
            b().setLine(c.line());
            if (kwNames.isEmpty()) {
                emit(Opcode.CALL, c.args().size());
            } else {
                loadKwNames(kwNames);
                emit(Opcode.CALL_KW, c.args().size() + kwNames.size());
            }
            return;
        }
        sequence(c.args(), Opcode.BUILD_TUPLE);
        if (!hasStarred(c.args())) {
            // sequence() built a tuple directly
        }
        boolean hasKw = !c.keywords().isEmpty();
        if (hasKw) {
            emit(Opcode.BUILD_MAP, 0);
            for (Keyword k : c.keywords()) {
                if (k.arg() == null) {
                    expr(k.value());
                    emit(Opcode.DICT_MERGE, 1);
                } else {
                    loadConst(PyStr.of(k.arg()));
                    expr(k.value());
                    emit(Opcode.BUILD_MAP, 1);
                    emit(Opcode.DICT_MERGE, 1);
                }
            }
        }
        b().setLine(c.line());
        emit(Opcode.CALL_EX, hasKw ? 1 : 0);
    }

    private void pushArgs(Expr.Call c) {
        for (Expr a : c.args()) {
            expr(a);
        }
        for (Keyword k : c.keywords()) {
            expr(k.value());
        }
    }

    private void loadKwNames(List<String> kwNames) {
        PyObject[] names = new PyObject[kwNames.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(kwNames.get(i).intern());
        }
        emit(Opcode.LOAD_CONST, constant(PyTuple.of(names), null));
    }

    // ---- targets ----

    protected void store(Expr t) {
        int savedLine = b().line();
        b().setLine(t.line());
        if (t instanceof Expr.Name) {
            storeName(((Expr.Name) t).id());
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            checkAttribute(a.attr(), t);
            expr(a.value());
            b().setLine(t.line());
            emit(Opcode.STORE_ATTR, b().nameIndex(a.attr()));
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) t;
            expr(s.value());
            expr(s.slice());
            b().setLine(t.line());
            emit(Opcode.STORE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr || t instanceof Expr.ListExpr) {
            List<Expr> elts = t instanceof Expr.TupleExpr ? ((Expr.TupleExpr) t).elts() : ((Expr.ListExpr) t).elts();
            int star = -1;
            for (int i = 0; i < elts.size(); i++) {
                if (elts.get(i) instanceof Expr.Starred) {
                    if (star >= 0) {
                        throw syntaxError("multiple starred expressions in assignment", t);
                    }
                    star = i;
                }
            }
            if (star < 0) {
                emit(Opcode.UNPACK_SEQUENCE, elts.size());
            } else {
                emit(Opcode.UNPACK_EX, star | ((elts.size() - star - 1) << 8));
            }
            for (Expr e : elts) {
                store(e instanceof Expr.Starred ? ((Expr.Starred) e).value() : e);
            }
        } else if (t instanceof Expr.Starred) {
            throw syntaxError("starred assignment target must be in a list or tuple", t);
        } else {
            throw syntaxError("cannot assign to expression", t);
        }
        b().setLine(savedLine);
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
                    posOnly, kwOnly, firstLine);
        } finally {
            u = outer;
        }
    }

    private void comprehension(Expr node, List<Comprehension> gens, int buildOp, Expr elt, Expr value) {
        Scope scope = scopes.get(node);
        CodeObject code = compileUnit(scope, () -> {
            if (buildOp >= 0) {
                emit(buildOp, 0);
            }
            comprehensionLoop(gens, 0, buildOp, elt, value);
            if (buildOp < 0) {
                loadNone();
            }
            emit(Opcode.RETURN_VALUE);
        }, null);
        emitClosure(code, 0);
        expr(gens.get(0).iter());
        emit(gens.get(0).isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
        b().setLine(node.line());
        emit(Opcode.CALL, 1);
        if (scope.isCoroutine && buildOp >= 0) {
            awaitTos();
        }
    }

    private void comprehensionLoop(List<Comprehension> gens, int i, int buildOp, Expr elt, Expr value) {
        Comprehension g = gens.get(i);
        CodeBuilder.Label start = new CodeBuilder.Label();
        CodeBuilder.Label end = new CodeBuilder.Label();
        if (i == 0) {
            emit(Opcode.LOAD_FAST, u.fastIndex(".0"));
        } else {
            expr(g.iter());
            emit(g.isAsync() ? Opcode.GET_AITER : Opcode.GET_ITER);
        }
        CodeBuilder.Label asyncEnd = null;
        b().bind(start);
        if (g.isAsync()) {
            asyncEnd = new CodeBuilder.Label();
            asyncNext(asyncEnd);
        } else {
            b().jump(Opcode.FOR_ITER, end);
        }
        store(g.target());
        for (Expr cond : g.ifs()) {
            expr(cond);
            b().jump(Opcode.POP_JUMP_IF_FALSE, start);
        }
        if (i + 1 < gens.size()) {
            comprehensionLoop(gens, i + 1, buildOp, elt, value);
        } else {
            int depthOfCollection = i + 2;
            if (buildOp == Opcode.BUILD_LIST) {
                expr(elt);
                emit(Opcode.LIST_APPEND, depthOfCollection);
            } else if (buildOp == Opcode.BUILD_SET) {
                expr(elt);
                emit(Opcode.SET_ADD, depthOfCollection);
            } else if (buildOp == Opcode.BUILD_MAP) {
                expr(elt);
                expr(value);
                emit(Opcode.MAP_ADD, depthOfCollection);
            } else {
                expr(elt);
                emit(Opcode.YIELD_VALUE);
                emit(Opcode.POP_TOP);
            }
        }
        b().jump(Opcode.JUMP, start);
        if (asyncEnd != null) {
            b().bind(asyncEnd);
            emit(Opcode.END_ASYNC_FOR);
        } else {
            b().bind(end);
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
