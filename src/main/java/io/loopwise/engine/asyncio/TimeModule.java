package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.RunContext;

/**
 * The {@code time} module on the virtual clock: {@code time()}, {@code monotonic()} and {@code perf_counter()} read
 * it (and their {@code _ns} forms), {@code sleep(x)} advances it by {@code x} while blocking the loop: no other task
 * runs meanwhile, which is the lesson of blocking calls in async code (inside a {@code to_thread} function it
 * advances that thread's own clock instead, see {@link Threads}).
 */
final class TimeModule {
    private static final ArgParser SLEEP = new ArgParser("sleep", "secs", "/");

    private TimeModule() {
    }

    static PyModule create(RunContext ctx) {
        AsyncioContext actx = AsyncioContext.of(ctx);
        PyModule m = new PyModule("time");
        for (String name : new String[] {"time", "monotonic", "perf_counter", "process_time"}) {
            m.def(name, (c, a, k) -> {
                ArgParser.checkPositional(name, a, k, 0, 0);
                return PyFloat.valueOf(actx.now());
            });
            m.def(name + "_ns", (c, a, k) -> {
                ArgParser.checkPositional(name + "_ns", a, k, 0, 0);
                return PyInt.valueOf(Math.round(actx.now() * 1e9));
            });
        }
        m.def("sleep", (c, a, k) -> {
            double secs = LoopMethods.seconds(SLEEP.parse(a, k)[0]);
            if (secs < 0) {
                throw PyException.valueError("sleep length must be non-negative");
            }
            actx.blockingSleep(secs);
            return PyNone.NONE;
        });
        return m;
    }
}
