package io.loopwise.engine.runtime.builtins;

/**
 * A stable sort that, like CPython's list.sort, asks only "is a &lt; b?" (so only {@code __lt__} is ever called)
 * and starts by comparing the second item with the first, so a mixed-type list fails with the same
 * "'&lt;' not supported between instances of 'str' and 'int'" CPython reports. Binary insertion sort on
 * short runs, then bottom-up merging that takes from the right run only when strictly less (stability).
 */
final class StableSort {
    /** Python's {@code a < b}, which may raise. */
    @FunctionalInterface
    interface LessThan<T> {
        boolean test(T a, T b);
    }

    private static final int RUN = 32;

    private StableSort() {
    }

    static <T> void sort(T[] items, LessThan<T> lt) {
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
