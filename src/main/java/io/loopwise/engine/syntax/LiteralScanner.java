package io.loopwise.engine.syntax;

import java.math.BigInteger;
import java.util.List;

/**
 * Scans numeric and string literals for the {@link Lexer}, as CPython's tokenizer does: underscores in numbers,
 * hex/octal/binary, exponents; every string prefix, triple quotes, escapes, and the extent of PEP 701 f-strings
 * (whose replacement fields may contain any expression, quotes included).
 */
final class LiteralScanner {
    private final Source source;
    private final char[] src;
    private final int limit;
    private final List<SyntaxProblem> problems;
    private final boolean fExpr;
    private int pos;
    private Token last;

    LiteralScanner(Source source, int limit, List<SyntaxProblem> problems, boolean fExpr) {
        this.source = source;
        this.src = source.text;
        this.limit = limit;
        this.problems = problems;
        this.fExpr = fExpr;
    }

    /** The number literal starting at {@code start}. */
    Token number(int start) {
        pos = start;
        scanNumber(start);
        return last;
    }

    /** The string literal whose prefix starts at {@code start} and opening quote is at {@code quotePos}. */
    Token string(int start, int quotePos, boolean raw, boolean bytes, boolean f) {
        pos = quotePos;
        scanString(start, quotePos, raw, bytes, f);
        return last;
    }

    // ---- numbers ---------------------------------------------------------------------------------------------

