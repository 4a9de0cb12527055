package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.PyObject;
import java.util.Map;

/**
 * The hook through which lib installs the methods of the builtin types and the builtin functions.
 * Owned by lib: lang only calls these two methods, once per JVM.
 */
public final class BuiltinLibrary {
    private BuiltinLibrary() {
    }

    /** Registers native methods and constructors on {@link io.loopwise.engine.runtime.BuiltinTypes} types. */
    public static void installTypes() {
    }

    /** Adds builtin functions ({@code print}, {@code len}, ...) and type names to the builtins namespace. */
    public static void installFunctions(Map<String, PyObject> builtins) {
    }
}
