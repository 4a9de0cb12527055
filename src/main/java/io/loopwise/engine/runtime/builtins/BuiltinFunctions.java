package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Hashing;
import io.loopwise.engine.runtime.NativeBody;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyMethod;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.Map;

/**
 * The builtin functions about objects in general: print, len, repr, ascii, id, hash, callable, the attribute
 * functions, isinstance/issubclass, chr/ord, format, iter/next (CPython Python/bltinmodule.c).
 */
final class BuiltinFunctions {
    private BuiltinFunctions() {
    }

    static void install(Map<String, PyObject> builtins) {
        def(builtins, "print", BuiltinFunctions::print);
        def(builtins, "len", (ctx, a, kw) -> PyInt.valueOf(Protocols.len(ctx, Args.one("len", a, kw, 0))));
        def(builtins, "repr", (ctx, a, kw) -> PyStr.of(Protocols.repr(ctx, Args.one("repr", a, kw, 0))));
        def(builtins, "ascii", (ctx, a, kw) -> PyStr.of(ascii(Protocols.repr(ctx, Args.one("ascii", a, kw, 0)))));
        def(builtins, "id", (ctx, a, kw) -> PyInt.valueOf(Identity.id(ctx, Args.one("id", a, kw, 0))));
        def(builtins, "hash", (ctx, a, kw) -> PyInt.valueOf(Hashing.hash(ctx, Args.one("hash", a, kw, 0))));
        def(builtins, "callable", (ctx, a, kw) -> PyBool.of(isCallable(Args.one("callable", a, kw, 0))));
        def(builtins, "getattr", BuiltinFunctions::getattr);
        def(builtins, "hasattr", (ctx, a, kw) -> {
            Args.range("hasattr", a, kw, 0, 2, 2);
            try {
                Attributes.getAttr(ctx, a[0], name(a[1]));
                return PyBool.TRUE;
            } catch (PyException e) {
                if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                    return PyBool.FALSE;
                }
                throw e;
            }
        });
        def(builtins, "setattr", (ctx, a, kw) -> {
            Args.range("setattr", a, kw, 0, 3, 3);
            Attributes.setAttr(ctx, a[0], name(a[1]), a[2]);
            return PyNone.NONE;
        });
        def(builtins, "delattr", (ctx, a, kw) -> {
            Args.range("delattr", a, kw, 0, 2, 2);
            Attributes.delAttr(ctx, a[0], name(a[1]));
            return PyNone.NONE;
        });
        def(builtins, "isinstance", (ctx, a, kw) -> {
            Args.range("isinstance", a, kw, 0, 2, 2);
            return PyBool.of(isInstance(a[0], a[1]));
        });
        def(builtins, "issubclass", (ctx, a, kw) -> {
            Args.range("issubclass", a, kw, 0, 2, 2);
            if (!(a[0] instanceof PyType cls)) {
                throw PyException.typeError("issubclass() arg 1 must be a class");
            }
            return PyBool.of(isSubclass(cls, a[1]));
        });
        def(builtins, "chr", (ctx, a, kw) -> {
            long cp = Args.index(Args.one("chr", a, kw, 0));
            if (cp < 0 || cp > 0x10ffff) {
                throw PyException.valueError("chr() arg not in range(0x110000)");
            }
            return PyStr.of(new String(Character.toChars((int) cp)));
        });
        def(builtins, "ord", (ctx, a, kw) -> {
            PyObject c = Args.one("ord", a, kw, 0);
            if (!(c instanceof PyStr s)) {
                throw PyException.typeError("ord() expected string of length 1, but " + c.type().name() + " found");
            }
            String v = s.value();
            if (v.codePointCount(0, v.length()) != 1) {
                throw PyException.typeError("ord() expected a character, but string of length "
                        + v.codePointCount(0, v.length()) + " found");
            }
            return PyInt.valueOf(v.codePointAt(0));
        });
        def(builtins, "format", (ctx, a, kw) -> {
            Args.range("format", a, kw, 0, 1, 2);
            PyObject spec = a.length > 1 ? a[1] : PyStr.EMPTY;
            if (!(spec instanceof PyStr)) {
                throw PyException.typeError("format() argument 2 must be str, not " + spec.type().name());
            }
            PyObject r = Calls.callMethod(ctx, a[0], "__format__", spec);
            if (!(r instanceof PyStr)) {
                throw PyException.typeError("__format__ must return a str, not " + r.type().name());
            }
            return r;
        });
        def(builtins, "iter", BuiltinFunctions::iter);
        def(builtins, "dir", (ctx, a, kw) -> {
            throw PyException.notImplemented("dir() is not supported in the sandbox: use hasattr() to test for an attribute");
        });
        def(builtins, "input", (ctx, a, kw) -> {
            throw PyException.notImplemented("input() is not supported in the sandbox: programs cannot read stdin");
        });
        def(builtins, "next", (ctx, a, kw) -> {
            Args.range("next", a, kw, 0, 1, 2);
            if (a.length == 1) {
                return Protocols.nextOrStop(ctx, a[0]);
            }
            PyObject v = Protocols.next(ctx, a[0]);
            return v == null ? a[1] : v;
        });
        ((PyNativeFunction) builtins.get("next")).markHoldsOnlyArguments();
    }

    static void def(Map<String, PyObject> builtins, String name, NativeBody body) {
        builtins.put(name, PyNativeFunction.of(name, body));
    }

    /**
     * print(*objects, sep=' ', end='\n', file=None, flush=False): one stdout write per call, so the timeline
     * sees exactly the text of each print. Only stdout exists in the sandbox.
     */
    private static PyObject print(RunContext ctx, PyObject[] args, String[] kw) {
        int nkw = Args.keywordCount(kw);
        int npos = args.length - nkw;
        String sep = " ";
        String end = "\n";
        for (int k = 0; k < nkw; k++) {
            PyObject value = args[npos + k];
            switch (kw[k]) {
                case "sep" -> sep = separator(value, "sep", sep);
                case "end" -> end = separator(value, "end", end);
                case "flush" -> Protocols.isTrue(ctx, value);
                case "file" -> {
                    if (value != PyNone.NONE) {
                        throw PyException.notImplemented("print(file=...) is not supported in the sandbox: "
                                + "output always goes to stdout");
                    }
                }
                default -> throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for print()");
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < npos; i++) {
            if (i > 0) {
                text.append(sep);
            }
            text.append(Protocols.str(ctx, args[i]));
        }
        text.append(end);
        ctx.writeStdout(text.toString());
        return PyNone.NONE;
    }

    private static String separator(PyObject value, String name, String absent) {
        if (value == PyNone.NONE) {
            return absent;
        }
        if (!(value instanceof PyStr s)) {
            throw PyException.typeError(name + " must be None or a string, not " + value.type().name());
        }
        return s.value();
    }

    /** repr with every non-ASCII character escaped, as ascii() does. */
    static String ascii(String repr) {
        StringBuilder out = new StringBuilder(repr.length());
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            if (cp < 128) {
                out.append((char) cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static boolean isCallable(PyObject o) {
        return o instanceof PyType || o instanceof PyNativeFunction || o instanceof PyMethod
                || o.type() == BuiltinTypes.FUNCTION || o.type().lookup("__call__") != null;
    }

    private static String name(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyException.typeError("attribute name must be string, not '" + o.type().name() + "'");
        }
        return s.value().intern();
    }

    private static PyObject getattr(RunContext ctx, PyObject[] a, String[] kw) {
        Args.range("getattr", a, kw, 0, 2, 3);
        String name = name(a[1]);
        if (a.length == 2) {
            return Attributes.getAttr(ctx, a[0], name);
        }
        try {
            return Attributes.getAttr(ctx, a[0], name);
        } catch (PyException e) {
            if (e.matches(ExceptionTypes.ATTRIBUTE_ERROR)) {
                return a[2];
            }
            throw e;
        }
    }

    static boolean isInstance(PyObject o, PyObject classInfo) {
        if (classInfo instanceof PyType t) {
            return o.type().isSubtypeOf(t);
        }
        if (classInfo instanceof PyUnion union) {
            return union.types().stream().anyMatch(t -> o.type().isSubtypeOf(t));
        }
        if (classInfo instanceof PyTuple options) {
            for (PyObject option : options.array()) {
                if (isInstance(o, option)) {
                    return true;
                }
            }
            return false;
        }
        throw PyException.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    static boolean isSubclass(PyType cls, PyObject classInfo) {
        if (classInfo instanceof PyType t) {
            return cls.isSubtypeOf(t);
        }
        if (classInfo instanceof PyUnion union) {
            return union.types().stream().anyMatch(cls::isSubtypeOf);
        }
        if (classInfo instanceof PyTuple options) {
            for (PyObject option : options.array()) {
                if (isSubclass(cls, option)) {
                    return true;
                }
            }
            return false;
        }
        throw PyException.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
    }

    /** iter(o) or iter(callable, sentinel). */
    private static PyObject iter(RunContext ctx, PyObject[] a, String[] kw) {
        Args.range("iter", a, kw, 0, 1, 2);
        if (a.length == 1) {
            return Protocols.iter(ctx, a[0]);
        }
        PyObject f = a[0];
        PyObject sentinel = a[1];
        if (!isCallable(f)) {
            throw PyException.typeError("iter(object, sentinel): object must be callable");
        }
        return new PyIterator(BuiltinTypes.CALLABLE_ITERATOR) {
            private boolean done;

            @Override
            public PyObject next(RunContext c) {
                if (done) {
                    return null;
                }
                PyObject v = Calls.call(c, f);
                if (Protocols.eq(c, v, sentinel)) {
                    done = true;
                    return null;
                }
                return v;
            }
        };
    }
}
