package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.Comprehension;
import io.loopwise.engine.ast.ExceptHandler;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Keyword;
import io.loopwise.engine.ast.Module;
import io.loopwise.engine.ast.Param;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.ast.WithItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Walks a parsed tree enforcing the context rules CPython's compiler checks after parsing
 * ({@code Python/compile.c} and {@code symtable.c}): where return, yield, await, break, continue, async for/with,
 * nonlocal and {@code import *} may appear. Name-binding rules (e.g. "no binding for nonlocal") belong to the
 * compiler's symbol table and are not checked here.
 */
final class ContextChecker {
    private enum Kind { MODULE, CLASS, FUNCTION, LAMBDA }

    private record Comp(String what, int line, int col) {
    }

    private static final class Scope {
        final Kind kind;
        final boolean async;
        boolean hasYield;
        final List<Stmt.Return> valueReturns = new ArrayList<>();
        int loops;
        /** Loop depth when the innermost enclosing except* body began, or -1 outside except* bodies. */
        int exceptStarLoops = -1;
        final List<Comp> comprehensions = new ArrayList<>();

        Scope(Kind kind, boolean async) {
            this.kind = kind;
            this.async = async;
        }

        boolean isFunction() {
            return kind == Kind.FUNCTION || kind == Kind.LAMBDA;
        }
    }

    /** CPython's compiler gives up near this nesting depth (C recursion limit x its frame scale). */
    private static final int MAX_DEPTH = 3000;

    private final List<SyntaxProblem> problems;
    private Scope scope;
    private int depth;
    private boolean tooDeep;
    private int comprehensionIterables;

    private ContextChecker(List<SyntaxProblem> problems) {
        this.problems = problems;
    }

    static void check(Module module, List<SyntaxProblem> problems) {
        ContextChecker c = new ContextChecker(problems);
        c.scope = new Scope(Kind.MODULE, false);
        c.stmts(module.body());
    }

    private void error(int line, int col, String message) {
        problems.add(new SyntaxProblem(line, col, message));
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        if (!enter(s.line(), s.col())) {
            return;
        }
        try {
            stmtInner(s);
        } finally {
            depth--;
        }
    }

    /** False (after one report) when the tree is nested deeper than CPython's compiler accepts. */
    private boolean enter(int line, int col) {
        if (++depth <= MAX_DEPTH) {
            return true;
        }
        depth--;
        if (!tooDeep) {
            tooDeep = true;
            error(line, col, "maximum recursion depth exceeded during compilation");
        }
        return false;
    }

