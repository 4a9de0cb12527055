package io.loopwise.engine.ast;

/** An imported name, {@code a.b.c [as d]} or {@code *}; {@code asName} is null without {@code as}. */
public record Alias(int line, int col, String name, String asName) implements Node {
}
