package io.loopwise.engine.syntax;

import io.loopwise.engine.ast.Module;
import java.util.List;

/** The outcome of {@link Parser#parseModule}: the tree (best effort when there are problems) and all problems found. */
public record ParseResult(Module module, List<SyntaxProblem> problems) {
    public boolean ok() {
        return problems.isEmpty();
    }
}
