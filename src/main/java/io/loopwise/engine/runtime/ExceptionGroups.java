package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** BaseExceptionGroup.split as CPython's exceptiongroup_split_recursive (used by except* and the methods). */
public final class ExceptionGroups {
    private ExceptionGroups() {
    }

    /** The matching part and the rest of a group; either may be null. */
    public record Split(PyBaseException match, PyBaseException rest) {
    }

    /** A matcher for an except* clause or split() argument: a type, a tuple of types, or a predicate callable. */
    public static Predicate<PyBaseException> matcher(RunContext ctx, PyObject spec) {
        if (spec instanceof PyType) {
            PyType t = (PyType) spec;
            return e -> e.isInstance(t);
        }
        if (spec instanceof PyTuple) {
            PyObject[] types = ((PyTuple) spec).array();
            return e -> {
                for (PyObject t : types) {
                    if (t instanceof PyType && e.isInstance((PyType) t)) {
                        return true;
                    }
                }
                return false;
            };
        }
        return e -> Protocols.isTrue(ctx, Calls.call(ctx, spec, e));
    }

    public static Split split(RunContext ctx, PyBaseException exc, Predicate<PyBaseException> match) {
        if (match.test(exc)) {
            return new Split(exc, null);
        }
        if (!(exc instanceof PyExceptionGroup)) {
            return new Split(null, exc);
        }
        PyExceptionGroup eg = (PyExceptionGroup) exc;
        List<PyObject> matched = new ArrayList<>();
        List<PyObject> rest = new ArrayList<>();
        for (PyObject sub : eg.exceptions().array()) {
            Split s = split(ctx, (PyBaseException) sub, match);
            if (s.match() != null) {
                matched.add(s.match());
            }
            if (s.rest() != null) {
                rest.add(s.rest());
            }
        }
        return new Split(derive(eg, matched), derive(eg, rest));
    }

    /** A copy of {@code eg} holding {@code subs}, sharing its traceback, cause, context and notes. */
    public static PyBaseException derive(PyExceptionGroup eg, List<PyObject> subs) {
        if (subs.isEmpty()) {
            return null;
        }
        PyBaseException d = ExceptionTypes.newException(ExceptionTypes.BASE_EXCEPTION_GROUP,
                PyTuple.of(PyStr.of(eg.message()), PyList.copyOf(subs)));
        d.setTraceback(eg.traceback());
        d.setCauseOnly(eg.cause());
        d.setContext(eg.context());
        d.setSuppressContext(eg.suppressContext());
        PyObject notes = eg.instanceDict().get("__notes__");
        if (notes != null) {
            d.instanceDict().put("__notes__", notes);
        }
        return d;
    }
}
