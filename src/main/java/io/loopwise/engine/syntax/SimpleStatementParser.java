package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Alias;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Operator;
import io.loopwise.engine.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Simple statements ({@code simple_stmt} in CPython's grammar): assignments of every kind, expression
 * statements, return, raise, del, assert, pass/break/continue, global/nonlocal and imports.
 */
final class SimpleStatementParser {
    private final TokenCursor in;
    private final ExpressionParser expressions;

    SimpleStatementParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** One simple statement (not its terminating NEWLINE or semicolon). */
    Stmt statement() {
        Token t = in.peek();
        switch (t.type()) {
            case PASS: in.advance(); return new Stmt.Pass(t.line(), t.col());
            case BREAK: in.advance(); return new Stmt.Break(t.line(), t.col());
            case CONTINUE: in.advance(); return new Stmt.Continue(t.line(), t.col());
            case RETURN: {
                in.advance();
                Expr value = atStatementEnd() ? null : expressions.starExpressions();
                noBareStar(value);
                return new Stmt.Return(t.line(), t.col(), value);
            }
            case RAISE: {
                in.advance();
                Expr exc = null;
                Expr cause = null;
                if (!atStatementEnd()) {
                    exc = expressions.expression();
                    if (in.match(TokenType.FROM)) {
                        cause = expressions.expression();
                    }
                }
                return new Stmt.Raise(t.line(), t.col(), exc, cause);
            }
            case GLOBAL:
            case NONLOCAL: {
                in.advance();
                List<String> names = new ArrayList<>();
                do {
                    names.add(in.expect(TokenType.NAME, "invalid syntax").name());
                } while (in.match(TokenType.COMMA));
                return t.type() == TokenType.GLOBAL ? new Stmt.Global(t.line(), t.col(), List.copyOf(names))
                        : new Stmt.Nonlocal(t.line(), t.col(), List.copyOf(names));
            }
            case DEL: {
                in.advance();
                List<Expr> targets = new ArrayList<>();
                do {
                    if (atStatementEnd()) {
                        break;
                    }
                    Expr target = expressions.singleTarget();
                    Targets.checkDelete(in, target);
                    targets.add(target);
                } while (in.match(TokenType.COMMA));
                if (targets.isEmpty()) {
                    throw in.invalidSyntax();
                }
                return new Stmt.Delete(t.line(), t.col(), List.copyOf(targets));
            }
            case ASSERT: {
                in.advance();
                Expr test = expressions.expression();
                Expr msg = in.match(TokenType.COMMA) ? expressions.expression() : null;
                return new Stmt.Assert(t.line(), t.col(), test, msg);
            }
            case IMPORT: return importStatement();
            case FROM: return fromImport();
            default: return expressionStatement();
        }
    }

    boolean atStatementEnd() {
        TokenType t = in.type();
        return t == TokenType.NEWLINE || t == TokenType.SEMI || t == TokenType.EOF;
    }

    private Stmt expressionStatement() {
        Token start = in.peek();
        Expr first = expressions.yieldOrStarExpressions();
        TokenType t = in.type();
        if (t == TokenType.EQUAL) {
            List<Expr> targets = new ArrayList<>();
            Expr value = first;
            while (in.match(TokenType.EQUAL)) {
                targets.add(value);
                value = expressions.yieldOrStarExpressions();
            }
            for (int i = 0; i < targets.size(); i++) {
                Targets.checkAssign(in, targets.get(i), i == 0 && targets.size() == 1);
            }
            noBareStar(value);
            return new Stmt.Assign(start.line(), start.col(), List.copyOf(targets), value);
        }
        if (t == TokenType.COLON) {
            in.advance();
            if (first instanceof Expr.TupleExpr && start.type() != TokenType.LPAR) {
                throw in.error(first.line(), first.col(), "only single target (not tuple) can be annotated");
            }
            if (!(first instanceof Expr.Name || first instanceof Expr.Attribute || first instanceof Expr.Subscript)) {
                throw in.error(first.line(), first.col(), "illegal target for annotation");
            }
            Expr annotation = expressions.expression();
            Expr value = in.match(TokenType.EQUAL) ? expressions.yieldOrStarExpressions() : null;
            boolean simple = first instanceof Expr.Name && start.type() != TokenType.LPAR;
            return new Stmt.AnnAssign(start.line(), start.col(), first, annotation, value, simple);
        }
        Operator aug = augmented(t);
        if (aug != null) {
            Targets.checkAugmented(in, first);
            in.advance();
            Expr value = expressions.yieldOrStarExpressions();
            noBareStar(value);
            return new Stmt.AugAssign(start.line(), start.col(), first, aug, value);
        }
        if (t == TokenType.WALRUS && !(first instanceof Expr.TupleExpr && start.type() != TokenType.LPAR)
                && !(first instanceof Expr.Name && start.type() == TokenType.NAME)) {
            // CPython's invalid_named_expression: a statement can't start with `target := value` unless the
            // target is a bare name or an unparenthesized tuple (those are plain "invalid syntax" at ':=')
            throw in.error(first.line(), first.col(), "cannot use assignment expressions with " + Targets.describe(first));
        }
        if (first instanceof Expr.Starred) {
            throw in.error(first.line(), first.col(), "can't use starred expression here");
        }
        if (!atStatementEnd() && first instanceof Expr.Name n
                && (n.id().equals("print") || n.id().equals("exec"))
                && ExpressionParser.startsExpression(t)) {
            throw in.error(first.line(), first.col(),
                    "Missing parentheses in call to '" + n.id() + "'. Did you mean " + n.id() + "(...)?");
        }
        return new Stmt.ExprStmt(start.line(), start.col(), first);
    }

    private void noBareStar(Expr value) {
        if (value instanceof Expr.Starred) {
            throw in.error(value.line(), value.col(), "can't use starred expression here");
        }
    }

    private static Operator augmented(TokenType t) {
        switch (t) {
            case PLUSEQUAL: return Operator.ADD;
            case MINEQUAL: return Operator.SUB;
            case STAREQUAL: return Operator.MULT;
            case ATEQUAL: return Operator.MATMULT;
            case SLASHEQUAL: return Operator.DIV;
            case DOUBLESLASHEQUAL: return Operator.FLOORDIV;
            case PERCENTEQUAL: return Operator.MOD;
            case DOUBLESTAREQUAL: return Operator.POW;
            case LEFTSHIFTEQUAL: return Operator.LSHIFT;
            case RIGHTSHIFTEQUAL: return Operator.RSHIFT;
            case VBAREQUAL: return Operator.BITOR;
            case CIRCUMFLEXEQUAL: return Operator.BITXOR;
            case AMPEREQUAL: return Operator.BITAND;
            default: return null;
        }
    }

    private Stmt importStatement() {
        Token t = in.advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token first = in.peek();
            String name = dottedName();
            String as = in.match(TokenType.AS) ? in.expect(TokenType.NAME, "invalid syntax").name() : null;
            names.add(new Alias(first.line(), first.col(), name, as));
        } while (in.match(TokenType.COMMA));
        return new Stmt.Import(t.line(), t.col(), List.copyOf(names));
    }

    private String dottedName() {
        StringBuilder sb = new StringBuilder(in.expect(TokenType.NAME, "invalid syntax").name());
        while (in.match(TokenType.DOT)) {
            sb.append('.').append(in.expect(TokenType.NAME, "invalid syntax").name());
        }
        return sb.toString();
    }

    private Stmt fromImport() {
        Token t = in.advance();
        int level = 0;
        while (in.check(TokenType.DOT) || in.check(TokenType.ELLIPSIS)) {
            level += in.advance().type() == TokenType.DOT ? 1 : 3;
        }
        String module = null;
        if (level == 0 || in.check(TokenType.NAME)) {
            module = dottedName();
        }
        in.expect(TokenType.IMPORT, "invalid syntax");
        List<Alias> names = new ArrayList<>();
        if (in.check(TokenType.STAR)) {
            Token star = in.advance();
            names.add(new Alias(star.line(), star.col(), "*", null));
        } else {
            boolean paren = in.match(TokenType.LPAR);
            do {
                if (paren && in.check(TokenType.RPAR) && !names.isEmpty()) {
                    break;
                }
                if (!paren && !names.isEmpty() && atStatementEnd()) {
                    throw in.error(in.peek(), "trailing comma not allowed without surrounding parentheses");
                }
                Token name = in.expect(TokenType.NAME, "invalid syntax");
                String as = in.match(TokenType.AS) ? in.expect(TokenType.NAME, "invalid syntax").name() : null;
                names.add(new Alias(name.line(), name.col(), name.name(), as));
            } while (in.match(TokenType.COMMA));
            if (paren) {
                in.expect(TokenType.RPAR, "invalid syntax");
            } else if (in.check(TokenType.COMMA)) {
                throw in.error(in.peek(), "trailing comma not allowed without surrounding parentheses");
            }
        }
        return new Stmt.ImportFrom(t.line(), t.col(), module, List.copyOf(names), level);
    }
}
