package io.loopwise.engine.runtime;

/** The singletons None, NotImplemented and Ellipsis. */
public final class PyNone extends PyObject {
    public static final PyNone NONE = new PyNone("None");
    public static final PyNone NOT_IMPLEMENTED = new PyNone("NotImplemented");
    public static final PyNone ELLIPSIS = new PyNone("Ellipsis");

    private final String repr;

    private PyNone(String repr) {
        this.repr = repr;
    }

    public String repr() {
        return repr;
    }

    @Override
    public PyType type() {
        return this == NONE ? BuiltinTypes.NONE_TYPE
                : this == NOT_IMPLEMENTED ? BuiltinTypes.NOT_IMPLEMENTED_TYPE : BuiltinTypes.ELLIPSIS_TYPE;
    }

    @Override
    public String toString() {
        return repr;
    }
}
