package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyRange;
import io.loopwise.engine.runtime.PySlice;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;

/**
 * range as the lazy sequence CPython has (Objects/rangeobject.c): slicing gives a range, membership of an int is
 * arithmetic, other values are compared item by item, and two ranges are equal when they produce the same items.
 */
final class RangeMethods {
    private RangeMethods() {
    }

    static void install() {
        PyType range = BuiltinTypes.RANGE;
        range.defGetter("start", (ctx, self) -> PyInt.valueOf(((PyRange) self).start));
        range.defGetter("stop", (ctx, self) -> PyInt.valueOf(((PyRange) self).stop));
        range.defGetter("step", (ctx, self) -> PyInt.valueOf(((PyRange) self).step));
        range.def("__getitem__", (ctx, a, kw) -> getItem((PyRange) a[0], a[1]));
        range.def("__contains__", (ctx, a, kw) -> PyBool.of(contains(ctx, (PyRange) a[0], a[1])));
        range.def("__len__", (ctx, a, kw) -> PyInt.valueOf(((PyRange) a[0]).length()));
        range.def("__iter__", (ctx, a, kw) -> ((PyRange) a[0]).iterator());
        range.def("__eq__", (ctx, a, kw) -> a[1] instanceof PyRange other
                ? PyBool.of(sameItems((PyRange) a[0], other)) : PyNone.NOT_IMPLEMENTED);
        range.def("__ne__", (ctx, a, kw) -> a[1] instanceof PyRange other
                ? PyBool.of(!sameItems((PyRange) a[0], other)) : PyNone.NOT_IMPLEMENTED);
        range.def("__hash__", (ctx, a, kw) -> {
            PyRange r = (PyRange) a[0];
            long n = r.length();
            long[] parts = {PyHashes.ofLong(n), n == 0 ? 0 : PyHashes.ofLong(r.start), n <= 1 ? 0
                    : PyHashes.ofLong(r.step)};
            return PyInt.valueOf(PyHashes.ofTuple(parts));
        });
        range.def("index", (ctx, a, kw) -> {
            PyObject x = Args.one("range.index", a, kw, 1);
            PyRange r = (PyRange) a[0];
            if (x instanceof PyInt) {
                long position = positionOf(r, (PyInt) x);
                if (position >= 0) {
                    return PyInt.valueOf(position);
                }
            } else {
                long position = 0;
                PyObject it = r.iterator();
                for (PyObject v = Protocols.next(ctx, it); v != null; v = Protocols.next(ctx, it), position++) {
                    ctx.chargeSteps(1);
                    if (Protocols.eq(ctx, v, x)) {
                        return PyInt.valueOf(position);
                    }
                }
            }
            throw PyException.valueError(Protocols.repr(ctx, x) + " is not in range");
        });
        range.def("count", (ctx, a, kw) -> {
            PyObject x = Args.one("range.count", a, kw, 1);
            PyRange r = (PyRange) a[0];
            if (x instanceof PyInt i) {
                return PyInt.valueOf(positionOf(r, i) >= 0 ? 1 : 0);
            }
            long n = 0;
            PyObject it = r.iterator();
            for (PyObject v = Protocols.next(ctx, it); v != null; v = Protocols.next(ctx, it)) {
                ctx.chargeSteps(1);
                if (Protocols.eq(ctx, v, x)) {
                    n++;
                }
            }
            return PyInt.valueOf(n);
        });
    }

    /** The index of int {@code x} in the range, or -1. */
    private static long positionOf(PyRange r, PyInt x) {
        if (!x.isSmall()) {
            return -1;
        }
        long v = x.longValue();
        boolean inBounds = r.step > 0 ? v >= r.start && v < r.stop : v <= r.start && v > r.stop;
        if (!inBounds || (v - r.start) % r.step != 0) {
            return -1;
        }
        return (v - r.start) / r.step;
    }

    private static boolean contains(RunContext ctx, PyRange r, PyObject x) {
        if (x instanceof PyInt i) {
            return positionOf(r, i) >= 0;
        }
        PyObject it = r.iterator();
        for (PyObject v = Protocols.next(ctx, it); v != null; v = Protocols.next(ctx, it)) {
            ctx.chargeSteps(1);
            if (Protocols.eq(ctx, v, x)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject getItem(PyRange r, PyObject key) {
        if (key instanceof PySlice s) {
            long length = r.length();
            if (length > Integer.MAX_VALUE) {
                throw PyException.of(io.loopwise.engine.runtime.ExceptionTypes.OVERFLOW_ERROR,
                        "range too large to slice");
            }
            long[] ix = s.indices((int) length);
            return new PyRange(r.start + ix[0] * r.step, r.start + ix[1] * r.step, r.step * ix[2]);
        }
        if (!(key instanceof PyInt) && key.type().lookup("__index__") == null) {
            throw PyException.typeError("range indices must be integers or slices, not " + key.type().name());
        }
        long n = r.length();
        long i = Args.index(key);
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyException.indexError("range object index out of range");
        }
        return PyInt.valueOf(r.get(i));
    }

    /** range_equals: same length, and (if non-empty) same start, and (if longer than one) same step. */
    private static boolean sameItems(PyRange a, PyRange b) {
        long n = a.length();
        if (n != b.length()) {
            return false;
        }
        if (n == 0) {
            return true;
        }
        if (a.start != b.start) {
            return false;
        }
        return n == 1 || a.step == b.step;
    }
}
