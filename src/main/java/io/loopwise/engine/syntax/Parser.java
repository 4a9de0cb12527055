package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Alias;
import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.ExceptHandler;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Module;
import io.loopwise.engine.ast.Operator;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.ast.WithItem;
import io.loopwise.engine.syntax.TokenCursor.ParseError;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser from tokens to the {@link io.loopwise.engine.ast} tree, statement level
 * (expressions are in {@link ExpressionParser}). Like jlox's {@code Parser.synchronize}, an error abandons
 * the current statement, skips to the next line (and the block a broken header opened) and carries on,
 * so one run reports several mistakes. Context rules CPython checks after parsing run in
 * {@link ContextChecker} once the tree parsed cleanly. Each call owns its state: safe to use from many threads.
 */
public final class Parser {
    private final TokenCursor in;
    private final ExpressionParser expressions;

    private Parser(TokenCursor in) {
        this.in = in;
        this.expressions = new ExpressionParser(in);
    }

    /** Parses a whole program. Never throws; problems are listed in source order of discovery. */
    public static ParseResult parseModule(String source) {
        List<SyntaxProblem> problems = new ArrayList<>();
        Source src = new Source(source);
        List<Token> tokens = new Lexer(src, problems).tokenize();
        int lexical = problems.size();
        Parser parser = new Parser(new TokenCursor(src, tokens, problems));
        Module module;
        try {
            module = new Module(parser.statementsUntil(TokenType.EOF));
        } catch (StackOverflowError tooDeep) {
            problems.add(new SyntaxProblem(1, 1, "too many nested parentheses"));
            module = new Module(List.of());
        }
        if (lexical > 0) {
            // CPython stops at the first tokenizer error; parse errors after it are only its echoes.
            int firstLexLine = problems.get(0).line();
            List<SyntaxProblem> kept = new ArrayList<>();
            for (SyntaxProblem p : problems.subList(lexical, problems.size())) {
                if (p.line() < firstLexLine) {
                    kept.add(p);
                }
            }
            kept.addAll(0, problems.subList(0, lexical));
            problems = kept;
        }
        if (problems.isEmpty()) {
            ContextChecker.check(module, problems);
        }
        return new ParseResult(module, List.copyOf(problems));
    }

    private List<Stmt> statementsUntil(TokenType end) {
        List<Stmt> out = new ArrayList<>();
        while (!in.check(end) && !in.atEnd()) {
            int before = in.mark();
            try {
                if (in.check(TokenType.INDENT)) {
                    throw in.unexpectedIndent(in.peek());
                }
                statement(out);
            } catch (ParseError e) {
                synchronize();
                if (in.mark() == before && !in.check(end) && !in.atEnd()) {
                    in.advance();
                }
            }
        }
        return List.copyOf(out);
    }

    /** Skips to the start of the next statement, including any block a broken header opened. */
    private void synchronize() {
        while (!in.atEnd()) {
            TokenType t = in.type();
            if (t == TokenType.NEWLINE) {
                in.advance();
                break;
            }
            if (t == TokenType.DEDENT) {
                return;
            }
            if (t == TokenType.INDENT) {
                skipBlock();
                continue;
            }
            in.advance();
        }
        if (in.check(TokenType.INDENT)) {
            skipBlock();
        }
    }

    private void skipBlock() {
        int depth = 0;
        do {
            TokenType t = in.advance().type();
            if (t == TokenType.INDENT) {
                depth++;
            } else if (t == TokenType.DEDENT) {
                depth--;
            }
        } while (depth > 0 && !in.atEnd());
    }

    private void statement(List<Stmt> out) {
        switch (in.type()) {
            case DEF: out.add(functionDef(List.of(), null)); return;
            case CLASS: out.add(classDef(List.of())); return;
            case AT: out.add(decorated()); return;
            case IF: out.add(ifStatement()); return;
            case WHILE: out.add(whileStatement()); return;
            case FOR: out.add(forStatement(null)); return;
            case TRY: out.add(tryStatement()); return;
            case WITH: out.add(withStatement(null)); return;
            case ASYNC: {
                Token async = in.advance();
                switch (in.type()) {
                    case DEF: out.add(functionDef(List.of(), async)); return;
                    case FOR: out.add(forStatement(async)); return;
                    case WITH: out.add(withStatement(async)); return;
                    default: throw in.invalidSyntax();
                }
            }
            default:
                simpleStatements(out);
        }
    }

