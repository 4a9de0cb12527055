package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.List;

/** Slicing of lists, tuples and strings: reading, assigning and deleting {@code a[i:j:k]}. */
public final class Sequences {
    private Sequences() {
    }

    public static List<PyObject> slice(RunContext ctx, List<PyObject> items, PySlice s) {
        long[] ix = s.indices(items.size());
        ctx.allocateSlots(ix[3]);
        ArrayList<PyObject> out = new ArrayList<>((int) ix[3]);
        for (long i = ix[0], n = 0; n < ix[3]; i += ix[2], n++) {
            out.add(items.get((int) i));
        }
        return out;
    }

    public static String sliceString(PyStr str, PySlice sl) {
        long[] ix = sl.indices(str.length());
        if (ix[2] == 1) {
            return ix[3] == 0 ? "" : str.substring((int) ix[0], (int) ix[0] + (int) ix[3]);
        }
        String s = str.value();
        if (str.isBmp()) {
            StringBuilder b = new StringBuilder((int) ix[3]);
            for (long i = ix[0], n = 0; n < ix[3]; i += ix[2], n++) {
                b.append(s.charAt((int) i));
            }
            return b.toString();
        }
        int[] cps = s.codePoints().toArray();
        StringBuilder b = new StringBuilder();
        for (long i = ix[0], n = 0; n < ix[3]; i += ix[2], n++) {
            b.appendCodePoint(cps[(int) i]);
        }
        return b.toString();
    }

    public static void assignSlice(RunContext ctx, List<PyObject> items, PySlice s, PyObject value) {
        List<PyObject> values = value instanceof PyList && ((PyList) value).items() == items
                ? new ArrayList<>(items) : Protocols.toList(ctx, value);
        long[] ix = s.indices(items.size());
        if (ix[2] == 1) {
            int start = (int) ix[0];
            int stop = Math.max(start, (int) ix[1]);
            items.subList(start, stop).clear();
            items.addAll(start, values);
            return;
        }
        if (values.size() != ix[3]) {
            throw PyException.valueError("attempt to assign sequence of size " + values.size()
                    + " to extended slice of size " + ix[3]);
        }
        for (long i = ix[0], n = 0; n < ix[3]; i += ix[2], n++) {
            items.set((int) i, values.get((int) n));
        }
    }

    public static void deleteSlice(RunContext ctx, List<PyObject> items, PySlice s) {
        long[] ix = s.indices(items.size());
        if (ix[2] == 1) {
            if (ix[3] > 0) {
                items.subList((int) ix[0], (int) ix[0] + (int) ix[3]).clear();
            }
            return;
        }
        List<Integer> doomed = new ArrayList<>();
        for (long i = ix[0], n = 0; n < ix[3]; i += ix[2], n++) {
            doomed.add((int) i);
        }
        doomed.sort(java.util.Collections.reverseOrder());
        for (int i : doomed) {
            items.remove(i);
        }
    }
}
