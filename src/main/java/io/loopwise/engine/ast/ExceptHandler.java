package io.loopwise.engine.ast;

import java.util.List;

/** An {@code except [type [as name]]:} clause (also the clauses of {@code except*}); type and name may be null. */
public record ExceptHandler(int line, int col, Expr type, String name, List<Stmt> body) implements Node {
}
