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
 * Compiles calls and displays: tuple/list/set/dict displays (with starred items and CPython's constant-set
 * folding), f-strings, and comprehensions as nested code objects, as CPython's compiler_call/starunpack_helper.
 */
abstract class DisplayCompiler extends UnitCompiler {

    DisplayCompiler(Map<Object, Scope> scopes) {
        super(scopes);
    }

    static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Expr.Starred) {
                return true;
            }
        }
        return false;
    }

    /** The value of a constant expression as CPython's AST optimiser folds it, or null. */
    static PyObject constantValue(Expr e) {
        if (e instanceof Expr.IntConst) {
            Expr.IntConst c = (Expr.IntConst) e;
            return PyInt.valueOf(c.value());
        }
        if (e instanceof Expr.StrConst) {
            return PyStr.of(((Expr.StrConst) e).value());
        }
        if (e instanceof Expr.FloatConst) {
            return new PyFloat(((Expr.FloatConst) e).value());
        }
        if (e instanceof Expr.BoolConst) {
            return PyBool.of(((Expr.BoolConst) e).value());
        }
        if (e instanceof Expr.NoneConst) {
            return PyNone.NONE;
        }
        if (e instanceof Expr.UnaryOp && ((Expr.UnaryOp) e).op() == io.loopwise.engine.ast.UnaryOperator.USUB) {
            PyObject v = constantValue(((Expr.UnaryOp) e).operand());
            if (v instanceof PyFloat) {
                return new PyFloat(-((PyFloat) v).value());
            }
            if (v instanceof PyInt && !(v instanceof PyBool)) {
                return PyInt.valueOf(((PyInt) v).bigValue().negate());
            }
            return null;
        }
        if (e instanceof Expr.TupleExpr) {
            List<Expr> elts = ((Expr.TupleExpr) e).elts();
            PyObject[] vs = new PyObject[elts.size()];
            for (int i = 0; i < vs.length; i++) {
                vs[i] = constantValue(elts.get(i));
                if (vs[i] == null) {
                    return null;
                }
            }
            return PyTuple.of(vs);
        }
        return null;
    }

    void sequence(List<Expr> elts, int buildOp) {
        if (buildOp == Opcode.BUILD_SET && elts.size() > 2) {
            PyObject[] vs = new PyObject[elts.size()];
            boolean allConstant = true;
            for (int i = 0; i < vs.length && allConstant; i++) {
                vs[i] = constantValue(elts.get(i));
                allConstant = vs[i] != null;
            }
            if (allConstant) {
                emit(Opcode.LOAD_CONST, constant(PyTuple.of(vs), null));
                emit(Opcode.SET_FROM_CONSTANTS);
                return;
            }
        }
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

    void dict(Expr.DictExpr d) {
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

    void joined(Expr.JoinedStr j) {
        for (Expr part : j.values()) {
            expr(part);
        }
        if (j.values().size() == 1 && j.values().get(0) instanceof Expr.StrConst) {
            return;
        }
        emit(Opcode.BUILD_STRING, j.values().size());
    }

    void formatted(Expr.FormattedValue f) {
        expr(f.value());
        int conv = f.conversion() == 's' ? 1 : f.conversion() == 'r' ? 2 : f.conversion() == 'a' ? 3 : 0;
        if (f.formatSpec() != null) {
            expr(f.formatSpec());
            conv |= 4;
        }
        emit(Opcode.FORMAT_VALUE, conv);
    }

    // ---- calls ----

    void call(Expr.Call c) {
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
            emit(Opcode.LOAD_METHOD, b().nameIndex(mangle(a.attr())));
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
        if (c.args().size() == 1 && c.args().get(0) instanceof Expr.Starred) {
            // f(*x): CALL_EX itself turns x into the argument tuple (and names f when x is no iterable)
            expr(((Expr.Starred) c.args().get(0)).value());
        } else {
            sequence(c.args(), Opcode.BUILD_TUPLE);
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

    void pushArgs(Expr.Call c) {
        for (Expr a : c.args()) {
            expr(a);
        }
        for (Keyword k : c.keywords()) {
            expr(k.value());
        }
    }

    void loadKwNames(List<String> kwNames) {
        PyObject[] names = new PyObject[kwNames.size()];
        for (int i = 0; i < names.length; i++) {
            names[i] = PyStr.of(kwNames.get(i).intern());
        }
        emit(Opcode.LOAD_CONST, constant(PyTuple.of(names), null));
    }

    void comprehension(Expr node, List<Comprehension> gens, int buildOp, Expr elt, Expr value) {
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

    void comprehensionLoop(List<Comprehension> gens, int i, int buildOp, Expr elt, Expr value) {
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
}
