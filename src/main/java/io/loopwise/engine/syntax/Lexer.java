package io.loopwise.engine.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns program text into tokens, mirroring CPython's tokenizer ({@code Parser/tokenizer.c}): INDENT/DEDENT from
 * a stack of indentation columns (tabs to multiples of 8, with the tab-size-1 cross-check behind TabError),
 * implicit line joining inside brackets, backslash continuation, all string prefixes, numeric literals.
 * Scans a char array with no regular expressions. Errors are appended to the shared problem list and
 * scanning continues, so the parser can report several mistakes at once.
 */
public final class Lexer {
    private static final int TAB_SIZE = 8;

    private final Source source;
    private final char[] src;
    private final int limit;
    private final List<SyntaxProblem> problems;
    private final boolean fExpr;
    private final List<Token> tokens = new ArrayList<>();
    /** The line of the last token and its offset range [lineFrom, lineTo), so most tokens need no lookup. */
    private int line;
    private int lineFrom = 1;
    private int lineTo;
    private final LiteralScanner literals;

    private int pos;
    private static final int MAX_NESTING = 200;
    /** CPython's tokenizer MAXINDENT. */
    private static final int MAX_INDENT = 100;
    private char[] bracketStack = new char[16];
    private int[] bracketPos = new int[16];
    private int depth;
    private int[] indents = new int[8];
    private int[] altIndents = new int[8];
    private int indentTop;
    private boolean atLineStart = true;
    private int stopPos = -1;

    /** A lexer for a whole program. */
    Lexer(Source source, List<SyntaxProblem> problems) {
        this(source, 0, source.text.length, problems, false);
    }

    /**
     * A lexer for the expression of an f-string replacement field starting at {@code from}: newlines are
     * insignificant and it stops before a top-level {@code }}, {@code :}, {@code !} or {@code =}.
     */
    Lexer(Source source, int from, int to, List<SyntaxProblem> problems, boolean fExpr) {
        this.source = source;
        this.src = source.text;
        this.pos = from;
        this.limit = to;
        this.problems = problems;
        this.fExpr = fExpr;
        this.atLineStart = !fExpr;
        this.literals = new LiteralScanner(source, to, problems, fExpr);
    }

    /** Convenience for tests and tools: all tokens of {@code program}, errors into {@code problems}. */
    public static List<Token> tokenize(String program, List<SyntaxProblem> problems) {
        return new Lexer(new Source(program), problems).tokenize();
    }

    /** Where an f-string expression lexer stopped (the offset of the delimiter), or -1. */
    int stopPos() {
        return stopPos;
    }

