package io.loopwise.engine.syntax;

import java.math.BigInteger;
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

    private int pos;
    private final char[] bracketStack = new char[200];
    private final int[] bracketPos = new int[200];
    private int depth;
    private int[] indents = new int[16];
    private int[] altIndents = new int[16];
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
            int end = limit;
            if (!tokens.isEmpty() && tokens.get(tokens.size() - 1).type() != TokenType.NEWLINE) {
                add(TokenType.NEWLINE, end, end, null);
            }
            while (indentTop > 0) {
                indentTop--;
                add(TokenType.DEDENT, end, end, null);
            }
            for (int i = 0; i < depth; i++) {
                error(bracketPos[i], "'" + bracketStack[i] + "' was never closed");
            }
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
                    errorAt(line, lineEnd(p) - source.lineStart(line) + 1,
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
            number(start);
            return true;
        }
        if (c == '"' || c == '\'') {
            string(start, start, false, false, false);
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
                string(start, p, raw, bytes, f);
                return true;
            }
        }
        String text = new String(src, start, p - start);
        TokenType kw = TokenType.keyword(text);
        pos = p;
        if (kw != null) {
            add(kw, start, p, null);
        } else {
            add(TokenType.NAME, start, p, text);
        }
        return true;
    }

    private static boolean isIdentStart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_'
                || c >= 0x80 && Character.isUnicodeIdentifierStart(c);
    }

    private static boolean isIdentPart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= '0' && c <= '9'
                || c >= 0x80 && Character.isUnicodeIdentifierPart(c) && !Character.isIdentifierIgnorable(c);
    }

    // ---- numbers ---------------------------------------------------------------------------------------------

    private void number(int start) {
        char c = src[pos];
        if (c == '0' && pos + 1 < limit && "xXoObB".indexOf(src[pos + 1]) >= 0) {
            char kind = Character.toLowerCase(src[pos + 1]);
            int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
            String what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
            pos += 2;
            StringBuilder digits = new StringBuilder();
            boolean ok = true;
            while (pos < limit) {
                char d = src[pos];
                if (d == '_') {
                    pos++;
                    if (pos >= limit || Character.digit(src[pos], radix) < 0 || src[pos] > 'f' && src[pos] > 'F') {
                        ok = false;
                        break;
                    }
                    continue;
                }
                if (Character.digit(d, radix) >= 0 && d < 0x80) {
                    digits.append(d);
                    pos++;
                } else {
                    break;
                }
            }
            if (pos < limit && (src[pos] >= '0' && src[pos] <= '9' || isIdentPart(src[pos]))) {
                ok = false;
            }
            if (!ok || digits.length() == 0) {
                error(start, "invalid " + what + " literal");
                skipIdentChars();
                add(TokenType.INT, start, pos, BigInteger.ZERO);
                return;
            }
            add(TokenType.INT, start, pos, new BigInteger(digits.toString(), radix));
            return;
        }
        StringBuilder text = new StringBuilder();
        boolean ok = digitRun(text);
        boolean isFloat = false;
        if (ok && pos < limit && src[pos] == '.') {
            isFloat = true;
            text.append('.');
            pos++;
            if (pos < limit && src[pos] >= '0' && src[pos] <= '9') {
                ok = digitRun(text);
            }
        }
        if (ok && pos < limit && (src[pos] == 'e' || src[pos] == 'E')) {
            int save = pos;
            int q = pos + 1;
            if (q < limit && (src[q] == '+' || src[q] == '-')) {
                q++;
            }
            if (q < limit && src[q] >= '0' && src[q] <= '9') {
                isFloat = true;
                text.append('e');
                if (src[pos + 1] == '-') {
                    text.append('-');
                }
                pos = q;
                ok = digitRun(text);
            } else {
                pos = save;
            }
        }
        boolean imaginary = ok && pos < limit && (src[pos] == 'j' || src[pos] == 'J');
        if (imaginary) {
            pos++;
        }
        if (ok && pos < limit && isIdentPart(src[pos]) && !keywordFollows()) {
            ok = false;
        }
        if (!ok) {
            error(pos < limit && src[pos] == '_' ? pos : start, "invalid decimal literal");
            skipIdentChars();
            add(TokenType.INT, start, pos, BigInteger.ZERO);
            return;
        }
        String t = text.toString();
        if (imaginary) {
            add(TokenType.IMAGINARY, start, pos, Double.parseDouble(t));
        } else if (isFloat) {
            add(TokenType.FLOAT, start, pos, Double.parseDouble(t));
        } else {
            if (t.length() > 1 && t.charAt(0) == '0') {
                for (int i = 1; i < t.length(); i++) {
                    if (t.charAt(i) != '0') {
                        error(start, "leading zeros in decimal integer literals are not permitted; "
                                + "use an 0o prefix for octal integers");
                        add(TokenType.INT, start, pos, BigInteger.ZERO);
                        return;
                    }
                }
            }
            add(TokenType.INT, start, pos, t.length() <= 18 ? BigInteger.valueOf(Long.parseLong(t)) : new BigInteger(t));
        }
    }

    /** Appends a run of decimal digits with single underscores between them; false if an underscore is misplaced. */
    private boolean digitRun(StringBuilder text) {
        while (pos < limit) {
            char d = src[pos];
            if (d >= '0' && d <= '9') {
                text.append(d);
                pos++;
            } else if (d == '_') {
                if (pos + 1 < limit && src[pos + 1] >= '0' && src[pos + 1] <= '9') {
                    pos++;
                } else {
                    return false;
                }
            } else {
                break;
            }
        }
        return true;
    }

    /** CPython accepts {@code 1if x else y} (with a warning) when a keyword directly follows a number. */
    private boolean keywordFollows() {
        int p = pos;
        while (p < limit && isIdentPart(src[p])) {
            p++;
        }
        TokenType kw = TokenType.keyword(new String(src, pos, p - pos));
        return kw == TokenType.AND || kw == TokenType.ELSE || kw == TokenType.FOR || kw == TokenType.IF
                || kw == TokenType.IN || kw == TokenType.IS || kw == TokenType.NOT || kw == TokenType.OR;
    }

    private void skipIdentChars() {
        while (pos < limit && (isIdentPart(src[pos]) || src[pos] == '.')) {
            pos++;
        }
    }

    // ---- strings ---------------------------------------------------------------------------------------------

    private void string(int start, int quotePos, boolean raw, boolean bytes, boolean f) {
        char q = src[quotePos];
        boolean triple = quotePos + 2 < limit && src[quotePos + 1] == q && src[quotePos + 2] == q;
        int bodyStart = quotePos + (triple ? 3 : 1);
        int bodyEnd = f ? fStringEnd(bodyStart, q, triple) : plainStringEnd(bodyStart, q, triple);
        if (bodyEnd < 0 && f) {
            // A broken replacement field: end at the first closing quote so the parser can say what is wrong.
            bodyEnd = plainStringEnd(bodyStart, q, triple);
        }
        if (bodyEnd < 0) {
            error(start, (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
                    + " (detected at line " + source.line(triple ? Math.max(start, lastCharOffset()) : lineEnd(start)) + ")");
            pos = triple ? limit : lineEnd(start);
            add(TokenType.STRING, start, pos, new StringLiteral(bytes, raw, false, "", bodyStart, bodyStart, 0, 0));
            return;
        }
        pos = bodyEnd + (triple ? 3 : 1);
        if (f) {
            add(TokenType.STRING, start, pos, new StringLiteral(false, raw, true, null, bodyStart, bodyEnd,
                    source.line(bodyStart), source.col(bodyStart)));
            return;
        }
        String value;
        if (bytes) {
            for (int i = bodyStart; i < bodyEnd; i++) {
                if (src[i] >= 0x80) {
                    error(start, "bytes can only contain ASCII literal characters");
                    break;
                }
            }
        }
        if (raw) {
            value = new String(src, bodyStart, bodyEnd - bodyStart);
        } else {
            value = StringEscapes.decode(src, bodyStart, bodyEnd, bytes, (off, msg) -> error(start, msg));
            if (value == null) {
                value = "";
            }
        }
        add(TokenType.STRING, start, pos, new StringLiteral(bytes, raw, false, value, bodyStart, bodyEnd, 0, 0));
    }

    /** The offset of the last character CPython counts as part of a line (a final newline belongs to its line). */
    private int lastCharOffset() {
        return limit > 0 && src[limit - 1] == '\n' ? limit - 1 : limit;
    }

    private int lineEnd(int p) {
        while (p < limit && src[p] != '\n') {
            p++;
        }
        return p;
    }

    /** Offset of the closing quote of a str/bytes literal body, or -1 when unterminated. */
    private int plainStringEnd(int p, char q, boolean triple) {
        while (p < limit) {
            char c = src[p];
            if (c == '\\') {
                p += 2;
                continue;
            }
            if (c == '\n' && !triple) {
                return -1;
            }
            if (c == q && (!triple || p + 2 < limit && src[p + 1] == q && src[p + 2] == q)) {
                return p;
            }
            p++;
        }
        return -1;
    }

    /**
     * Offset of the closing quote of an f-string body, or -1. Since Python 3.12 (PEP 701) replacement fields may
     * contain any expression, including strings with the same quote, so fields are skipped structurally.
     */
    private int fStringEnd(int p, char q, boolean triple) {
        while (p < limit) {
            char c = src[p];
            if (c == '\\') {
                p += 2;
                continue;
            }
            if (c == '\n' && !triple) {
                return -1;
            }
            if (c == q && (!triple || p + 2 < limit && src[p + 1] == q && src[p + 2] == q)) {
                return p;
            }
            if (c == '{') {
                if (p + 1 < limit && src[p + 1] == '{') {
                    p += 2;
                    continue;
                }
                p = skipField(p + 1, q, triple);
                if (p < 0) {
                    return -1;
                }
                continue;
            }
            p++;
        }
        return -1;
    }

    /** Skips a replacement field body starting after its '{'; returns the offset after the closing '}', or -1. */
    private int skipField(int p, char q, boolean triple) {
        int nesting = 0;
        boolean inSpec = false;
        while (p < limit) {
            char c = src[p];
            if (inSpec) {
                if (c == '{') {
                    p = skipField(p + 1, q, triple);
                    if (p < 0) {
                        return -1;
                    }
                    continue;
                }
                if (c == '}') {
                    return p + 1;
                }
                if (c == q && (!triple || p + 2 < limit && src[p + 1] == q && src[p + 2] == q)) {
                    return p;
                }
                if (c == '\n' && !triple) {
                    return -1;
                }
                p++;
                continue;
            }
            if (c == '\'' || c == '"') {
                boolean nestedTriple = p + 2 < limit && src[p + 1] == c && src[p + 2] == c;
                int prefix = p;
                while (prefix > 0 && isIdentPart(src[prefix - 1])) {
                    prefix--;
                }
                boolean nestedF = false;
                for (int i = prefix; i < p; i++) {
                    nestedF |= src[i] == 'f' || src[i] == 'F';
                }
                int body = p + (nestedTriple ? 3 : 1);
                int end = nestedF ? fStringEnd(body, c, nestedTriple) : plainStringEnd(body, c, nestedTriple);
                if (end < 0) {
                    return -1;
                }
                p = end + (nestedTriple ? 3 : 1);
                continue;
            }
            switch (c) {
                case '(': case '[': case '{': nesting++; break;
                case ')': case ']': nesting--; break;
                case '}':
                    if (nesting == 0) {
                        return p + 1;
                    }
                    nesting--;
                    break;
                case ':':
                    if (nesting == 0) {
                        inSpec = true;
                    }
                    break;
                case '\n':
                    if (!triple) {
                        return -1;
                    }
                    break;
                default:
                    break;
            }
            p++;
        }
        return -1;
    }

    // ---- operators -------------------------------------------------------------------------------------------

    private boolean operator(int start, char c) {
        char c1 = pos + 1 < limit ? src[pos + 1] : '\0';
        char c2 = pos + 2 < limit ? src[pos + 2] : '\0';
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
                if (depth < bracketStack.length) {
                    bracketStack[depth] = c;
                    bracketPos[depth] = pos;
                    depth++;
                } else {
                    error(pos, "too many nested parentheses");
                }
                break;
            case ')': case ']': case '}': {
                t = c == ')' ? TokenType.RPAR : c == ']' ? TokenType.RSQB : TokenType.RBRACE;
                if (depth == 0) {
                    error(pos, "unmatched '" + c + "'");
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
            case ':': t = c1 == '=' ? TokenType.WALRUS : TokenType.COLON; len = c1 == '=' ? 2 : 1; break;
            case ',': t = TokenType.COMMA; break;
            case ';': t = TokenType.SEMI; break;
            case '.':
                if (c1 == '.' && c2 == '.') {
                    t = TokenType.ELLIPSIS;
                    len = 3;
                } else {
                    t = TokenType.DOT;
                }
                break;
            case '~': t = TokenType.TILDE; break;
            case '+': t = c1 == '=' ? TokenType.PLUSEQUAL : TokenType.PLUS; len = c1 == '=' ? 2 : 1; break;
            case '-':
                if (c1 == '>') {
                    t = TokenType.ARROW;
                    len = 2;
                } else if (c1 == '=') {
                    t = TokenType.MINEQUAL;
                    len = 2;
                } else {
                    t = TokenType.MINUS;
                }
                break;
            case '*':
                if (c1 == '*') {
                    t = c2 == '=' ? TokenType.DOUBLESTAREQUAL : TokenType.DOUBLESTAR;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    t = c1 == '=' ? TokenType.STAREQUAL : TokenType.STAR;
                    len = c1 == '=' ? 2 : 1;
                }
                break;
            case '/':
                if (c1 == '/') {
                    t = c2 == '=' ? TokenType.DOUBLESLASHEQUAL : TokenType.DOUBLESLASH;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    t = c1 == '=' ? TokenType.SLASHEQUAL : TokenType.SLASH;
                    len = c1 == '=' ? 2 : 1;
                }
                break;
            case '%': t = c1 == '=' ? TokenType.PERCENTEQUAL : TokenType.PERCENT; len = c1 == '=' ? 2 : 1; break;
            case '@': t = c1 == '=' ? TokenType.ATEQUAL : TokenType.AT; len = c1 == '=' ? 2 : 1; break;
            case '|': t = c1 == '=' ? TokenType.VBAREQUAL : TokenType.VBAR; len = c1 == '=' ? 2 : 1; break;
            case '&': t = c1 == '=' ? TokenType.AMPEREQUAL : TokenType.AMPER; len = c1 == '=' ? 2 : 1; break;
            case '^': t = c1 == '=' ? TokenType.CIRCUMFLEXEQUAL : TokenType.CIRCUMFLEX; len = c1 == '=' ? 2 : 1; break;
            case '=': t = c1 == '=' ? TokenType.EQEQUAL : TokenType.EQUAL; len = c1 == '=' ? 2 : 1; break;
            case '!':
                if (c1 == '=') {
                    t = TokenType.NOTEQUAL;
                    len = 2;
                } else {
                    t = TokenType.EXCLAMATION;
                }
                break;
            case '<':
                if (c1 == '<') {
                    t = c2 == '=' ? TokenType.LEFTSHIFTEQUAL : TokenType.LEFTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    t = c1 == '=' ? TokenType.LESSEQUAL : TokenType.LESS;
                    len = c1 == '=' ? 2 : 1;
                }
                break;
            case '>':
                if (c1 == '>') {
                    t = c2 == '=' ? TokenType.RIGHTSHIFTEQUAL : TokenType.RIGHTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    t = c1 == '=' ? TokenType.GREATEREQUAL : TokenType.GREATER;
                    len = c1 == '=' ? 2 : 1;
                }
                break;
            default: {
                int cp = Character.codePointAt(src, pos, limit);
                if (cp < 0x80 && cp > 0x20 && cp != 0x7f) {
                    error(pos, "invalid syntax");
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

    private void add(TokenType type, int start, int end, Object value) {
        tokens.add(new Token(type, source.line(start), source.col(start), start, end, value));
    }

    private void error(int offset, String message) {
        problems.add(new SyntaxProblem(source.line(offset), source.col(offset), message));
    }

    private void errorAt(int line, int col, String message) {
        problems.add(new SyntaxProblem(line, col, message));
    }
}
