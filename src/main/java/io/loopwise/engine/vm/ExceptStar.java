package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.ExceptionGroups;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyExceptionGroup;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** {@code except*}: matching a clause against what is left of the group, and CPython's _PyExc_PrepReraiseStar. */
final class ExceptStar {
    private ExceptStar() {
    }

    /** Stack below sp: [orig, rest, raised]. Splits rest by {@code type}; returns the match or None. */
    static PyObject match(RunContext ctx, Frame f, PyObject[] stack, int sp, PyObject type) {
        checkType(type);
        PyObject rest = stack[sp - 2];
        if (rest == PyNone.NONE) {
            return PyNone.NONE;
        }
        PyBaseException exc = (PyBaseException) rest;
        Predicate<PyBaseException> m = e -> Raising.matches(e, type);
        PyBaseException match;
        PyBaseException newRest;
        if (m.test(exc)) {
            if (exc instanceof PyExceptionGroup) {
                match = exc;
            } else {
                match = ExceptionTypes.newException(ExceptionTypes.BASE_EXCEPTION_GROUP,
                        PyTuple.of(PyStr.EMPTY, PyTuple.of(exc)));
                // CPython 3.12.1 leaves the wrapping group without a traceback of its own
                match.setTraceback(null);
            }
            newRest = null;
        } else if (exc instanceof PyExceptionGroup) {
            ExceptionGroups.Split s = ExceptionGroups.split(ctx, exc, m);
            match = s.match();
            newRest = s.rest();
        } else {
            match = null;
            newRest = exc;
        }
        stack[sp - 2] = newRest == null ? PyNone.NONE : newRest;
        if (match != null) {
            f.handled = match;
            return match;
        }
        return PyNone.NONE;
    }

    private static void checkType(PyObject type) {
        if (type instanceof PyTuple) {
            for (PyObject t : ((PyTuple) type).array()) {
                checkType(t);
            }
            return;
        }
        if (type instanceof PyType && ((PyType) type).isSubtypeOf(ExceptionTypes.BASE_EXCEPTION_GROUP)) {
            throw PyException.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
    }

    static PyBaseException prepareReraise(PyBaseException orig, PyList raisedList, PyObject rest) {
        List<PyBaseException> excs = new ArrayList<>();
        for (PyObject o : raisedList.items()) {
            excs.add((PyBaseException) o);
        }
        if (rest != PyNone.NONE) {
            excs.add((PyBaseException) rest);
        }
        if (excs.isEmpty()) {
            return null;
        }
        if (!(orig instanceof PyExceptionGroup)) {
            return excs.get(0);
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyBaseException> reraised = new ArrayList<>();
        for (PyBaseException e : excs) {
            if (sameMetadata(e, orig)) {
                reraised.add(e);
            } else {
                raised.add(e);
            }
        }
        Set<PyBaseException> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyBaseException e : reraised) {
            collectLeaves(e, leaves);
        }
        PyBaseException reraisedGroup = leaves.isEmpty() ? null
                : ExceptionGroups.split(null, orig, leaves::contains).match();
        if (raised.isEmpty()) {
            return reraisedGroup;
        }
        if (reraisedGroup != null) {
            raised.add(reraisedGroup);
        }
        if (raised.size() == 1) {
            return (PyBaseException) raised.get(0); // one exception left: raised as is, not wrapped in a group
        }
        return ExceptionTypes.newException(ExceptionTypes.BASE_EXCEPTION_GROUP,
                PyTuple.of(PyStr.EMPTY, PyList.copyOf(raised)));
    }

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback() == b.traceback() && a.cause() == b.cause() && a.context() == b.context();
    }

    private static void collectLeaves(PyBaseException e, Set<PyBaseException> out) {
        if (e instanceof PyExceptionGroup) {
            for (PyObject sub : ((PyExceptionGroup) e).exceptions().array()) {
                collectLeaves((PyBaseException) sub, out);
            }
        } else {
            out.add(e);
        }
    }
}
