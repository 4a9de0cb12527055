package io.loopwise.engine.runtime;

/** {@code super(cls, obj)}: attribute lookup along type(obj)'s MRO, starting after {@code cls}. */
public final class PySuper extends PyObject implements CustomAttributes {
    private final PyType thisClass;
    private final PyObject obj;
    private final PyType objType;

    public PySuper(PyType thisClass, PyObject obj) {
        this.thisClass = thisClass;
        this.obj = obj;
        if (obj instanceof PyType && ((PyType) obj).isSubtypeOf(thisClass)) {
            this.objType = (PyType) obj;
        } else if (obj.type().isSubtypeOf(thisClass)) {
            this.objType = obj.type();
        } else {
            throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type");
        }
    }

    @Override
    public PyType type() {
        return BuiltinTypes.SUPER;
    }

    @Override
    public PyObject getAttribute(RunContext ctx, String name) {
        if (name.equals("__class__")) {
            return BuiltinTypes.SUPER;
        }
        PyObject v = objType.lookupAfter(thisClass, name);
        if (v == null) {
            return null;
        }
        if (v instanceof PyInstance && v.type().lookup("__get__") != null) {
            return Calls.callMethod(ctx, v, "__get__", obj == objType ? PyNone.NONE : obj, objType);
        }
        return v.descriptorGet(obj == objType ? null : obj, objType);
    }

    @Override
    public String toString() {
        return "<super: <class '" + thisClass.name() + "'>, <" + objType.name() + " object>>";
    }
}
