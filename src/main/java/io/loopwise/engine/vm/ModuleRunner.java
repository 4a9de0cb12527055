package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.RunContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** Executes a compiled program as module {@code __main__} of a run, then tears the module down as CPython does. */
public final class ModuleRunner {
    private ModuleRunner() {
    }

    public static void run(RunContext ctx, CodeObject code) {
        Map<String, PyObject> globals = new LinkedHashMap<>();
        globals.put("__name__", PyStr.of("__main__"));
        Frame f = new Frame(code, new PyObject[code.varnames.length], null, globals, ctx.builtins());
        try {
            Interpreter.run(ctx, f);
        } catch (PyException e) {
            ctx.attachment(ModuleRunner.class, () -> globals);
            throw e;
        }
        GeneratorFinalizer.moduleEnded(ctx, globals);
    }

    /**
     * After a failed run, once the uncaught exception has been reported (the conformance runner formats it
     * before it tears the module down): drops the exception (and the frames its traceback kept), then clears {@code __main__}'s globals as at interpreter exit, so suspended
     * generators dropped then are closed and their {@code finally} blocks run after the program's last line.
     */
    public static void tearDownAfterFailure(RunContext ctx, PyBaseException uncaught) {
        GeneratorFinalizer.uncaughtDropped(ctx, uncaught);
        Map<String, PyObject> globals = ctx.attachment(ModuleRunner.class);
        if (globals != null) {
            GeneratorFinalizer.moduleEnded(ctx, globals);
        }
    }
}
