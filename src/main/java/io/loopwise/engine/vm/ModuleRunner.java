package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
            tearDown(ctx, globals);
            throw e;
        }
        tearDown(ctx, globals);
    }

    /**
     * At interpreter exit CPython clears {@code __main__}'s globals in insertion order; a suspended generator
     * dropped then is closed, so its {@code finally} blocks run (and print) after the program's last line.
     */
    private static void tearDown(RunContext ctx, Map<String, PyObject> globals) {
        List<PyObject> values = new ArrayList<>(globals.values());
        for (PyObject v : values) {
            if (v instanceof PyGenerator) {
                PyGenerator g = (PyGenerator) v;
                if (g.kind() == PyGenerator.Kind.GENERATOR && g.isStarted() && !g.isFinished()) {
                    try {
                        g.close(ctx);
                    } catch (PyException ignored) {
                        // CPython reports "Exception ignored in: <generator ...>" on stderr and carries on
                    }
                }
            }
        }
    }
}