    private void scanNumber(int start) {
        char c = src[pos];
        if (c == '0' && pos + 1 < limit && "xXoObB".indexOf(src[pos + 1]) >= 0) {
            scanRadixNumber(start, Character.toLowerCase(src[pos + 1]));
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
            if (q > pos + 1 && (q >= limit || src[q] < '0' || src[q] > '9')) {
                numberError(start, q, "invalid decimal literal"); // a sign with no digit after it
                return;
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
        if (ok && pos < limit && Lexer.isIdentPart(src[pos]) && !keywordFollows()) {
            numberError(start, pos, imaginary ? "invalid imaginary literal" : "invalid decimal literal");
            return;
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

    /**
     * {@code 0x}/{@code 0o}/{@code 0b} literals, following CPython's tokenizer so errors point where it does: an
     * underscore must be followed by a digit, a decimal digit out of range is named, and the literal may not run
     * into an identifier character.
     */
    private void scanRadixNumber(int start, char kind) {
        int radix = kind == 'x' ? 16 : kind == 'o' ? 8 : 2;
        String what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
        pos = start + 2;
        StringBuilder digits = new StringBuilder();
        do {
            if (pos < limit && src[pos] == '_') {
                pos++;
            }
            if (!radixDigit(radix)) {
                if (radix != 16 && pos < limit && src[pos] >= '0' && src[pos] <= '9') {
                    numberError(start, pos + 1, "invalid digit '" + src[pos] + "' in " + what + " literal");
                } else {
                    numberError(start, pos, "invalid " + what + " literal");
                }
                return;
            }
            while (radixDigit(radix)) {
                digits.append(src[pos++]);
            }
        } while (pos < limit && src[pos] == '_');
        if (radix != 16 && pos < limit && src[pos] >= '0' && src[pos] <= '9') {
            numberError(start, pos + 1, "invalid digit '" + src[pos] + "' in " + what + " literal");
            return;
        }
        if (pos < limit && Lexer.isIdentPart(src[pos]) && !keywordFollows()) {
            numberError(start, pos, "invalid " + what + " literal");
            return;
        }
        add(TokenType.INT, start, pos, new BigInteger(digits.toString(), radix));
    }

    private boolean radixDigit(int radix) {
        return pos < limit && src[pos] < 0x80 && Character.digit(src[pos], radix) >= 0;
    }

    /**
     * A malformed number: CPython reports the tokenizer's read position {@code cur} as the (1-based) column, which
     * is the column of the character before it; the rest of the word is skipped.
     */
    private void numberError(int start, int cur, String message) {
        error(Math.max(start, cur - 1), message);
        pos = Math.max(pos, Math.min(cur, limit));
        skipIdentChars();
        add(TokenType.INT, start, pos, BigInteger.ZERO);
    }

    /** CPython accepts {@code 1if x else y} (with a warning) when a keyword directly follows a number. */
    private boolean keywordFollows() {
        int p = pos;
        while (p < limit && Lexer.isIdentPart(src[p])) {
            p++;
        }
        TokenType kw = TokenType.keyword(new String(src, pos, p - pos));
        return kw == TokenType.AND || kw == TokenType.ELSE || kw == TokenType.FOR || kw == TokenType.IF
                || kw == TokenType.IN || kw == TokenType.IS || kw == TokenType.NOT || kw == TokenType.OR;
    }

    private void skipIdentChars() {
        while (pos < limit && (Lexer.isIdentPart(src[pos]) || src[pos] == '.')) {
            pos++;
        }
    }

    // ---- strings ---------------------------------------------------------------------------------------------

    private void scanString(int start, int quotePos, boolean raw, boolean bytes, boolean f) {
        char q = src[quotePos];
        boolean triple = quotePos + 2 < limit && src[quotePos + 1] == q && src[quotePos + 2] == q;
        int bodyStart = quotePos + (triple ? 3 : 1);
        int bodyEnd = f ? fStringEnd(bodyStart, q, triple) : plainStringEnd(bodyStart, q, triple);
        if (bodyEnd < 0 && f) {
            // A broken replacement field: end at the first closing quote so the parser can say what is wrong.
            bodyEnd = plainStringEnd(bodyStart, q, triple);
        }
        int openBracket = f && !triple && bodyEnd < 0 ? openFieldBracket(bodyStart, q) : -1;
        if (openBracket >= 0) {
            // CPython tokenizes an open replacement field on as code: at the end of input it is a bracket
            error(openBracket, "'" + src[openBracket] + "' was never closed");
            pos = limit;
            add(TokenType.STRING, start, pos, new StringLiteral(bytes, raw, false, "", bodyStart, bodyStart, 0, 0));
            return;
        }
        if (bodyEnd < 0) {
            String kind = f ? "f-string literal" : "string literal";
            error(start, (triple ? "unterminated triple-quoted " : "unterminated ") + kind
                    + " (detected at line " + source.line(triple ? Math.max(start, lastCharOffset()) : source.lineEnd(start)) + ")");
            pos = triple ? limit : source.lineEnd(start);
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
            if (c == '}') {
                if (p + 1 < limit && src[p + 1] == '}') {
                    p += 2;
                    continue;
                }
                if (!fExpr) {
                    error(p, "f-string: single '}' is not allowed");
                }
            }
            p++;
        }
        return -1;
    }

    /**
     * For an f-string left unterminated with a replacement field still open at the end of its line and nothing
     * but blank lines after it: the innermost bracket left open (the field's '{' or one inside it), else -1.
     */
    private int openFieldBracket(int p, char q) {
        int end = source.lineEnd(p);
        for (int i = end; i < limit; i++) {
            if (!Character.isWhitespace(src[i])) {
                return -1;
            }
        }
        int[] open = new int[64];
        int depth = 0;
        for (; p < end; p++) {
            char c = src[p];
            if (depth == 0) {
                if (c == '{' && p + 1 < end && src[p + 1] == '{') {
                    p++;
                } else if (c == '{') {
                    open[depth++] = p;
                } else if (c == q) {
                    return -1;
                }
            } else if ((c == '{' || c == '(' || c == '[') && depth < open.length) {
                open[depth++] = p;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == q || c == '\\' || c == '\'' || c == '"') {
                return -1; // strings inside the field: leave it to the plain message
            }
        }
        return depth > 0 ? open[depth - 1] : -1;
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
                while (prefix > 0 && Lexer.isIdentPart(src[prefix - 1])) {
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
                default:
                    // PEP 701 (3.12): a replacement field's expression may span lines even in a '...' f-string
                    break;
            }
            p++;
        }
        return -1;
    }

    private void add(TokenType type, int start, int end, Object value) {
        int line = source.line(start);
        last = new Token(type, line, start - source.lineStart(line) + 1, start, end, value);
    }

    private void error(int offset, String message) {
        problems.add(new SyntaxProblem(source.line(offset), source.col(offset), message));
    }
}
