package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.RunContext;
import java.util.HashMap;
import java.util.Map;

/** Executes a compiled program as module {@code __main__} of a run. */
public final class ModuleRunner {
    private ModuleRunner() {
    }

    public static void run(RunContext ctx, CodeObject code) {
        Map<String, PyObject> globals = new HashMap<>();
        globals.put("__name__", PyStr.of("__main__"));
        Frame f = new Frame(code, new PyObject[code.varnames.length], null, globals, ctx.builtins());
        Interpreter.run(ctx, f);
    }
}
