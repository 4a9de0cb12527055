package io.loopwise.engine.ast;

import java.util.List;

/** One {@code [async] for target in iter if cond...} clause of a comprehension or generator expression. */
public record Comprehension(Expr target, Expr iter, List<Expr> ifs, boolean isAsync) {
}
