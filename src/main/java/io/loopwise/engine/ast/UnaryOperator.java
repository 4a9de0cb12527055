package io.loopwise.engine.ast;

/** Prefix operators of {@link Expr.UnaryOp}. */
public enum UnaryOperator {
    INVERT("~"), NOT("not"), UADD("+"), USUB("-");

    private final String symbol;

    UnaryOperator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
