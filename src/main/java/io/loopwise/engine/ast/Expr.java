package io.loopwise.engine.ast;

import java.math.BigInteger;
import java.util.List;

/**
 * An expression node. Assignment targets are ordinary expressions (Name, Attribute, Subscript, Starred,
 * TupleExpr, ListExpr); their role (load/store/delete) follows from the enclosing statement.
 */
public sealed interface Expr extends Node {

    /** {@code a and b and c} / {@code a or b}: two or more operands, left to right. */
    record BoolOp(int line, int col, BoolOperator op, List<Expr> values) implements Expr {
    }

    /** {@code (target := value)}. */
    record NamedExpr(int line, int col, Name target, Expr value) implements Expr {
    }

    /** {@code left op right}. */
    record BinOp(int line, int col, Expr left, Operator op, Expr right) implements Expr {
    }

    /** {@code op operand}. */
    record UnaryOp(int line, int col, UnaryOperator op, Expr operand) implements Expr {
    }

    /** {@code lambda args: body}. */
    record Lambda(int line, int col, Arguments args, Expr body) implements Expr {
    }

    /** {@code body if test else orelse}. */
    record IfExp(int line, int col, Expr test, Expr body, Expr orelse) implements Expr {
    }

    /** {@code {k: v, **d}}: for a {@code **d} entry the key is null and the value is {@code d}. */
    record DictExpr(int line, int col, List<Expr> keys, List<Expr> values) implements Expr {
    }

    /** {@code {a, *b}} (never empty: {@code {}} is a DictExpr). */
    record SetExpr(int line, int col, List<Expr> elts) implements Expr {
    }

    /** {@code [a, *b]}. */
    record ListExpr(int line, int col, List<Expr> elts) implements Expr {
    }

    /** {@code (a, *b)} or {@code a, b}; position is that of the first element (or the paren, like CPython). */
    record TupleExpr(int line, int col, List<Expr> elts) implements Expr {
    }

    /** {@code [elt for ...]}. */
    record ListComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {
    }

    /** {@code {elt for ...}}. */
    record SetComp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {
    }

    /** {@code {key: value for ...}}. */
    record DictComp(int line, int col, Expr key, Expr value, List<Comprehension> generators) implements Expr {
    }

    /** {@code (elt for ...)}. */
    record GeneratorExp(int line, int col, Expr elt, List<Comprehension> generators) implements Expr {
    }

    /** {@code await value}. */
    record Await(int line, int col, Expr value) implements Expr {
    }

    /** {@code yield [value]}. */
    record Yield(int line, int col, Expr value) implements Expr {
    }

    /** {@code yield from value}. */
    record YieldFrom(int line, int col, Expr value) implements Expr {
    }

    /** {@code left op1 c1 op2 c2 ...}: a chain, each comparator evaluated at most once. */
    record Compare(int line, int col, Expr left, List<CompareOperator> ops, List<Expr> comparators)
            implements Expr {
    }

    /** {@code func(args, keywords)}; {@code *x} arguments appear as Starred in args, {@code **d} as a Keyword with null arg. */
    record Call(int line, int col, Expr func, List<Expr> args, List<Keyword> keywords) implements Expr {
    }

    /**
     * One {@code {value!conversion:spec}} field of an f-string. {@code conversion} is -1 (none), 's', 'r' or 'a';
     * {@code formatSpec} is null or a JoinedStr (which may itself contain FormattedValues).
     */
    record FormattedValue(int line, int col, Expr value, int conversion, Expr formatSpec) implements Expr {
    }

    /**
     * An f-string (after implicit concatenation): StrConst and FormattedValue parts in order, adjacent literal
     * text merged, empty literals dropped. {@code f"{x=}"} is expanded as CPython does: the text {@code "x="}
     * followed by a FormattedValue with conversion 'r' (unless a conversion or spec is given).
     */
    record JoinedStr(int line, int col, List<Expr> values) implements Expr {
    }

    /** An int literal. */
    record IntConst(int line, int col, BigInteger value) implements Expr {
        /** True when the value fits a Java long, so the runtime may use a small-int representation. */
        public boolean fitsLong() {
            return value.bitLength() < 64;
        }
    }

    /** A float literal (never negative: {@code -1.5} is UnaryOp USUB). */
    record FloatConst(int line, int col, double value) implements Expr {
    }

    /** A str literal with escapes resolved, adjacent literals concatenated. */
    record StrConst(int line, int col, String value) implements Expr {
    }

    /** A bytes literal; the array must not be mutated. */
    record BytesConst(int line, int col, byte[] value) implements Expr {
    }

    /** {@code True} / {@code False}. */
    record BoolConst(int line, int col, boolean value) implements Expr {
    }

    /** {@code None}. */
    record NoneConst(int line, int col) implements Expr {
    }

    /** {@code ...}. */
    record EllipsisConst(int line, int col) implements Expr {
    }

    /** {@code value.attr}. */
    record Attribute(int line, int col, Expr value, String attr) implements Expr {
    }

    /** {@code value[slice]}; {@code a[i, j]} has a TupleExpr slice, {@code a[1:2]} a Slice. */
    record Subscript(int line, int col, Expr value, Expr slice) implements Expr {
    }

    /** {@code lower:upper:step} inside a subscript; each part may be null. */
    record Slice(int line, int col, Expr lower, Expr upper, Expr step) implements Expr {
    }

    /** {@code *value} in a display, call argument list or assignment target. */
    record Starred(int line, int col, Expr value) implements Expr {
    }

    /** A bare identifier. */
    record Name(int line, int col, String id) implements Expr {
    }
}
