package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyRange;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PySlice;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What calling a builtin type does: int(), float(), str(), bool(), list(), tuple(), dict(), set(), frozenset(),
 * range(), slice() and three-argument type(). Mutable containers are filled by their {@code __init__} as in
 * CPython, so a user subclass that overrides {@code __init__} and calls {@code super().__init__(...)} works.
 */
final class Constructors {
    private Constructors() {
    }

    static void install() {
        BuiltinTypes.INT.constructor(Constructors::newInt);
        BuiltinTypes.BOOL.constructor((ctx, a, kw) -> {
            Args.range("bool", a, kw, 1, 0, 1);
            return PyBool.of(a.length > 1 && Protocols.isTrue(ctx, a[1]));
        });
        BuiltinTypes.FLOAT.constructor((ctx, a, kw) -> {
            Args.range("float", a, kw, 1, 0, 1);
            return a.length == 1 ? new PyFloat(0.0) : toFloat(ctx, a[1]);
        });
        BuiltinTypes.STR.constructor(Constructors::newStr);
        BuiltinTypes.TUPLE.constructor((ctx, a, kw) -> {
            Args.range("tuple", a, kw, 1, 0, 1);
            if (a.length == 1) {
                return PyTuple.EMPTY;
            }
            if (a[1] instanceof PyTuple t) {
                return t;
            }
            return PyTuple.of(Protocols.toList(ctx, a[1]));
        });
        BuiltinTypes.LIST.constructor((ctx, a, kw) -> {
            PyType cls = (PyType) a[0];
            PyList list = new PyList(cls, new ArrayList<>());
            if (!cls.overriddenByUser("__init__")) {
                initList(ctx, list, a, kw);
            }
            return list;
        });
        BuiltinTypes.LIST.def("__init__", (ctx, a, kw) -> {
            initList(ctx, (PyList) a[0], a, kw);
            return PyNone.NONE;
        });
        BuiltinTypes.DICT.constructor((ctx, a, kw) -> {
            PyType cls = (PyType) a[0];
            PyDict dict = new PyDict(cls, new LinkedHashMap<>());
            if (!cls.overriddenByUser("__init__")) {
                initDict(ctx, dict, a, kw);
            }
            return dict;
        });
        BuiltinTypes.DICT.def("__init__", (ctx, a, kw) -> {
            initDict(ctx, (PyDict) a[0], a, kw);
            return PyNone.NONE;
        });
        BuiltinTypes.SET.constructor((ctx, a, kw) -> {
            Args.noKeywords("set", kw);
            Args.range("set", a, kw, 1, 0, 1);
            return a.length == 1 ? new PySet(false) : SetOperations.fromIterable(ctx, a[1], false);
        });
        BuiltinTypes.FROZENSET.constructor((ctx, a, kw) -> {
            Args.noKeywords("frozenset", kw);
            Args.range("frozenset", a, kw, 1, 0, 1);
            if (a.length > 1 && a[1] instanceof PySet s && s.isFrozen()) {
                return s;
            }
            return a.length == 1 ? new PySet(true) : SetOperations.fromIterable(ctx, a[1], true);
        });
        BuiltinTypes.RANGE.constructor(Constructors::newRange);
        BuiltinTypes.SLICE.constructor((ctx, a, kw) -> {
            Args.range("slice", a, kw, 1, 1, 3);
            if (a.length == 2) {
                return new PySlice(PyNone.NONE, a[1], PyNone.NONE);
            }
            return new PySlice(a[1], a[2], a.length > 3 ? a[3] : PyNone.NONE);
        });
        BuiltinTypes.TYPE.constructor(Constructors::newType);
    }

    private static void initList(RunContext ctx, PyList list, PyObject[] a, String[] kw) {
        Args.noKeywords("list", kw);
        Args.range("list", a, kw, 1, 0, 1);
        list.items().clear();
        if (a.length > 1) {
            ListMethods.extend(ctx, list.items(), a[1]);
        }
    }

    private static void initDict(RunContext ctx, PyDict dict, PyObject[] a, String[] kw) {
        int nkw = Args.keywordCount(kw);
        int npos = a.length - 1 - nkw;
        if (npos > 1) {
            throw PyException.typeError("dict expected at most 1 argument, got " + npos);
        }
        if (npos == 1) {
            DictMethods.update(ctx, dict, a[1]);
        }
        for (int k = 0; k < nkw; k++) {
            dict.put(PyStr.of(kw[k]), a[a.length - nkw + k]);
        }
    }

    // ---- int ----

