package io.loopwise.engine.ast;

/** A keyword argument in a call or class header: {@code name=value}, or {@code **value} when {@code arg} is null. */
public record Keyword(int line, int col, String arg, Expr value) implements Node {
}
