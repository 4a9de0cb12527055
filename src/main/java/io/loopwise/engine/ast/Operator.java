package io.loopwise.engine.ast;

/** Binary arithmetic/bitwise operators, shared by {@link Expr.BinOp} and {@link Stmt.AugAssign}. */
public enum Operator {
    ADD("+", "__add__"),
    SUB("-", "__sub__"),
    MULT("*", "__mul__"),
    MATMULT("@", "__matmul__"),
    DIV("/", "__truediv__"),
    FLOORDIV("//", "__floordiv__"),
    MOD("%", "__mod__"),
    POW("**", "__pow__"),
    LSHIFT("<<", "__lshift__"),
    RSHIFT(">>", "__rshift__"),
    BITOR("|", "__or__"),
    BITXOR("^", "__xor__"),
    BITAND("&", "__and__");

    private final String symbol;
    private final String dunder;

    Operator(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator as written in source, e.g. {@code "//"}; used in TypeError messages. */
    public String symbol() {
        return symbol;
    }

    /** The forward special method name, e.g. {@code "__floordiv__"}; reflected is {@code "__r" + dunder.substring(2)}. */
    public String dunder() {
        return dunder;
    }
}
