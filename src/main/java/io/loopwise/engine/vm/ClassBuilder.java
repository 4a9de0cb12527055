package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyClassMethod;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInstance;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStaticMethod;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code class} statement: runs the body in a fresh namespace and creates the type (CPython's __build_class__). */
final class ClassBuilder {
    private ClassBuilder() {
    }

    /** Runs the class body and makes the class; {@code keywords} (or null) are the class keywords for __init_subclass__. */
    static PyObject build(RunContext ctx, PyFunction body, String name, PyObject[] baseObjects, PyDict keywords) {
        PyType[] bases = new PyType[baseObjects.length];
        for (int i = 0; i < bases.length; i++) {
            if (!(baseObjects[i] instanceof PyType)) {
                throw PyException.typeError("bases must be types");
            }
            bases[i] = (PyType) baseObjects[i];
        }
        Map<String, PyObject> ns = new LinkedHashMap<>();
        Frame f = ArgBinder.bind(body, new PyObject[0], null);
        f.names = ns;
        PyObject cell = Interpreter.run(ctx, f);
        PyObject qn = ns.remove("__qualname__");
        String qualname = qn instanceof PyStr ? ((PyStr) qn).value() : name;
        if (ns.containsKey("__eq__") && !ns.containsKey("__hash__")) {
            ns.put("__hash__", PyNone.NONE);
        }
        for (String implicitClassMethod : new String[] {"__init_subclass__", "__class_getitem__"}) {
            PyObject v = ns.get(implicitClassMethod);
            if (v instanceof PyFunction) {
                ns.put(implicitClassMethod, new PyClassMethod(v));
            }
        }
        PyObject newFn = ns.get("__new__");
        if (newFn instanceof PyFunction) {
            ns.put("__new__", new PyStaticMethod(newFn));
        }
        PyType type = PyType.user(name, qualname, "__main__", bases, ns);
        if (cell instanceof PyCell) {
            ((PyCell) cell).value = type;
        }
        for (Map.Entry<String, PyObject> e : ns.entrySet()) {
            PyObject v = e.getValue();
            if (v instanceof PyInstance && v.type().lookup("__set_name__") != null) {
                Calls.callMethod(ctx, v, "__set_name__", type, PyStr.of(e.getKey()));
            }
        }
        PyObject initSubclass = type.lookupAfter(type, "__init_subclass__");
        boolean hasKeywords = keywords != null && keywords.size() > 0;
        if (initSubclass != null && (hasKeywords || !(initSubclass instanceof PyClassMethod
                && !(((PyClassMethod) initSubclass).function() instanceof PyFunction)))) {
            PyObject[] args = new PyObject[hasKeywords ? keywords.size() : 0];
            String[] names = hasKeywords ? new String[args.length] : null;
            int i = 0;
            for (Map.Entry<PyObject, PyObject> e : hasKeywords ? keywords.map().entrySet()
                    : Map.<PyObject, PyObject>of().entrySet()) {
                if (!(e.getKey() instanceof PyStr)) {
                    throw PyException.typeError("keywords must be strings");
                }
                names[i] = ((PyStr) e.getKey()).value();
                args[i++] = e.getValue();
            }
            Calls.call(ctx, initSubclass.descriptorGet(null, type), args, names);
        }
        return type;
    }
}
