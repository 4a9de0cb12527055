package io.loopwise.engine.runtime;

/**
 * Python's {@code hash()}: CPython-compatible 64-bit hashes for int, float, bool, str-free containers and tuples
 * (xxHash-based tuplehash), user {@code __hash__} with its checks, and the Java hashCode/equals bridge user
 * instances use as dict and set keys.
 */
public final class Hashing {
    private Hashing() {
    }

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
            PyObject r = Protocols.callSpecial(ctx, f, o);
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
        PyObject r = Protocols.callSpecial(ctx, f, o);
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
        return Protocols.isTrue(RunContext.current(), Operators.compare(RunContext.current(), Operators.EQ, a, b));
    }
}
