package io.loopwise.engine.ast;

/** One {@code expr [as target]} item of a with statement; {@code optionalVars} is null without {@code as}. */
public record WithItem(Expr contextExpr, Expr optionalVars) {
}
