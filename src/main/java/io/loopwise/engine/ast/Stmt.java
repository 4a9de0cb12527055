package io.loopwise.engine.ast;

import java.util.List;

/** A statement node. Lists are never null (empty when absent); optional sub-nodes are null when absent. */
public sealed interface Stmt extends Node {

    /** {@code [async] def name(args) -> returns: body}; line/col is the {@code def}/{@code async} keyword, not a decorator. */
    record FunctionDef(int line, int col, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                       Expr returns, boolean isAsync) implements Stmt {
    }

    /** {@code class name(bases, keywords): body}. */
    record ClassDef(int line, int col, String name, List<Expr> bases, List<Keyword> keywords, List<Stmt> body,
                    List<Expr> decorators) implements Stmt {
    }

    /** {@code return [value]}. */
    record Return(int line, int col, Expr value) implements Stmt {
    }

    /** {@code del t1, t2}; targets are Name, Attribute, Subscript, or Tuple/List of them. */
    record Delete(int line, int col, List<Expr> targets) implements Stmt {
    }

    /** {@code t1 = t2 = value}; targets may be Name, Attribute, Subscript, Starred-containing Tuple/List. */
    record Assign(int line, int col, List<Expr> targets, Expr value) implements Stmt {
    }

    /** {@code target op= value}; target is Name, Attribute or Subscript. */
    record AugAssign(int line, int col, Expr target, Operator op, Expr value) implements Stmt {
    }

    /**
     * {@code target: annotation [= value]}. {@code simple} is true when the target is a bare, unparenthesised name.
     * Annotations are kept for completeness; the runtime does not evaluate them.
     */
    record AnnAssign(int line, int col, Expr target, Expr annotation, Expr value, boolean simple) implements Stmt {
    }

    /** {@code [async] for target in iter: body else: orelse}. */
    record For(int line, int col, Expr target, Expr iter, List<Stmt> body, List<Stmt> orelse, boolean isAsync)
            implements Stmt {
    }

    /** {@code while test: body else: orelse}. */
    record While(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** {@code if test: body} with {@code elif} chains nested as a single If in {@code orelse}. */
    record If(int line, int col, Expr test, List<Stmt> body, List<Stmt> orelse) implements Stmt {
    }

    /** {@code [async] with item, item: body}. */
    record With(int line, int col, List<WithItem> items, List<Stmt> body, boolean isAsync) implements Stmt {
    }

    /** {@code raise [exc [from cause]]}. */
    record Raise(int line, int col, Expr exc, Expr cause) implements Stmt {
    }

    /** {@code try/except/else/finally}; {@code isStar} for {@code except*} (then every handler has a type). */
    record Try(int line, int col, List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse,
               List<Stmt> finalbody, boolean isStar) implements Stmt {
    }

    /** {@code assert test[, msg]}. */
    record Assert(int line, int col, Expr test, Expr msg) implements Stmt {
    }

    /** {@code import a.b as c, d}. Which modules exist is the runtime's decision. */
    record Import(int line, int col, List<Alias> names) implements Stmt {
    }

    /** {@code from [.]module import names}; {@code module} is null for {@code from . import x}. */
    record ImportFrom(int line, int col, String module, List<Alias> names, int level) implements Stmt {
    }

    /** {@code global a, b}. */
    record Global(int line, int col, List<String> names) implements Stmt {
    }

    /** {@code nonlocal a, b}. */
    record Nonlocal(int line, int col, List<String> names) implements Stmt {
    }

    /** An expression evaluated for its effect (a call, an await, a docstring). */
    record ExprStmt(int line, int col, Expr value) implements Stmt {
    }

    /** {@code pass}. */
    record Pass(int line, int col) implements Stmt {
    }

    /** {@code break}. */
    record Break(int line, int col) implements Stmt {
    }

    /** {@code continue}. */
    record Continue(int line, int col) implements Stmt {
    }
}
