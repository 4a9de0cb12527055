package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The object protocols of CPython's object.c/abstract.c: repr, str, truth, len, iteration, membership, equality
 * (hashing is {@link Hashing}, subscription {@link Subscription}). Builtin types take Java fast paths; user classes
 * dispatch to their special methods.
 */
public final class Protocols {
    private Protocols() {
    }

    // ---- repr / str ----

    public static String repr(RunContext ctx, PyObject o) {
        PyType t = o.type();
        if (t.isBuiltin()) {
            if (o instanceof PyStr) {
                return ((PyStr) o).repr();
            }
            if (o instanceof PyInt) {
                return ((PyInt) o).repr();
            }
            if (o instanceof PyFloat) {
                return ((PyFloat) o).repr();
            }
            if (o instanceof PyNone || o instanceof PyType) {
                return o.toString();
            }
            if (o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet) {
                return ContainerRepr.repr(ctx, o);
            }
        }
        PyObject f = t.lookup("__repr__");
        if (f == null || f == CoreMethods.OBJECT_REPR) {
            if ((o instanceof PyList || o instanceof PyTuple || o instanceof PyDict || o instanceof PySet)
                    && !t.overriddenByUser("__repr__")) {
                return ContainerRepr.repr(ctx, o);
            }
            return o.toString();
        }
        return checkStr(callSpecial(ctx, f, o), "__repr__");
    }

    public static String str(RunContext ctx, PyObject o) {
        PyType t = o.type();
        if (t.isBuiltin()) {
            if (o instanceof PyStr) {
                return ((PyStr) o).value();
            }
            if (o instanceof PyInt || o instanceof PyFloat || o instanceof PyNone) {
                return repr(ctx, o);
            }
        }
        PyObject f = t.lookup("__str__");
        if (f == null || f == CoreMethods.OBJECT_STR) {
            return repr(ctx, o);
        }
        return checkStr(callSpecial(ctx, f, o), "__str__");
    }

    private static String checkStr(PyObject r, String method) {
        if (!(r instanceof PyStr)) {
            throw PyException.typeError(method + " returned non-string (type " + r.type().name() + ")");
        }
        return ((PyStr) r).value();
    }

    /** Calls special method {@code f} (found on the type) with {@code self} and arguments. */
    static PyObject callSpecial(RunContext ctx, PyObject f, PyObject self, PyObject... args) {
        if (f.isMethodDescriptor()) {
            return Calls.callWithSelf(ctx, f, self, args, null);
        }
        return f.descriptorGet(self, self.type()).call(ctx, args, null);
    }

    // ---- equality ----

    /** {@code a == b} as a Java boolean (identity implies equality, as in containers). */
    public static boolean eq(RunContext ctx, PyObject a, PyObject b) {
        if (a == b) {
            return true;
        }
        if (a instanceof PyStr && b instanceof PyStr) {
            return ((PyStr) a).value().equals(((PyStr) b).value());
        }
        if (a instanceof PyInt && b instanceof PyInt && a.type().isBuiltin() && b.type().isBuiltin()) {
            return a.equals(b);
        }
        return isTrue(ctx, Operators.compare(ctx, Operators.EQ, a, b));
    }

    // ---- truth / len ----

    public static boolean isTrue(RunContext ctx, PyObject o) {
        if (o instanceof PyBool) {
            return o == PyBool.TRUE;
        }
        if (o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.isBuiltin()) {
            if (o instanceof PyInt) {
                return ((PyInt) o).signum() != 0;
            }
            if (o instanceof PyStr) {
                return !((PyStr) o).value().isEmpty();
            }
            if (o instanceof PyList) {
                return ((PyList) o).size() != 0;
            }
            if (o instanceof PyTuple) {
                return ((PyTuple) o).size() != 0;
            }
            if (o instanceof PyDict) {
                return ((PyDict) o).size() != 0;
            }
            if (o instanceof PyFloat) {
                return ((PyFloat) o).value() != 0.0;
            }
            if (o instanceof PySet) {
                return ((PySet) o).size() != 0;
            }
        }
        PyObject f = t.lookup("__bool__");
        if (f != null) {
            PyObject r = callSpecial(ctx, f, o);
            if (!(r instanceof PyBool)) {
                throw PyException.typeError("__bool__ should return bool, returned " + r.type().name());
            }
            return r == PyBool.TRUE;
        }
        f = t.lookup("__len__");
        if (f != null) {
            return len(ctx, o) != 0;
        }
        return true;
    }

