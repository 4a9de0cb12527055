package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyRange;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Subscription;
import java.math.BigInteger;
import java.util.List;

/**
 * The lazy iterator types a program can call: enumerate, zip (with strict=), map, filter and reversed, plus
 * the callable iterator of {@code iter(f, sentinel)}. Each pulls from its sources only when asked, as in CPython.
 */
final class IteratorTypes {
    static final PyType ENUMERATE = PyType.builtin("enumerate", BuiltinTypes.OBJECT);
    static final PyType ZIP = PyType.builtin("zip", BuiltinTypes.OBJECT);
    static final PyType MAP = PyType.builtin("map", BuiltinTypes.OBJECT);
    static final PyType FILTER = PyType.builtin("filter", BuiltinTypes.OBJECT);
    static final PyType REVERSED = PyType.builtin("reversed", BuiltinTypes.OBJECT);
    static final PyType LIST_REVERSE_ITERATOR = PyType.builtin("list_reverseiterator", BuiltinTypes.OBJECT)
            .notSubclassable();
    static final PyType DICT_REVERSE_KEY_ITERATOR = PyType.builtin("dict_reversekeyiterator", BuiltinTypes.OBJECT)
            .notSubclassable();

    private IteratorTypes() {
    }

    static void install() {
        for (PyType t : new PyType[] {ENUMERATE, ZIP, MAP, FILTER, REVERSED, LIST_REVERSE_ITERATOR,
            DICT_REVERSE_KEY_ITERATOR}) {
            t.def("__iter__", (ctx, a, kw) -> a[0]);
            t.def("__repr__", (ctx, a, kw) -> PyStr.of("<" + t.name() + " object at 0x"
                    + Long.toHexString(Identity.id(ctx, a[0])) + ">"));
            t.def("__next__", (ctx, a, kw) -> {
                PyObject v = ((PyIterator) a[0]).next(ctx);
                if (v == null) {
                    throw PyException.stopIteration(null);
                }
                return v;
            });
        }
        ENUMERATE.constructor((ctx, args, kw) -> {
            PyObject[] a = Args.bind("enumerate", args, kw, 1, 0, "iterable", "start");
            if (a[0] == null) {
                throw PyException.typeError("enumerate() missing required argument 'iterable'");
            }
            PyObject start = a[1] == null ? PyInt.ZERO : a[1];
            BigInteger first = start instanceof PyInt i ? i.bigValue() : BigInteger.valueOf(Protocols.index(start));
            return enumerate(ctx, Protocols.iter(ctx, a[0]), first);
        });
        ZIP.constructor(IteratorTypes::zip);
        MAP.constructor((ctx, a, kw) -> {
            Args.noKeywords("map", kw);
            if (a.length < 3) {
                throw PyException.typeError("map() must have at least two arguments.");
            }
            PyObject f = a[1];
            PyObject[] sources = new PyObject[a.length - 2];
            for (int i = 0; i < sources.length; i++) {
                sources[i] = Protocols.iter(ctx, a[i + 2]);
            }
            return new PyIterator(MAP) {
                @Override
                public PyObject next(RunContext c) {
                    PyObject[] values = new PyObject[sources.length];
                    for (int i = 0; i < sources.length; i++) {
                        values[i] = Protocols.next(c, sources[i]);
                        if (values[i] == null) {
                            return null;
                        }
                    }
                    return Calls.call(c, f, values, null);
                }
            };
        });
        FILTER.constructor((ctx, a, kw) -> {
            Args.noKeywords("filter", kw);
            Args.range("filter", a, null, 1, 2, 2);
            PyObject f = a[1];
            PyObject source = Protocols.iter(ctx, a[2]);
            return new PyIterator(FILTER) {
                @Override
                public PyObject next(RunContext c) {
                    for (PyObject v = Protocols.next(c, source); v != null; v = Protocols.next(c, source)) {
                        c.chargeSteps(1);
                        PyObject verdict = f == PyNone.NONE ? v : Calls.call(c, f, v);
                        if (Protocols.isTrue(c, verdict)) {
                            return v;
                        }
                    }
                    return null;
                }
            };
        });
        REVERSED.constructor((ctx, a, kw) -> {
            Args.range("reversed", a, kw, 1, 1, 1);
            return reversed(ctx, a[1]);
        });
    }

    private static PyIterator enumerate(RunContext ctx, PyObject source, BigInteger start) {
        return new PyIterator(ENUMERATE) {
            private BigInteger index = start;

            @Override
            public PyObject next(RunContext c) {
                PyObject v = Protocols.next(c, source);
                if (v == null) {
                    return null;
                }
                PyObject i = PyInt.valueOf(index);
                index = index.add(BigInteger.ONE);
                return PyTuple.of(i, v);
            }
        };
    }

