package io.loopwise.engine.runtime;

/** A slice object {@code start:stop:step}, with CPython's index normalisation. */
public final class PySlice extends PyObject {
    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.SLICE;
    }

    /** Indices for a sequence of {@code length}: {start, stop, step, count} as PySlice_AdjustIndices. */
    public long[] indices(int length) {
        long st = step == PyNone.NONE ? 1 : Protocols.index(step);
        if (st == 0) {
            throw PyException.of(ExceptionTypes.VALUE_ERROR, "slice step cannot be zero");
        }
        long lower = st < 0 ? -1 : 0;
        long upper = st < 0 ? length - 1 : length;
        long s = start == PyNone.NONE ? (st < 0 ? upper : lower) : clamp(Protocols.index(start), length, lower, upper);
        long e = stop == PyNone.NONE ? (st < 0 ? lower : upper) : clamp(Protocols.index(stop), length, lower, upper);
        long count;
        if (st > 0) {
            count = e > s ? (e - s - 1) / st + 1 : 0;
        } else {
            count = s > e ? (s - e - 1) / (-st) + 1 : 0;
        }
        return new long[] {s, e, st, count};
    }

    private static long clamp(long i, int length, long lower, long upper) {
        if (i < 0) {
            i += length;
            return i < lower ? lower : i;
        }
        return i > upper ? upper : i;
    }
}
