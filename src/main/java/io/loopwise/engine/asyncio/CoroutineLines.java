package io.loopwise.engine.asyncio;

import io.loopwise.engine.vm.PyGenerator;

/**
 * Where a coroutine is (its current line, or its def line before it starts) and where it was defined, for task
 * reprs ({@code running at <program>:3}, {@code done, defined at <program>:2}).
 */
final class CoroutineLines {
    private CoroutineLines() {
    }

    /** {current line, def line}; the current line is the def line until the coroutine starts. */
    static int[] of(PyGenerator g) {
        int current = g.currentLine();
        return new int[] {current > 0 ? current : g.firstLine(), g.firstLine()};
    }
}
