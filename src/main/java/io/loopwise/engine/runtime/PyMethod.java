package io.loopwise.engine.runtime;

/** A bound method: a function (Python or native) with its {@code self} fixed. */
public final class PyMethod extends PyObject {
    private final PyObject self;
    private final PyObject function;

    public PyMethod(PyObject self, PyObject function) {
        this.self = self;
        this.function = function;
    }

    public PyObject self() {
        return self;
    }

    public PyObject function() {
        return function;
    }

    @Override
    public PyType type() {
        return function instanceof PyNativeFunction ? BuiltinTypes.BUILTIN_FUNCTION : BuiltinTypes.METHOD;
    }

    @Override
    public PyObject call(RunContext ctx, PyObject[] args, String[] kwNames) {
        return Calls.callWithSelf(ctx, function, self, args, kwNames);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(self) * 31 + function.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyMethod && ((PyMethod) o).self == self && ((PyMethod) o).function.equals(function);
    }
}
