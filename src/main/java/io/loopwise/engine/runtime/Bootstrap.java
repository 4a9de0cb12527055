package io.loopwise.engine.runtime;

/**
 * Completes the builtin types once per JVM, in a fixed order (core methods, exceptions, lib's methods), before
 * any type is frozen by its first lookup. Class initialisation makes it thread-safe and run exactly once.
 */
final class Bootstrap {
    static {
        PyType unused = BuiltinTypes.OBJECT;
        PyType unused2 = ExceptionTypes.BASE_EXCEPTION;
        CoreMethods.install();
        CallableAttributes.install();
        ValueDunders.install();
        ExceptionTypes.installMethods();
        io.loopwise.engine.vm.VmTypes.install();
        io.loopwise.engine.runtime.builtins.BuiltinLibrary.installTypes();
    }

    private Bootstrap() {
    }

    static void ensure() {
        // class initialisation does the work
    }
}
