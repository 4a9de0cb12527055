package io.loopwise.engine.runtime;

/**
 * The methods the object model itself needs: {@code object}'s defaults (repr, str, eq, ne, hash, init,
 * setattr), {@code property}/{@code staticmethod}/{@code classmethod}, and {@code __iter__}/{@code __next__}
 * of the Java iterators. Type-specific methods (str.split, list.sort, ...) are lib's.
 */
final class CoreMethods {
    static final PyNativeFunction OBJECT_REPR = method("__repr__", BuiltinTypes.OBJECT,
            (ctx, a, kw) -> PyStr.of(a[0].toString()));
    static final PyNativeFunction OBJECT_STR = method("__str__", BuiltinTypes.OBJECT,
            (ctx, a, kw) -> PyStr.of(Protocols.repr(ctx, a[0])));
    static final PyNativeFunction OBJECT_EQ = method("__eq__", BuiltinTypes.OBJECT,
            (ctx, a, kw) -> a[0] == a[1] ? PyBool.TRUE : PyNone.NOT_IMPLEMENTED);
    static final PyNativeFunction OBJECT_NE = method("__ne__", BuiltinTypes.OBJECT,
            (ctx, a, kw) -> {
                PyObject r = Operators.compare(ctx, Operators.EQ, a[0], a[1]);
                return PyBool.of(!Protocols.isTrue(ctx, r));
            });
    static final PyNativeFunction OBJECT_HASH = method("__hash__", BuiltinTypes.OBJECT,
            (ctx, a, kw) -> PyInt.valueOf(io.loopwise.engine.runtime.builtins.Identity.hash(ctx, a[0])));

    private CoreMethods() {
    }

    private static PyNativeFunction method(String name, PyType owner, NativeBody body) {
        return new PyNativeFunction(name, owner, body, true);
    }

    static void install() {
        PyType object = BuiltinTypes.OBJECT;
        object.setAttribute("__repr__", OBJECT_REPR);
        object.setAttribute("__str__", OBJECT_STR);
        object.setAttribute("__eq__", OBJECT_EQ);
        object.setAttribute("__ne__", OBJECT_NE);
        object.setAttribute("__hash__", OBJECT_HASH);
        object.constructor((ctx, a, kw) -> {
            PyType t = (PyType) a[0];
            if ((a.length > 1) && !t.overriddenByUser("__init__")) {
                throw PyException.typeError(t.name() + "() takes no arguments");
            }
            if (t == BuiltinTypes.OBJECT) {
                return new PyInstance(t);
            }
            return new PyInstance(t);
        });
        object.def("__init__", (ctx, a, kw) -> PyNone.NONE);
        object.def("__setattr__", (ctx, a, kw) -> {
            ArgParser.checkPositional("__setattr__", a, kw, 3, 3);
            Attributes.genericSetAttr(ctx, a[0], name(a[1]), a[2]);
            return PyNone.NONE;
        });
        object.def("__getattribute__", (ctx, a, kw) -> {
            ArgParser.checkPositional("__getattribute__", a, kw, 2, 2);
            return Attributes.genericGetAttr(ctx, a[0], name(a[1]));
        });
        object.def("__format__", (ctx, a, kw) -> {
            ArgParser.checkPositional("__format__", a, kw, 2, 2);
            if (!(a[1] instanceof PyStr) || !((PyStr) a[1]).value().isEmpty()) {
                throw PyException.typeError("unsupported format string passed to " + a[0].type().name()
                        + ".__format__");
            }
            return PyStr.of(Protocols.str(ctx, a[0]));
        });
        object.defClassMethod("__init_subclass__", (ctx, a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyException.typeError(((PyType) a[0]).name() + ".__init_subclass__() takes no keyword arguments");
            }
            return PyNone.NONE;
        });
        object.defGetter("__class__", (ctx, self) -> self.type());
        BuiltinTypes.TYPE.def("__repr__", (ctx, a, kw) -> PyStr.of(a[0].toString()));
        BuiltinTypes.TYPE.def("mro", (ctx, a, kw) -> PyList.of(((PyType) a[0]).mroArray().clone()));

