package io.loopwise.engine.ast;

import java.util.List;

/**
 * The parameter list of a def or lambda: {@code def f(po, /, a, b=1, *args, k, k2=2, **kwargs)}.
 * Unlike CPython's {@code arguments}, each default sits on its {@link Param}; the parser guarantees that once a
 * positional parameter has a default, all later positional ones do. {@code vararg}/{@code kwarg} are null when absent.
 */
public record Arguments(List<Param> posOnly, List<Param> args, Param vararg, List<Param> kwOnly, Param kwarg) {
    public static final Arguments EMPTY = new Arguments(List.of(), List.of(), null, List.of(), null);

    /** Number of positional parameters (positional-only plus ordinary). */
    public int positionalCount() {
        return posOnly.size() + args.size();
    }
}
