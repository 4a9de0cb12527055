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
 * Compiles expressions and assignment targets of the current {@link Unit} to instructions, as CPython's
 * compiler_visit_expr. Statements are compiled by the {@link Compiler} subclasses.
 */
abstract class ExpressionCompiler extends DisplayCompiler {

    ExpressionCompiler(Map<Object, Scope> scopes) {
        super(scopes);
    }

    // ---- expressions ----

    protected void expr(Expr e) {
        int savedLine = b().line();
        b().setLine(e.line());
        exprAtLine(e);
        b().setLine(savedLine);
    }

    void exprAtLine(Expr e) {
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
            emit(Opcode.LOAD_ATTR, b().nameIndex(mangle(a.attr())));
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

    void optional(Expr e) {
        if (e == null) {
            loadNone();
        } else {
            expr(e);
        }
    }

    void compare(Expr.Compare c) {
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

    void compareOp(CompareOperator op) {
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
            emit(Opcode.STORE_ATTR, b().nameIndex(mangle(a.attr())));
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
}
