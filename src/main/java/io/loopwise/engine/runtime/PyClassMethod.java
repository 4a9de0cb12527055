package io.loopwise.engine.runtime;

/** {@code classmethod(f)}: read from a class or instance it is {@code f} bound to the class. */
public final class PyClassMethod extends PyObject {
    private final PyObject function;

    public PyClassMethod(PyObject function) {
        this.function = function;
    }

    public PyObject function() {
        return function;
    }

    @Override
    public PyObject descriptorGet(PyObject instance, PyType owner) {
        return new PyMethod(owner != null ? owner : instance.type(), function);
    }

    @Override
    public PyType type() {
        return BuiltinTypes.CLASSMETHOD;
    }
}