    private static PyObject newInt(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind("int", args, kw, 1, 0, "x", "base");
        if (a[0] == null) {
            if (a[1] != null) {
                throw PyException.typeError("int() missing string argument");
            }
            return PyInt.ZERO;
        }
        if (a[1] != null) {
            long base = Args.index(a[1]);
            if (!(a[0] instanceof PyStr s)) {
                throw PyException.typeError("int() can't convert non-string with explicit base");
            }
            if (base != 0 && (base < 2 || base > 36)) {
                throw PyException.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            return parseInt(s.value(), (int) base);
        }
        return toInt(ctx, a[0]);
    }

    /** int(x) for one argument. */
    static PyInt toInt(RunContext ctx, PyObject x) {
        if (x instanceof PyInt i) {
            return i instanceof PyBool || !x.type().isBuiltin() ? PyInt.valueOf(i.bigValue()) : i;
        }
        if (x instanceof PyFloat f) {
            return floatToInt(f.value());
        }
        if (x instanceof PyStr s) {
            return parseInt(s.value(), 10);
        }
        for (String special : new String[] {"__int__", "__index__", "__trunc__"}) {
            if (x.type().lookup(special) != null) {
                PyObject r = io.loopwise.engine.runtime.Calls.callMethod(ctx, x, special);
                if (!(r instanceof PyInt i)) {
                    throw PyException.typeError(special + " returned non-int (type " + r.type().name() + ")");
                }
                return i;
            }
        }
        throw PyException.typeError("int() argument must be a string, a bytes-like object or a real number, not '"
                + x.type().name() + "'");
    }

    static PyInt floatToInt(double d) {
        if (Double.isNaN(d)) {
            throw PyException.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.valueOf((long) d);
        }
        return PyInt.valueOf(new java.math.BigDecimal(d).toBigInteger());
    }

    private static PyInt parseInt(String text, int base) {
        BigInteger value;
        try {
            value = NumberParsing.parseInt(text, base);
        } catch (NumberParsing.TooManyDigits e) {
            throw PyException.valueError("Exceeds the limit (" + NumberParsing.MAX_STR_DIGITS
                    + " digits) for integer string conversion: value has " + e.digits
                    + " digits; use sys.set_int_max_str_digits() to increase the limit");
        }
        if (value == null) {
            String repr = PyStr.repr(text);
            if (repr.length() > 200) {
                repr = repr.substring(0, 200);
            }
            throw PyException.valueError("invalid literal for int() with base " + base + ": " + repr);
        }
        return PyInt.valueOf(value);
    }

    // ---- float ----

    /** float(x) for one argument. */
    static PyFloat toFloat(RunContext ctx, PyObject x) {
        if (x instanceof PyFloat f) {
            return x.type().isBuiltin() ? f : new PyFloat(f.value());
        }
        if (x instanceof PyInt i) {
            return new PyFloat(i.doubleValue());
        }
        if (x instanceof PyStr s) {
            Double d = NumberParsing.parseFloat(s.value());
            if (d == null) {
                throw PyException.valueError("could not convert string to float: " + PyStr.repr(s.value()));
            }
            return new PyFloat(d);
        }
        if (x.type().lookup("__float__") != null) {
            PyObject r = io.loopwise.engine.runtime.Calls.callMethod(ctx, x, "__float__");
            if (!(r instanceof PyFloat f)) {
                throw PyException.typeError(x.type().name() + ".__float__ returned non-float (type "
                        + r.type().name() + ")");
            }
            return f;
        }
        if (x.type().lookup("__index__") != null) {
            return new PyFloat(PyInt.valueOf(Protocols.index(x)).doubleValue());
        }
        throw PyException.typeError("float() argument must be a string or a real number, not '"
                + x.type().name() + "'");
    }

    // ---- str ----

    private static PyObject newStr(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind("str", args, kw, 1, 0, "object", "encoding", "errors");
        if (a[0] == null) {
            return PyStr.EMPTY;
        }
        if (a[1] == null && a[2] == null) {
            return a[0] instanceof PyStr s && a[0].type().isBuiltin() ? s : PyStr.of(Protocols.str(ctx, a[0]));
        }
        if (a[1] != null && !(a[1] instanceof PyStr)) {
            throw PyException.typeError("str() argument 'encoding' must be str, not " + a[1].type().name());
        }
        if (a[0] instanceof PyStr) {
            throw PyException.typeError("decoding str is not supported");
        }
        throw PyException.typeError("decoding to str: need a bytes-like object, " + a[0].type().name() + " found");
    }

    // ---- range / type ----

    private static PyObject newRange(RunContext ctx, PyObject[] a, String[] kw) {
        Args.noKeywords("range", kw);
        int n = a.length - 1;
        if (n == 0) {
            throw PyException.typeError("range expected at least 1 argument, got 0");
        }
        if (n > 3) {
            throw PyException.typeError("range expected at most 3 arguments, got " + n);
        }
        long start = n == 1 ? 0 : rangeArg(a[1]);
        long stop = rangeArg(n == 1 ? a[1] : a[2]);
        long step = n == 3 ? rangeArg(a[3]) : 1;
        if (step == 0) {
            throw PyException.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(start, stop, step);
    }

    private static long rangeArg(PyObject o) {
        long v = Protocols.index(o);
        // keep (stop - start) / step computable in a long
        if (v > (Long.MAX_VALUE >> 2) || v < (Long.MIN_VALUE >> 2)) {
            throw PyException.of(ExceptionTypes.OVERFLOW_ERROR, "Python int too large to convert to C ssize_t");
        }
        return v;
    }

    /** type(name, bases, dict) creates a class; type(x) is answered by the call machinery. */
    private static PyObject newType(RunContext ctx, PyObject[] a, String[] kw) {
        if (a.length != 4) {
            throw PyException.typeError("type() takes 1 or 3 arguments");
        }
        String name = Args.str(a[1], "type.__new__() argument 1 must be str");
        if (!(a[2] instanceof PyTuple bases)) {
            throw PyException.typeError("type.__new__() argument 2 must be tuple, not " + a[2].type().name());
        }
        if (!(a[3] instanceof PyDict ns)) {
            throw PyException.typeError("type.__new__() argument 3 must be dict, not " + a[3].type().name());
        }
        PyType[] baseTypes = new PyType[bases.size()];
        for (int i = 0; i < baseTypes.length; i++) {
            if (!(bases.get(i) instanceof PyType t)) {
                throw PyException.typeError("bases must be types");
            }
            baseTypes[i] = t;
        }
        Map<String, PyObject> attributes = new LinkedHashMap<>();
        for (Map.Entry<PyObject, PyObject> e : ns.map().entrySet()) {
            attributes.put(Args.str(e.getKey(), "type.__new__() namespace keys must be str"), e.getValue());
        }
        return PyType.user(name, name, "__main__", baseTypes, attributes);
    }
}
