package io.loopwise.engine.runtime;

/** True and False: ints 1 and 0 whose type is bool. */
public final class PyBool extends PyInt {
    public static final PyBool TRUE = new PyBool(1);
    public static final PyBool FALSE = new PyBool(0);

    private PyBool(long v) {
        super(v);
    }

    public static PyBool of(boolean b) {
        return b ? TRUE : FALSE;
    }

    public boolean booleanValue() {
        return this == TRUE;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.BOOL;
    }

    @Override
    public String repr() {
        return this == TRUE ? "True" : "False";
    }
}
