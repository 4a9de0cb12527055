package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Param;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Parses the parameter list of a def (annotations allowed) or a lambda, with CPython's error messages. */
final class ParameterParser {
    private final TokenCursor in;
    private final ExpressionParser expressions;

    ParameterParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
    }

    /** Parses parameters up to (not including) {@code close}: ')' for def, ':' for lambda. */
    Arguments parse(TokenType close, boolean annotations) {
        List<Param> posOnly = List.of();
        List<Param> args = new ArrayList<>();
        List<Param> kwOnly = new ArrayList<>();
        Param vararg = null;
        Param kwarg = null;
        boolean star = false;
        boolean sawDefault = false;
        Set<String> names = new HashSet<>();
        Token bareStar = null;
        while (!in.check(close)) {
            Token t = in.peek();
            if (kwarg != null) {
                throw in.error(t, "arguments cannot follow var-keyword argument");
            }
            if (in.match(TokenType.SLASH)) {
                if (star) {
                    throw in.error(t, "/ must be ahead of *");
                }
                if (!posOnly.isEmpty()) {
                    throw in.error(t, "/ may appear only once");
                }
                if (args.isEmpty()) {
                    throw in.error(t, "at least one argument must precede /");
                }
                posOnly = List.copyOf(args);
                args.clear();
            } else if (in.match(TokenType.STAR)) {
                if (star) {
                    throw in.error(t, "* argument may appear only once");
                }
                star = true;
                if (in.check(TokenType.COMMA) || in.check(close)) {
                    bareStar = t;
                } else {
                    vararg = param(annotations, false, names);
                }
            } else if (in.match(TokenType.DOUBLESTAR)) {
                kwarg = param(annotations, false, names);
            } else {
                if (!sawDefault && !star && posOnly.isEmpty() && in.check(TokenType.LPAR)
                        && parenthesizedNames(annotations)) {
                    throw in.error(t, (annotations ? "Function" : "Lambda expression")
                            + " parameters cannot be parenthesized");
                }
                Param p = param(annotations, true, names);
                if (star) {
                    kwOnly.add(p);
                } else {
                    if (p.defaultValue() != null) {
                        sawDefault = true;
                    } else if (sawDefault) {
                        throw in.error(p.line(), p.col(), "parameter without a default follows parameter with a default");
                    }
                    args.add(p);
                }
            }
            if (!in.match(TokenType.COMMA)) {
                break;
            }
        }
        if (bareStar != null && kwOnly.isEmpty()) {
            throw in.error(bareStar, "named arguments must follow bare *");
        }
        return new Arguments(posOnly, List.copyOf(args), vararg, List.copyOf(kwOnly), kwarg);
    }

    /** At '(': whether {@code (name, name, ...)} follows (for def, names may be annotated), as CPython checks. */
    private boolean parenthesizedNames(boolean annotations) {
        int mark = in.mark();
        in.beginSpeculation();
        try {
            in.advance();
            do {
                if (!in.match(TokenType.NAME)) {
                    return false;
                }
                if (annotations && in.match(TokenType.COLON)) {
                    expressions.expression();
                }
            } while (in.match(TokenType.COMMA) && !in.check(TokenType.RPAR));
            return in.check(TokenType.RPAR);
        } catch (TokenCursor.ParseError e) {
            return false;
        } finally {
            in.endSpeculation();
            in.reset(mark);
        }
    }

    private Param param(boolean annotations, boolean defaults, Set<String> names) {
        Token name = in.expect(TokenType.NAME, "invalid syntax");
        if (!names.add(name.name())) {
            throw in.error(name, "duplicate argument '" + name.name() + "' in function definition");
        }
        Expr annotation = null;
        if (annotations && in.match(TokenType.COLON)) {
            annotation = in.check(TokenType.STAR) ? expressions.starExpression() : expressions.expression();
        }
        Expr defaultValue = null;
        if (in.check(TokenType.EQUAL)) {
            if (!defaults) {
                throw in.error(in.peek(), "var-positional argument cannot have default value");
            }
            in.advance();
            defaultValue = expressions.expression();
        }
        return new Param(name.line(), name.col(), name.name(), annotation, defaultValue);
    }
}