    private void stmtInner(Stmt s) {
        if (s instanceof Stmt.FunctionDef f) {
            exprs(f.decorators());
            arguments(f.args());
            expr(f.returns());
            Scope outer = scope;
            scope = new Scope(Kind.FUNCTION, f.isAsync());
            stmts(f.body());
            leave(outer);
        } else if (s instanceof Stmt.ClassDef c) {
            exprs(c.decorators());
            exprs(c.bases());
            keywords(c.keywords());
            Scope outer = scope;
            scope = new Scope(Kind.CLASS, false);
            stmts(c.body());
            scope = outer;
        } else if (s instanceof Stmt.Return r) {
            if (!scope.isFunction()) {
                error(r.line(), r.col(), "'return' outside function");
            } else if (scope.exceptStarLoops >= 0) {
                error(r.line(), r.col(), "'break', 'continue' and 'return' cannot appear in an except* block");
            } else if (r.value() != null) {
                scope.valueReturns.add(r);
            }
            expr(r.value());
        } else if (s instanceof Stmt.Delete d) {
            exprs(d.targets());
        } else if (s instanceof Stmt.Assign a) {
            exprs(a.targets());
            expr(a.value());
        } else if (s instanceof Stmt.AugAssign a) {
            expr(a.target());
            expr(a.value());
        } else if (s instanceof Stmt.AnnAssign a) {
            expr(a.target());
            expr(a.annotation());
            expr(a.value());
        } else if (s instanceof Stmt.For f) {
            if (f.isAsync()) {
                asyncStatement(f.line(), f.col(), "async for");
            }
            expr(f.target());
            expr(f.iter());
            loopBody(f.body());
            stmts(f.orelse());
        } else if (s instanceof Stmt.While w) {
            expr(w.test());
            loopBody(w.body());
            stmts(w.orelse());
        } else if (s instanceof Stmt.If i) {
            expr(i.test());
            stmts(i.body());
            stmts(i.orelse());
        } else if (s instanceof Stmt.With w) {
            if (w.isAsync()) {
                asyncStatement(w.line(), w.col(), "async with");
            }
            for (WithItem item : w.items()) {
                expr(item.contextExpr());
                expr(item.optionalVars());
            }
            stmts(w.body());
        } else if (s instanceof Stmt.Raise r) {
            expr(r.exc());
            expr(r.cause());
        } else if (s instanceof Stmt.Try t) {
            stmts(t.body());
            for (ExceptHandler h : t.handlers()) {
                expr(h.type());
                if (t.isStar()) {
                    int saved = scope.exceptStarLoops;
                    scope.exceptStarLoops = scope.loops;
                    stmts(h.body());
                    scope.exceptStarLoops = saved;
                } else {
                    stmts(h.body());
                }
            }
            stmts(t.orelse());
            stmts(t.finalbody());
        } else if (s instanceof Stmt.Assert a) {
            expr(a.test());
            expr(a.msg());
        } else if (s instanceof Stmt.ImportFrom i) {
            if (scope.kind != Kind.MODULE && !i.names().isEmpty() && i.names().get(0).name().equals("*")) {
                error(i.names().get(0).line(), i.names().get(0).col(), "import * only allowed at module level");
            }
        } else if (s instanceof Stmt.Nonlocal n) {
            if (scope.kind == Kind.MODULE) {
                error(n.line(), n.col(), "nonlocal declaration not allowed at module level");
            }
        } else if (s instanceof Stmt.ExprStmt e) {
            expr(e.value());
        } else if (s instanceof Stmt.Break b) {
            loopControl(b.line(), b.col(), "'break' outside loop");
        } else if (s instanceof Stmt.Continue c) {
            loopControl(c.line(), c.col(), "'continue' not properly in loop");
        }
    }

    private void leave(Scope outer) {
        if (scope.async && scope.hasYield) {
            for (Stmt.Return r : scope.valueReturns) {
                error(r.line(), r.col(), "'return' with value in async generator");
            }
        }
        scope = outer;
    }

    private void loopBody(List<Stmt> body) {
        scope.loops++;
        stmts(body);
        scope.loops--;
    }

    private void loopControl(int line, int col, String outside) {
        if (scope.loops == 0) {
            error(line, col, outside);
        } else if (scope.exceptStarLoops >= 0 && scope.loops == scope.exceptStarLoops) {
            error(line, col, "'break', 'continue' and 'return' cannot appear in an except* block");
        }
    }

    private void asyncStatement(int line, int col, String what) {
        if (!scope.async) {
            error(line, col, "'" + what + "' outside async function");
        }
    }

    private void arguments(Arguments a) {
        params(a.posOnly());
        params(a.args());
        param(a.vararg());
        params(a.kwOnly());
        param(a.kwarg());
    }

    private void params(List<Param> ps) {
        for (Param p : ps) {
            param(p);
        }
    }

    private void param(Param p) {
        if (p != null) {
            expr(p.annotation());
            expr(p.defaultValue());
        }
    }

    private void keywords(List<Keyword> ks) {
        for (Keyword k : ks) {
            expr(k.value());
        }
    }

    private void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    private void expr(Expr e) {
        if (e == null || !enter(e.line(), e.col())) {
            return;
        }
        try {
            exprInner(e);
        } finally {
            depth--;
        }
    }

