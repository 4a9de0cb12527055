package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses f-string bodies (PEP 701, Python 3.12) into JoinedStr/FormattedValue nodes. Replacement-field
 * expressions are lexed in place by a {@link Lexer} in f-string-expression mode, so positions are exact.
 */
final class FStringParser {
    private final TokenCursor in;
    private final ExpressionParser expressions;
    private final char[] src;
    /** How many format specs enclose the text being read (CPython allows fields two specs deep). */
    private int specDepth;

    FStringParser(TokenCursor in, ExpressionParser expressions) {
        this.in = in;
        this.expressions = expressions;
        this.src = in.source.text;
    }

    /** Joins adjacent string tokens of which at least one is an f-string. */
    Expr joined(Token first, List<Token> parts) {
        int outerSpecDepth = specDepth;
        specDepth = 0;
        try {
            return joinedParts(first, parts);
        } finally {
            specDepth = outerSpecDepth;
        }
    }

    private Expr joinedParts(Token first, List<Token> parts) {
        List<Expr> values = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (Token t : parts) {
            StringLiteral lit = (StringLiteral) t.value();
            if (!lit.fString()) {
                pending.append(lit.value());
                continue;
            }
            int end = body(lit, lit.bodyStart(), lit.bodyEnd(), values, pending, false, first);
            if (end != lit.bodyEnd()) {
                throw in.error(in.source.line(end), in.source.col(end), "f-string: single '}' is not allowed");
            }
        }
        flush(values, pending, first);
        return new Expr.JoinedStr(first.line(), first.col(), List.copyOf(values));
    }

    private static void flush(List<Expr> values, StringBuilder pending, Token at) {
        if (pending.length() > 0) {
            values.add(new Expr.StrConst(at.line(), at.col(), pending.toString()));
            pending.setLength(0);
        }
    }

    /**
     * Reads literal text and replacement fields from {@code i}; in a format spec stops at the closing '}'.
     * Returns the offset where it stopped.
     */
    private int body(StringLiteral lit, int i, int end, List<Expr> values, StringBuilder pending, boolean spec,
                     Token at) {
        StringBuilder segment = new StringBuilder();
        while (i < end) {
            char c = src[i];
            if (c == '\\' && !lit.raw() && i + 1 < end) {
                int stop = i + 2;
                if (src[i + 1] == 'N' && i + 2 < end && src[i + 2] == '{') {
                    while (stop < end && src[stop - 1] != '}') {
                        stop++;
                    }
                }
                segment.append(src, i, stop - i);
                i = stop;
                continue;
            }
            if (c == '{') {
                if (spec && specDepth > 2) {
                    // CPython's tokenizer reports its read position: the column of the character before '{'
                    throw in.error(in.source.line(i - 1), in.source.col(i - 1),
                            "f-string: expressions nested too deeply");
                }
                if (!spec && i + 1 < end && src[i + 1] == '{') {
                    segment.append('{');
                    i += 2;
                    continue;
                }
                decodeInto(lit, segment, pending, i);
                i = field(lit, i, end, values, pending, at);
                continue;
            }
            if (c == '}') {
                if (spec) {
                    break;
                }
                if (i + 1 < end && src[i + 1] == '}') {
                    segment.append('}');
                    i += 2;
                    continue;
                }
                throw in.error(in.source.line(i), in.source.col(i), "f-string: single '}' is not allowed");
            }
            segment.append(c);
            i++;
        }
        decodeInto(lit, segment, pending, i);
        return i;
    }

    private void decodeInto(StringLiteral lit, StringBuilder segment, StringBuilder pending, int at) {
        if (segment.length() == 0) {
            return;
        }
        if (lit.raw()) {
            pending.append(segment);
        } else {
            char[] chars = segment.toString().toCharArray();
            String decoded = StringEscapes.decode(chars, 0, chars.length, false,
                    (off, msg) -> in.error(in.source.line(at), in.source.col(at), msg));
            pending.append(decoded == null ? "" : decoded);
        }
        segment.setLength(0);
    }

