package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A Python class. Builtin types are created once per JVM, filled with native methods while their owning class
 * initialises, and immutable (shared by all runs) from their first attribute lookup on. User classes are created
 * per run by the {@code class} statement, are mutable, and keep a merged-MRO lookup cache that is dropped (for
 * the class and its subclasses) whenever one of them is assigned an attribute.
 */
public final class PyType extends PyObject {

    /** Creates the instance a call of a (sub)class starts from; {@code args[0]} is the class being called. */
    public static final String NEW = "__new__";

    private final String name;
    private String qualname;
    private final String module;
    private final PyType[] bases;
    private final PyType[] mro;
    private final Map<String, PyObject> dict;
    private final boolean builtin;
    private boolean subclassable = true;
    private NativeBody constructor;
    private volatile Map<String, PyObject> lookupCache;
    /** A user class's own {@code __getattribute__} (found along the MRO), refreshed with the lookup cache. */
    private PyObject userGetattribute;
    private final List<PyType> subclasses;
    /** The attribute names {@code __slots__} allow on instances, or null when instances have a {@code __dict__}. */
    private Set<String> slots;
    private boolean slotsComputed;

    private PyType(String name, String module, PyType[] bases, Map<String, PyObject> dict, boolean builtin) {
        this.name = name;
        this.qualname = name;
        this.module = module;
        this.bases = bases;
        this.dict = dict;
        this.builtin = builtin;
        this.subclasses = builtin ? null : new ArrayList<>();
        this.mro = Mro.linearize(this, bases);
    }

    /** A builtin type of module {@code builtins}; {@code base} null only for {@code object}. */
    public static PyType builtin(String name, PyType base) {
        return builtin(name, "builtins", base);
    }

    /** A builtin type owned by a native module (e.g. {@code asyncio.exceptions}). */
    public static PyType builtin(String name, String module, PyType... bases) {
        PyType[] b = bases == null || bases.length == 0 || bases[0] == null ? new PyType[0] : bases.clone();
        if (b.length == 0 && !name.equals("object")) {
            b = new PyType[] {BuiltinTypes.OBJECT};
        }
        return new PyType(name, module, b, new LinkedHashMap<>(), true);
    }