    public static long len(RunContext ctx, PyObject o) {
        if (o.type().isBuiltin()) {
            if (o instanceof PyStr) {
                return ((PyStr) o).length();
            }
            if (o instanceof PyList) {
                return ((PyList) o).size();
            }
            if (o instanceof PyTuple) {
                return ((PyTuple) o).size();
            }
            if (o instanceof PyDict) {
                return ((PyDict) o).size();
            }
            if (o instanceof PySet) {
                return ((PySet) o).size();
            }
            if (o instanceof PyRange) {
                return ((PyRange) o).length();
            }
        }
        PyObject f = o.type().lookup("__len__");
        if (f == null) {
            throw PyException.typeError("object of type '" + o.type().tpName() + "' has no len()");
        }
        PyObject r = callSpecial(ctx, f, o);
        if (!(r instanceof PyInt)) {
            throw PyException.typeError("'" + r.type().name() + "' object cannot be interpreted as an integer");
        }
        long n = ((PyInt) r).isSmall() ? ((PyInt) r).longValue() : Long.MAX_VALUE;
        if (n < 0) {
            throw PyException.valueError("__len__() should return >= 0");
        }
        return n;
    }

    /** An int usable as an index ({@code __index__}): ints and bools, or a user class defining __index__. */
    public static long index(PyObject o) {
        if (o instanceof PyInt) {
            PyInt i = (PyInt) o;
            if (!i.isSmall()) {
                throw PyException.of(ExceptionTypes.INDEX_ERROR, "cannot fit 'int' into an index-sized integer");
            }
            return i.longValue();
        }
        PyObject f = o.type().lookup("__index__");
        if (f != null) {
            return index(callSpecial(RunContext.current(), f, o));
        }
        throw PyException.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
    }

    // ---- iteration ----

    /** iter(o). */
    public static PyObject iter(RunContext ctx, PyObject o) {
        PyType t = o.type();
        if (t.isBuiltin()) {
            if (o instanceof PyList) {
                return PyIterator.overList((PyList) o);
            }
            if (o instanceof PyTuple) {
                return PyIterator.over(BuiltinTypes.TUPLE_ITERATOR, ((PyTuple) o).array());
            }
            if (o instanceof PyRange) {
                return ((PyRange) o).iterator();
            }
            if (o instanceof PyStr) {
                String s = ((PyStr) o).value();
                return new PyIterator(BuiltinTypes.STR_ITERATOR) {
                    private int i;

                    @Override
                    public PyObject next(RunContext c) {
                        if (i >= s.length()) {
                            return null;
                        }
                        char ch = s.charAt(i);
                        if (Character.isHighSurrogate(ch) && i + 1 < s.length()) {
                            i += 2;
                            return new PyStr(s.substring(i - 2, i));
                        }
                        i++;
                        return PyStr.of(ch);
                    }
                };
            }
            if (o instanceof PyDict) {
                PyDict d = (PyDict) o;
                return PyIterator.overJava(BuiltinTypes.DICT_KEY_ITERATOR, d.map().keySet().iterator(), d::size,
                        "dictionary");
            }
            if (o instanceof PySet) {
                PySet s = (PySet) o;
                return PyIterator.overJava(BuiltinTypes.SET_ITERATOR, s.items().iterator(), s::size, "Set");
            }
            if (o instanceof PyIterator && t != BuiltinTypes.COROUTINE && t != BuiltinTypes.ASYNC_GENERATOR) {
                return o;
            }
        }
        PyObject f = t.lookup("__iter__");
        if (f != null && f != PyNone.NONE) {
            PyObject it = callSpecial(ctx, f, o);
            if (!(it instanceof PyIterator) && !(it instanceof Resumable) && it.type().lookup("__next__") == null) {
                throw PyException.typeError("iter() returned non-iterator of type '" + it.type().name() + "'");
            }
            return it;
        }
        PyObject getitem = t.lookup("__getitem__");
        if (getitem != null && !t.isBuiltin()) {
            return new PyIterator(BuiltinTypes.CALLABLE_ITERATOR) {
                private long i;
                private boolean done;

                @Override
                public PyObject next(RunContext c) {
                    if (done) {
                        return null;
                    }
                    try {
                        return callSpecial(c, getitem, o, PyInt.valueOf(i++));
                    } catch (PyException e) {
                        if (e.matches(ExceptionTypes.INDEX_ERROR) || e.matches(ExceptionTypes.STOP_ITERATION)) {
                            done = true;
                            return null;
                        }
                        throw e;
                    }
                }
            };
        }
        throw PyException.typeError("'" + t.tpName() + "' object is not iterable");
    }

