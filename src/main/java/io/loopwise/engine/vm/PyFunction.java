package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyMethod;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** A Python function: code plus the globals, defaults and closure cells it was created with. */
public final class PyFunction extends PyObject {
    final CodeObject code;
    final Map<String, PyObject> globals;
    final Map<String, PyObject> builtins;
    final PyObject[] defaults;
    final Map<String, PyObject> kwDefaults;
    final PyCell[] closure;
    private Map<String, PyObject> dict;

    PyFunction(CodeObject code, Map<String, PyObject> globals, Map<String, PyObject> builtins, PyObject[] defaults,
               Map<String, PyObject> kwDefaults, PyCell[] closure) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.defaults = defaults;
        this.kwDefaults = kwDefaults;
        this.closure = closure;
    }

    public String name() {
        return code.name;
    }

    public String qualname() {
        return code.qualname;
    }

    /** The line of the {@code def} ({@code co_firstlineno}). */
    public int firstLine() {
        return code.firstLine;
    }

    /** True for {@code async def} (a call returns a coroutine). */
    public boolean isCoroutineFunction() {
        return code.is(CodeObject.COROUTINE);
    }

    public boolean isAsyncGeneratorFunction() {
        return code.is(CodeObject.ASYNC_GENERATOR);
    }

    @Override
    public PyType type() {
        return BuiltinTypes.FUNCTION;
    }

    @Override
    public PyObject call(RunContext ctx, PyObject[] args, String[] kwNames) {
        Frame f = ArgBinder.bind(this, args, kwNames);
        int flags = code.flags;
        if ((flags & (CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR)) != 0) {
            return PyGenerator.create(ctx, f);
        }
        return Interpreter.run(ctx, f);
    }

    @Override
    public PyObject descriptorGet(PyObject instance, PyType owner) {
        return instance == null ? this : new PyMethod(instance, this);
    }

    @Override
    public boolean isMethodDescriptor() {
        return true;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        if (dict == null) {
            dict = new LinkedHashMap<>();
            dict.put("__name__", PyStr.of(code.name));
            dict.put("__qualname__", PyStr.of(code.qualname));
            dict.put("__module__", PyStr.of("__main__"));
            dict.put("__doc__", code.docstring == null ? PyNone.NONE : PyStr.of(code.docstring));
            dict.put("__defaults__", defaults == null ? PyNone.NONE : PyTuple.of(defaults.clone()));
            if (kwDefaults == null || kwDefaults.isEmpty()) {
                dict.put("__kwdefaults__", PyNone.NONE);
            } else {
                PyDict kw = new PyDict();
                kwDefaults.forEach(kw::put);
                dict.put("__kwdefaults__", kw);
            }
            dict.put("__annotations__", new PyDict());
            dict.put("__wrapped__", PyNone.NONE);
            dict.remove("__wrapped__");
        }
        return dict;
    }

    @Override
    public String toString() {
        return "<function " + code.qualname + " at 0x"
                + Long.toHexString(io.loopwise.engine.runtime.builtins.Identity.id(RunContext.current(), this)) + ">";
    }
}