    /** A class created by a {@code class} statement; validates the bases and computes the MRO (C3). */
    public static PyType user(String name, String qualname, String module, PyType[] bases, Map<String, PyObject> ns) {
        PyType[] b = bases.length == 0 ? new PyType[] {BuiltinTypes.OBJECT} : bases;
        for (PyType base : b) {
            if (!base.subclassable) {
                throw PyException.typeError("type '" + base.name + "' is not an acceptable base type");
            }
        }
        PyType t = new PyType(name, module, b, new LinkedHashMap<>(ns), false);
        t.qualname = qualname;
        for (PyType base : b) {
            if (base.subclasses != null) {
                base.subclasses.add(t);
            }
        }
        return t;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.TYPE;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public String module() {
        return module;
    }

    public boolean isBuiltin() {
        return builtin;
    }

    public List<PyType> bases() {
        return List.of(bases);
    }

    public PyType[] mroArray() {
        return mro;
    }

    /** The class's own attributes (read-only view). */
    /**
     * The instance attributes allowed when this class and every user class above it declare {@code __slots__}
     * (without {@code "__dict__"}); null when instances have a dictionary and take any attribute.
     */
    public Set<String> slotNames() {
        if (!slotsComputed) {
            slots = computeSlots();
            slotsComputed = true;
        }
        return slots;
    }

    private Set<String> computeSlots() {
        Set<String> names = new java.util.HashSet<>();
        for (PyType c : mro) {
            if (c == BuiltinTypes.OBJECT) {
                continue;
            }
            PyObject declared = c.builtin ? null : c.dict.get("__slots__");
            if (declared == null) {
                return null;
            }
            PyObject[] items = declared instanceof PyStr ? new PyObject[] {declared}
                    : declared instanceof PyTuple ? ((PyTuple) declared).array()
                    : declared instanceof PyList ? ((PyList) declared).items().toArray(new PyObject[0]) : null;
            if (items == null) {
                return null;
            }
            for (PyObject item : items) {
                if (!(item instanceof PyStr) || ((PyStr) item).value().equals("__dict__")) {
                    return null;
                }
                names.add(((PyStr) item).value());
            }
        }
        return names;
    }

    public Map<String, PyObject> ownDict() {
        return Collections.unmodifiableMap(dict);
    }

    /** CPython's tp_name, how its messages name a type: dotted for C types defined in a module (_asyncio.Task). */
    public String tpName() {
        return builtin && (module.equals("_asyncio") || module.equals("types")) ? module + "." + name : name;
    }

    /** {@code module.Name} unless the module is builtins or __main__ (how tracebacks name exceptions). */
    public String displayName() {
        return module.equals("builtins") || module.equals("__main__") ? qualname : module + "." + qualname;
    }

    /** Finds {@code name} along the MRO, or null. */
    public PyObject lookup(String name) {
        Map<String, PyObject> cache = lookupCache;
        if (cache == null) {
            cache = buildCache();
        }
        return cache.get(name);
    }

    /** The {@code __getattribute__} a user class defines (every attribute read goes through it), or null. */
    public PyObject userGetattribute() {
        if (lookupCache == null) {
            buildCache();
        }
        return userGetattribute;
    }

    /** Finds {@code name} along the MRO after {@code after} (for super()), or null. */
    public PyObject lookupAfter(PyType after, String name) {
        int i = 0;
        while (i < mro.length && mro[i] != after) {
            i++;
        }
        for (i++; i < mro.length; i++) {
            PyObject v = mro[i].dict.get(name);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    /** Whether {@code name} is defined by a user (non-builtin) class of the MRO. */
    public boolean overriddenByUser(String name) {
        for (PyType t : mro) {
            if (t.dict.containsKey(name)) {
                return !t.builtin;
            }
        }
        return false;
    }

    private Map<String, PyObject> buildCache() {
        if (builtin) {
            Bootstrap.ensure();
        }
        Map<String, PyObject> merged = new HashMap<>();
        for (int i = mro.length - 1; i >= 0; i--) {
            merged.putAll(mro[i].dict);
        }
        userGetattribute = !builtin && overriddenByUser("__getattribute__") ? merged.get("__getattribute__") : null;
        lookupCache = merged;
        return merged;
    }

    public boolean isSubtypeOf(PyType other) {
        if (this == other) {
            return true;
        }
        for (PyType t : mro) {
            if (t == other) {
                return true;
            }
        }
        return false;
    }

    /** Sets a class attribute: allowed for user classes, and for builtin types only before they are in use. */
    public void setAttribute(String key, PyObject value) {
        if (builtin) {
            if (lookupCache != null) {
                throw PyException.typeError("cannot set '" + key + "' attribute of immutable type '" + name + "'");
            }
        }
        if (value == null) {
            if (dict.remove(key) == null) {
                throw PyException.attributeError("type object '" + name + "' has no attribute '" + key + "'");
            }
        } else {
            dict.put(key, value);
        }
        if (!builtin) {
            invalidate();
        }
    }

    private void invalidate() {
        lookupCache = null;
        for (PyType sub : subclasses) {
            sub.invalidate();
        }
    }

    // ---- building builtin types (only while the owning class initialises) ----

    /** Registers a native method (bound to the instance on attribute access). */
    public PyType def(String methodName, NativeBody body) {
        setAttribute(methodName, new PyNativeFunction(methodName, this, body, true));
        return this;
    }

    /** Registers a static native function (no self). */
    public PyType defStatic(String methodName, NativeBody body) {
        setAttribute(methodName, new PyStaticMethod(new PyNativeFunction(methodName, this, body, false)));
        return this;
    }

    /** Registers a native class method ({@code args[0]} is the class). */
    public PyType defClassMethod(String methodName, NativeBody body) {
        setAttribute(methodName, new PyClassMethod(new PyNativeFunction(methodName, this, body, false)));
        return this;
    }

    /** Registers a read-only native attribute computed from the instance. */
    public PyType defGetter(String attr, PyGetSet.Getter getter) {
        setAttribute(attr, new PyGetSet(attr, this, getter, null));
        return this;
    }

    /** Registers a writable native attribute. */
    public PyType defGetSet(String attr, PyGetSet.Getter getter, PyGetSet.Setter setter) {
        setAttribute(attr, new PyGetSet(attr, this, getter, setter));
        return this;
    }

    /**
     * Sets the native constructor used when the type (or a user subclass) is called: {@code args[0]} is the class
     * being instantiated, the call's arguments follow. It must honour subclasses (create an instance of args[0]).
     */
    public PyType constructor(NativeBody body) {
        this.constructor = body;
        return this;
    }

    public PyType notSubclassable() {
        this.subclassable = false;
        return this;
    }

    NativeBody nearestConstructor() {
        for (PyType t : mro) {
            if (t.constructor != null) {
                return t.constructor;
            }
        }
        return BuiltinTypes.OBJECT.constructor;
    }

    @Override
    public PyObject call(RunContext ctx, PyObject[] args, String[] kwNames) {
        return Calls.instantiate(ctx, this, args, kwNames);
    }

    @Override
    public String toString() {
        return "<class '" + (module.equals("builtins") ? qualname : module + "." + qualname) + "'>";
    }
}