    /** next(it): the next value or null when exhausted (a user __next__'s StopIteration becomes null). */
    public static PyObject next(RunContext ctx, PyObject it) {
        if (it instanceof PyIterator) {
            return ((PyIterator) it).next(ctx);
        }
        PyObject f = it.type().lookup("__next__");
        if (f == null) {
            throw PyException.typeError("'" + it.type().tpName() + "' object is not an iterator");
        }
        try {
            return callSpecial(ctx, f, it);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.STOP_ITERATION)) {
                return null;
            }
            throw e;
        }
    }

    /** Whether {@code iter(o)} can work at all: an {@code __iter__}, or a sequence's {@code __getitem__} (not a dict). */
    public static boolean isIterable(PyObject o) {
        PyType t = o.type();
        return o instanceof PyIterator || o instanceof PyList || o instanceof PyTuple || o instanceof PyStr
                || o instanceof PyDict || o instanceof PySet || o instanceof PyRange || t.lookup("__iter__") != null
                || (t.lookup("__getitem__") != null && !t.isSubtypeOf(BuiltinTypes.DICT));
    }

    /** {@code next(it)} without a default: the StopIteration raised (with a generator's return value) propagates. */
    public static PyObject nextOrStop(RunContext ctx, PyObject it) {
        if (it instanceof PyIterator) {
            return ((PyIterator) it).nextOrStop(ctx);
        }
        PyObject f = it.type().lookup("__next__");
        if (f == null) {
            throw PyException.typeError("'" + it.type().name() + "' object is not an iterator");
        }
        return callSpecial(ctx, f, it);
    }

    /** All values of an iterable, as a new Java list. */
    public static List<PyObject> toList(RunContext ctx, PyObject iterable) {
        if (iterable instanceof PyList && iterable.type().isBuiltin()) {
            return new ArrayList<>(((PyList) iterable).items());
        }
        if (iterable instanceof PyTuple) {
            return new ArrayList<>(((PyTuple) iterable).asList());
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = iter(ctx, iterable);
        for (PyObject v = next(ctx, it); v != null; v = next(ctx, it)) {
            out.add(v);
            if ((out.size() & 1023) == 0) {
                ctx.allocateSlots(1024);
                ctx.chargeSteps(1024);
            }
        }
        return out;
    }

    // ---- membership ----

    /** {@code needle in container}. */
    public static boolean contains(RunContext ctx, PyObject container, PyObject needle) {
        PyType t = container.type();
        if (t.isBuiltin()) {
            if (container instanceof PyDict) {
                return ((PyDict) container).containsKey(needle);
            }
            if (container instanceof PySet) {
                if (needle instanceof PySet && !((PySet) needle).isFrozen()) {
                    // CPython's set_contains retries an unhashable set as the equal frozenset
                    needle = new PySet(new java.util.ArrayList<>(((PySet) needle).items()), true);
                }
                return ((PySet) container).items().contains(needle);
            }
            if (container instanceof PyStr) {
                if (!(needle instanceof PyStr)) {
                    throw PyException.typeError("'in <string>' requires string as left operand, not "
                            + needle.type().name());
                }
                return ((PyStr) container).value().contains(((PyStr) needle).value());
            }
            if (container instanceof PyList || container instanceof PyTuple) {
                List<PyObject> items = container instanceof PyList ? ((PyList) container).items()
                        : ((PyTuple) container).asList();
                for (int i = 0; i < items.size(); i++) {
                    if (eq(ctx, items.get(i), needle)) {
                        return true;
                    }
                }
                return false;
            }
            if (container instanceof PyRange && needle instanceof PyInt && ((PyInt) needle).isSmall()) {
                PyRange r = (PyRange) container;
                long v = ((PyInt) needle).longValue();
                boolean inBounds = r.step > 0 ? v >= r.start && v < r.stop : v <= r.start && v > r.stop;
                return inBounds && (v - r.start) % r.step == 0;
            }
        }
        PyObject f = t.lookup("__contains__");
        if (f != null) {
            return isTrue(ctx, callSpecial(ctx, f, container, needle));
        }
        if (t.lookup("__iter__") == null && t.lookup("__getitem__") == null) {
            throw PyException.typeError("argument of type '" + t.name() + "' is not iterable");
        }
        PyObject it = iter(ctx, container);
        for (PyObject v = next(ctx, it); v != null; v = next(ctx, it)) {
            if (eq(ctx, v, needle)) {
                return true;
            }
        }
        return false;
    }
}
