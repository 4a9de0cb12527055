package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import java.util.List;

/**
 * list.sort and sorted(): keys computed once up front, reverse done CPython's way (reverse, stable sort, reverse
 * back, so equal items keep their original order), and a stable sort that, like CPython's, asks only "is a < b?"
 * (so only {@code __lt__} is called) and starts by comparing the second item with the first, so a mixed list fails
 * with the same "'<' not supported between instances of 'str' and 'int'" CPython reports.
 */
final class Sorting {
    private static final int RUN = 32;

    /** Python's {@code a < b}, which may raise. */
    @FunctionalInterface
    interface LessThan<T> {
        boolean test(T a, T b);
    }

    private Sorting() {
    }

    private record Keyed(PyObject key, PyObject value) {
    }

    /** Sorts {@code items} in place; {@code key} and {@code reverse} may be null (absent) or None. */
    static void sort(RunContext ctx, List<PyObject> items, PyObject key, PyObject reverse) {
        boolean descending = reverse != null && reverse != PyNone.NONE && Protocols.isTrue(ctx, reverse);
        int n = items.size();
        if (n < 2) {
            if (n == 1 && key != null && key != PyNone.NONE) {
                Calls.call(ctx, key, items.get(0)); // CPython computes every key before looking at the length
            }
            return;
        }
        // a native comparison is far cheaper than a bytecode step; charge about one step per 16 of them
        ctx.chargeSteps(n * (long) (32 - Integer.numberOfLeadingZeros(n)) / 16);
        PyObject[] values = items.toArray(new PyObject[0]);
        if (descending) {
            reverse(values);
        }
        if (key == null || key == PyNone.NONE) {
            stableSort(values, (a, b) -> lessThan(ctx, a, b));
        } else {
            Keyed[] keyed = new Keyed[n];
            for (int i = 0; i < n; i++) {
                keyed[i] = new Keyed(Calls.call(ctx, key, values[i]), values[i]);
            }
            stableSort(keyed, (a, b) -> lessThan(ctx, a.key, b.key));
            for (int i = 0; i < n; i++) {
                values[i] = keyed[i].value;
            }
        }
        if (descending) {
            reverse(values);
        }
        for (int i = 0; i < n; i++) {
            items.set(i, values[i]);
        }
    }

    static boolean lessThan(RunContext ctx, PyObject a, PyObject b) {
        return Protocols.isTrue(ctx, Operators.compare(ctx, Operators.LT, a, b));
    }

    private static void reverse(PyObject[] values) {
        for (int i = 0, j = values.length - 1; i < j; i++, j--) {
            PyObject t = values[i];
            values[i] = values[j];
            values[j] = t;
        }
    }

    /** Binary insertion sort on runs of 32, then bottom-up merges that take from the right only when strictly less. */
    static <T> void stableSort(T[] items, LessThan<T> lt) {
        int n = items.length;
        if (n < 2) {
            return;
        }
        for (int lo = 0; lo < n; lo += RUN) {
            insertionSort(items, lo, Math.min(lo + RUN, n), lt);
        }
        if (n <= RUN) {
            return;
        }
        @SuppressWarnings("unchecked")
        T[] buffer = (T[]) new Object[n];
        T[] from = items;
        T[] to = buffer;
        for (int width = RUN; width < n; width *= 2) {
            for (int lo = 0; lo < n; lo += 2 * width) {
                int mid = Math.min(lo + width, n);
                int hi = Math.min(lo + 2 * width, n);
                merge(from, to, lo, mid, hi, lt);
            }
            T[] swap = from;
            from = to;
            to = swap;
        }
        if (from != items) {
            System.arraycopy(from, 0, items, 0, n);
        }
    }

    private static <T> void insertionSort(T[] a, int lo, int hi, LessThan<T> lt) {
        for (int i = lo + 1; i < hi; i++) {
            T pivot = a[i];
            int left = lo;
            int right = i;
            while (left < right) {
                int mid = (left + right) >>> 1;
                if (lt.test(pivot, a[mid])) {
                    right = mid;
                } else {
                    left = mid + 1;
                }
            }
            System.arraycopy(a, left, a, left + 1, i - left);
            a[left] = pivot;
        }
    }

    private static <T> void merge(T[] from, T[] to, int lo, int mid, int hi, LessThan<T> lt) {
        if (mid >= hi) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        // already in order: the last of the left run is not greater than the first of the right run
        if (!lt.test(from[mid], from[mid - 1])) {
            System.arraycopy(from, lo, to, lo, hi - lo);
            return;
        }
        int i = lo;
        int j = mid;
        int k = lo;
        while (i < mid && j < hi) {
            if (lt.test(from[j], from[i])) {
                to[k++] = from[j++];
            } else {
                to[k++] = from[i++];
            }
        }
        while (i < mid) {
            to[k++] = from[i++];
        }
        while (j < hi) {
            to[k++] = from[j++];
        }
    }
}