    /** Parses the replacement field whose '{' is at {@code open}; returns the offset after its '}'. */
    private int field(StringLiteral lit, int open, int end, List<Expr> values, StringBuilder pending, Token at) {
        int line = in.source.line(open);
        int col = in.source.col(open);
        Lexer lexer = new Lexer(in.source, open + 1, end, in.problems, true);
        List<Token> tokens = lexer.tokenize();
        int stop = lexer.stopPos();
        if (stop < 0) {
            throw in.error(in.source.line(end), in.source.col(end), "f-string: expecting '}'");
        }
        if (tokens.size() == 1) {
            throw in.error(in.source.line(stop), in.source.col(stop),
                    "f-string: valid expression required before '" + src[stop] + "'");
        }
        Expr value = expressions.fieldExpression(tokens);
        int j = stop;
        boolean debug = false;
        if (src[j] == '=') {
            debug = true;
            j++;
            while (j < end && (src[j] == ' ' || src[j] == '\t' || src[j] == '\n')) {
                j++;
            }
            pending.append(src, open + 1, j - open - 1);
        }
        int conversion = -1;
        if (j < end && src[j] == '!') {
            j++;
            int nameEnd = j;
            while (nameEnd < end && Lexer.isIdentPart(src[nameEnd])) {
                nameEnd++;
            }
            String name = new String(src, j, nameEnd - j);
            char c = j < end ? src[j] : '}';
            if (name.length() == 1 && "sra".indexOf(c) >= 0) {
                conversion = c;
                j++;
            } else if (c == '}' || c == ':') {
                throw in.error(in.source.line(j), in.source.col(j), "f-string: missing conversion character");
            } else if (c == ' ' || c == '\t') {
                throw in.error(in.source.line(j - 1), in.source.col(j - 1),
                        "f-string: conversion type must come right after the exclamanation mark");
            } else if (name.isEmpty() || Character.isDigit(c)) {
                throw in.error(in.source.line(j), in.source.col(j), "f-string: invalid conversion character");
            } else {
                throw in.error(in.source.line(j), in.source.col(j),
                        "f-string: invalid conversion character '" + name + "': expected 's', 'r', or 'a'");
            }
        }
        if (debug && conversion == -1 && j < end && "!:}".indexOf(src[j]) < 0) {
            throw in.error(in.source.line(j), in.source.col(j), "f-string: expecting '!', or ':', or '}'");
        }
        if (conversion != -1) {
            while (j < end && (src[j] == ' ' || src[j] == '\t')) {
                j++;
            }
            if (j < end && src[j] != ':' && src[j] != '}') {
                throw in.error(in.source.line(j), in.source.col(j), "f-string: expecting ':' or '}'");
            }
        }
        Expr spec = null;
        if (j < end && src[j] == ':') {
            List<Expr> specValues = new ArrayList<>();
            StringBuilder specPending = new StringBuilder();
            specDepth++;
            try {
                j = body(lit, j + 1, end, specValues, specPending, true, at);
            } finally {
                specDepth--;
            }
            if (specPending.length() == 0 && !specValues.isEmpty()
                    && specValues.get(specValues.size() - 1) instanceof Expr.FormattedValue) {
                // CPython 3.12 ends a spec whose last part is a field with an empty constant; mirror its tree.
                specValues.add(new Expr.StrConst(at.line(), at.col(), ""));
            }
            flush(specValues, specPending, at);
            spec = new Expr.JoinedStr(line, col, List.copyOf(specValues));
        }
        if (j >= end || src[j] != '}') {
            throw in.error(line, col, "f-string: expecting '}'");
        }
        if (debug && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        flush(values, pending, at);
        values.add(new Expr.FormattedValue(line, col, value, conversion, spec));
        return j + 1;
    }
}
