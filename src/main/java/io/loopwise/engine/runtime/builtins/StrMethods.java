package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.NativeBody;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/** The methods of {@code str} (CPython Objects/unicodeobject.c), argument handling and error messages included. */
final class StrMethods {
    private StrMethods() {
    }

    static void install(PyType str) {
        str.def("split", (ctx, a, kw) -> split(ctx, a, kw, false));
        str.def("rsplit", (ctx, a, kw) -> split(ctx, a, kw, true));
        str.def("splitlines", StrMethods::splitlines);
        str.def("join", StrMethods::join);
        str.def("strip", strip("strip", true, true));
        str.def("lstrip", strip("lstrip", true, false));
        str.def("rstrip", strip("rstrip", false, true));
        str.def("replace", StrMethods::replace);
        str.def("startswith", (ctx, a, kw) -> affix(a, kw, "startswith", false));
        str.def("endswith", (ctx, a, kw) -> affix(a, kw, "endswith", true));
        str.def("find", (ctx, a, kw) -> PyInt.valueOf(find(a, kw, "find", false)));
        str.def("rfind", (ctx, a, kw) -> PyInt.valueOf(find(a, kw, "rfind", true)));
        str.def("index", (ctx, a, kw) -> PyInt.valueOf(found(find(a, kw, "index", false))));
        str.def("rindex", (ctx, a, kw) -> PyInt.valueOf(found(find(a, kw, "rindex", true))));
        str.def("count", StrMethods::count);
        str.def("upper", transform("upper", StrCasing::upper));
        str.def("lower", transform("lower", StrCasing::lower));
        str.def("casefold", transform("casefold", StrCasing::casefold));
        str.def("title", transform("title", StrCasing::title));
        str.def("capitalize", transform("capitalize", StrCasing::capitalize));
        str.def("swapcase", transform("swapcase", StrCasing::swapcase));
        str.def("center", (ctx, a, kw) -> justify(ctx, a, kw, "center"));
        str.def("ljust", (ctx, a, kw) -> justify(ctx, a, kw, "ljust"));
        str.def("rjust", (ctx, a, kw) -> justify(ctx, a, kw, "rjust"));
        str.def("zfill", StrMethods::zfill);
        str.def("expandtabs", StrMethods::expandtabs);
        str.def("isdigit", predicate("isdigit", s -> StrCasing.all(s, StrCasing.CharClass.DIGIT)));
        str.def("isdecimal", predicate("isdecimal", s -> StrCasing.all(s, StrCasing.CharClass.DECIMAL)));
        str.def("isnumeric", predicate("isnumeric", s -> StrCasing.all(s, StrCasing.CharClass.NUMERIC)));
        str.def("isalpha", predicate("isalpha", s -> StrCasing.all(s, StrCasing.CharClass.ALPHA)));
        str.def("isalnum", predicate("isalnum", s -> StrCasing.all(s, StrCasing.CharClass.ALNUM)));
        str.def("isspace", predicate("isspace", s -> StrCasing.all(s, StrCasing.CharClass.SPACE)));
        str.def("isascii", predicate("isascii", s -> StrCasing.all(s, StrCasing.CharClass.ASCII)));
        str.def("isprintable", predicate("isprintable", s -> StrCasing.all(s, StrCasing.CharClass.PRINTABLE)));
        str.def("isupper", predicate("isupper", StrCasing::isUpper));
        str.def("islower", predicate("islower", StrCasing::isLower));
        str.def("istitle", predicate("istitle", StrCasing::isTitle));
        str.def("isidentifier", predicate("isidentifier", StrCasing::isIdentifier));
        str.def("partition", (ctx, a, kw) -> partition(a, kw, "partition", false));
        str.def("rpartition", (ctx, a, kw) -> partition(a, kw, "rpartition", true));
        str.def("removeprefix", (ctx, a, kw) -> removeAffix(a, kw, "removeprefix", false));
        str.def("removesuffix", (ctx, a, kw) -> removeAffix(a, kw, "removesuffix", true));
        StrTranslation.install(str);
    }

    static String self(PyObject[] args) {
        return ((PyStr) args[0]).value();
    }

    private static PyObject list(RunContext ctx, List<String> parts) {
        ctx.allocateSlots(parts.size());
        ArrayList<PyObject> items = new ArrayList<>(parts.size());
        for (String p : parts) {
            items.add(PyStr.of(p));
        }
        return new PyList(items);
    }

