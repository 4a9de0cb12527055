package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The object protocols of CPython's object.c/abstract.c: repr, str, hash, truth, len, iteration, subscription,
 * membership, equality. Builtin types take Java fast paths; user classes dispatch to their special methods.
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

    // ---- hash / equality ----

    /** Python's hash(): 64-bit, CPython-compatible for int, float, bool and tuple. */
    public static long hash(RunContext ctx, PyObject o) {
        if (o instanceof PyStr) {
            return ((PyStr) o).value().hashCode();
        }
        if (o instanceof PyInt && o.type().isBuiltin()) {
            return ((PyInt) o).pythonHash();
        }
        if (o instanceof PyFloat) {
            return ((PyFloat) o).pythonHash();
        }
        if (o instanceof PyTuple) {
            return tupleHash(ctx, (PyTuple) o);
        }
        if (o instanceof PyInstance || !o.type().isBuiltin()) {
            return userHashLong(ctx, o);
        }
        PyObject f = o.type().lookup("__hash__");
        if (f == PyNone.NONE || o instanceof PyList || o instanceof PyDict
                || (o instanceof PySet && !((PySet) o).isFrozen())) {
            throw PyException.typeError("unhashable type: '" + o.type().name() + "'");
        }
        if (o instanceof PySet) {
            return ((PySet) o).pythonHash();
        }
        if (o instanceof PyMethod) {
            return o.hashCode();
        }
        if (f != null && f != CoreMethods.OBJECT_HASH) {
            PyObject r = callSpecial(ctx, f, o);
            if (r instanceof PyInt) {
                return ((PyInt) r).pythonHash();
            }
        }
        return io.loopwise.engine.runtime.builtins.Identity.hash(ctx, o);
    }

    /** CPython 3.12 tuplehash (xxHash-based). */
    public static long tupleHash(RunContext ctx, PyTuple t) {
        final long prime1 = -7046029288634856825L;
        final long prime2 = -4417276706812531889L;
        final long prime5 = 2870177450012600261L;
        long acc = prime5;
        for (PyObject item : t.array()) {
            long lane = hash(ctx, item);
            acc += lane * prime2;
            acc = (acc << 31) | (acc >>> 33);
            acc *= prime1;
        }
        acc += t.size() ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    private static long userHashLong(RunContext ctx, PyObject o) {
        PyObject f = o.type().lookup("__hash__");
        if (f == PyNone.NONE) {
            throw PyException.typeError("unhashable type: '" + o.type().name() + "'");
        }
        if (f == null || f == CoreMethods.OBJECT_HASH) {
            return io.loopwise.engine.runtime.builtins.Identity.hash(ctx, o);
        }
        PyObject r = callSpecial(ctx, f, o);
        if (!(r instanceof PyInt)) {
            throw PyException.typeError("__hash__ method should return an integer");
        }
        PyInt i = (PyInt) r;
        return i.isSmall() && i.longValue() != -1 ? i.longValue() : i.pythonHash();
    }

    static int userHash(PyObject o) {
        long h = userHashLong(RunContext.current(), o);
        return (int) (h ^ (h >>> 32));
    }

    static boolean userEquals(PyObject a, PyObject b) {
        return isTrue(RunContext.current(), Operators.compare(RunContext.current(), Operators.EQ, a, b));
    }

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
            throw PyException.typeError("object of type '" + o.type().name() + "' has no len()");
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
        throw PyException.typeError("'" + t.name() + "' object is not iterable");
    }

    /** next(it): the next value or null when exhausted (a user __next__'s StopIteration becomes null). */
    public static PyObject next(RunContext ctx, PyObject it) {
        if (it instanceof PyIterator) {
            return ((PyIterator) it).next(ctx);
        }
        PyObject f = it.type().lookup("__next__");
        if (f == null) {
            throw PyException.typeError("'" + it.type().name() + "' object is not an iterator");
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

    // ---- subscription / membership ----

    public static PyObject getItem(RunContext ctx, PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.isBuiltin() || !t.overriddenByUser("__getitem__")) {
            PyObject v = builtinGetItem(ctx, o, key);
            if (v != null) {
                return v;
            }
        }
        if (o instanceof PyType) {
            PyObject cg = ((PyType) o).lookup("__class_getitem__");
            if (cg != null) {
                return Calls.call(ctx, cg.descriptorGet(null, (PyType) o), key);
            }
            return o; // list[int] and friends: generic aliases are accepted and ignored
        }
        PyObject f = t.lookup("__getitem__");
        if (f == null) {
            throw PyException.typeError("'" + t.name() + "' object is not subscriptable");
        }
        return callSpecial(ctx, f, o, key);
    }

    /** Subscription of the Java-implemented containers (also for user subclasses); null when not applicable. */
    public static PyObject builtinGetItem(RunContext ctx, PyObject o, PyObject key) {
        if (o instanceof PyList) {
            List<PyObject> items = ((PyList) o).items();
            if (isIndex(key)) {
                return items.get(normalizeIndex(key, items.size(), "list"));
            }
            if (key instanceof PySlice) {
                return PyList.copyOf(Sequences.slice(ctx, items, (PySlice) key));
            }
            throw PyException.typeError("list indices must be integers or slices, not " + key.type().name());
        }
        if (o instanceof PyTuple) {
            PyTuple tu = (PyTuple) o;
            if (isIndex(key)) {
                return tu.get(normalizeIndex(key, tu.size(), "tuple"));
            }
            if (key instanceof PySlice) {
                return PyTuple.of(Sequences.slice(ctx, tu.asList(), (PySlice) key));
            }
            throw PyException.typeError("tuple indices must be integers or slices, not " + key.type().name());
        }
        if (o instanceof PyDict) {
            PyObject v = ((PyDict) o).get(key);
            if (v == null) {
                PyObject missing = o.type().isBuiltin() ? null : o.type().lookup("__missing__");
                if (missing != null) {
                    return callSpecial(ctx, missing, o, key);
                }
                throw PyException.keyError(key);
            }
            return v;
        }
        if (o instanceof PyStr) {
            PyStr str = (PyStr) o;
            if (isIndex(key)) {
                return str.codePointAt(normalizeIndex(key, str.length(), "string"));
            }
            if (key instanceof PySlice) {
                return PyStr.of(Sequences.sliceString(str, (PySlice) key));
            }
            throw PyException.typeError("string indices must be integers, not '" + key.type().name() + "'");
        }
        return null;
    }

    private static boolean isIndex(PyObject key) {
        return key instanceof PyInt || (!(key instanceof PySlice) && key.type().lookup("__index__") != null);
    }

    /** A Python index into a sequence of {@code size}, negative from the end; IndexError when out of range. */
    public static int normalizeIndex(PyObject key, int size, String what) {
        long i = index(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyException.indexError(what + " index out of range");
        }
        return (int) i;
    }

    public static void setItem(RunContext ctx, PyObject o, PyObject key, PyObject value) {
        PyType t = o.type();
        if ((t.isBuiltin() || !t.overriddenByUser("__setitem__")) && builtinSetItem(ctx, o, key, value)) {
            return;
        }
        PyObject f = t.lookup("__setitem__");
        if (f == null) {
            throw PyException.typeError("'" + t.name() + "' object does not support item assignment");
        }
        callSpecial(ctx, f, o, key, value);
    }

    /** Item assignment of list and dict (also for user subclasses); false when not applicable. */
    public static boolean builtinSetItem(RunContext ctx, PyObject o, PyObject key, PyObject value) {
        {
            if (o instanceof PyList) {
                List<PyObject> items = ((PyList) o).items();
                if (key instanceof PySlice) {
                    Sequences.assignSlice(ctx, items, (PySlice) key, value);
                    return true;
                }
                items.set(normalizeIndex(key, items.size(), "list assignment"), value);
                return true;
            }
            if (o instanceof PyDict) {
                ((PyDict) o).put(key, value);
                return true;
            }
        }
        return false;
    }

    public static void delItem(RunContext ctx, PyObject o, PyObject key) {
        PyType t = o.type();
        if ((t.isBuiltin() || !t.overriddenByUser("__delitem__")) && builtinDelItem(ctx, o, key)) {
            return;
        }
        PyObject f = t.lookup("__delitem__");
        if (f == null) {
            throw PyException.typeError("'" + t.name() + "' object doesn't support item deletion");
        }
        callSpecial(ctx, f, o, key);
    }

    /** Item deletion of list and dict (also for user subclasses); false when not applicable. */
    public static boolean builtinDelItem(RunContext ctx, PyObject o, PyObject key) {
        {
            if (o instanceof PyList) {
                List<PyObject> items = ((PyList) o).items();
                if (key instanceof PySlice) {
                    Sequences.deleteSlice(ctx, items, (PySlice) key);
                    return true;
                }
                items.remove(normalizeIndex(key, items.size(), "list assignment"));
                return true;
            }
            if (o instanceof PyDict) {
                if (((PyDict) o).map().remove(key) == null) {
                    throw PyException.keyError(key);
                }
                return true;
            }
        }
        return false;
    }

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

    /** Copies string keys of a Java attribute map into a dict (for {@code __dict__} snapshots). */
    public static PyDict toDict(Map<String, PyObject> m) {
        PyDict d = new PyDict();
        m.forEach(d::put);
        return d;
    }
}
