package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.RunContext;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** Registers the native modules owned by the asyncio layer: asyncio, time, random and contextlib. */
public final class NativeModules {
    private NativeModules() {
    }

    /** Called once per JVM by the module registry. */
    public static void register(BiConsumer<String, Function<RunContext, PyModule>> registry) {
        registry.accept("asyncio", AsyncioModule::create);
        registry.accept("time", TimeModule::create);
        registry.accept("random", RandomModule::create);
        registry.accept("contextlib", ContextlibModule::create);
    }
}
