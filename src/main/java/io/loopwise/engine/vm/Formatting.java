package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.RunContext;

/** The f-string field {@code {value!conv:spec}}: conversion, then {@code format(value, spec)}. */
final class Formatting {
    private Formatting() {
    }

    static PyObject formatValue(RunContext ctx, PyObject v, int conversion, PyObject spec) {
        if (conversion == 1) {
            v = PyStr.of(Protocols.str(ctx, v));
        } else if (conversion == 2) {
            v = PyStr.of(Protocols.repr(ctx, v));
        } else if (conversion == 3) {
            v = PyStr.of(ascii(Protocols.repr(ctx, v)));
        }
        String s = spec == null ? "" : ((PyStr) spec).value();
        return format(ctx, v, s);
    }

    /** Python's format(value, spec). */
    static PyObject format(RunContext ctx, PyObject v, String spec) {
        if (spec.isEmpty()) {
            if (v instanceof PyStr && v.type().isBuiltin()) {
                return v;
            }
            if (v.type().isBuiltin() || !v.type().overriddenByUser("__format__")) {
                return PyStr.of(Protocols.str(ctx, v));
            }
        }
        PyObject r = Calls.callMethod(ctx, v, "__format__", PyStr.of(spec));
        if (!(r instanceof PyStr)) {
            throw PyException.typeError("__format__ must return a str, not " + r.type().name());
        }
        return r;
    }

    static String ascii(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            int cp = s.codePointAt(i);
            if (cp < 128) {
                b.append((char) cp);
            } else if (cp <= 0xff) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
                i++;
            }
        }
        return b.toString();
    }
}