    List<Token> tokenize() {
        while (true) {
            if (atLineStart) {
                atLineStart = false;
                if (!indentation()) {
                    break;
                }
            }
            if (!next()) {
                break;
            }
        }
        if (!fExpr) {
            // Like CPython, errors at end of input point just past the last line, not at an empty line after it.
            int end = limit > 0 && src[limit - 1] == '\n' ? limit - 1 : limit;
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != TokenType.NEWLINE) {
                add(TokenType.NEWLINE, end, end, null);
            }
            while (indentTop > 0) {
                indentTop--;
                add(TokenType.DEDENT, end, end, null);
            }
            // CPython names the innermost bracket still open
            for (int i = depth - 1; i >= 0; i--) {
                error(bracketPos[i], "'" + bracketStack[i] + "' was never closed");
            }
            add(TokenType.EOF, end, end, null);
            return tokens;
        }
        add(TokenType.EOF, Math.min(pos, limit), Math.min(pos, limit), null);
        return tokens;
    }

    /** Measures the indentation of a logical line and emits INDENT/DEDENT; false at end of input. */
    private boolean indentation() {
        while (true) {
            int col = 0;
            int alt = 0;
            int p = pos;
            while (p < limit) {
                char c = src[p];
                if (c == ' ') {
                    col++;
                    alt++;
                } else if (c == '\t') {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt++;
                } else if (c == '\f') {
                    col = 0;
                    alt = 0;
                } else {
                    break;
                }
                p++;
            }
            pos = p;
            if (p >= limit) {
                return false;
            }
            char c = src[p];
            if (c == '#' || c == '\n') {
                while (pos < limit && src[pos] != '\n') {
                    pos++;
                }
                pos++;
                continue;
            }
            if (c == '\\' && p + 1 < limit && src[p + 1] == '\n') {
                // A continuation on an otherwise empty line joins the next line into this one.
                pos = p + 2;
                continue;
            }
            int top = indents[indentTop];
            if (col > top) {
                if (indentTop + 1 >= MAX_INDENT) {
                    errorAt(source.line(p), 1, "too many levels of indentation");
                    return false;
                }
                if (alt <= altIndents[indentTop]) {
                    tabError(p);
                }
                if (indentTop + 1 == indents.length) {
                    indents = java.util.Arrays.copyOf(indents, indents.length * 2);
                    altIndents = java.util.Arrays.copyOf(altIndents, altIndents.length * 2);
                }
                indentTop++;
                indents[indentTop] = col;
                altIndents[indentTop] = alt;
                add(TokenType.INDENT, p, p, null);
            } else if (col < top) {
                while (indentTop > 0 && col < indents[indentTop]) {
                    indentTop--;
                    add(TokenType.DEDENT, p, p, null);
                }
                if (col != indents[indentTop]) {
                    int line = source.line(p);
                    errorAt(line, source.lineEnd(p) - source.lineStart(line) + 1,
                            "unindent does not match any outer indentation level");
                } else if (alt != altIndents[indentTop]) {
                    tabError(p);
                }
            } else if (alt != altIndents[indentTop]) {
                tabError(p);
            }
            return true;
        }
    }

    private void tabError(int p) {
        errorAt(source.line(p), 1, "inconsistent use of tabs and spaces in indentation");
    }

    /** Scans one token (or a line break); false at end of input. */
    private boolean next() {
        while (pos < limit) {
            char c = src[pos];
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
            } else if (c == '#') {
                while (pos < limit && src[pos] != '\n') {
                    pos++;
                }
            } else if (c == '\\') {
                if (pos + 1 < limit && src[pos + 1] == '\n') {
                    pos += 2;
                } else if (pos + 1 >= limit) {
                    error(pos, "unexpected EOF while parsing");
                    pos++;
                } else {
                    error(pos + 1, "unexpected character after line continuation character");
                    pos++;
                }
            } else if (c == '\n') {
                if (depth > 0 || fExpr) {
                    pos++;
                    continue;
                }
                add(TokenType.NEWLINE, pos, pos + 1, null);
                pos++;
                atLineStart = true;
                return true;
            } else {
                break;
            }
        }
        if (pos >= limit) {
            return false;
        }
        int start = pos;
        char c = src[pos];
        if (isIdentStart(c)) {
            return identifierOrString(start);
        }
        if (c >= '0' && c <= '9' || c == '.' && pos + 1 < limit && src[pos + 1] >= '0' && src[pos + 1] <= '9') {
            addToken(literals.number(start));
            return true;
        }
        if (c == '"' || c == '\'') {
            addToken(literals.string(start, start, false, false, false));
            return true;
        }
        return operator(start, c);
    }

    private boolean identifierOrString(int start) {
        int p = pos + 1;
        while (p < limit && isIdentPart(src[p])) {
            p++;
        }
        if (p < limit && (src[p] == '"' || src[p] == '\'') && p - start <= 2) {
            boolean raw = false;
            boolean bytes = false;
            boolean f = false;
            boolean u = false;
            boolean valid = true;
            for (int i = start; i < p; i++) {
                switch (src[i]) {
                    case 'r': case 'R': valid &= !raw; raw = true; break;
                    case 'b': case 'B': valid &= !bytes; bytes = true; break;
                    case 'f': case 'F': valid &= !f; f = true; break;
                    case 'u': case 'U': valid &= !u; u = true; break;
                    default: valid = false;
                }
            }
            valid &= !(bytes && f) && !(u && (raw || bytes || f));
            if (valid) {
                addToken(literals.string(start, p, raw, bytes, f));
                return true;
            }
        }
        String text = new String(src, start, p - start);
        if (!isAscii(text)) {
            // CPython compares identifiers after NFKC normalisation: "ﬁle" and "file" are one name.
            text = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC);
        }
        TokenType kw = TokenType.keyword(text);
        pos = p;
        if (kw != null) {
            add(kw, start, p, null);
        } else {
            add(TokenType.NAME, start, p, text);
        }
        return true;
    }

    /** CPython's Py_UNICODE_ISPRINTABLE: not a control, format, surrogate, private, unassigned or separator. */
    private static boolean isPrintable(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL: case Character.FORMAT: case Character.SURROGATE: case Character.PRIVATE_USE:
            case Character.UNASSIGNED: case Character.LINE_SEPARATOR: case Character.PARAGRAPH_SEPARATOR:
            case Character.SPACE_SEPARATOR:
                return cp == ' ';
            default:
                return true;
        }
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || c >= 0x80 && Character.isUnicodeIdentifierStart(c);
    }

    static boolean isIdentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9'
                || c >= 0x80 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // ---- operators -------------------------------------------------------------------------------------------

    /** A punctuation token and its text. */
    private record Operator(String text, TokenType type) {
    }

    /** Every punctuation token but the brackets, grouped by first character, longest first (longest match wins). */
    private static final Operator[][] OPERATORS_BY_FIRST_CHAR = operatorTable(
            new Operator("**=", TokenType.DOUBLESTAREQUAL), new Operator("//=", TokenType.DOUBLESLASHEQUAL),
            new Operator("<<=", TokenType.LEFTSHIFTEQUAL), new Operator(">>=", TokenType.RIGHTSHIFTEQUAL),
            new Operator("...", TokenType.ELLIPSIS),
            new Operator("->", TokenType.ARROW), new Operator("-=", TokenType.MINEQUAL),
            new Operator("+=", TokenType.PLUSEQUAL), new Operator("**", TokenType.DOUBLESTAR),
            new Operator("*=", TokenType.STAREQUAL), new Operator("//", TokenType.DOUBLESLASH),
            new Operator("/=", TokenType.SLASHEQUAL), new Operator("%=", TokenType.PERCENTEQUAL),
            new Operator("@=", TokenType.ATEQUAL), new Operator("|=", TokenType.VBAREQUAL),
            new Operator("&=", TokenType.AMPEREQUAL), new Operator("^=", TokenType.CIRCUMFLEXEQUAL),
            new Operator("==", TokenType.EQEQUAL), new Operator("!=", TokenType.NOTEQUAL),
            new Operator("<<", TokenType.LEFTSHIFT), new Operator("<=", TokenType.LESSEQUAL),
            new Operator(">>", TokenType.RIGHTSHIFT), new Operator(">=", TokenType.GREATEREQUAL),
            new Operator(":=", TokenType.WALRUS),
            new Operator("+", TokenType.PLUS), new Operator("-", TokenType.MINUS), new Operator("*", TokenType.STAR),
            new Operator("/", TokenType.SLASH), new Operator("%", TokenType.PERCENT), new Operator("@", TokenType.AT),
            new Operator("|", TokenType.VBAR), new Operator("&", TokenType.AMPER),
            new Operator("^", TokenType.CIRCUMFLEX), new Operator("=", TokenType.EQUAL),
            new Operator("!", TokenType.EXCLAMATION), new Operator("<", TokenType.LESS),
            new Operator(">", TokenType.GREATER), new Operator(":", TokenType.COLON),
            new Operator(",", TokenType.COMMA), new Operator(";", TokenType.SEMI), new Operator(".", TokenType.DOT),
            new Operator("~", TokenType.TILDE));

    private static Operator[][] operatorTable(Operator... longestFirst) {
        Operator[][] table = new Operator[128][];
        for (Operator op : longestFirst) {
            char first = op.text().charAt(0);
            Operator[] row = table[first] == null ? new Operator[0] : table[first];
            row = java.util.Arrays.copyOf(row, row.length + 1);
            row[row.length - 1] = op;
            table[first] = row;
        }
        return table;
    }

    /** The longest operator starting at {@code at}, or null. */
    private Operator longestOperatorAt(int at) {
        Operator[] candidates = OPERATORS_BY_FIRST_CHAR[src[at]];
        if (candidates == null) {
            return null;
        }
        for (Operator op : candidates) {
            String text = op.text();
            int n = text.length();
            if (at + n > limit) {
                continue;
            }
            int i = 1;
            while (i < n && src[at + i] == text.charAt(i)) {
                i++;
            }
            if (i == n) {
                return op;
            }
        }
        return null;
    }

    private boolean operator(int start, char c) {
        char c1 = pos + 1 < limit ? src[pos + 1] : '\0';
        if (fExpr && depth == 0) {
            boolean stop = c == '}' || c == ':' || c == '!' && c1 != '=' || c == '=' && c1 != '=';
            if (stop) {
                stopPos = pos;
                return false;
            }
        }
        TokenType t;
        int len = 1;
        switch (c) {
            case '(': case '[': case '{':
                t = c == '(' ? TokenType.LPAR : c == '[' ? TokenType.LSQB : TokenType.LBRACE;
                if (depth >= MAX_NESTING) {
                    // CPython's tokenizer gives up here; so do we, rather than report every bracket after it.
                    error(pos, "too many nested parentheses");
                    depth = 0;
                    pos = limit;
                    return false;
                } else {
                    if (depth == bracketStack.length) {
                        bracketStack = java.util.Arrays.copyOf(bracketStack, depth * 2);
                        bracketPos = java.util.Arrays.copyOf(bracketPos, depth * 2);
                    }
                    bracketStack[depth] = c;
                    bracketPos[depth] = pos;
                    depth++;
                }
                break;
            case ')': case ']': case '}': {
                t = c == ')' ? TokenType.RPAR : c == ']' ? TokenType.RSQB : TokenType.RBRACE;
                if (depth == 0) {
                    error(pos, (fExpr ? "f-string: " : "") + "unmatched '" + c + "'");
                } else {
                    char open = bracketStack[depth - 1];
                    char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
                    if (expected != c) {
                        int openLine = source.line(bracketPos[depth - 1]);
                        error(pos, "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'"
                                + (openLine != source.line(pos) ? " on line " + openLine : ""));
                    }
                    depth--;
                }
                break;
            }
            default: {
                Operator op = c < OPERATORS_BY_FIRST_CHAR.length ? longestOperatorAt(pos) : null;
                if (op != null) {
                    t = op.type();
                    len = op.text().length();
                    break;
                }
                int cp = Character.codePointAt(src, pos, limit);
                if (cp < 0x80 && cp > 0x20 && cp != 0x7f) {
                    error(pos, "invalid syntax");
                } else if (!isPrintable(cp)) {
                    error(pos, "invalid non-printable character U+" + String.format("%04X", cp));
                } else {
                    error(pos, "invalid character '" + new String(Character.toChars(cp)) + "' (U+"
                            + String.format("%04X", cp) + ")");
                }
                pos += Character.charCount(cp);
                return true;
            }
        }
        pos += len;
        add(t, start, pos, null);
        return true;
    }

    private void addToken(Token t) {
        tokens.add(t);
        pos = t.end();
    }

    private void add(TokenType type, int start, int end, Object value) {
        if (start < lineFrom || start >= lineTo) {
            line = source.line(start);
            lineFrom = source.lineStart(line);
            lineTo = source.lineEnd(start) + 1;
        }
        tokens.add(new Token(type, line, start - lineFrom + 1, start, end, value));
    }

    private void error(int offset, String message) {
        problems.add(new SyntaxProblem(source.line(offset), source.col(offset), message));
    }

    private void errorAt(int line, int col, String message) {
        problems.add(new SyntaxProblem(line, col, message));
    }
}
