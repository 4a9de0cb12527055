package io.loopwise.engine.runtime;

import java.util.Map;
import java.util.Set;

/**
 * Attribute access as CPython's generic getattr/setattr: data descriptors (property, native getset) first, then
 * the instance dictionary, then non-data descriptors bound by {@link PyObject#descriptorGet}, then
 * {@code __getattr__}. Attributes that would let a sandboxed program reach the interpreter are refused.
 */
public final class Attributes {
    /** Introspection escapes the sandbox never exposes. */
    public static final Set<String> FORBIDDEN = Set.of("__subclasses__", "__globals__", "__code__", "__builtins__",
            "gi_frame", "cr_frame", "ag_frame", "f_back", "f_globals", "f_locals", "f_builtins", "tb_frame",
            "gi_code", "cr_code", "ag_code", "__closure__", "__loader__", "__spec__", "__reduce__", "__reduce_ex__");

    private Attributes() {
    }

    public static PyObject getAttr(RunContext ctx, PyObject obj, String name) {
        PyObject v;
        try {
            v = lookup(ctx, obj, name, true);
        } catch (PyException e) {
            // CPython's PyObject_GetAttr tags any AttributeError escaping a lookup with the name and object
            PyBaseException exc = e.value();
            if (exc.isInstance(ExceptionTypes.ATTRIBUTE_ERROR) && exc.missingName() == null) {
                exc.setMissing(name, obj);
            }
            throw e;
        }
        if (v == null) {
            throw noAttribute(obj, name);
        }
        return v;
    }

    public static PyException noAttribute(PyObject obj, String name) {
        PyException e;
        if (obj instanceof PyType) {
            e = PyException.attributeError("type object '" + ((PyType) obj).name() + "' has no attribute '"
                    + name + "'");
        } else if (obj instanceof PyModule) {
            e = PyException.attributeError("module '" + ((PyModule) obj).name() + "' has no attribute '"
                    + name + "'");
        } else {
            e = PyException.attributeError("'" + obj.type().tpName() + "' object has no attribute '" + name + "'");
        }
        e.value().setMissing(name, obj);
        return e;
    }

    private static void checkAllowed(String name) {
        if (FORBIDDEN.contains(name)) {
            throw PyException.notImplemented("attribute '" + name + "' is not available in the sandbox");
        }
    }

    /** The attribute, or null when missing (user {@code __getattr__} raising AttributeError also gives null). */
    public static PyObject lookupAttr(RunContext ctx, PyObject obj, String name) {
        return lookup(ctx, obj, name, false);
    }