    private void exprInner(Expr e) {
        if (e instanceof Expr.BoolOp b) {
            exprs(b.values());
        } else if (e instanceof Expr.NamedExpr n) {
            if (comprehensionIterables > 0) {
                error(n.line(), n.col(), "assignment expression cannot be used in a comprehension iterable expression");
            }
            expr(n.value());
        } else if (e instanceof Expr.BinOp b) {
            expr(b.left());
            expr(b.right());
        } else if (e instanceof Expr.UnaryOp u) {
            expr(u.operand());
        } else if (e instanceof Expr.Lambda l) {
            arguments(l.args());
            Scope outer = scope;
            scope = new Scope(Kind.LAMBDA, false);
            expr(l.body());
            leave(outer);
        } else if (e instanceof Expr.IfExp i) {
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.DictExpr d) {
            exprs(d.keys());
            exprs(d.values());
        } else if (e instanceof Expr.SetExpr s) {
            exprs(s.elts());
        } else if (e instanceof Expr.ListExpr l) {
            exprs(l.elts());
        } else if (e instanceof Expr.TupleExpr t) {
            exprs(t.elts());
        } else if (e instanceof Expr.ListComp c) {
            comprehension(new Comp("list comprehension", c.line(), c.col()), c.generators(), c.elt(), null);
        } else if (e instanceof Expr.SetComp c) {
            comprehension(new Comp("set comprehension", c.line(), c.col()), c.generators(), c.elt(), null);
        } else if (e instanceof Expr.DictComp c) {
            comprehension(new Comp("dict comprehension", c.line(), c.col()), c.generators(), c.key(), c.value());
        } else if (e instanceof Expr.GeneratorExp c) {
            comprehension(new Comp("generator expression", c.line(), c.col()), c.generators(), c.elt(), null);
        } else if (e instanceof Expr.Await a) {
            awaitCheck(a.line(), a.col());
            expr(a.value());
        } else if (e instanceof Expr.Yield y) {
            yieldCheck(y.line(), y.col(), false);
            expr(y.value());
        } else if (e instanceof Expr.YieldFrom y) {
            yieldCheck(y.line(), y.col(), true);
            expr(y.value());
        } else if (e instanceof Expr.Compare c) {
            expr(c.left());
            exprs(c.comparators());
        } else if (e instanceof Expr.Call c) {
            expr(c.func());
            exprs(c.args());
            keywords(c.keywords());
        } else if (e instanceof Expr.FormattedValue f) {
            expr(f.value());
            expr(f.formatSpec());
        } else if (e instanceof Expr.JoinedStr j) {
            exprs(j.values());
        } else if (e instanceof Expr.Attribute a) {
            expr(a.value());
        } else if (e instanceof Expr.Subscript s) {
            expr(s.value());
            expr(s.slice());
        } else if (e instanceof Expr.Slice s) {
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Expr.Starred s) {
            expr(s.value());
        }
    }

    /** The first iterable is evaluated in the enclosing scope; everything else inside the comprehension. */
    private void comprehension(Comp comp, List<Comprehension> gens, Expr elt, Expr value) {
        iterable(gens.get(0).iter());
        scope.comprehensions.add(comp);
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync() && !asyncAllowed()) {
                error(comp.line(), comp.col(), "asynchronous comprehension outside of an asynchronous function");
            }
            expr(g.target());
            if (i > 0) {
                iterable(g.iter());
            }
            exprs(g.ifs());
        }
        expr(elt);
        expr(value);
        scope.comprehensions.remove(scope.comprehensions.size() - 1);
    }

    /** A comprehension's iterable may not contain an assignment expression (CPython's symtable rule). */
    private void iterable(Expr iter) {
        comprehensionIterables++;
        expr(iter);
        comprehensionIterables--;
    }

    /** Inside a generator expression await and async for are always allowed: the genexp becomes asynchronous. */
    private boolean asyncAllowed() {
        if (scope.async) {
            return true;
        }
        for (Comp c : scope.comprehensions) {
            if (c.what().equals("generator expression")) {
                return true;
            }
        }
        return false;
    }

    private void awaitCheck(int line, int col) {
        if (asyncAllowed()) {
            return;
        }
        List<Comp> comps = scope.comprehensions;
        if (!scope.isFunction() && comps.isEmpty()) {
            error(line, col, "'await' outside function");
        } else if (!comps.isEmpty()) {
            Comp c = comps.get(comps.size() - 1);
            error(c.line(), c.col(), "asynchronous comprehension outside of an asynchronous function");
        } else {
            error(line, col, "'await' outside async function");
        }
    }

    private void yieldCheck(int line, int col, boolean from) {
        List<Comp> comps = scope.comprehensions;
        if (!comps.isEmpty()) {
            error(line, col, "'yield' inside " + comps.get(comps.size() - 1).what());
        } else if (!scope.isFunction()) {
            error(line, col, "'yield' outside function");
        } else if (from && scope.async) {
            error(line, col, "'yield from' inside async function");
        } else {
            scope.hasYield = true;
        }
    }
}
