package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.BoolOperator;
import io.loopwise.engine.ast.CompareOperator;
import io.loopwise.engine.ast.Comprehension;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Operator;
import io.loopwise.engine.ast.UnaryOperator;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Recursive-descent parser for expressions, one method per precedence level of CPython's grammar
 * ({@code Grammar/python.gram}: expression, disjunction, ... primary, atom).
 */
final class ExpressionParser {
    /**
     * Bound on nested expressions, so hostile input fails fast instead of recursing deeply (the tokenizer already
     * reports brackets nested beyond CPython's 200).
     */
    private static final int MAX_NESTING = 1000;

    private final TokenCursor in;
    private final BracketParser brackets;
    private int nesting;

    ExpressionParser(TokenCursor in) {
        this.in = in;
        this.brackets = new BracketParser(in, this);
    }

    /** {@code a, *b, c} with an optional trailing comma; a tuple when there is a comma. */
    Expr starExpressions() {
        return commaSeparated(this::starExpression);
    }

    /** One element, or a tuple of them when a comma follows (a trailing comma allowed), as in {@code a, *b, c,}. */
    private Expr commaSeparated(Supplier<Expr> element) {
        Token first = in.peek();
        Expr e = element.get();
        if (!in.check(TokenType.COMMA)) {
            return e;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(e);
        while (in.match(TokenType.COMMA)) {
            if (!startsExpression(in.type()) && !in.check(TokenType.STAR)) {
                break;
            }
            elts.add(element.get());
        }
        return new Expr.TupleExpr(first.line(), first.col(), List.copyOf(elts));
    }

    Expr starExpression() {
        if (in.check(TokenType.STAR)) {
            Token star = in.advance();
            return new Expr.Starred(star.line(), star.col(), bitOr());
        }
        return expression();
    }

    /** An expression statement's right-hand side: a yield expression or star expressions. */
    Expr yieldOrStarExpressions() {
        return in.check(TokenType.YIELD) ? yieldExpression() : starExpressions();
    }

    Expr yieldExpression() {
        Token y = in.expect(TokenType.YIELD, "invalid syntax");
        if (in.match(TokenType.FROM)) {
            return new Expr.YieldFrom(y.line(), y.col(), expression());
        }
        if (startsExpression(in.type()) || in.check(TokenType.STAR)) {
            return new Expr.Yield(y.line(), y.col(), starExpressions());
        }
        return new Expr.Yield(y.line(), y.col(), null);
    }

    Expr starNamedExpression() {
        if (in.check(TokenType.STAR)) {
            Token star = in.advance();
            return new Expr.Starred(star.line(), star.col(), bitOr());
        }
        return namedExpression();
    }

    Expr namedExpression() {
        if (in.check(TokenType.NAME) && in.peek(1).type() == TokenType.WALRUS) {
            Token name = in.advance();
            in.advance();
            Expr value = expression();
            return new Expr.NamedExpr(name.line(), name.col(), new Expr.Name(name.line(), name.col(), name.name()),
                    value);
        }
        Expr e = expression();
        if (in.check(TokenType.WALRUS)) {
            throw in.error(e.line(), e.col(), "cannot use assignment expressions with " + Targets.describe(e));
        }
        return e;
    }

    /** A call argument: there CPython reports {@code non_name := value} as plain "invalid syntax" at ':='. */
    Expr namedExpressionInCall() {
        if (in.check(TokenType.NAME) && in.peek(1).type() == TokenType.WALRUS) {
            return namedExpression();
        }
        Expr e = expression();
        if (in.check(TokenType.WALRUS)) {
            throw in.invalidSyntax();
        }
        return e;
    }

    Expr expression() {
        if (++nesting > MAX_NESTING) {
            nesting = 0;
            throw in.error(in.peek(), "too many nested parentheses");
        }
        try {
            if (isLoneAtom()) {
                return atom();
            }
            return conditional();
        } finally {
            nesting = Math.max(0, nesting - 1);
        }
    }

    /**
     * A name or literal directly followed by a token no operator level can continue ({@code , ) ] } : =}, end
     * of line) is the whole expression: skip the fifteen precedence levels, which most expressions need not visit.
     */
    private boolean isLoneAtom() {
        switch (in.type()) {
            case NAME: case INT: case FLOAT: case TRUE: case FALSE: case NONE:
                break;
            default:
                return false;
        }
        switch (in.peek(1).type()) {
            case COMMA: case RPAR: case RSQB: case RBRACE: case COLON: case EQUAL: case NEWLINE: case SEMI: case EOF:
                return true;
            default:
                return false;
        }
    }

    private Expr conditional() {
        if (in.check(TokenType.LAMBDA)) {
            return lambda();
        }
        Token start = in.peek();
        Expr body = disjunction();
        if (in.check(TokenType.IF)) {
            in.advance();
            Expr test = disjunction();
            if (!in.match(TokenType.ELSE)) {
                throw in.error(body.line(), body.col(), "expected 'else' after 'if' expression");
            }
            Expr orelse = expression();
            return new Expr.IfExp(start.line(), start.col(), test, body, orelse);
        }
        return body;
    }

    private Expr lambda() {
        Token kw = in.advance();
        Arguments args = new ParameterParser(in, this).parse(TokenType.COLON, false);
        in.expect(TokenType.COLON, "expected ':'");
        return new Expr.Lambda(kw.line(), kw.col(), args, expression());
    }

    Expr disjunction() {
        Token start = in.peek();
        Expr first = conjunction();
        if (!in.check(TokenType.OR)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (in.match(TokenType.OR)) {
            values.add(conjunction());
        }
        return new Expr.BoolOp(start.line(), start.col(), BoolOperator.OR, List.copyOf(values));
    }

    private Expr conjunction() {
        Token start = in.peek();
        Expr first = inversion();
        if (!in.check(TokenType.AND)) {
            return first;
        }
        List<Expr> values = new ArrayList<>();
        values.add(first);
        while (in.match(TokenType.AND)) {
            values.add(inversion());
        }
        return new Expr.BoolOp(start.line(), start.col(), BoolOperator.AND, List.copyOf(values));
    }

    private Expr inversion() {
        if (in.check(TokenType.NOT)) {
            Token not = in.advance();
            return new Expr.UnaryOp(not.line(), not.col(), UnaryOperator.NOT, inversion());
        }
        return comparison();
    }

    private Expr comparison() {
        Token start = in.peek();
        Expr left = bitOr();
        List<CompareOperator> ops = null;
        List<Expr> comparators = null;
        while (true) {
            CompareOperator op;
            switch (in.type()) {
                case EQEQUAL: op = CompareOperator.EQ; break;
                case NOTEQUAL: op = CompareOperator.NOT_EQ; break;
                case LESS: op = CompareOperator.LT; break;
                case LESSEQUAL: op = CompareOperator.LT_E; break;
                case GREATER: op = CompareOperator.GT; break;
                case GREATEREQUAL: op = CompareOperator.GT_E; break;
                case IN: op = CompareOperator.IN; break;
                case IS:
                    op = in.peek(1).type() == TokenType.NOT ? CompareOperator.IS_NOT : CompareOperator.IS;
                    break;
                case NOT:
                    if (in.peek(1).type() != TokenType.IN) {
                        op = null;
                        break;
                    }
                    op = CompareOperator.NOT_IN;
                    break;
                default: op = null;
            }
            if (op == null) {
                break;
            }
            in.advance();
            if (op == CompareOperator.IS_NOT || op == CompareOperator.NOT_IN) {
                in.advance();
            }
            if (ops == null) {
                ops = new ArrayList<>();
                comparators = new ArrayList<>();
            }
            ops.add(op);
            comparators.add(bitOr());
        }
        if (ops == null) {
            return left;
        }
        return new Expr.Compare(start.line(), start.col(), left, List.copyOf(ops), List.copyOf(comparators));
    }

    Expr bitOr() {
        Token start = in.peek();
        Expr left = bitXor();
        while (in.check(TokenType.VBAR)) {
            in.advance();
            left = new Expr.BinOp(start.line(), start.col(), left, Operator.BITOR, bitXor());
        }
        return left;
    }

    private Expr bitXor() {
        Token start = in.peek();
        Expr left = bitAnd();
        while (in.check(TokenType.CIRCUMFLEX)) {
            in.advance();
            left = new Expr.BinOp(start.line(), start.col(), left, Operator.BITXOR, bitAnd());
        }
        return left;
    }

    private Expr bitAnd() {
        Token start = in.peek();
        Expr left = shift();
        while (in.check(TokenType.AMPER)) {
            in.advance();
            left = new Expr.BinOp(start.line(), start.col(), left, Operator.BITAND, shift());
        }
        return left;
    }

    private Expr shift() {
        Token start = in.peek();
        Expr left = sum();
        while (true) {
            Operator op = in.check(TokenType.LEFTSHIFT) ? Operator.LSHIFT
                    : in.check(TokenType.RIGHTSHIFT) ? Operator.RSHIFT : null;
            if (op == null) {
                return left;
            }
            in.advance();
            left = new Expr.BinOp(start.line(), start.col(), left, op, sum());
        }
    }

    private Expr sum() {
        Token start = in.peek();
        Expr left = term();
        while (true) {
            Operator op = in.check(TokenType.PLUS) ? Operator.ADD : in.check(TokenType.MINUS) ? Operator.SUB : null;
            if (op == null) {
                return left;
            }
            in.advance();
            left = new Expr.BinOp(start.line(), start.col(), left, op, term());
        }
    }

    private Expr term() {
        Token start = in.peek();
        Expr left = factor();
        while (true) {
            Operator op;
            switch (in.type()) {
                case STAR: op = Operator.MULT; break;
                case SLASH: op = Operator.DIV; break;
                case DOUBLESLASH: op = Operator.FLOORDIV; break;
                case PERCENT: op = Operator.MOD; break;
                case AT: op = Operator.MATMULT; break;
                default: return left;
            }
            in.advance();
            left = new Expr.BinOp(start.line(), start.col(), left, op, factor());
        }
    }

    private Expr factor() {
        UnaryOperator op;
        switch (in.type()) {
            case PLUS: op = UnaryOperator.UADD; break;
            case MINUS: op = UnaryOperator.USUB; break;
            case TILDE: op = UnaryOperator.INVERT; break;
            default: return power();
        }
        Token t = in.advance();
        return new Expr.UnaryOp(t.line(), t.col(), op, factor());
    }

    private Expr power() {
        Token start = in.peek();
        Expr base = awaitPrimary();
        if (in.check(TokenType.DOUBLESTAR)) {
            in.advance();
            return new Expr.BinOp(start.line(), start.col(), base, Operator.POW, factor());
        }
        return base;
    }

    private Expr awaitPrimary() {
        if (in.check(TokenType.AWAIT)) {
            Token a = in.advance();
            return new Expr.Await(a.line(), a.col(), primary());
        }
        return primary();
    }

    /** An atom followed by any number of {@code .name}, {@code (args)} and {@code [subscript]} trailers. */
    Expr primary() {
        Token start = in.peek();
        Expr e = atom();
        while (true) {
            switch (in.type()) {
                case DOT: {
                    in.advance();
                    Token name = in.expect(TokenType.NAME, "invalid syntax");
                    e = new Expr.Attribute(start.line(), start.col(), e, name.name());
                    break;
                }
                case LPAR:
                    e = brackets.call(e, start);
                    break;
                case LSQB: {
                    in.advance();
                    Expr slice = slices();
                    if (!in.check(TokenType.RSQB)) {
                        Expr last = slice instanceof Expr.TupleExpr t && !t.elts().isEmpty()
                                ? t.elts().get(t.elts().size() - 1) : slice;
                        brackets.missingComma(last);
                    }
                    in.expect(TokenType.RSQB, "invalid syntax");
                    e = new Expr.Subscript(start.line(), start.col(), e, slice);
                    break;
                }
                default:
                    return e;
            }
        }
    }

    private Expr slices() {
        Token first = in.peek();
        Expr s = slice();
        if (!in.check(TokenType.COMMA)) {
            if (s instanceof Expr.Starred) {
                return new Expr.TupleExpr(first.line(), first.col(), List.of(s));
            }
            return s;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(s);
        while (in.match(TokenType.COMMA) && !in.check(TokenType.RSQB)) {
            elts.add(slice());
        }
        return new Expr.TupleExpr(first.line(), first.col(), List.copyOf(elts));
    }

    private Expr slice() {
        Token start = in.peek();
        if (in.check(TokenType.STAR)) {
            return starNamedExpression();
        }
        Expr lower = null;
        if (!in.check(TokenType.COLON)) {
            lower = namedExpression();
            if (!in.check(TokenType.COLON)) {
                return lower;
            }
        }
        in.advance();
        Expr upper = null;
        Expr step = null;
        if (startsExpression(in.type())) {
            upper = expression();
        }
        if (in.match(TokenType.COLON) && startsExpression(in.type())) {
            step = expression();
        }
        return new Expr.Slice(start.line(), start.col(), lower, upper, step);
    }

    /** Class bases and keywords use call-argument syntax. */
    Expr.Call classArguments(Expr name) {
        return brackets.classArguments(name);
    }

    private Expr atom() {
        Token t = in.peek();
        switch (t.type()) {
            case NAME:
                in.advance();
                return new Expr.Name(t.line(), t.col(), t.name());
            case TRUE:
                in.advance();
                return new Expr.BoolConst(t.line(), t.col(), true);
            case FALSE:
                in.advance();
                return new Expr.BoolConst(t.line(), t.col(), false);
            case NONE:
                in.advance();
                return new Expr.NoneConst(t.line(), t.col());
            case ELLIPSIS:
                in.advance();
                return new Expr.EllipsisConst(t.line(), t.col());
            case INT:
                in.advance();
                return new Expr.IntConst(t.line(), t.col(), (BigInteger) t.value());
            case FLOAT:
                in.advance();
                return new Expr.FloatConst(t.line(), t.col(), (Double) t.value());
            case IMAGINARY:
                throw in.error(t, "complex number literals are not supported");
            case STRING:
                return brackets.strings();
            case LPAR:
                return brackets.parenthesized();
            case LSQB:
                return brackets.listDisplay();
            case LBRACE:
                return brackets.braceDisplay();
            default:
                throw in.invalidSyntax();
        }
    }

    /** One or more {@code [async] for target in iter [if cond]*} clauses. */
    List<Comprehension> comprehensionClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (in.check(TokenType.FOR) || in.check(TokenType.ASYNC)) {
            boolean isAsync = in.match(TokenType.ASYNC);
            in.expect(TokenType.FOR, "invalid syntax");
            Expr target = targetList();
            Targets.checkAssign(in, target, false);
            in.expect(TokenType.IN, "invalid syntax");
            Expr iter = disjunction();
            List<Expr> ifs = new ArrayList<>();
            while (in.match(TokenType.IF)) {
                ifs.add(disjunction());
            }
            gens.add(new Comprehension(target, iter, List.copyOf(ifs), isAsync));
        }
        return List.copyOf(gens);
    }

    /**
     * Assignment-style targets for {@code for}, comprehensions and {@code del}: primaries (or starred ones)
     * separated by commas, parsed without consuming {@code in}.
     */
    Expr targetList() {
        return commaSeparated(this::singleTarget);
    }

    Expr singleTarget() {
        if (in.check(TokenType.STAR)) {
            Token star = in.advance();
            return new Expr.Starred(star.line(), star.col(), singleTarget());
        }
        return bitOr();
    }

    static boolean startsExpression(TokenType t) {
        switch (t) {
            case NAME: case INT: case FLOAT: case IMAGINARY: case STRING: case LPAR: case LSQB: case LBRACE:
            case MINUS: case PLUS: case TILDE: case NOT: case LAMBDA: case AWAIT: case TRUE: case FALSE:
            case NONE: case ELLIPSIS:
                return true;
            default:
                return false;
        }
    }

    /**
     * Parses {@code tokens} (an f-string replacement field, up to its '=', '!', ':' or '}') as a yield or star
     * expression, with CPython 3.12's messages for a field that is not one: the longest expression at its start
     * must be followed by the end of the field, else "Perhaps you forgot a comma?" (another expression follows)
     * or "expecting '=', or '!', or ':', or '}'"; no expression at all is "expecting a valid expression".
     */
    Expr fieldExpression(List<Token> tokens) {
        int savedIndex = in.mark();
        List<Token> saved = in.swapTokens(tokens, 0);
        try {
            Token first = in.peek();
            if (first.type() == TokenType.LAMBDA) {
                throw in.error(first, "f-string: lambda expressions are not allowed without parentheses");
            }
            int recorded = in.problems.size();
            try {
                Expr e = yieldOrStarExpressions();
                if (!in.atEnd()) {
                    throw fieldFollowedBy(e, in.peek());
                }
                return e;
            } catch (TokenCursor.ParseError error) {
                if (in.problems.size() != recorded + 1
                        || !in.problems.get(recorded).message().equals("invalid syntax")) {
                    throw error;
                }
                in.problems.remove(recorded);
                throw longestFieldPrefix(tokens);
            }
        } finally {
            in.swapTokens(saved, savedIndex);
        }
    }

    private TokenCursor.ParseError fieldFollowedBy(Expr e, Token next) {
        if (startsExpression(next.type()) && expressionFollows()) {
            Expr last = e instanceof Expr.TupleExpr t && !t.elts().isEmpty() ? t.elts().get(t.elts().size() - 1) : e;
            return in.error(last.line(), last.col(), "invalid syntax. Perhaps you forgot a comma?");
        }
        return in.error(next, "f-string: expecting '=', or '!', or ':', or '}'");
    }

    /** Whether an expression can be parsed at the cursor (which is left where it was). */
    private boolean expressionFollows() {
        int mark = in.mark();
        in.beginSpeculation();
        try {
            expression();
            return true;
        } catch (TokenCursor.ParseError e) {
            return false;
        } finally {
            in.endSpeculation();
            in.reset(mark);
        }
    }

    /** What CPython's backtracking finds: the longest leading run of tokens that is an expression. */
    private TokenCursor.ParseError longestFieldPrefix(List<Token> tokens) {
        Token eof = tokens.get(tokens.size() - 1);
        for (int cut = Math.min(tokens.size() - 1, 64); cut > 0; cut--) {
            List<Token> prefix = new ArrayList<>(tokens.subList(0, cut));
            prefix.add(new Token(TokenType.EOF, eof.line(), eof.col(), eof.start(), eof.end(), null));
            in.swapTokens(prefix, 0);
            in.beginSpeculation();
            Expr e = null;
            try {
                e = yieldOrStarExpressions();
                if (!in.atEnd()) {
                    e = null;
                }
            } catch (TokenCursor.ParseError ignored) {
                e = null;
            } finally {
                in.endSpeculation();
            }
            if (e != null) {
                in.swapTokens(tokens, cut);
                return fieldFollowedBy(e, tokens.get(cut));
            }
        }
        in.swapTokens(tokens, 0);
        return in.error(tokens.get(0), "f-string: expecting a valid expression after '{'");
    }
}
