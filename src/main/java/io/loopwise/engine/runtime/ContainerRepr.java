package io.loopwise.engine.runtime;

import java.util.Map;

/** repr of list, tuple, dict and set, guarding against self-containing values ("[...]", "{...}"). */
final class ContainerRepr {
    private ContainerRepr() {
    }

    static String repr(RunContext ctx, PyObject o) {
        if (!ctx.enterRepr(o)) {
            return o instanceof PyList ? "[...]" : o instanceof PyDict ? "{...}" : o.type().name() + "(...)";
        }
        try {
            StringBuilder b = new StringBuilder();
            if (o instanceof PyList) {
                b.append('[');
                join(ctx, b, ((PyList) o).items());
                return b.append(']').toString();
            }
            if (o instanceof PyTuple) {
                PyTuple t = (PyTuple) o;
                b.append('(');
                join(ctx, b, t.asList());
                return b.append(t.size() == 1 ? ",)" : ")").toString();
            }
            if (o instanceof PyDict) {
                b.append('{');
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : ((PyDict) o).map().entrySet()) {
                    if (!first) {
                        b.append(", ");
                    }
                    first = false;
                    b.append(Protocols.repr(ctx, e.getKey())).append(": ").append(Protocols.repr(ctx, e.getValue()));
                    ctx.chargeSteps(1);
                }
                return b.append('}').toString();
            }
            PySet s = (PySet) o;
            if (s.size() == 0) {
                return s.isFrozen() ? "frozenset()" : "set()";
            }
            b.append(s.isFrozen() ? "frozenset({" : "{");
            join(ctx, b, s.items());
            return b.append(s.isFrozen() ? "})" : "}").toString();
        } finally {
            ctx.exitRepr(o);
        }
    }

    private static void join(RunContext ctx, StringBuilder b, Iterable<PyObject> items) {
        boolean first = true;
        for (PyObject v : items) {
            if (!first) {
                b.append(", ");
            }
            first = false;
            b.append(Protocols.repr(ctx, v));
            ctx.chargeSteps(1);
            if (b.length() > ctx.limits().maxOutputBytes() * 4L + 1024) {
                ctx.allocate(b.length());
            }
        }
    }
}
