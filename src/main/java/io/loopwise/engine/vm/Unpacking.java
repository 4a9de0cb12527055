package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.CallableAttributes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Subscription;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Sequence and mapping unpacking: {@code a, b = x}, {@code a, *b = x}, {@code {**d}}, {@code f(**d)}. */
final class Unpacking {
    private Unpacking() {
    }

    static PyObject[] exactly(RunContext ctx, PyObject seq, int n) {
        if (seq instanceof PyTuple || (seq instanceof PyList && seq.type().isBuiltin())) {
            List<PyObject> items = seq instanceof PyTuple ? ((PyTuple) seq).asList() : ((PyList) seq).items();
            if (items.size() == n) {
                return items.toArray(new PyObject[0]);
            }
            throw wrongCount(n, items.size(), false);
        }
        PyObject it = iterOrFail(ctx, seq);
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject v = Protocols.next(ctx, it);
            if (v == null) {
                throw wrongCount(n, i, false);
            }
            out[i] = v;
        }
        if (Protocols.next(ctx, it) != null) {
            throw PyException.valueError("too many values to unpack (expected " + n + ")");
        }
        return out;
    }

    private static PyObject iterOrFail(RunContext ctx, PyObject seq) {
        try {
            return Protocols.iter(ctx, seq);
        } catch (PyException e) {
            if (e.matches(io.loopwise.engine.runtime.ExceptionTypes.TYPE_ERROR)
                    && seq.type().lookup("__iter__") == null) {
                throw PyException.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
    }

    private static PyException wrongCount(int expected, int got, boolean atLeast) {
        if (!atLeast && got > expected) {
            return PyException.valueError("too many values to unpack (expected " + expected + ")");
        }
        return PyException.valueError("not enough values to unpack (expected " + (atLeast ? "at least " : "")
                + expected + ", got " + got + ")");
    }

    static PyObject[] starred(RunContext ctx, PyObject seq, int before, int after) {
        iterOrFail(ctx, seq);
        List<PyObject> items = Protocols.toList(ctx, seq);
        if (items.size() < before + after) {
            throw wrongCount(before + after, items.size(), true);
        }
        PyObject[] out = new PyObject[before + after + 1];
        for (int i = 0; i < before; i++) {
            out[i] = items.get(i);
        }
        out[before] = new PyList(new ArrayList<>(items.subList(before, items.size() - after)));
        for (int i = 0; i < after; i++) {
            out[before + 1 + i] = items.get(items.size() - after + i);
        }
        return out;
    }

    /** {@code f(*x)}: x as the positional arguments, failing as CPython's CALL_FUNCTION_EX when x is no iterable. */
    static PyTuple callArguments(RunContext ctx, PyObject callee, PyObject values) {
        if (!Protocols.isIterable(values)) {
            throw PyException.typeError(CallableAttributes.describe(ctx, callee)
                    + " argument after * must be an iterable, not " + values.type().name());
        }
        return PyTuple.of(Protocols.toList(ctx, values));
    }

    /** The values of {@code *x} in a display or in call arguments after others (CPython's LIST_EXTEND). */
    static List<PyObject> starredValues(RunContext ctx, PyObject values) {
        if (!Protocols.isIterable(values)) {
            throw PyException.typeError("Value after * must be an iterable, not " + values.type().name());
        }
        return Protocols.toList(ctx, values);
    }

    /**
     * {@code {**src}} when {@code callee} is null, else {@code callee(**src)}: CPython's DICT_UPDATE and DICT_MERGE,
     * the latter naming the callee in its errors ({@code __main__.f() got multiple values for keyword argument}).
     */
    static void dictUpdate(RunContext ctx, PyDict target, PyObject src, PyObject callee) {
        Map<PyObject, PyObject> entries;
        if (src instanceof PyDict) {
            entries = ((PyDict) src).map();
        } else if (src.type().lookup("keys") != null && src.type().lookup("__getitem__") != null) {
            entries = new LinkedHashMap<>();
            for (PyObject k : Protocols.toList(ctx, Calls.callMethod(ctx, src, "keys"))) {
                entries.put(k, Subscription.getItem(ctx, src, k));
            }
        } else {
            throw PyException.typeError(callee != null
                    ? CallableAttributes.describe(ctx, callee) + " argument after ** must be a mapping, not "
                            + src.type().name()
                    : "'" + src.type().name() + "' object is not a mapping");
        }
        for (Map.Entry<PyObject, PyObject> e : entries.entrySet()) {
            if (callee != null) {
                if (!(e.getKey() instanceof PyStr)) {
                    throw PyException.typeError("keywords must be strings");
                }
                if (target.map().containsKey(e.getKey())) {
                    throw PyException.typeError(CallableAttributes.describe(ctx, callee)
                            + " got multiple values for keyword argument '" + ((PyStr) e.getKey()).value() + "'");
                }
            }
            target.put(e.getKey(), e.getValue());
        }
    }

    static Map<String, PyObject> stringKeyed(PyDict d) {
        Map<String, PyObject> m = new LinkedHashMap<>();
        for (Map.Entry<PyObject, PyObject> e : d.map().entrySet()) {
            m.put(((PyStr) e.getKey()).value(), e.getValue());
        }
        return m;
    }
}
