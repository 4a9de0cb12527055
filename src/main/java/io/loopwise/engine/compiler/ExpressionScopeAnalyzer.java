package io.loopwise.engine.compiler;

import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.Comprehension;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Keyword;
import io.loopwise.engine.ast.Param;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The expression half of the symbol table builder: the scopes being built, binding and use of names, and the
 * expressions that open scopes of their own (lambdas, comprehensions) or mark one (yield, await, walrus, super).
 * {@link ScopeAnalyzer} adds the statements.
 */
abstract class ExpressionScopeAnalyzer {
    protected final Map<Object, Scope> scopes = new IdentityHashMap<>();
    protected Scope current;

    protected Scope enter(Object node, Scope.Kind kind, String name) {
        Scope s = new Scope(kind, name, current);
        String prefix = current.kind == Scope.Kind.MODULE ? ""
                : current.kind == Scope.Kind.CLASS ? current.qualname + "." : current.qualname + ".<locals>.";
        s.qualname = prefix + name;
        scopes.put(node, s);
        current = s;
        return s;
    }

    protected void bind(String n) {
        current.assigned.add(n);
    }

    protected void use(String n) {
        current.used.add(n);
    }

    protected void defaults(Arguments a) {
        for (Param p : a.posOnly()) {
            expr(p.defaultValue());
        }
        for (Param p : a.args()) {
            expr(p.defaultValue());
        }
        for (Param p : a.kwOnly()) {
            expr(p.defaultValue());
        }
    }

    /** A def's annotations are evaluated where the def runs (the enclosing scope). */
    protected void annotations(Arguments a) {
        for (List<Param> group : List.of(a.posOnly(), a.args(), a.kwOnly())) {
            for (Param p : group) {
                expr(p.annotation());
            }
        }
        if (a.vararg() != null) {
            expr(a.vararg().annotation());
        }
        if (a.kwarg() != null) {
            expr(a.kwarg().annotation());
        }
    }

    protected void params(Arguments a) {
        for (Param p : a.posOnly()) {
            current.params.add(p.name());
        }
        for (Param p : a.args()) {
            current.params.add(p.name());
        }
        for (Param p : a.kwOnly()) {
            current.params.add(p.name());
        }
        if (a.vararg() != null) {
            current.params.add(a.vararg().name());
        }
        if (a.kwarg() != null) {
            current.params.add(a.kwarg().name());
        }
    }

    protected void target(Expr t) {
        if (t instanceof Expr.Name) {
            bind(((Expr.Name) t).id());
        } else if (t instanceof Expr.TupleExpr) {
            for (Expr e : ((Expr.TupleExpr) t).elts()) {
                target(e);
            }
        } else if (t instanceof Expr.ListExpr) {
            for (Expr e : ((Expr.ListExpr) t).elts()) {
                target(e);
            }
        } else if (t instanceof Expr.Starred) {
            target(((Expr.Starred) t).value());
        } else {
            expr(t);
        }
    }

    protected void exprs(List<Expr> es) {
        for (Expr e : es) {
            expr(e);
        }
    }

