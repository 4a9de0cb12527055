package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyModule;

/** Adds the higher-level asyncio API (timeouts, waiting, task groups, queues, locks, threads) to the module. */
final class AsyncioExtras {
    private AsyncioExtras() {
    }

    static void define(PyModule m) {
        m.def("to_thread", (c, a, k) -> {
            if (a.length == 0) {
                throw io.loopwise.engine.runtime.PyException.typeError(
                        "to_thread() missing 1 required positional argument: 'func'");
            }
            return new Threads.ToThread(c, a[0], java.util.Arrays.copyOfRange(a, 1, a.length), k);
        });
    }
}
