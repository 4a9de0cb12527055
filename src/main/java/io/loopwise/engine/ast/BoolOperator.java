package io.loopwise.engine.ast;

/** Short-circuit operators of {@link Expr.BoolOp}. */
public enum BoolOperator {
    AND, OR
}
