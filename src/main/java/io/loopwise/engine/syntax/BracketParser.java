package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Keyword;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The bracketed forms of the expression grammar: parenthesized expressions, tuples and generator expressions,
 * list/set/dict displays and comprehensions, call arguments, and adjacent string literals.
 */
final class BracketParser {
    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final FStringParser fStrings;

    BracketParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
        this.fStrings = new FStringParser(in, expressions);
    }

    Expr call(Expr func, Token start) {
        return call(func, start, false);
    }

    /** {@code classBases}: a class's bases, where CPython's grammar has no bare generator expression. */
    private Expr call(Expr func, Token start, boolean classBases) {
        Token open = in.advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (!in.check(TokenType.RPAR)) {
            Token t = in.peek();
            if (in.match(TokenType.STAR)) {
                if (sawDoubleStar) {
                    throw in.error(t, "iterable argument unpacking follows keyword argument unpacking");
                }
                args.add(new Expr.Starred(t.line(), t.col(), expressions.expression()));
            } else if (in.match(TokenType.DOUBLESTAR)) {
                sawDoubleStar = true;
                keywords.add(new Keyword(t.line(), t.col(), null, expressions.expression()));
            } else if (t.type() == TokenType.NAME && in.peek(1).type() == TokenType.EQUAL) {
                in.advance();
                in.advance();
                for (Keyword k : keywords) {
                    if (t.name().equals(k.arg())) {
                        throw in.error(t, "keyword argument repeated: " + t.name());
                    }
                }
                sawKeyword = true;
                keywords.add(new Keyword(t.line(), t.col(), t.name(), expressions.expression()));
            } else {
                Expr e = expressions.namedExpressionInCall();
                if (classBases && (in.check(TokenType.FOR) || in.check(TokenType.ASYNC))) {
                    throw in.invalidSyntax();
                }
                if (in.check(TokenType.FOR) || in.check(TokenType.ASYNC)) {
                    Expr gen = new Expr.GeneratorExp(open.line(), open.col(), e, expressions.comprehensionClauses());
                    if (!args.isEmpty() || !keywords.isEmpty() || in.check(TokenType.COMMA)
                            && in.peek(1).type() != TokenType.RPAR) {
                        throw in.error(e.line(), e.col(), "Generator expression must be parenthesized");
                    }
                    e = gen;
                } else if (in.check(TokenType.EQUAL)) {
                    throw in.error(e.line(), e.col(),
                            "expression cannot contain assignment, perhaps you meant \"==\"?");
                }
                if (sawDoubleStar) {
                    throw in.error(in.peek(), "positional argument follows keyword argument unpacking");
                }
                if (sawKeyword) {
                    throw in.error(in.peek(), "positional argument follows keyword argument");
                }
                args.add(e);
            }
            if (!in.match(TokenType.COMMA)) {
                Expr last = keywords.isEmpty() || !args.isEmpty() && isAfter(args.get(args.size() - 1),
                        keywords.get(keywords.size() - 1).value()) ? args.get(args.size() - 1)
                        : keywords.get(keywords.size() - 1).value();
                missingComma(last);
                break;
            }
        }
        in.expect(TokenType.RPAR, "invalid syntax");
        return new Expr.Call(start.line(), start.col(), func, List.copyOf(args), List.copyOf(keywords));
    }

    /** Class bases and keywords use call-argument syntax. */
    Expr.Call classArguments(Expr name) {
        return (Expr.Call) call(name, in.peek(), true);
    }

    Expr strings() {
        Token first = in.peek();
        List<Token> parts = new ArrayList<>();
        boolean anyF = false;
        boolean bytes = ((StringLiteral) first.value()).bytes();
        while (in.check(TokenType.STRING)) {
            Token t = in.advance();
            StringLiteral lit = (StringLiteral) t.value();
            if (lit.bytes() != bytes) {
                throw in.error(in.source.line(t.end()), in.source.col(t.end()), "cannot mix bytes and nonbytes literals");
            }
            anyF |= lit.fString();
            parts.add(t);
        }
        if (anyF) {
            return fStrings.joined(first, parts);
        }
        String value;
        if (parts.size() == 1) {
            value = ((StringLiteral) first.value()).value();
        } else {
            StringBuilder sb = new StringBuilder();
            for (Token p : parts) {
                sb.append(((StringLiteral) p.value()).value());
            }
            value = sb.toString();
        }
        if (bytes) {
            byte[] b = new byte[value.length()];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) value.charAt(i);
            }
            return new Expr.BytesConst(first.line(), first.col(), b);
        }
        return new Expr.StrConst(first.line(), first.col(), value);
    }

    Expr parenthesized() {
        Token open = in.advance();
        if (in.match(TokenType.RPAR)) {
            return new Expr.TupleExpr(open.line(), open.col(), List.of());
        }
        if (in.check(TokenType.YIELD)) {
            Expr y = expressions.yieldExpression();
            in.expect(TokenType.RPAR, "invalid syntax");
            return y;
        }
        Expr first = expressions.starNamedExpression();
        if (in.check(TokenType.FOR) || in.check(TokenType.ASYNC)) {
            Expr gen = new Expr.GeneratorExp(open.line(), open.col(), first, expressions.comprehensionClauses());
            in.expect(TokenType.RPAR, "invalid syntax");
            return gen;
        }
        missingComma(first);
        if (in.match(TokenType.RPAR)) {
            if (first instanceof Expr.Starred) {
                throw in.error(first.line(), first.col(), "cannot use starred expression here");
            }
            return first;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        in.expect(TokenType.COMMA, "invalid syntax");
        while (!in.check(TokenType.RPAR)) {
            elts.add(expressions.starNamedExpression());
            if (!in.match(TokenType.COMMA)) {
                missingComma(elts.get(elts.size() - 1));
                break;
            }
        }
        in.expect(TokenType.RPAR, "invalid syntax");
        return new Expr.TupleExpr(open.line(), open.col(), List.copyOf(elts));
    }

    Expr listDisplay() {
        Token open = in.advance();
        if (in.match(TokenType.RSQB)) {
            return new Expr.ListExpr(open.line(), open.col(), List.of());
        }
        Expr first = expressions.starNamedExpression();
        if (in.check(TokenType.FOR) || in.check(TokenType.ASYNC)) {
            Expr comp = new Expr.ListComp(open.line(), open.col(), first, expressions.comprehensionClauses());
            in.expect(TokenType.RSQB, "invalid syntax");
            return comp;
        }
        List<Expr> elts = elements(first, TokenType.RSQB);
        return new Expr.ListExpr(open.line(), open.col(), elts);
    }

    private List<Expr> elements(Expr first, TokenType close) {
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        while (in.match(TokenType.COMMA) && !in.check(close)) {
            elts.add(expressions.starNamedExpression());
        }
        missingComma(elts.get(elts.size() - 1));
        in.expect(close, "invalid syntax");
        return List.copyOf(elts);
    }

    Expr braceDisplay() {
        Token open = in.advance();
        if (in.match(TokenType.RBRACE)) {
            return new Expr.DictExpr(open.line(), open.col(), List.of(), List.of());
        }
        if (in.check(TokenType.DOUBLESTAR)) {
            return dictEntries(open, null, null);
        }
        Expr first = expressions.starNamedExpression();
        if (in.check(TokenType.COLON)) {
            Expr value = dictValue();
            if (in.check(TokenType.FOR) || in.check(TokenType.ASYNC)) {
                Expr comp = new Expr.DictComp(open.line(), open.col(), first, value, expressions.comprehensionClauses());
                in.expect(TokenType.RBRACE, "invalid syntax");
                return comp;
            }
            return dictEntries(open, first, value);
        }
        if (in.check(TokenType.FOR) || in.check(TokenType.ASYNC)) {
            Expr comp = new Expr.SetComp(open.line(), open.col(), first, expressions.comprehensionClauses());
            in.expect(TokenType.RBRACE, "invalid syntax");
            return comp;
        }
        return new Expr.SetExpr(open.line(), open.col(), elements(first, TokenType.RBRACE));
    }

    /** Dict display entries; the first (key, value) pair is already parsed unless key and value are null. */
    private Expr dictEntries(Token open, Expr firstKey, Expr firstValue) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        boolean pending = firstValue == null;
        if (!pending) {
            keys.add(firstKey);
            values.add(firstValue);
        }
        while (pending || in.match(TokenType.COMMA)) {
            pending = false;
            if (in.check(TokenType.RBRACE)) {
                break;
            }
            if (in.match(TokenType.DOUBLESTAR)) {
                keys.add(null);
                values.add(expressions.bitOr());
                continue;
            }
            Expr key = expressions.expression();
            Token keyEnd = in.previous();
            if (!in.check(TokenType.COLON)) {
                // CPython points at the last character of the key
                int last = keyEnd.end() - 1;
                throw in.error(in.source.line(last), in.source.col(last), "':' expected after dictionary key");
            }
            keys.add(key);
            values.add(dictValue());
        }
        if (!values.isEmpty()) {
            missingComma(values.get(values.size() - 1));
        }
        in.expect(TokenType.RBRACE, "invalid syntax");
        return new Expr.DictExpr(open.line(), open.col(), Collections.unmodifiableList(keys),
                List.copyOf(values));
    }

    /** The value after a dictionary key's ':' (at the cursor), with CPython's messages for a missing one. */
    private Expr dictValue() {
        Token colon = in.advance();
        if (in.check(TokenType.RBRACE) || in.check(TokenType.COMMA)) {
            throw in.error(colon, "expression expected after dictionary key and ':'");
        }
        if (in.check(TokenType.STAR)) {
            throw in.error(in.peek(), "cannot use a starred expression in a dictionary value");
        }
        return expressions.expression();
    }

    /**
     * Inside brackets, an expression directly followed by another is CPython's "Perhaps you forgot a comma?"
     * (its invalid_expression rule, which leaves {@code NAME STRING} to other messages).
     */
    void missingComma(Expr previous) {
        TokenType next = in.type();
        if (ExpressionParser.startsExpression(next) && !(previous instanceof Expr.Name && next == TokenType.STRING)) {
            throw in.error(previous.line(), previous.col(), "invalid syntax. Perhaps you forgot a comma?");
        }
    }

    private static boolean isAfter(Expr a, Expr b) {
        return a.line() > b.line() || a.line() == b.line() && a.col() > b.col();
    }
}
