package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyModule;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;

/** The {@code raise} and {@code except} type rules, and imports (CPython's do_raise, exception matching, IMPORT_*). */
final class Raising {
    private Raising() {
    }

    static PyBaseException normalize(RunContext ctx, PyObject e) {
        if (e instanceof PyType) {
            PyType t = (PyType) e;
            if (!t.isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
                throw PyException.typeError("exceptions must derive from BaseException");
            }
            PyObject inst = Calls.call(ctx, t);
            if (!(inst instanceof PyBaseException)) {
                throw PyException.typeError("calling " + t + " should have returned an instance of BaseException, not "
                        + inst.type().name());
            }
            return (PyBaseException) inst;
        }
        if (e instanceof PyBaseException) {
            return (PyBaseException) e;
        }
        throw PyException.typeError("exceptions must derive from BaseException");
    }

    static void setCause(RunContext ctx, PyBaseException exc, PyObject cause) {
        if (cause == PyNone.NONE) {
            exc.setCause(null);
        } else if (cause instanceof PyType && ((PyType) cause).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            exc.setCause(normalize(ctx, cause));
        } else if (cause instanceof PyBaseException) {
            exc.setCause((PyBaseException) cause);
        } else {
            throw PyException.typeError("exception causes must derive from BaseException");
        }
    }

    static boolean matches(PyBaseException exc, PyObject type) {
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).array()) {
                if (matches(exc, t)) {
                    return true;
                }
            }
            return false;
        }
        if (type instanceof PyType && ((PyType) type).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION)) {
            return exc.isInstance((PyType) type);
        }
        throw PyException.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    static PyObject importModule(RunContext ctx, String name) {
        PyModule m = ctx.importModule(name);
        if (m == null) {
            throw PyException.of(ExceptionTypes.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
        }
        return m;
    }

    static PyObject importFrom(RunContext ctx, PyObject module, String name) {
        PyObject v = module.instanceDict() == null ? null : module.instanceDict().get(name);
        if (v == null) {
            String mod = module instanceof PyModule ? ((PyModule) module).name() : "?";
            PyException e = PyException.of(ExceptionTypes.IMPORT_ERROR, "cannot import name '" + name + "' from '"
                    + mod + "' (unknown location)");
            e.value().setMissing(name, module);
            throw e;
        }
        return v;
    }
}
