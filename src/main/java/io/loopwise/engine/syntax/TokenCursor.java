package io.loopwise.engine.syntax;

import java.util.List;

/**
 * The parser's read position in a token list, plus error reporting. Errors are recorded in the run's own
 * problem list (never static state) and thrown as {@link ParseError} to unwind to the statement level.
 */
final class TokenCursor {
    final Source source;
    final List<SyntaxProblem> problems;
    private List<Token> tokens;
    private int index;
    /** While speculating, errors unwind but are not recorded. */
    private int speculating;
    private final List<Token> programTokens;
    /** The furthest program token read so far (CPython's last fetched token, which decides error priority). */
    private int furthest;
    /** The line of the furthest token read when the first error was recorded, or 0. */
    private int furthestLineAtFirstError;

    TokenCursor(Source source, List<Token> tokens, List<SyntaxProblem> problems) {
        this.source = source;
        this.tokens = tokens;
        this.programTokens = tokens;
        this.problems = problems;
    }

    private void reached(int i) {
        if (tokens == programTokens && i > furthest) {
            furthest = i;
        }
    }

    int furthestLineAtFirstError() {
        return furthestLineAtFirstError;
    }

    Token peek() {
        return tokens.get(index);
    }

    Token peek(int ahead) {
        int i = Math.min(index + ahead, tokens.size() - 1);
        reached(i);
        return tokens.get(i);
    }

    TokenType type() {
        return tokens.get(index).type();
    }

    boolean check(TokenType t) {
        return tokens.get(index).type() == t;
    }

    boolean atEnd() {
        return check(TokenType.EOF);
    }

    /** The token consumed last. */
    Token previous() {
        return tokens.get(Math.max(0, index - 1));
    }

    Token advance() {
        Token t = tokens.get(index);
        if (t.type() != TokenType.EOF) {
            index++;
            reached(index);
        }
        return t;
    }

    boolean match(TokenType t) {
        if (check(t)) {
            advance();
            return true;
        }
        return false;
    }

    Token expect(TokenType t, String message) {
        if (check(t)) {
            return advance();
        }
        throw error(peek(), message);
    }

    int mark() {
        return index;
    }

    void reset(int mark) {
        index = mark;
    }

    ParseError error(Token at, String message) {
        return error(at.line(), at.col(), message);
    }

    ParseError error(int line, int col, String message) {
        if (speculating == 0) {
            if (furthestLineAtFirstError == 0) {
                reached(index);
                furthestLineAtFirstError = Math.max(line, programTokens.get(furthest).line());
            }
            problems.add(new SyntaxProblem(line, col, message));
        }
        return new ParseError();
    }

    /** The generic CPython complaint about the token at the cursor. */
    ParseError invalidSyntax() {
        Token t = peek();
        if (t.type() == TokenType.INDENT) {
            return unexpectedIndent(t);
        }
        return error(t, "invalid syntax");
    }

    /** CPython reports an unexpected indent at the last column of the indentation. */
    ParseError unexpectedIndent(Token indent) {
        return error(indent.line(), Math.max(1, indent.col() - 1), "unexpected indent");
    }

    void beginSpeculation() {
        speculating++;
    }

    void endSpeculation() {
        speculating--;
    }

    List<Token> swapTokens(List<Token> replacement, int newIndex) {
        List<Token> old = tokens;
        tokens = replacement;
        index = newIndex;
        return old;
    }

    /** Thrown to abandon the current statement after its problem was recorded. */
    static final class ParseError extends RuntimeException {
        ParseError() {
            super(null, null, false, false);
        }
    }
}
