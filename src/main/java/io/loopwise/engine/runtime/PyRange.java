package io.loopwise.engine.runtime;

/** {@code range(start, stop, step)} over longs. */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        if (step == 0) {
            throw PyException.valueError("range() arg 3 must not be zero");
        }
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return BuiltinTypes.RANGE;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
    }

    /** Python's range equality (same items: equal lengths, then equal start, then equal step), for dict keys. */
    @Override
    public boolean equals(Object o) {
        if (!(o instanceof PyRange)) {
            return false;
        }
        PyRange r = (PyRange) o;
        long n = length();
        return n == r.length() && (n == 0 || (start == r.start && (n == 1 || step == r.step)));
    }

    @Override
    public int hashCode() {
        long n = length();
        return Long.hashCode(n) * 961 + (n == 0 ? 0 : Long.hashCode(start)) * 31 + (n <= 1 ? 0 : Long.hashCode(step));
    }

    public long get(long i) {
        return start + i * step;
    }

    public PyIterator iterator() {
        long n = length();
        return new PyIterator(BuiltinTypes.RANGE_ITERATOR) {
            private long i;

            @Override
            public PyObject next(RunContext ctx) {
                return i < n ? PyInt.valueOf(start + step * i++) : null;
            }
        };
    }

    @Override
    public String toString() {
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }
}