    protected void expr(Expr e) {
        if (e == null) {
            return;
        }
        if (e instanceof Expr.Name) {
            String id = ((Expr.Name) e).id();
            use(id);
            if (id.equals("super")) {
                current.usesSuper = true;
            }
        } else if (e instanceof Expr.BoolOp) {
            exprs(((Expr.BoolOp) e).values());
        } else if (e instanceof Expr.NamedExpr) {
            Expr.NamedExpr n = (Expr.NamedExpr) e;
            expr(n.value());
            Scope s = current;
            while (s.kind == Scope.Kind.COMPREHENSION) {
                s = s.parent;
            }
            Scope saved = current;
            for (Scope c = current; c != s; c = c.parent) {
                c.nonlocals.add(n.target().id());
                c.used.add(n.target().id());
            }
            current = s;
            bind(n.target().id());
            current = saved;
        } else if (e instanceof Expr.BinOp) {
            expr(((Expr.BinOp) e).left());
            expr(((Expr.BinOp) e).right());
        } else if (e instanceof Expr.UnaryOp) {
            expr(((Expr.UnaryOp) e).operand());
        } else if (e instanceof Expr.Lambda) {
            Expr.Lambda l = (Expr.Lambda) e;
            defaults(l.args());
            Scope outer = current;
            enter(l, Scope.Kind.FUNCTION, "<lambda>");
            params(l.args());
            expr(l.body());
            current = outer;
        } else if (e instanceof Expr.IfExp) {
            Expr.IfExp i = (Expr.IfExp) e;
            expr(i.test());
            expr(i.body());
            expr(i.orelse());
        } else if (e instanceof Expr.DictExpr) {
            for (Expr k : ((Expr.DictExpr) e).keys()) {
                expr(k);
            }
            exprs(((Expr.DictExpr) e).values());
        } else if (e instanceof Expr.SetExpr) {
            exprs(((Expr.SetExpr) e).elts());
        } else if (e instanceof Expr.ListExpr) {
            exprs(((Expr.ListExpr) e).elts());
        } else if (e instanceof Expr.TupleExpr) {
            exprs(((Expr.TupleExpr) e).elts());
        } else if (e instanceof Expr.ListComp) {
            comprehension(e, "<listcomp>", ((Expr.ListComp) e).generators(), ((Expr.ListComp) e).elt(), null);
        } else if (e instanceof Expr.SetComp) {
            comprehension(e, "<setcomp>", ((Expr.SetComp) e).generators(), ((Expr.SetComp) e).elt(), null);
        } else if (e instanceof Expr.DictComp) {
            Expr.DictComp d = (Expr.DictComp) e;
            comprehension(e, "<dictcomp>", d.generators(), d.key(), d.value());
        } else if (e instanceof Expr.GeneratorExp) {
            comprehension(e, "<genexpr>", ((Expr.GeneratorExp) e).generators(), ((Expr.GeneratorExp) e).elt(), null);
        } else if (e instanceof Expr.Await) {
            markAwait(e);
            expr(((Expr.Await) e).value());
        } else if (e instanceof Expr.Yield) {
            markYield(e);
            expr(((Expr.Yield) e).value());
        } else if (e instanceof Expr.YieldFrom) {
            markYield(e);
            expr(((Expr.YieldFrom) e).value());
        } else if (e instanceof Expr.Compare) {
            expr(((Expr.Compare) e).left());
            exprs(((Expr.Compare) e).comparators());
        } else if (e instanceof Expr.Call) {
            Expr.Call c = (Expr.Call) e;
            expr(c.func());
            exprs(c.args());
            for (Keyword k : c.keywords()) {
                expr(k.value());
            }
        } else if (e instanceof Expr.FormattedValue) {
            expr(((Expr.FormattedValue) e).value());
            expr(((Expr.FormattedValue) e).formatSpec());
        } else if (e instanceof Expr.JoinedStr) {
            exprs(((Expr.JoinedStr) e).values());
        } else if (e instanceof Expr.Attribute) {
            expr(((Expr.Attribute) e).value());
        } else if (e instanceof Expr.Subscript) {
            expr(((Expr.Subscript) e).value());
            expr(((Expr.Subscript) e).slice());
        } else if (e instanceof Expr.Slice) {
            Expr.Slice s = (Expr.Slice) e;
            expr(s.lower());
            expr(s.upper());
            expr(s.step());
        } else if (e instanceof Expr.Starred) {
            expr(((Expr.Starred) e).value());
        }
    }

    private void markYield(Expr e) {
        if (current.kind == Scope.Kind.COMPREHENSION) {
            throw new CompileError("SyntaxError", "'yield' inside " + current.name.substring(1,
                    current.name.length() - 1).replace("comp", " comprehension").replace("genexpr",
                    "generator expression"), e.line(), e.col());
        }
        if (!current.isFunctionLike()) {
            throw new CompileError("SyntaxError", "'yield' outside function", e.line(), e.col());
        }
        current.isGenerator = true;
    }

    private void markAwait(Expr e) {
        Scope s = current;
        if (s.kind == Scope.Kind.COMPREHENSION) {
            s.isCoroutine = true;
            return;
        }
        if (!(s.kind == Scope.Kind.FUNCTION && s.isCoroutine)) {
            throw new CompileError("SyntaxError", s.kind == Scope.Kind.FUNCTION
                    ? "'await' outside async function" : "'await' outside function", e.line(), e.col());
        }
    }

    private void comprehension(Expr node, String name, List<Comprehension> gens, Expr elt, Expr value) {
        expr(gens.get(0).iter());
        Scope outer = current;
        Scope cs = enter(node, Scope.Kind.COMPREHENSION, name);
        cs.params.add(".0");
        if (name.equals("<genexpr>")) {
            cs.isGenerator = true;
        }
        for (int i = 0; i < gens.size(); i++) {
            Comprehension g = gens.get(i);
            if (g.isAsync()) {
                cs.isCoroutine = true;
            }
            if (i > 0) {
                expr(g.iter());
            }
            target(g.target());
            exprs(g.ifs());
        }
        expr(elt);
        expr(value);
        current = outer;
    }
}
