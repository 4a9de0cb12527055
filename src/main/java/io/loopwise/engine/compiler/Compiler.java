package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Alias;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Module;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.runtime.ModuleRegistry;
import io.loopwise.engine.runtime.PyStr;
import java.util.List;
import java.util.Map;

/**
 * Compiles a parsed module to a {@link CodeObject} (CPython's compile.c in miniature): scopes are resolved first
 * ({@link ScopeAnalyzer}); statements become instructions, with finally bodies inlined on every exit path and
 * each instruction tagged with its exception handler. The work is layered: {@link UnitCompiler} (units, names,
 * nested code), {@link DisplayCompiler} (calls, displays, comprehensions), {@link ExpressionCompiler},
 * {@link BlockCompiler} (loops, early exits), {@link TryCompiler} (try, except*, with), {@link DefinitionCompiler}
 * (def, class, annotations, docstrings) and this class (the remaining statements, imports).
 */
public final class Compiler extends DefinitionCompiler {

    private Compiler(Map<Object, Scope> scopes) {
        super(scopes);
    }

    /** Compiles {@code module}; throws {@link CompileError} for programs CPython or the sandbox rejects. */
    public static CodeObject compile(Module module) {
        Map<Object, Scope> scopes = ScopeAnalyzer.analyze(module);
        Compiler c = new Compiler(scopes);
        Scope top = scopes.get(module);
        c.u = new Unit(top);
        c.stmts(module.body());
        c.loadNone();
        c.emit(Opcode.RETURN_VALUE);
        return c.u.b.build("<module>", "<module>", 0, c.u.varnames.toArray(new String[0]), new String[0],
                new String[0], new int[0], 0, 0, 0, 1, null);
    }

