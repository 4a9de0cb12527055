package io.loopwise.engine.asyncio;

import io.loopwise.engine.vm.PyGenerator;

/**
 * Where a coroutine is (its current line, or its def line before it starts) and where it was defined, for task
 * reprs. Returns null until the interpreter exposes them (requested from lang: {@code PyGenerator.currentLine()}
 * and {@code firstLine()}); the repr then omits the location.
 */
final class CoroutineLines {
    private CoroutineLines() {
    }

    static int[] of(PyGenerator g) {
        return null;
    }
}
