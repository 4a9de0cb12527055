package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Keyword;
import io.loopwise.engine.ast.Param;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.runtime.PyStr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compiles definitions: {@code def} (decorators, defaults, the function's code, its {@code __annotations__} and
 * docstring) and {@code class} (the body as a function of its namespace, keywords for {@code __init_subclass__},
 * {@code __annotations__} and {@code __doc__}), and annotation values, postponed or evaluated.
 */
abstract class DefinitionCompiler extends TryCompiler {
    /** {@code from __future__ import annotations}: annotations are kept as text, not evaluated. */
    protected boolean postponedAnnotations;

    DefinitionCompiler(Map<Object, Scope> scopes) {
        super(scopes);
    }

    static boolean hasAnnotations(List<Stmt> body) {
        for (Stmt s : body) {
            if (s instanceof Stmt.AnnAssign && ((Stmt.AnnAssign) s).simple()) {
                return true;
            }
        }
        return false;
    }

    void functionDef(Stmt.FunctionDef f) {
        for (Expr d : f.decorators()) {
            expr(d);
        }
        b().setLine(f.line());
        makeFunction(f, f.args(), () -> {
            b().setLine(f.line());
            u.docstring = docstring(f.body());
            stmts(f.body());
            if (b().reachable()) {
                loadNone();
                emit(Opcode.RETURN_VALUE);
            }
        });
        functionAnnotations(f);
        for (int i = 0; i < f.decorators().size(); i++) {
            emit(Opcode.CALL, 1);
        }
        storeName(f.name());
    }

    /**
     * Pushes an annotation's value: evaluated, or under {@code from __future__ import annotations} (postponed)
     * its text, approximated as the name or string it is.
     */
    protected void annotation(Expr ann) {
        if (postponedAnnotations) {
            loadConst(PyStr.of(ann instanceof Expr.Name ? ((Expr.Name) ann).id()
                    : ann instanceof Expr.StrConst ? ((Expr.StrConst) ann).value() : "..."));
        } else {
            expr(ann);
        }
    }

    /**
     * Sets {@code __annotations__} on the function just made (on the stack), evaluating the annotations after the
     * defaults, in CPython's order: parameters, positional-only ones, *args, keyword-only ones, **kwargs, return.
     */
    private void functionAnnotations(Stmt.FunctionDef f) {
        Arguments a = f.args();
        List<Param> annotated = new ArrayList<>();
        for (List<Param> group : List.of(a.args(), a.posOnly())) {
            group.stream().filter(p -> p.annotation() != null).forEach(annotated::add);
        }
        if (a.vararg() != null && a.vararg().annotation() != null) {
            annotated.add(a.vararg());
        }
        a.kwOnly().stream().filter(p -> p.annotation() != null).forEach(annotated::add);
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            annotated.add(a.kwarg());
        }
        if (annotated.isEmpty() && f.returns() == null) {
            return;
        }
        emit(Opcode.COPY, 1);
        for (Param p : annotated) {
            loadConst(PyStr.of(p.name()));
            annotation(p.annotation());
        }
        if (f.returns() != null) {
            loadConst(PyStr.of("return"));
            annotation(f.returns());
        }
        emit(Opcode.BUILD_MAP, annotated.size() + (f.returns() == null ? 0 : 1));
        emit(Opcode.SWAP, 2);
        emit(Opcode.STORE_ATTR, b().nameIndex("__annotations__"));
    }

    /** The docstring of a def or class body: its first statement when that is a plain string literal. */
    private static String docstring(java.util.List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof Stmt.ExprStmt
                && ((Stmt.ExprStmt) body.get(0)).value() instanceof Expr.StrConst) {
            return ((Expr.StrConst) ((Stmt.ExprStmt) body.get(0)).value()).value();
        }
        return null;
    }

    void classDef(Stmt.ClassDef c) {
        for (Keyword k : c.keywords()) {
            if ("metaclass".equals(k.arg())) {
                throw new CompileError("NotImplementedError", "metaclasses (metaclass=...) are not supported",
                        k.value().line(), k.value().col());
            }
        }
        for (Expr d : c.decorators()) {
            expr(d);
        }
        b().setLine(c.line());
        Scope scope = scopes.get(c);
        CodeObject body = compileUnit(scope, () -> {
            b().setLine(c.line());
            loadConst(PyStr.of("__main__"));
            storeName("__module__");
            loadConst(PyStr.of(scope.qualname));
            storeName("__qualname__");
            String doc = docstring(c.body());
            if (doc != null) {
                loadConst(PyStr.of(doc));
                storeName("__doc__");
            }
            if (hasAnnotations(c.body())) {
                emit(Opcode.BUILD_MAP, 0);
                storeName("__annotations__");
            }
            stmts(c.body());
            if (scope.cells.contains("__class__")) {
                emit(Opcode.LOAD_CLOSURE, u.derefIndex("__class__"));
            } else {
                loadNone();
            }
            emit(Opcode.RETURN_VALUE);
        }, null);
        emitClosure(body, 0);
        loadConst(PyStr.of(c.name()));
        for (Expr base : c.bases()) {
            if (base instanceof Expr.Starred) {
                throw new CompileError("NotImplementedError", "starred class bases are not supported", c.line(),
                        c.col());
            }
            expr(base);
        }
        if (!c.keywords().isEmpty()) {
            // class keywords go to __init_subclass__ (class A(Base, tag="x"))
            emit(Opcode.BUILD_MAP, 0);
            for (Keyword k : c.keywords()) {
                if (k.arg() == null) {
                    expr(k.value());
                    emit(Opcode.DICT_UPDATE, 1);
                } else {
                    loadConst(PyStr.of(k.arg()));
                    expr(k.value());
                    emit(Opcode.MAP_ADD, 1);
                }
            }
        }
        b().setLine(c.line());
        emit(Opcode.BUILD_CLASS, c.bases().size() | (c.keywords().isEmpty() ? 0 : Opcode.CLASS_KEYWORDS));
        for (int i = 0; i < c.decorators().size(); i++) {
            emit(Opcode.CALL, 1);
        }
        storeName(c.name());
    }
}