    private static PyObject zip(RunContext ctx, PyObject[] args, String[] kw) {
        int nkw = Args.keywordCount(kw);
        boolean strict = false;
        for (int k = 0; k < nkw; k++) {
            if (!kw[k].equals("strict")) {
                throw PyException.typeError("'" + kw[k] + "' is an invalid keyword argument for zip()");
            }
            strict = Protocols.isTrue(ctx, args[args.length - nkw + k]);
        }
        PyObject[] sources = new PyObject[args.length - 1 - nkw];
        for (int i = 0; i < sources.length; i++) {
            sources[i] = Protocols.iter(ctx, args[i + 1]);
        }
        boolean checkLengths = strict;
        return new PyIterator(ZIP) {
            private boolean done;

            @Override
            public PyObject next(RunContext c) {
                if (done || sources.length == 0) {
                    return null;
                }
                PyObject[] values = new PyObject[sources.length];
                for (int i = 0; i < sources.length; i++) {
                    values[i] = Protocols.next(c, sources[i]);
                    if (values[i] == null) {
                        done = true;
                        if (checkLengths) {
                            if (i > 0) {
                                throw PyException.valueError("zip() argument " + (i + 1) + " is shorter than "
                                        + arguments(i));
                            }
                            for (int j = 1; j < sources.length; j++) {
                                if (Protocols.next(c, sources[j]) != null) {
                                    throw PyException.valueError("zip() argument " + (j + 1)
                                            + " is longer than " + arguments(j));
                                }
                            }
                        }
                        return null;
                    }
                }
                return PyTuple.of(values);
            }
        };
    }

    private static String arguments(int count) {
        return count == 1 ? "argument 1" : "arguments 1-" + count;
    }

    /** reversed(seq): native fast paths, then __reversed__, then the __len__/__getitem__ sequence protocol. */
    static PyObject reversed(RunContext ctx, PyObject seq) {
        if (seq.type().isBuiltin()) {
            if (seq instanceof PyList list) {
                return new PyIterator(LIST_REVERSE_ITERATOR) {
                    private int i = list.size() - 1;

                    @Override
                    public PyObject next(RunContext c) {
                        List<PyObject> items = list.items();
                        if (i >= 0 && i < items.size()) {
                            return items.get(i--);
                        }
                        i = -1;
                        return null;
                    }
                };
            }
            if (seq instanceof PyTuple t) {
                PyObject[] items = t.array().clone();
                java.util.Collections.reverse(java.util.Arrays.asList(items));
                return PyIterator.over(REVERSED, items);
            }
            if (seq instanceof PyStr s) {
                String text = s.value();
                return new PyIterator(REVERSED) {
                    private int end = text.length();

                    @Override
                    public PyObject next(RunContext c) {
                        if (end <= 0) {
                            return null;
                        }
                        int start = text.offsetByCodePoints(end, -1);
                        PyStr ch = start == end - 1 ? PyStr.of(text.charAt(start)) : PyStr.of(text.substring(start, end));
                        end = start;
                        return ch;
                    }
                };
            }
            if (seq instanceof PyRange r) {
                long n = r.length();
                return new PyRange(r.start + (n - 1) * r.step, r.start - r.step, -r.step).iterator();
            }
            if (seq instanceof PyDict d) {
                return PyIterator.over(DICT_REVERSE_KEY_ITERATOR,
                        DictMethods.reversedKeys(ctx, d).items().toArray(new PyObject[0]));
            }
        }
        PyObject reversedMethod = seq.type().lookup("__reversed__");
        if (reversedMethod != null && reversedMethod != PyNone.NONE) {
            return Calls.callMethod(ctx, seq, "__reversed__");
        }
        if (seq.type().lookup("__getitem__") == null || seq.type().lookup("__len__") == null
                || seq instanceof PyDict) {
            throw PyException.typeError("'" + seq.type().name() + "' object is not reversible");
        }
        long n = Protocols.len(ctx, seq);
        return new PyIterator(REVERSED) {
            private long i = n - 1;

            @Override
            public PyObject next(RunContext c) {
                if (i < 0) {
                    return null;
                }
                try {
                    return Subscription.getItem(c, seq, PyInt.valueOf(i--));
                } catch (PyException e) {
                    if (e.matches(io.loopwise.engine.runtime.ExceptionTypes.INDEX_ERROR)
                            || e.matches(io.loopwise.engine.runtime.ExceptionTypes.STOP_ITERATION)) {
                        i = -1;
                        return null;
                    }
                    throw e;
                }
            }
        };
    }
}
