package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.RunContext;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Registers the native modules a program may import. Owned by async: lang only calls {@link #register}. */
public final class NativeModules {
    private NativeModules() {
    }

    /** Called once per JVM: {@code registry.accept("asyncio", ctx -> ...)} for each module. */
    public static void register(BiConsumer<String, Function<RunContext, PyModule>> registry) {
    }
}
