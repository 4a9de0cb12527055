package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.RunContext;
import java.util.List;

/**
 * list.sort and sorted(): keys computed once up front, reverse done CPython's way (reverse, stable sort,
 * reverse back, so equal items keep their original order), and only {@code <} comparisons.
 */
final class Sorting {
    private Sorting() {
    }

    private record Keyed(PyObject key, PyObject value) {
    }

    /** Sorts {@code items} in place; {@code key} and {@code reverse} may be null (absent) or None. */
    static void sort(RunContext ctx, List<PyObject> items, PyObject key, PyObject reverse) {
        boolean descending = reverse != null && reverse != PyNone.NONE && Protocols.isTrue(ctx, reverse);
        int n = items.size();
        if (n < 2) {
            return;
        }
        ctx.chargeSteps(n * (long) (32 - Integer.numberOfLeadingZeros(n)));
        PyObject[] values = items.toArray(new PyObject[0]);
        if (descending) {
            reverse(values);
        }
        if (key == null || key == PyNone.NONE) {
            StableSort.sort(values, (a, b) -> lessThan(ctx, a, b));
        } else {
            Keyed[] keyed = new Keyed[n];
            for (int i = 0; i < n; i++) {
                keyed[i] = new Keyed(Calls.call(ctx, key, values[i]), values[i]);
            }
            StableSort.sort(keyed, (a, b) -> lessThan(ctx, a.key, b.key));
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
}
