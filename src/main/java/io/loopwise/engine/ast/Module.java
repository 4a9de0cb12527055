package io.loopwise.engine.ast;

import java.util.List;

/** The root of a parsed program: its top-level statements in source order. */
public record Module(List<Stmt> body) {
}
