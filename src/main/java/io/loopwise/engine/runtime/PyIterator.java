package io.loopwise.engine.runtime;

/**
 * A builtin iterator implemented in Java. {@link #next} returns null when exhausted (no StopIteration on the
 * Java side); {@code __next__} turns that into StopIteration for Python callers. Generators extend this too.
 */
public abstract class PyIterator extends PyObject {
    private final PyType type;

    protected PyIterator(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The next value, or null when the iterator is exhausted. */
    public abstract PyObject next(RunContext ctx);

    /** {@code __next__} as Python sees it: the next value, or StopIteration (a generator's carries its return value). */
    public PyObject nextOrStop(RunContext ctx) {
        PyObject v = next(ctx);
        if (v == null) {
            throw PyException.stopIteration(null);
        }
        return v;
    }

    /** Iterates over a Java array (tuples, snapshots). */
    public static PyIterator over(PyType type, PyObject[] items) {
        return new PyIterator(type) {
            private int i;

            @Override
            public PyObject next(RunContext ctx) {
                return i < items.length ? items[i++] : null;
            }
        };
    }

    /** Iterates a live list by index, as CPython's list_iterator (sees appends made while iterating). */
    public static PyIterator overList(PyList list) {
        return new PyIterator(BuiltinTypes.LIST_ITERATOR) {
            private int i;

            @Override
            public PyObject next(RunContext ctx) {
                java.util.ArrayList<PyObject> items = list.items();
                if (i < items.size()) {
                    return items.get(i++);
                }
                i = Integer.MAX_VALUE;
                return null;
            }
        };
    }

    /** Iterates a Java iterator, failing like CPython when the collection changes size meanwhile. */
    public static PyIterator overJava(PyType type, java.util.Iterator<PyObject> it, java.util.function.IntSupplier size,
                                      String what) {
        int initial = size.getAsInt();
        return new PyIterator(type) {
            @Override
            public PyObject next(RunContext ctx) {
                if (size.getAsInt() != initial) {
                    throw PyException.runtimeError(what + " changed size during iteration");
                }
                try {
                    return it.hasNext() ? it.next() : null;
                } catch (java.util.ConcurrentModificationException e) {
                    throw PyException.runtimeError(what + " changed size during iteration");
                }
            }
        };
    }
}
