package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Subscription;
import java.util.Map;

/** {@code str.maketrans} and {@code str.translate}, with CPython's table rules and error messages. */
final class StrTranslation {
    private StrTranslation() {
    }

    static void install(PyType str) {
        str.defStatic("maketrans", (ctx, a, kw) -> {
            Args.range("maketrans", a, kw, 0, 1, 3);
            return a.length == 1 ? fromDict(a[0]) : fromStrings(a);
        });
        str.def("translate", (ctx, a, kw) -> translate(ctx, StrMethods.self(a), Args.one("str.translate", a, kw, 1)));
    }

    private static PyDict fromDict(PyObject table) {
        if (!(table instanceof PyDict)) {
            throw PyException.typeError("if you give only one argument to maketrans it must be a dict");
        }
        PyDict out = new PyDict();
        for (Map.Entry<PyObject, PyObject> e : ((PyDict) table).map().entrySet()) {
            PyObject k = e.getKey();
            if (k instanceof PyStr) {
                if (((PyStr) k).length() != 1) {
                    throw PyException.valueError("string keys in translate table must be of length 1");
                }
                out.put(PyInt.valueOf(((PyStr) k).value().codePointAt(0)), e.getValue());
            } else if (k instanceof PyInt) {
                out.put(k, e.getValue());
            } else {
                throw PyException.typeError("keys in translate table must be strings or integers");
            }
        }
        return out;
    }

    private static PyDict fromStrings(PyObject[] a) {
        String from = Args.str(a[0], "maketrans() argument 1 must be str, not " + a[0].type().name());
        String to = Args.str(a[1], "maketrans() argument 2 must be str, not " + a[1].type().name());
        int[] x = from.codePoints().toArray();
        int[] y = to.codePoints().toArray();
        if (x.length != y.length) {
            throw PyException.valueError("the first two maketrans arguments must have equal length");
        }
        PyDict out = new PyDict();
        for (int i = 0; i < x.length; i++) {
            out.put(PyInt.valueOf(x[i]), PyInt.valueOf(y[i]));
        }
        if (a.length > 2) {
            String delete = Args.str(a[2], "maketrans() argument 3 must be str, not " + a[2].type().name());
            delete.codePoints().forEach(c -> out.put(PyInt.valueOf(c), PyNone.NONE));
        }
        return out;
    }

    private static PyStr translate(RunContext ctx, String s, PyObject table) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PyObject mapped;
            try {
                mapped = Subscription.getItem(ctx, table, PyInt.valueOf(cp));
            } catch (PyException e) {
                if (!e.matches(ExceptionTypes.LOOKUP_ERROR)) {
                    throw e;
                }
                out.appendCodePoint(cp);
                continue;
            }
            if (mapped == PyNone.NONE) {
                continue;
            }
            if (mapped instanceof PyInt) {
                long v = Protocols.index(mapped);
                if (v < 0 || v > 0x10ffff) {
                    throw PyException.valueError("character mapping must be in range(0x110000)");
                }
                out.appendCodePoint((int) v);
            } else if (mapped instanceof PyStr) {
                ctx.allocate(2L * ((PyStr) mapped).value().length());
                out.append(((PyStr) mapped).value());
            } else {
                throw PyException.typeError("character mapping must return integer, None or str");
            }
        }
        ctx.allocate(2L * s.length());
        return PyStr.of(out.toString());
    }
}
