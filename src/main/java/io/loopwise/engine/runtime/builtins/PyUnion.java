package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code X | Y} of types ({@code types.UnionType}, CPython Objects/unionobject.c), as written in annotations
 * such as {@code def f(x: int | None)} (evaluated when the function is defined) and accepted by isinstance and
 * issubclass. Members are deduplicated and nested unions flattened; {@code None} stands for NoneType.
 */
public final class PyUnion extends PyObject {
    static final PyType TYPE = PyType.builtin("UnionType", "types", BuiltinTypes.OBJECT).notSubclassable();

    private final List<PyObject> members;

    private PyUnion(List<PyObject> members) {
        this.members = members;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static void install() {
        BuiltinTypes.TYPE.def("__or__", (ctx, a, kw) -> union(a[0], a[1]));
        BuiltinTypes.TYPE.def("__ror__", (ctx, a, kw) -> union(a[1], a[0]));
        TYPE.def("__or__", (ctx, a, kw) -> union(a[0], a[1]));
        TYPE.def("__ror__", (ctx, a, kw) -> union(a[1], a[0]));
        TYPE.def("__repr__", (ctx, a, kw) -> PyStr.of(((PyUnion) a[0]).repr()));
        TYPE.def("__eq__", (ctx, a, kw) -> a[1] instanceof PyUnion other
                ? PyBool.of(sameMembers(((PyUnion) a[0]).members, other.members)) : PyNone.NOT_IMPLEMENTED);
        TYPE.defGetter("__args__", (ctx, self) -> PyTuple.of(((PyUnion) self).members.toArray(new PyObject[0])));
    }

    /** The members as types (None becomes NoneType), for isinstance/issubclass. */
    List<PyType> types() {
        List<PyType> out = new ArrayList<>();
        for (PyObject m : members) {
            out.add(m == PyNone.NONE ? BuiltinTypes.NONE_TYPE : (PyType) m);
        }
        return out;
    }

    private static boolean acceptable(PyObject o) {
        return o instanceof PyType || o == PyNone.NONE || o instanceof PyUnion;
    }

    /** left | right, or NotImplemented when either side is not a type, None or a union. */
    private static PyObject union(PyObject left, PyObject right) {
        if (!acceptable(left) || !acceptable(right)) {
            return PyNone.NOT_IMPLEMENTED;
        }
        List<PyObject> members = new ArrayList<>();
        add(members, left);
        add(members, right);
        return new PyUnion(members);
    }

    private static void add(List<PyObject> members, PyObject o) {
        if (o instanceof PyUnion u) {
            for (PyObject m : u.members) {
                add(members, m);
            }
            return;
        }
        PyObject member = o == BuiltinTypes.NONE_TYPE ? PyNone.NONE : o;
        if (!members.contains(member)) {
            members.add(member);
        }
    }

    private static boolean sameMembers(List<PyObject> a, List<PyObject> b) {
        return a.size() == b.size() && a.containsAll(b);
    }

    private String repr() {
        StringBuilder b = new StringBuilder();
        for (PyObject m : members) {
            if (b.length() > 0) {
                b.append(" | ");
            }
            if (m == PyNone.NONE) {
                b.append("None");
            } else {
                PyType t = (PyType) m;
                b.append(t.module().equals("builtins") ? t.qualname() : t.module() + "." + t.qualname());
            }
        }
        return b.toString();
    }
}
