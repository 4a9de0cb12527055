package io.loopwise.engine.runtime;

/** {@code staticmethod(f)}: read from a class or instance it is {@code f} itself. */
public final class PyStaticMethod extends PyObject {
    private final PyObject function;

    public PyStaticMethod(PyObject function) {
        this.function = function;
    }

    public PyObject function() {
        return function;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.STATICMETHOD;
    }

    @Override
    public PyObject descriptorGet(PyObject instance, PyType owner) {
        return function;
    }

    @Override
    public PyObject call(RunContext ctx, PyObject[] args, String[] kwNames) {
        return function.call(ctx, args, kwNames);
    }
}