    @Override
    void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        b().setLine(s.line());
        if (s instanceof Stmt.ExprStmt) {
            Expr v = ((Stmt.ExprStmt) s).value();
            if (v instanceof Expr.StrConst || v instanceof Expr.IntConst || v instanceof Expr.NoneConst
                    || v instanceof Expr.EllipsisConst) {
                return;
            }
            expr(v);
            emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.Assign) {
            Stmt.Assign a = (Stmt.Assign) s;
            expr(a.value());
            for (int i = 0; i < a.targets().size(); i++) {
                if (i < a.targets().size() - 1) {
                    emit(Opcode.COPY, 1);
                }
                store(a.targets().get(i));
            }
        } else if (s instanceof Stmt.AugAssign) {
            augAssign((Stmt.AugAssign) s);
        } else if (s instanceof Stmt.AnnAssign) {
            Stmt.AnnAssign a = (Stmt.AnnAssign) s;
            if (a.value() != null) {
                expr(a.value());
                store(a.target());
            }
            if (u.scope.kind == Scope.Kind.CLASS && a.simple() && a.target() instanceof Expr.Name) {
                // class annotations are evaluated into __annotations__ (dataclasses read them)
                annotation(a.annotation());
                loadName("__annotations__", a);
                loadConst(PyStr.of(((Expr.Name) a.target()).id()));
                emit(Opcode.STORE_SUBSCR);
            } else if ((u.scope.kind == Scope.Kind.MODULE || u.scope.kind == Scope.Kind.CLASS) && !postponedAnnotations) {
                // evaluated (a NameError if undefined) but not kept: the sandbox has no module __annotations__
                expr(a.annotation());
                emit(Opcode.POP_TOP);
            }
        } else if (s instanceof Stmt.If) {
            Stmt.If i = (Stmt.If) s;
            CodeBuilder.Label orelse = new CodeBuilder.Label();
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(i.test());
            b().jump(Opcode.POP_JUMP_IF_FALSE, orelse);
            stmts(i.body());
            if (!i.orelse().isEmpty()) {
                if (b().reachable()) {
                    b().jump(Opcode.JUMP, end);
                }
                b().bind(orelse);
                stmts(i.orelse());
            } else {
                b().bind(orelse);
            }
            b().bind(end);
        } else if (s instanceof Stmt.While) {
            whileLoop((Stmt.While) s);
        } else if (s instanceof Stmt.For) {
            forLoop((Stmt.For) s);
        } else if (s instanceof Stmt.Break) {
            breakOrContinue(s, true);
        } else if (s instanceof Stmt.Continue) {
            breakOrContinue(s, false);
        } else if (s instanceof Stmt.Return) {
            returnStmt((Stmt.Return) s);
        } else if (s instanceof Stmt.Pass || s instanceof Stmt.Global || s instanceof Stmt.Nonlocal) {
            return;
        } else if (s instanceof Stmt.FunctionDef) {
            functionDef((Stmt.FunctionDef) s);
        } else if (s instanceof Stmt.ClassDef) {
            classDef((Stmt.ClassDef) s);
        } else if (s instanceof Stmt.Raise) {
            Stmt.Raise r = (Stmt.Raise) s;
            int n = 0;
            if (r.exc() != null) {
                expr(r.exc());
                n = 1;
                if (r.cause() != null) {
                    expr(r.cause());
                    n = 2;
                }
            }
            b().setLine(s.line());
            emit(Opcode.RAISE_VARARGS, n);
        } else if (s instanceof Stmt.Assert) {
            Stmt.Assert a = (Stmt.Assert) s;
            CodeBuilder.Label end = new CodeBuilder.Label();
            expr(a.test());
            b().jump(Opcode.POP_JUMP_IF_TRUE, end);
            emit(Opcode.LOAD_ASSERTION_ERROR);
            if (a.msg() != null) {
                expr(a.msg());
                emit(Opcode.CALL, 1);
            }
            b().setLine(s.line());
            emit(Opcode.RAISE_VARARGS, 1);
            b().bind(end);
        } else if (s instanceof Stmt.Delete) {
            for (Expr t : ((Stmt.Delete) s).targets()) {
                delete(t);
            }
        } else if (s instanceof Stmt.Import) {
            for (Alias a : ((Stmt.Import) s).names()) {
                checkImport(a.name(), s);
                emit(Opcode.IMPORT_NAME, b().nameIndex(a.name()));
                storeName(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom) {
            Stmt.ImportFrom f = (Stmt.ImportFrom) s;
            if ("__future__".equals(f.module()) && f.level() == 0) {
                futureImport(f);
                return;
            }
            if (f.level() > 0 || f.module() == null) {
                throw new CompileError("ImportError", "relative imports are not supported in the sandbox", s.line(),
                        s.col());
            }
            checkImport(f.module(), s);
            emit(Opcode.IMPORT_NAME, b().nameIndex(f.module()));
            for (Alias a : f.names()) {
                if (a.name().equals("*")) {
                    throw new CompileError("NotImplementedError", "'from " + f.module()
                            + " import *' is not supported in the sandbox", s.line(), s.col());
                }
                emit(Opcode.IMPORT_FROM, b().nameIndex(a.name()));
                storeName(a.asName() != null ? a.asName() : a.name());
            }
            emit(Opcode.POP_TOP);
        } else if (s instanceof Stmt.Try) {
            Stmt.Try t = (Stmt.Try) s;
            if (!t.finalbody().isEmpty()) {
                tryFinally(t);
            } else {
                tryExcept(t);
            }
        } else if (s instanceof Stmt.With) {
            Stmt.With w = (Stmt.With) s;
            if (w.isAsync() && !u.scope.isCoroutine) {
                throw syntaxError("'async with' outside async function", s);
            }
            with(w, 0);
        } else {
            throw syntaxError("unsupported statement", s);
        }
    }

    /** {@code from __future__ import ...}: a compiler directive; every 3.12 feature name is accepted. */
    private void futureImport(Stmt.ImportFrom f) {
        for (Alias a : f.names()) {
            switch (a.name()) {
                case "annotations":
                    postponedAnnotations = true;
                    break;
                case "nested_scopes": case "generators": case "division": case "absolute_import":
                case "with_statement": case "print_function": case "unicode_literals": case "generator_stop":
                    break;
                default:
                    throw new CompileError("SyntaxError", "future feature " + a.name() + " is not defined", f.line(),
                            f.col());
            }
        }
    }

    void checkImport(String module, Stmt at) {
        if (!ModuleRegistry.isKnown(module)) {
            throw new CompileError("ImportError", "import of '" + module + "' is not supported in the sandbox"
                    + " (available: " + String.join(", ", ModuleRegistry.names()) + ")", at.line(), at.col());
        }
    }

    void augAssign(Stmt.AugAssign a) {
        int op = a.op().ordinal();
        Expr t = a.target();
        if (t instanceof Expr.Name) {
            expr(t);
            expr(a.value());
            b().setLine(a.line());
            emit(Opcode.INPLACE_OP, op);
            storeName(((Expr.Name) t).id());
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute at = (Expr.Attribute) t;
            checkAttribute(at.attr(), at);
            expr(at.value());
            emit(Opcode.COPY, 1);
            emit(Opcode.LOAD_ATTR, b().nameIndex(mangle(at.attr())));
            expr(a.value());
            b().setLine(a.line());
            emit(Opcode.INPLACE_OP, op);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_ATTR, b().nameIndex(mangle(at.attr())));
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript sub = (Expr.Subscript) t;
            expr(sub.value());
            expr(sub.slice());
            emit(Opcode.COPY, 2);
            emit(Opcode.COPY, 2);
            emit(Opcode.BINARY_SUBSCR);
            expr(a.value());
            b().setLine(a.line());
            emit(Opcode.INPLACE_OP, op);
            emit(Opcode.SWAP, 3);
            emit(Opcode.SWAP, 2);
            emit(Opcode.STORE_SUBSCR);
        } else {
            throw syntaxError("'" + "expression" + "' is an illegal expression for augmented assignment", a);
        }
    }

    void delete(Expr t) {
        if (t instanceof Expr.Name) {
            deleteName(((Expr.Name) t).id());
        } else if (t instanceof Expr.Attribute) {
            Expr.Attribute a = (Expr.Attribute) t;
            checkAttribute(a.attr(), a);
            expr(a.value());
            emit(Opcode.DELETE_ATTR, b().nameIndex(mangle(a.attr())));
        } else if (t instanceof Expr.Subscript) {
            Expr.Subscript s = (Expr.Subscript) t;
            expr(s.value());
            expr(s.slice());
            emit(Opcode.DELETE_SUBSCR);
        } else if (t instanceof Expr.TupleExpr) {
            for (Expr e : ((Expr.TupleExpr) t).elts()) {
                delete(e);
            }
        } else if (t instanceof Expr.ListExpr) {
            for (Expr e : ((Expr.ListExpr) t).elts()) {
                delete(e);
            }
        } else {
            throw syntaxError("cannot delete expression", t);
        }
    }
}