        BuiltinTypes.PROPERTY.constructor((ctx, a, kw) -> {
            PyObject[] p = new ArgParser("property", "fget=", "fset=", "fdel=", "doc=").parse(
                    java.util.Arrays.copyOfRange(a, 1, a.length), kw);
            return new PyProperty(noneToNull(p[0]), noneToNull(p[1]), noneToNull(p[2]), noneToNull(p[3]));
        });
        BuiltinTypes.PROPERTY.def("getter", (ctx, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(a[1], p.fset, p.fdel, p.explicitDoc());
        });
        BuiltinTypes.PROPERTY.def("setter", (ctx, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, a[1], p.fdel, p.explicitDoc());
        });
        BuiltinTypes.PROPERTY.def("deleter", (ctx, a, kw) -> {
            PyProperty p = (PyProperty) a[0];
            return new PyProperty(p.fget, p.fset, a[1], p.explicitDoc());
        });
        BuiltinTypes.PROPERTY.defGetter("fget", (ctx, s) -> orNone(((PyProperty) s).fget));
        BuiltinTypes.STATICMETHOD.constructor((ctx, a, kw) -> {
            ArgParser.checkPositional("staticmethod", a, kw, 2, 2);
            return new PyStaticMethod(a[1]);
        });
        BuiltinTypes.CLASSMETHOD.constructor((ctx, a, kw) -> {
            ArgParser.checkPositional("classmethod", a, kw, 2, 2);
            return new PyClassMethod(a[1]);
        });
        for (PyType t : new PyType[] {BuiltinTypes.LIST, BuiltinTypes.TUPLE, BuiltinTypes.DICT, BuiltinTypes.STR}) {
            t.def("__getitem__", (ctx, a, kw) -> {
                ArgParser.checkPositional("__getitem__", a, kw, 2, 2);
                return Subscription.builtinGetItem(ctx, a[0], a[1]);
            });
            t.def("__len__", (ctx, a, kw) -> PyInt.valueOf(builtinLen(a[0])));
            t.def("__contains__", (ctx, a, kw) -> PyBool.of(Protocols.contains(ctx, asBuiltin(a[0]), a[1])));
            t.def("__iter__", (ctx, a, kw) -> Protocols.iter(ctx, asBuiltin(a[0])));
        }
        for (PyType t : new PyType[] {BuiltinTypes.LIST, BuiltinTypes.DICT}) {
            t.def("__setitem__", (ctx, a, kw) -> {
                ArgParser.checkPositional("__setitem__", a, kw, 3, 3);
                Subscription.builtinSetItem(ctx, a[0], a[1], a[2]);
                return PyNone.NONE;
            });
            t.def("__delitem__", (ctx, a, kw) -> {
                ArgParser.checkPositional("__delitem__", a, kw, 2, 2);
                Subscription.builtinDelItem(ctx, a[0], a[1]);
                return PyNone.NONE;
            });
        }
        for (PyType it : new PyType[] {BuiltinTypes.LIST_ITERATOR, BuiltinTypes.TUPLE_ITERATOR,
            BuiltinTypes.STR_ITERATOR, BuiltinTypes.RANGE_ITERATOR, BuiltinTypes.DICT_KEY_ITERATOR,
            BuiltinTypes.SET_ITERATOR, BuiltinTypes.CALLABLE_ITERATOR}) {
            installIteratorMethods(it);
        }
    }

    /** {@code __iter__} (returns self) and {@code __next__} (StopIteration at the end) for a {@link PyIterator} type. */
    public static void installIteratorMethods(PyType type) {
        type.def("__iter__", (ctx, a, kw) -> a[0]);
        type.def("__next__", (ctx, a, kw) -> ((PyIterator) a[0]).nextOrStop(ctx));
    }

    private static long builtinLen(PyObject o) {
        if (o instanceof PyList) {
            return ((PyList) o).size();
        }
        if (o instanceof PyTuple) {
            return ((PyTuple) o).size();
        }
        if (o instanceof PyDict) {
            return ((PyDict) o).size();
        }
        return ((PyStr) o).length();
    }

    /** A builtin-typed view of a (possibly subclassed) container, so the protocols take the Java path. */
    private static PyObject asBuiltin(PyObject o) {
        if (o.type().isBuiltin()) {
            return o;
        }
        if (o instanceof PyList) {
            return new PyList(((PyList) o).items());
        }
        if (o instanceof PyDict) {
            return new PyDict(BuiltinTypes.DICT, ((PyDict) o).map());
        }
        return o;
    }

    private static String name(PyObject o) {
        if (!(o instanceof PyStr)) {
            throw PyException.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return ((PyStr) o).value().intern();
    }

    private static PyObject noneToNull(PyObject o) {
        return o == null || o == PyNone.NONE ? null : o;
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
