package io.loopwise.engine.ast;

/**
 * One parameter of a def or lambda (CPython's {@code arg}); {@code annotation} and {@code defaultValue} may be null.
 * For {@code *args}/{@code **kwargs} the default is always null.
 */
public record Param(int line, int col, String name, Expr annotation, Expr defaultValue) implements Node {
}
