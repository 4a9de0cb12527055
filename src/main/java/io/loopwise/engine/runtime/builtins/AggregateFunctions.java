package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.Map;

/** Builtins that consume a whole iterable: sum, min, max, any, all and sorted. */
final class AggregateFunctions {
    private AggregateFunctions() {
    }

    static void install(Map<String, PyObject> builtins) {
        BuiltinFunctions.def(builtins, "sum", AggregateFunctions::sum);
        BuiltinFunctions.def(builtins, "min", (ctx, a, kw) -> extreme(ctx, a, kw, "min", Operators.LT));
        BuiltinFunctions.def(builtins, "max", (ctx, a, kw) -> extreme(ctx, a, kw, "max", Operators.GT));
        BuiltinFunctions.def(builtins, "any", (ctx, a, kw) -> {
            PyObject it = Protocols.iter(ctx, Args.one("any", a, kw, 0));
            for (PyObject v = Protocols.next(ctx, it); v != null; v = Protocols.next(ctx, it)) {
                ctx.chargeSteps(1);
                if (Protocols.isTrue(ctx, v)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        });
        BuiltinFunctions.def(builtins, "all", (ctx, a, kw) -> {
            PyObject it = Protocols.iter(ctx, Args.one("all", a, kw, 0));
            for (PyObject v = Protocols.next(ctx, it); v != null; v = Protocols.next(ctx, it)) {
                ctx.chargeSteps(1);
                if (!Protocols.isTrue(ctx, v)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        });
        BuiltinFunctions.def(builtins, "sorted", (ctx, args, kw) -> {
            int npos = args.length - Args.keywordCount(kw);
            if (npos != 1) {
                throw PyException.typeError("sorted expected 1 argument, got " + npos);
            }
            PyObject[] a = Args.bind("sort", args, kw, 1, 0, "key$", "reverse$");
            ArrayList<PyObject> items = new ArrayList<>();
            ListMethods.extend(ctx, items, args[0]);
            Sorting.sort(ctx, items, a[0], a[1]);
            return new PyList(items);
        });
    }

    private static boolean exactInt(PyObject o) {
        return o instanceof PyInt && (o.type() == BuiltinTypes.INT || o.type() == BuiltinTypes.BOOL);
    }

    /**
     * sum(iterable, /, start=0), as builtin_sum_impl: an exact-int phase on longs, then a float phase with
     * Neumaier-compensated addition (CPython 3.12), then plain {@code +} for everything else.
     */
    private static PyObject sum(RunContext ctx, PyObject[] args, String[] kw) {
        int npos = args.length - Args.keywordCount(kw);
        if (npos == 0) {
            throw PyException.typeError("sum() takes at least 1 positional argument (0 given)");
        }
        PyObject[] a = Args.bind("sum", args, kw, 0, 1, "iterable", "start");
        PyObject result = a[1] == null ? PyInt.ZERO : a[1];
        if (result instanceof PyStr) {
            throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]");
        }
        PyObject it = Protocols.iter(ctx, a[0]);
        if (result.type() == BuiltinTypes.INT && ((PyInt) result).isSmall()) {
            long total = ((PyInt) result).longValue();
            while (true) {
                PyObject item = Protocols.next(ctx, it);
                if (item == null) {
                    return PyInt.valueOf(total);
                }
                ctx.chargeSteps(1);
                if (exactInt(item) && ((PyInt) item).isSmall()) {
                    long b = ((PyInt) item).longValue();
                    if (total >= 0 ? b <= Long.MAX_VALUE - total : b >= Long.MIN_VALUE - total) {
                        total += b;
                        continue;
                    }
                }
                result = Operators.binary(ctx, Operators.ADD, PyInt.valueOf(total), item);
                break;
            }
        }
        if (result.type() == BuiltinTypes.FLOAT) {
            double total = ((PyFloat) result).value();
            double compensation = 0.0;
            while (true) {
                PyObject item = Protocols.next(ctx, it);
                ctx.chargeSteps(1);
                if (item == null) {
                    if (compensation != 0.0 && Double.isFinite(compensation)) {
                        total += compensation;
                    }
                    return new PyFloat(total);
                }
                if (item.type() == BuiltinTypes.FLOAT) {
                    double x = ((PyFloat) item).value();
                    double t = total + x;
                    if (Math.abs(total) >= Math.abs(x)) {
                        compensation += (total - t) + x;
                    } else {
                        compensation += (x - t) + total;
                    }
                    total = t;
                    continue;
                }
                if (item instanceof PyInt i && i.isSmall()) {
                    total += (double) i.longValue();
                    continue;
                }
                if (compensation != 0.0 && Double.isFinite(compensation)) {
                    total += compensation;
                }
                result = Operators.binary(ctx, Operators.ADD, new PyFloat(total), item);
                break;
            }
        }
        for (PyObject item = Protocols.next(ctx, it); item != null; item = Protocols.next(ctx, it)) {
            ctx.chargeSteps(1);
            result = Operators.binary(ctx, Operators.ADD, result, item);
        }
        return result;
    }

    /** min/max (CPython min_max): first extreme wins ties; key and default as keywords. */
    private static PyObject extreme(RunContext ctx, PyObject[] args, String[] kw, String name, int op) {
        int nkw = Args.keywordCount(kw);
        int npos = args.length - nkw;
        PyObject key = null;
        PyObject dflt = null;
        for (int k = 0; k < nkw; k++) {
            PyObject value = args[npos + k];
            switch (kw[k]) {
                case "key" -> key = value == PyNone.NONE ? null : value;
                case "default" -> dflt = value;
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for "
                        + name + "()");
            }
        }
        if (npos == 0) {
            throw PyException.typeError(name + " expected at least 1 argument, got 0");
        }
        if (npos > 1 && dflt != null) {
            throw PyException.typeError("Cannot specify a default for " + name
                    + "() with multiple positional arguments");
        }
        PyObject it = npos == 1 ? Protocols.iter(ctx, args[0])
                : Protocols.iter(ctx, io.loopwise.engine.runtime.PyTuple.of(java.util.Arrays.copyOf(args, npos)));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject item = Protocols.next(ctx, it); item != null; item = Protocols.next(ctx, it)) {
            ctx.chargeSteps(1);
            PyObject itemKey = key == null ? item : Calls.call(ctx, key, item);
            if (best == null || Protocols.isTrue(ctx, Operators.compare(ctx, op, itemKey, bestKey))) {
                best = item;
                bestKey = itemKey;
            }
        }
        if (best == null) {
            if (dflt != null) {
                return dflt;
            }
            throw PyException.valueError(name + "() iterable argument is empty");
        }
        return best;
    }
}