    private static PyObject split(RunContext ctx, PyObject[] args, String[] kw, boolean right) {
        String name = right ? "rsplit" : "split";
        PyObject[] a = Args.bind(name, args, kw, 1, 0, "sep", "maxsplit");
        String s = self(args);
        long maxsplit = a[1] == null ? -1 : Args.index(a[1]);
        if (a[0] == null || a[0] == PyNone.NONE) {
            return list(ctx, right ? StrSplitting.rsplitWhitespace(s, maxsplit)
                    : StrSplitting.splitWhitespace(s, maxsplit));
        }
        String sep = Args.str(a[0], "must be str or None");
        if (sep.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        return list(ctx, right ? StrSplitting.rsplit(s, sep, maxsplit) : StrSplitting.split(s, sep, maxsplit));
    }

    private static PyObject splitlines(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind("splitlines", args, kw, 1, 0, "keepends");
        boolean keepends = a[0] != null && Protocols.isTrue(ctx, a[0]);
        return list(ctx, StrSplitting.splitlines(self(args), keepends));
    }

    private static PyObject join(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject iterable = Args.one("str.join", args, kw, 1);
        String sep = self(args);
        List<PyObject> items;
        try {
            items = Protocols.toList(ctx, iterable);
        } catch (PyException e) {
            if (e.matches(io.loopwise.engine.runtime.ExceptionTypes.TYPE_ERROR)
                    && iterable.type().lookup("__iter__") == null && !(iterable instanceof PyStr)) {
                throw PyException.typeError("can only join an iterable");
            }
            throw e;
        }
        long length = (long) sep.length() * Math.max(0, items.size() - 1);
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof PyStr part)) {
                throw PyException.typeError("sequence item " + i + ": expected str instance, "
                        + items.get(i).type().name() + " found");
            }
            length += part.value().length();
        }
        ctx.allocate(length > Integer.MAX_VALUE ? -1 : 2 * length);
        StringBuilder out = new StringBuilder((int) length);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append(sep);
            }
            out.append(((PyStr) items.get(i)).value());
        }
        return PyStr.of(out.toString());
    }

    private static NativeBody strip(String name, boolean left, boolean right) {
        return (ctx, args, kw) -> {
            Args.range(name, args, kw, 1, 0, 1);
            String chars = null;
            if (args.length > 1 && args[1] != PyNone.NONE) {
                if (!(args[1] instanceof PyStr c)) {
                    throw PyException.typeError(name + " arg must be None or str");
                }
                chars = c.value();
            }
            String s = self(args);
            String r = StrSplitting.strip(s, chars, left, right);
            return r.length() == s.length() ? args[0] : PyStr.of(r);
        };
    }

    private static PyObject replace(RunContext ctx, PyObject[] args, String[] kw) {
        Args.range("replace", args, kw, 1, 2, 3);
        String old = Args.str(args[1], "replace() argument 1 must be str");
        String replacement = Args.str(args[2], "replace() argument 2 must be str");
        long count = args.length > 3 ? Args.index(args[3]) : -1;
        String s = self(args);
        long length = StrSearch.replacedLength(s, old, replacement, count);
        ctx.allocate(length > Integer.MAX_VALUE ? -1 : 2 * length);
        return PyStr.of(StrSearch.replace(s, old, replacement, count));
    }

    private static PyObject affix(PyObject[] args, String[] kw, String name, boolean atEnd) {
        if (Args.keywordCount(kw) > 0) {
            throw PyException.typeError(name + "() takes no keyword arguments");
        }
        if (args.length < 2 || args.length > 4) {
            throw PyException.typeError(name + "() takes " + (args.length < 2 ? "at least 1" : "at most 3")
                    + " argument" + (args.length < 2 ? "" : "s") + " (" + (args.length - 1) + " given)");
        }
        String s = self(args);
        long start = Args.sliceIndex(args.length > 2 ? args[2] : null, 0);
        long end = Args.sliceIndex(args.length > 3 ? args[3] : null, Long.MAX_VALUE);
        if (args[1] instanceof PyTuple options) {
            for (PyObject option : options.array()) {
                if (!(option instanceof PyStr o)) {
                    throw PyException.typeError("tuple for " + name + " must only contain str, not "
                            + option.type().name());
                }
                if (StrSearch.matches(s, o.value(), start, end, atEnd)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }
        if (!(args[1] instanceof PyStr affix)) {
            throw PyException.typeError(name + " first arg must be str or a tuple of str, not "
                    + args[1].type().name());
        }
        return PyBool.of(StrSearch.matches(s, affix.value(), start, end, atEnd));
    }

    private static int find(PyObject[] args, String[] kw, String name, boolean fromRight) {
        Args.rangeOldStyle(name, args, kw, 1, 1, 3);
        String sub = Args.str(args[1], "must be str");
        long start = Args.sliceIndex(args.length > 2 ? args[2] : null, 0);
        long end = Args.sliceIndex(args.length > 3 ? args[3] : null, Long.MAX_VALUE);
        String s = self(args);
        return fromRight ? StrSearch.rfind(s, sub, start, end) : StrSearch.find(s, sub, start, end);
    }

    private static int found(int at) {
        if (at < 0) {
            throw PyException.valueError("substring not found");
        }
        return at;
    }

    private static PyObject count(RunContext ctx, PyObject[] args, String[] kw) {
        Args.rangeOldStyle("count", args, kw, 1, 1, 3);
        String sub = Args.str(args[1], "must be str");
        long start = Args.sliceIndex(args.length > 2 ? args[2] : null, 0);
        long end = Args.sliceIndex(args.length > 3 ? args[3] : null, Long.MAX_VALUE);
        return PyInt.valueOf(StrSearch.count(self(args), sub, start, end));
    }

    private static NativeBody transform(String name, UnaryOperator<String> f) {
        return (ctx, args, kw) -> {
            Args.none("str." + name, args, kw, 1);
            String s = self(args);
            ctx.allocate(3L * s.length());
            return PyStr.of(f.apply(s));
        };
    }

    private static NativeBody predicate(String name, java.util.function.Predicate<String> test) {
        return (ctx, args, kw) -> {
            Args.none("str." + name, args, kw, 1);
            return PyBool.of(test.test(self(args)));
        };
    }

    private static String fillChar(PyObject[] args) {
        if (args.length < 3) {
            return " ";
        }
        if (!(args[2] instanceof PyStr f)) {
            throw PyException.typeError("The fill character must be a unicode character, not "
                    + args[2].type().name());
        }
        if (f.length() != 1) {
            throw PyException.typeError("The fill character must be exactly one character long");
        }
        return f.value();
    }

    private static PyObject justify(RunContext ctx, PyObject[] args, String[] kw, String name) {
        Args.range(name, args, kw, 1, 1, 2);
        long width = Args.index(args[1]);
        String fill = fillChar(args);
        String s = self(args);
        if (width <= StrSearch.length(s)) {
            return args[0];
        }
        ctx.allocate(width > Integer.MAX_VALUE ? -1 : 2 * width);
        switch (name) {
            case "center":
                return PyStr.of(StrLayout.center(s, width, fill));
            case "ljust":
                return PyStr.of(StrLayout.ljust(s, width, fill));
            default:
                return PyStr.of(StrLayout.rjust(s, width, fill));
        }
    }

    private static PyObject zfill(RunContext ctx, PyObject[] args, String[] kw) {
        long width = Args.index(Args.one("str.zfill", args, kw, 1));
        String s = self(args);
        if (width <= StrSearch.length(s)) {
            return args[0];
        }
        ctx.allocate(width > Integer.MAX_VALUE ? -1 : 2 * width);
        return PyStr.of(StrLayout.zfill(s, width));
    }

    private static PyObject expandtabs(RunContext ctx, PyObject[] args, String[] kw) {
        PyObject[] a = Args.bind("expandtabs", args, kw, 1, 0, "tabsize");
        long tabsize = a[0] == null ? 8 : Args.index(a[0]);
        String s = self(args);
        long tabs = s.chars().filter(c -> c == '\t').count();
        long length = s.length() + tabs * Math.max(0, tabsize);
        ctx.allocate(length > Integer.MAX_VALUE ? -1 : 2 * length);
        return PyStr.of(StrLayout.expandtabs(s, tabsize));
    }

    private static PyObject partition(PyObject[] args, String[] kw, String name, boolean fromRight) {
        String sep = Args.str(Args.one("str." + name, args, kw, 1), "must be str");
        if (sep.isEmpty()) {
            throw PyException.valueError("empty separator");
        }
        String[] parts = StrSplitting.partition(self(args), sep, fromRight);
        return PyTuple.of(PyStr.of(parts[0]), PyStr.of(parts[1]), PyStr.of(parts[2]));
    }

    private static PyObject removeAffix(PyObject[] args, String[] kw, String name, boolean suffix) {
        String affix = Args.str(Args.one("str." + name, args, kw, 1), name + "() argument must be str");
        String s = self(args);
        if (affix.isEmpty()) {
            return args[0];
        }
        if (suffix) {
            return s.endsWith(affix) ? PyStr.of(s.substring(0, s.length() - affix.length())) : args[0];
        }
        return s.startsWith(affix) ? PyStr.of(s.substring(affix.length())) : args[0];
    }
}
