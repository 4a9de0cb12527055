package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Alias;
import io.loopwise.engine.ast.ExceptHandler;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Keyword;
import io.loopwise.engine.ast.Module;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.ast.WithItem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds the symbol table (CPython's symtable.c): one {@link Scope} per module, class, function, lambda and
 * comprehension, then decides for every name whether it is a fast local, a cell, a free variable, a global or a
 * namespace name.
 * This class walks the statements (definitions, assignments, declarations); {@link ExpressionScopeAnalyzer} the
 * expressions.
 */
final class ScopeAnalyzer extends ExpressionScopeAnalyzer {
    private final List<Object[]> nonlocalSites = new ArrayList<>();

    static Map<Object, Scope> analyze(Module module) {
        ScopeAnalyzer a = new ScopeAnalyzer();
        Scope top = new Scope(Scope.Kind.MODULE, "<module>", null);
        top.qualname = "";
        a.scopes.put(module, top);
        a.current = top;
        a.stmts(module.body());
        ScopeResolver.resolve(top, a.nonlocalSites);
        return a.scopes;
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (s instanceof Stmt.FunctionDef) {
            Stmt.FunctionDef f = (Stmt.FunctionDef) s;
            exprs(f.decorators());
            defaults(f.args());
            annotations(f.args());
            expr(f.returns());
            bind(f.name());
            Scope outer = current;
            Scope fs = enter(f, Scope.Kind.FUNCTION, f.name());
            fs.isCoroutine = f.isAsync();
            params(f.args());
            stmts(f.body());
            current = outer;
        } else if (s instanceof Stmt.ClassDef) {
            Stmt.ClassDef c = (Stmt.ClassDef) s;
            exprs(c.decorators());
            exprs(c.bases());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
            bind(c.name());
            Scope outer = current;
            enter(c, Scope.Kind.CLASS, c.name());
            stmts(c.body());
            current = outer;
        } else if (s instanceof Stmt.Return) {
            expr(((Stmt.Return) s).value());
        } else if (s instanceof Stmt.Delete) {
            for (Expr t : ((Stmt.Delete) s).targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.Assign) {
            Stmt.Assign a = (Stmt.Assign) s;
            expr(a.value());
            for (Expr t : a.targets()) {
                target(t);
            }
        } else if (s instanceof Stmt.AugAssign) {
            Stmt.AugAssign a = (Stmt.AugAssign) s;
            expr(a.value());
            if (a.target() instanceof Expr.Name) {
                use(((Expr.Name) a.target()).id());
            }
            target(a.target());
        } else if (s instanceof Stmt.AnnAssign) {
            Stmt.AnnAssign a = (Stmt.AnnAssign) s;
            expr(a.value());
            if (current.kind == Scope.Kind.CLASS || current.kind == Scope.Kind.MODULE) {
                expr(a.annotation());
            }
            if (current.kind == Scope.Kind.CLASS && a.simple()) {
                use("__annotations__");
            }
            if (a.value() != null || !(a.target() instanceof Expr.Name) || current.isFunctionLike()) {
                target(a.target());
            }
        } else if (s instanceof Stmt.For) {
            Stmt.For f = (Stmt.For) s;
            expr(f.iter());
            target(f.target());
            stmts(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While) {
            Stmt.While w = (Stmt.While) s;
            expr(w.test());
            stmts(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.If) {
            Stmt.If i = (Stmt.If) s;
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.With) {
            Stmt.With w = (Stmt.With) s;
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                if (item.optionalVars() != null) {
                    target(item.optionalVars());
                }
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Raise) {
            expr(((Stmt.Raise) s).exc());
            expr(((Stmt.Raise) s).cause());
        } else if (s instanceof Stmt.Try) {
            Stmt.Try t = (Stmt.Try) s;
            stmts(t.body());
            for (ExceptHandler h : t.handlers()) {
                expr(h.type());
                if (h.name() != null) {
                    bind(h.name());
                }
                stmts(h.body());
            }
            stmts(t.orelse());
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Assert) {
            expr(((Stmt.Assert) s).test());
            expr(((Stmt.Assert) s).msg());
        } else if (s instanceof Stmt.Import) {
            for (Alias a : ((Stmt.Import) s).names()) {
                bind(a.asName() != null ? a.asName() : a.name().split("\\.")[0]);
            }
        } else if (s instanceof Stmt.ImportFrom) {
            for (Alias a : ((Stmt.ImportFrom) s).names()) {
                if (!a.name().equals("*")) {
                    bind(a.asName() != null ? a.asName() : a.name());
                }
            }
        } else if (s instanceof Stmt.Global) {
            for (String n : ((Stmt.Global) s).names()) {
                if (current.params.contains(n)) {
                    throw new CompileError("SyntaxError", "name '" + n + "' is parameter and global", s.line(),
                            s.col());
                }
                if (current.used.contains(n) || current.assigned.contains(n)) {
                    throw new CompileError("SyntaxError", "name '" + n + "' is "
                            + (current.assigned.contains(n) ? "assigned to before" : "used prior to") + " global declaration",
                            s.line(), s.col());
                }
                current.globals.add(n);
            }
        } else if (s instanceof Stmt.Nonlocal) {
            for (String n : ((Stmt.Nonlocal) s).names()) {
                if (current.kind == Scope.Kind.MODULE) {
                    throw new CompileError("SyntaxError", "nonlocal declaration not allowed at module level", s.line(),
                            s.col());
                }
                if (current.params.contains(n)) {
                    throw new CompileError("SyntaxError", "name '" + n + "' is parameter and nonlocal", s.line(),
                            s.col());
                }
                if (current.used.contains(n) || current.assigned.contains(n)) {
                    throw new CompileError("SyntaxError", "name '" + n + "' is "
                            + (current.assigned.contains(n) ? "assigned to before" : "used prior to") + " nonlocal declaration",
                            s.line(), s.col());
                }
                current.nonlocals.add(n);
                nonlocalSites.add(new Object[] {current, n, s});
            }
        } else if (s instanceof Stmt.ExprStmt) {
            expr(((Stmt.ExprStmt) s).value());
        }
    }
}
