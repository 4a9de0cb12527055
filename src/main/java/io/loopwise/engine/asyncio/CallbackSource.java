package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.PyMethod;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.vm.PyFunction;
import java.util.StringJoiner;

/**
 * How a handle's or a future's repr names a Python callback: CPython's
 * {@code format_helpers._format_callback_source} — {@code qualname(reprlib args)}, plus {@code at <program>:N} (the
 * {@code def} line) when the callable is a plain Python function (not a bound method, not a builtin).
 */
final class CallbackSource {
    /** Where CPython's asyncio package lives in a standard install (python.org builds, official images). */
    static final String LIBRARY = "/usr/local/lib/python3.12/asyncio/";
    private CallbackSource() {
    }

    static String format(RunContext ctx, PyObject fn, PyObject[] args) {
        StringJoiner items = new StringJoiner(", ", "(", ")");
        for (PyObject arg : args) {
            items.add(ReprLib.repr(ctx, arg));
        }
        String text = name(ctx, fn) + items;
        if (fn instanceof PyFunction f) {
            text += " at <program>:" + f.firstLine();
        }
        return text;
    }

    /** {@code _format_callback}: {@code __qualname__}, else {@code __name__}, else {@code repr()}. */
    private static String name(RunContext ctx, PyObject fn) {
        if (fn instanceof PyMethod m) {
            // a bound method forwards __qualname__ to its function ("Watcher.notify")
            return name(ctx, m.function());
        }
        if (fn instanceof PyNativeFunction nf) {
            return nf.name();
        }
        PyObject name = Attributes.lookupAttr(ctx, fn, "__qualname__");
        if (name == null) {
            name = Attributes.lookupAttr(ctx, fn, "__name__");
        }
        return name != null ? Protocols.str(ctx, name) : Protocols.repr(ctx, fn);
    }
}