    private void simpleStatements(List<Stmt> out) {
        do {
            out.add(simpleStatement());
        } while (in.match(TokenType.SEMI) && !in.check(TokenType.NEWLINE) && !in.atEnd());
        if (!in.match(TokenType.NEWLINE) && !in.atEnd()) {
            throw in.invalidSyntax();
        }
    }

    private Stmt simpleStatement() {
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
                    Expr target = expressions.bitOr();
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

    private boolean atStatementEnd() {
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
                Targets.checkAssign(in, value, targets.isEmpty());
                targets.add(value);
                value = expressions.yieldOrStarExpressions();
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

    // ---- compound statements ---------------------------------------------------------------------------------

    /** {@code : NEWLINE INDENT stmts DEDENT} or {@code : simple_stmts}; {@code what} names the header for errors. */
    private List<Stmt> block(String what, Token header) {
        in.expect(TokenType.COLON, "expected ':'");
        if (in.match(TokenType.NEWLINE)) {
            if (!in.check(TokenType.INDENT)) {
                throw in.error(in.peek(), "expected an indented block after " + what + " on line " + header.line());
            }
            in.advance();
            List<Stmt> body = statementsUntil(TokenType.DEDENT);
            in.match(TokenType.DEDENT);
            return body;
        }
        List<Stmt> body = new ArrayList<>();
        simpleStatements(body);
        return List.copyOf(body);
    }

    private Stmt decorated() {
        List<Expr> decorators = new ArrayList<>();
        while (in.match(TokenType.AT)) {
            decorators.add(expressions.namedExpression());
            in.expect(TokenType.NEWLINE, "invalid syntax");
        }
        switch (in.type()) {
            case DEF: return functionDef(List.copyOf(decorators), null);
            case CLASS: return classDef(List.copyOf(decorators));
            case ASYNC:
                if (in.peek(1).type() == TokenType.DEF) {
                    return functionDef(List.copyOf(decorators), in.advance());
                }
                throw in.invalidSyntax();
            default: throw in.invalidSyntax();
        }
    }

    private Stmt functionDef(List<Expr> decorators, Token async) {
        Token def = in.advance();
        Token start = async != null ? async : def;
        Token name = in.expect(TokenType.NAME, "invalid syntax");
        in.expect(TokenType.LPAR, "expected '('");
        Arguments args = new ParameterParser(in, expressions).parse(TokenType.RPAR, true);
        in.expect(TokenType.RPAR, "invalid syntax");
        Expr returns = in.match(TokenType.ARROW) ? expressions.expression() : null;
        List<Stmt> body = block("function definition", start);
        return new Stmt.FunctionDef(start.line(), start.col(), name.name(), args, body, decorators, returns,
                async != null);
    }

    private Stmt classDef(List<Expr> decorators) {
        Token cls = in.advance();
        Token name = in.expect(TokenType.NAME, "invalid syntax");
        List<Expr> bases = List.of();
        List<io.loopwise.engine.ast.Keyword> keywords = List.of();
        if (in.check(TokenType.LPAR)) {
            Expr.Call call = expressions.classArguments(new Expr.Name(name.line(), name.col(), name.name()));
            bases = call.args();
            keywords = call.keywords();
        }
        List<Stmt> body = block("class definition", cls);
        return new Stmt.ClassDef(cls.line(), cls.col(), name.name(), bases, keywords, body, decorators);
    }

    private Expr condition() {
        Expr test = expressions.namedExpression();
        if (in.check(TokenType.EQUAL)) {
            throw in.error(test.line(), test.col(), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        return test;
    }

    private Stmt ifStatement() {
        Token kw = in.advance();
        Expr test = condition();
        List<Stmt> body = block("'" + kw.type().text() + "' statement", kw);
        List<Stmt> orelse = List.of();
        if (in.check(TokenType.ELIF)) {
            orelse = List.of(ifStatement());
        } else if (in.check(TokenType.ELSE)) {
            orelse = block("'else' statement", in.advance());
        }
        return new Stmt.If(kw.line(), kw.col(), test, body, orelse);
    }

    private Stmt whileStatement() {
        Token kw = in.advance();
        Expr test = condition();
        List<Stmt> body = block("'while' statement", kw);
        List<Stmt> orelse = in.check(TokenType.ELSE) ? block("'else' statement", in.advance()) : List.of();
        return new Stmt.While(kw.line(), kw.col(), test, body, orelse);
    }

    private Stmt forStatement(Token async) {
        Token kw = in.advance();
        Token start = async != null ? async : kw;
        Expr target = expressions.targetList();
        Targets.checkAssign(in, target, false);
        in.expect(TokenType.IN, "invalid syntax");
        Expr iter = expressions.starExpressions();
        List<Stmt> body = block("'for' statement", kw);
        List<Stmt> orelse = in.check(TokenType.ELSE) ? block("'else' statement", in.advance()) : List.of();
        return new Stmt.For(start.line(), start.col(), target, iter, body, orelse, async != null);
    }

    private Stmt withStatement(Token async) {
        Token kw = in.advance();
        Token start = async != null ? async : kw;
        List<WithItem> items = in.check(TokenType.LPAR) ? parenthesizedWithItems() : null;
        if (items == null) {
            items = new ArrayList<>();
            do {
                items.add(withItem());
            } while (in.match(TokenType.COMMA));
        }
        List<Stmt> body = block("'with' statement", kw);
        return new Stmt.With(start.line(), start.col(), List.copyOf(items), body, async != null);
    }

    /** {@code with (a as b, c):} (Python 3.9+); null when the parenthesis turns out to open an expression. */
    private List<WithItem> parenthesizedWithItems() {
        int mark = in.mark();
        in.beginSpeculation();
        try {
            in.advance();
            List<WithItem> items = new ArrayList<>();
            do {
                if (in.check(TokenType.RPAR) && !items.isEmpty()) {
                    break;
                }
                items.add(withItem());
            } while (in.match(TokenType.COMMA));
            in.expect(TokenType.RPAR, "invalid syntax");
            if (in.check(TokenType.COLON)) {
                return items;
            }
        } catch (ParseError notItems) {
            // fall through: re-parse as an ordinary expression
        } finally {
            in.endSpeculation();
        }
        in.reset(mark);
        return null;
    }

    private WithItem withItem() {
        Expr context = expressions.expression();
        Expr vars = null;
        if (in.match(TokenType.AS)) {
            vars = expressions.singleTarget();
            Targets.checkAssign(in, vars, false);
        }
        return new WithItem(context, vars);
    }

    private Stmt tryStatement() {
        Token kw = in.advance();
        List<Stmt> body = block("'try' statement", kw);
        List<ExceptHandler> handlers = new ArrayList<>();
        Boolean star = null;
        while (in.check(TokenType.EXCEPT)) {
            Token ex = in.advance();
            boolean isStar = in.match(TokenType.STAR);
            if (star != null && star != isStar) {
                throw in.error(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
            star = isStar;
            if (!handlers.isEmpty() && handlers.get(handlers.size() - 1).type() == null) {
                throw in.error(handlers.get(handlers.size() - 1).line(), handlers.get(handlers.size() - 1).col(),
                        "default 'except:' must be last");
            }
            Expr type = null;
            String name = null;
            if (!in.check(TokenType.COLON)) {
                type = expressions.expression();
                if (in.check(TokenType.COMMA)) {
                    throw in.error(type.line(), type.col(), "multiple exception types must be parenthesized");
                }
                if (in.match(TokenType.AS)) {
                    name = in.expect(TokenType.NAME, "invalid syntax").name();
                }
            } else if (isStar) {
                throw in.error(in.peek(), "expected one or more exception types");
            }
            List<Stmt> handlerBody = block(isStar ? "'except*' statement" : "'except' statement", ex);
            handlers.add(new ExceptHandler(ex.line(), ex.col(), type, name, handlerBody));
        }
        List<Stmt> orelse = List.of();
        if (in.check(TokenType.ELSE)) {
            if (handlers.isEmpty()) {
                throw in.error(in.peek(), "expected 'except' or 'finally' block");
            }
            orelse = block("'else' statement", in.advance());
        }
        List<Stmt> finalbody = List.of();
        boolean hasFinally = in.check(TokenType.FINALLY);
        if (hasFinally) {
            finalbody = block("'finally' statement", in.advance());
        }
        if (handlers.isEmpty() && !hasFinally) {
            throw in.error(in.peek(), "expected 'except' or 'finally' block");
        }
        return new Stmt.Try(kw.line(), kw.col(), body, List.copyOf(handlers), orelse, finalbody,
                star != null && star);
    }
}
