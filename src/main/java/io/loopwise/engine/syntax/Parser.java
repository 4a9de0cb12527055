package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Arguments;
import io.loopwise.engine.ast.ExceptHandler;
import io.loopwise.engine.ast.Expr;
import io.loopwise.engine.ast.Module;
import io.loopwise.engine.ast.Stmt;
import io.loopwise.engine.ast.WithItem;
import io.loopwise.engine.syntax.TokenCursor.ParseError;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recursive-descent parser from tokens to the {@link io.loopwise.engine.ast} tree, statement level
 * (expressions are in {@link ExpressionParser}). Like jlox's {@code Parser.synchronize}, an error abandons
 * the current statement, skips to the next line (and the block a broken header opened) and carries on,
 * so one run reports several mistakes. Context rules CPython checks after parsing run in
 * {@link ContextChecker} once the tree parsed cleanly. Each call owns its state: safe to use from many threads.
 */
public final class Parser {
    /** More problems than this are noise to a learner; the first is the one CPython reports. */
    static final int MAX_PROBLEMS = 20;

    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final SimpleStatementParser simple;

    private Parser(TokenCursor in) {
        this.in = in;
        this.expressions = new ExpressionParser(in);
        this.simple = new SimpleStatementParser(in, expressions);
    }

    /** Parses a whole program. Never throws; problems are listed in source order of discovery. */
    private static final String NEVER_CLOSED = "' was never closed";
    /** Headers whose grammar reports a missing ':' only before NEWLINE (the others force the ':' token). */
    private static final Set<String> COLON_BEFORE_NEWLINE_ONLY = Set.of("'if' statement", "'elif' statement",
            "'while' statement", "'for' statement", "'with' statement", "class definition", "'except' statement",
            "'except*' statement");

    /**
     * CPython's choice between tokenizer and parser errors. A tokenizer error wins: the parser runs into it, or the
     * pass that tokenizes the rest of the source after a parse error finds it (parse errors after it are only its
     * echoes). An unclosed bracket is different, the tokenizer only sees it at the end of input: it is reported when
     * the parser failed at the end of input or had read past the line of the innermost bracket left open.
     */
    private static List<SyntaxProblem> tokenizerFirst(List<SyntaxProblem> problems, int lexical, Token eof,
                                                      int parsedToLine) {
        List<SyntaxProblem> lex = problems.subList(0, lexical);
        List<SyntaxProblem> parse = problems.subList(lexical, problems.size());
        if (!parse.isEmpty() && lex.stream().allMatch(p -> p.message().endsWith(NEVER_CLOSED))) {
            SyntaxProblem first = parse.get(0);
            boolean atEnd = first.line() > eof.line() || first.line() == eof.line() && first.column() >= eof.col();
            if (!atEnd && parsedToLine <= lex.get(0).line()) {
                return new ArrayList<>(parse);
            }
        }
        int firstLexLine = problems.get(0).line();
        List<SyntaxProblem> kept = new ArrayList<>(lex);
        for (SyntaxProblem p : parse) {
            if (p.line() < firstLexLine) {
                kept.add(p);
            }
        }
        return kept;
    }

    public static ParseResult parseModule(String source) {
        List<SyntaxProblem> problems = new ArrayList<>();
        if (source.indexOf('\0') >= 0) {
            problems.add(new SyntaxProblem(1, 1, "source code string cannot contain null bytes"));
            return new ParseResult(new Module(List.of()), List.copyOf(problems));
        }
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
            problems = tokenizerFirst(problems, lexical, tokens.get(tokens.size() - 1),
                    parser.in.furthestLineAtFirstError());
        }
        if (problems.isEmpty()) {
            try {
                ContextChecker.check(module, problems);
            } catch (StackOverflowError tooDeep) {
                problems.add(new SyntaxProblem(1, 1, "maximum recursion depth exceeded during compilation"));
            }
        }
        if (problems.size() > 1 && problems.get(0).exceptionType().equals("NotImplementedError")) {
            // valid Python we do not run is reported only when CPython would find no syntax error first
            List<SyntaxProblem> ordered = new ArrayList<>();
            problems.stream().filter(p -> !p.exceptionType().equals("NotImplementedError")).forEach(ordered::add);
            problems.stream().filter(p -> p.exceptionType().equals("NotImplementedError")).forEach(ordered::add);
            problems = ordered;
        }
        if (problems.size() > MAX_PROBLEMS) {
            problems = problems.subList(0, MAX_PROBLEMS);
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
            case NAME:
                if (in.peek().name().equals("match") && isMatchStatement()) {
                    throw in.error(in.peek(), "match statements are not supported");
                }
                simpleStatements(out);
                return;
            default:
                simpleStatements(out);
        }
    }

    /** {@code match subject:} at the end of a line; otherwise "match" is an ordinary name, as in CPython. */
    private boolean isMatchStatement() {
        int mark = in.mark();
        in.beginSpeculation();
        try {
            in.advance();
            if (!ExpressionParser.startsExpression(in.type()) && !in.check(TokenType.STAR)) {
                return false;
            }
            expressions.starExpressions();
            return in.match(TokenType.COLON) && in.check(TokenType.NEWLINE);
        } catch (ParseError notMatch) {
            return false;
        } finally {
            in.endSpeculation();
            in.reset(mark);
        }
    }

    private void simpleStatements(List<Stmt> out) {
        do {
            out.add(simple.statement());
        } while (in.match(TokenType.SEMI) && !in.check(TokenType.NEWLINE) && !in.atEnd());
        if (!in.match(TokenType.NEWLINE) && !in.atEnd()) {
            throw in.invalidSyntax();
        }
    }

    // ---- compound statements ---------------------------------------------------------------------------------

    /** {@code : NEWLINE INDENT stmts DEDENT} or {@code : simple_stmts}; {@code what} names the header for errors. */
    private List<Stmt> block(String what, Token header) {
        if (!in.check(TokenType.COLON) && !in.check(TokenType.NEWLINE) && COLON_BEFORE_NEWLINE_ONLY.contains(what)) {
            // CPython says "expected ':'" for these headers only when the line ends there
            throw in.invalidSyntax();
        }
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
            if (!in.check(TokenType.COLON) && !in.check(TokenType.NEWLINE)) {
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
