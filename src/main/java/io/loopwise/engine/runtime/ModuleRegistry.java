package io.loopwise.engine.runtime;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The importable native modules (asyncio, time, contextlib, random, ...): a name and a factory that builds the
 * module for one run. Registered once per JVM by {@code io.loopwise.engine.asyncio.NativeModules#register}.
 */
public final class ModuleRegistry {
    private static final Map<String, Function<RunContext, PyModule>> FACTORIES = build();

    private ModuleRegistry() {
    }

    private static Map<String, Function<RunContext, PyModule>> build() {
        Map<String, Function<RunContext, PyModule>> m = new TreeMap<>();
        m.put("dataclasses", DataclassesModule::create);
        io.loopwise.engine.asyncio.NativeModules.register(m::put);
        return Map.copyOf(m);
    }

    public static boolean isKnown(String name) {
        return FACTORIES.containsKey(name);
    }

    public static java.util.Set<String> names() {
        return new java.util.TreeSet<>(FACTORIES.keySet());
    }

    /** Builds module {@code name} for a run; callers cache it (see {@link RunContext#importModule}). */
    static PyModule create(String name, RunContext ctx) {
        Function<RunContext, PyModule> f = FACTORIES.get(name);
        return f == null ? null : f.apply(ctx);
    }
}