    /**
     * CPython's slot_tp_getattr_hook: a user {@code __getattribute__} (else the generic lookup), then on a miss
     * (AttributeError) a user {@code __getattr__}. With {@code raise}, an AttributeError raised by either hook
     * propagates with its own message; otherwise a miss is null.
     */
    private static PyObject lookup(RunContext ctx, PyObject obj, String name, boolean raise) {
        checkAllowed(name);
        if (obj instanceof PyType) {
            return typeAttr(ctx, (PyType) obj, name);
        }
        if (obj instanceof CustomAttributes) {
            return ((CustomAttributes) obj).getAttribute(ctx, name);
        }
        PyType t = obj.type();
        PyObject getattribute = t.userGetattribute();
        PyException miss = null;
        if (getattribute != null) {
            try {
                return Calls.callWithSelf(ctx, getattribute, obj, new PyObject[] {PyStr.of(name)}, null);
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                miss = e;
            }
        } else {
            try {
                PyObject v = genericLookup(ctx, obj, name);
                if (v != null) {
                    return v;
                }
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    throw e;
                }
                miss = e; // e.g. a property getter raising AttributeError: __getattr__ still gets its turn
            }
        }
        PyObject getattr = t.lookup("__getattr__");
        if (getattr != null) {
            try {
                return Calls.callWithSelf(ctx, getattr, obj, new PyObject[] {PyStr.of(name)}, null);
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR) && !raise) {
                    return null;
                }
                throw e;
            }
        }
        if (miss != null && raise) {
            throw miss;
        }
        return null;
    }

    /** {@code object.__getattribute__(obj, name)}: the generic lookup, bypassing the user's hooks. */
    public static PyObject genericGetAttr(RunContext ctx, PyObject obj, String name) {
        checkAllowed(name);
        if (obj instanceof PyType || obj instanceof CustomAttributes) {
            return getAttr(ctx, obj, name);
        }
        PyObject v = genericLookup(ctx, obj, name);
        if (v == null) {
            throw noAttribute(obj, name);
        }
        return v;
    }

    /** object.__getattribute__: descriptors and the instance dictionary, no user hooks; null when missing. */
    private static PyObject genericLookup(RunContext ctx, PyObject obj, String name) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr != null) {
            if (descr instanceof PyGetSet) {
                return ((PyGetSet) descr).get(ctx, obj);
            }
            if (descr instanceof PyProperty) {
                PyProperty p = (PyProperty) descr;
                if (p.fget == null) {
                    throw PyException.attributeError("property '" + name + "' of '" + t.name()
                            + "' object has no getter");
                }
                return Calls.call(ctx, p.fget, obj);
            }
            if (descr instanceof PyInstance && isDataDescriptor(descr)) {
                return Calls.callMethod(ctx, descr, "__get__", obj, t);
            }
        }
        Map<String, PyObject> dict = obj.instanceDict();
        if (dict != null) {
            PyObject v = dict.get(name);
            if (v != null) {
                return v;
            }
        }
        if (descr != null) {
            if (descr instanceof PyInstance && descr.type().lookup("__get__") != null) {
                return Calls.callMethod(ctx, descr, "__get__", obj, t);
            }
            return descr.descriptorGet(obj, t);
        }
        if (name.equals("__dict__") && obj instanceof PyInstance && t.slotNames() == null) {
            return new PyDict(BuiltinTypes.DICT, new InstanceDictMap(dict));
        }
        return null;
    }

    private static boolean isDataDescriptor(PyObject descr) {
        PyType dt = descr.type();
        return dt.lookup("__get__") != null && (dt.lookup("__set__") != null || dt.lookup("__delete__") != null);
    }

    private static PyObject typeAttr(RunContext ctx, PyType type, String name) {
        switch (name) {
            case "__name__":
                return PyStr.of(type.name());
            case "__qualname__":
                return PyStr.of(type.qualname());
            case "__module__":
                return PyStr.of(type.module());
            case "__mro__":
                return PyTuple.of((PyObject[]) type.mroArray().clone());
            case "__bases__":
                return PyTuple.of(type.bases().toArray(new PyObject[0]));
            case "__base__":
                return type.bases().isEmpty() ? PyNone.NONE : type.bases().get(0);
            case "__class__":
                return BuiltinTypes.TYPE;
            case "__dict__":
                if (type.isBuiltin()) {
                    throw PyException.notImplemented("attribute '__dict__' of builtin types is not available in the sandbox");
                }
                PyDict d = new PyDict();
                for (Map.Entry<String, PyObject> e : type.ownDict().entrySet()) {
                    d.put(e.getKey(), e.getValue());
                }
                return d;
            default:
                break;
        }
        PyObject v = type.lookup(name);
        if (v != null) {
            if (v instanceof PyInstance && v.type().lookup("__get__") != null) {
                return Calls.callMethod(ctx, v, "__get__", PyNone.NONE, type);
            }
            return v.descriptorGet(null, type);
        }
        if (name.equals("__doc__")) {
            return PyNone.NONE;
        }
        PyObject meta = BuiltinTypes.TYPE.lookup(name);
        if (meta != null) {
            return meta.descriptorGet(type, BuiltinTypes.TYPE);
        }
        return null;
    }

    public static void setAttr(RunContext ctx, PyObject obj, String name, PyObject value) {
        checkAllowed(name);
        if (obj instanceof PyType) {
            PyType t = (PyType) obj;
            if (t.isBuiltin()) {
                throw PyException.typeError("cannot set '" + name + "' attribute of immutable type '" + t.name() + "'");
            }
            t.setAttribute(name, value);
            return;
        }
        PyType t = obj.type();
        if (!t.isBuiltin() && t.overriddenByUser("__setattr__")) {
            Calls.callMethod(ctx, obj, "__setattr__", PyStr.of(name), value);
            return;
        }
        genericSetAttr(ctx, obj, name, value);
    }

    /** object.__setattr__: descriptors, then the instance dictionary (no user __setattr__). */
    public static void genericSetAttr(RunContext ctx, PyObject obj, String name, PyObject value) {
        PyType t = obj.type();
        PyObject descr = t.lookup(name);
        if (descr instanceof PyGetSet) {
            ((PyGetSet) descr).set(ctx, obj, value);
            return;
        }
        if (descr instanceof PyProperty) {
            PyProperty p = (PyProperty) descr;
            if (p.fset == null) {
                throw PyException.attributeError("property '" + name + "' of '" + t.name() + "' object has no setter");
            }
            Calls.call(ctx, p.fset, obj, value);
            return;
        }
        if (descr instanceof PyInstance && descr.type().lookup("__set__") != null) {
            Calls.callMethod(ctx, descr, "__set__", obj, value);
            return;
        }
        Map<String, PyObject> dict = obj.instanceDict();
        if (dict == null || obj instanceof PyModule
                || (obj instanceof PyInstance && t.slotNames() != null && !t.slotNames().contains(name))) {
            throw PyException.attributeError("'" + t.name() + "' object has no attribute '" + name + "'");
        }
        dict.put(name, value);
    }

    public static void delAttr(RunContext ctx, PyObject obj, String name) {
        checkAllowed(name);
        if (obj instanceof PyType) {
            PyType t = (PyType) obj;
            if (t.isBuiltin()) {
                throw PyException.typeError("cannot delete '" + name + "' attribute of immutable type '" + t.name()
                        + "'");
            }
            t.setAttribute(name, null);
            return;
        }
        PyType t = obj.type();
        if (!t.isBuiltin() && t.overriddenByUser("__delattr__")) {
            Calls.callMethod(ctx, obj, "__delattr__", PyStr.of(name));
            return;
        }
        PyObject descr = t.lookup(name);
        if (descr instanceof PyProperty) {
            PyProperty p = (PyProperty) descr;
            if (p.fdel == null) {
                throw PyException.attributeError("property '" + name + "' of '" + t.name() + "' object has no deleter");
            }
            Calls.call(ctx, p.fdel, obj);
            return;
        }
        Map<String, PyObject> dict = obj.instanceDict();
        if (dict == null || dict.remove(name) == null) {
            throw noAttribute(obj, name);
        }
    }

    /** A special method looked up on the type (not the instance), bound to {@code obj}; null if absent. */
    public static PyObject lookupSpecial(RunContext ctx, PyObject obj, String name) {
        PyObject f = obj.type().lookup(name);
        return f == null ? null : f.descriptorGet(obj, obj.type());
    }

    static PyObject unwrapStatic(PyObject f) {
        return f instanceof PyStaticMethod ? ((PyStaticMethod) f).function() : f;
    }
}
