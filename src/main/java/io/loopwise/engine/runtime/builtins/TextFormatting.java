package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.Calls;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Subscription;
import io.loopwise.engine.text.FormatSpec;
import io.loopwise.engine.text.FormatTemplate;
import io.loopwise.engine.text.PercentFormat;
import io.loopwise.engine.text.SpecFormatter;
import io.loopwise.engine.text.TextError;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Wires the text package (syntax's format-spec and %-formatting) to Python objects: {@code __format__} of int,
 * float and str (so format(), f-strings and str.format agree), and {@code str % args}.
 */
final class TextFormatting {
    private TextFormatting() {
    }

    static void install() {
        BuiltinTypes.INT.def("__format__", (ctx, a, kw) -> {
            String spec = spec(a, kw, "int.__format__");
            if (spec.isEmpty()) {
                return PyStr.of(Protocols.str(ctx, a[0]));
            }
            return text(ctx, () -> {
                FormatSpec parsed = bounded(ctx, FormatSpec.parse(spec, typeName(a[0]), '>', 'd'));
                return SpecFormatter.formatInt(((PyInt) a[0]).bigValue(), parsed, typeName(a[0]));
            });
        });
        BuiltinTypes.FLOAT.def("__format__", (ctx, a, kw) -> {
            String spec = spec(a, kw, "float.__format__");
            if (spec.isEmpty()) {
                return PyStr.of(Protocols.str(ctx, a[0]));
            }
            return text(ctx, () -> {
                FormatSpec parsed = bounded(ctx, FormatSpec.parse(spec, "float", '>', (char) 0));
                return SpecFormatter.formatFloat(((PyFloat) a[0]).value(), parsed, "float");
            });
        });
        BuiltinTypes.STR.def("__format__", (ctx, a, kw) -> {
            String spec = spec(a, kw, "str.__format__");
            if (spec.isEmpty()) {
                return a[0];
            }
            return text(ctx, () -> {
                FormatSpec parsed = bounded(ctx, FormatSpec.parse(spec, "str", '<', 's'));
                return SpecFormatter.formatStr(((PyStr) a[0]).value(), parsed, "str");
            });
        });
        BuiltinTypes.STR.def("__mod__", (ctx, a, kw) -> percent(ctx, ((PyStr) a[0]).value(), a[1]));
        BuiltinTypes.STR.def("format", (ctx, a, kw) -> {
            int nkw = Args.keywordCount(kw);
            PyObject[] positional = java.util.Arrays.copyOfRange(a, 1, a.length - nkw);
            java.util.Map<String, PyObject> keywords = new java.util.HashMap<>();
            for (int k = 0; k < nkw; k++) {
                keywords.put(kw[k], a[a.length - nkw + k]);
            }
            return PyStr.of(render(ctx, ((PyStr) a[0]).value(), positional, name -> {
                PyObject v = keywords.get(name);
                if (v == null) {
                    throw PyException.keyError(PyStr.of(name));
                }
                return v;
            }));
        });
        BuiltinTypes.STR.def("format_map", (ctx, a, kw) -> {
            PyObject mapping = Args.one("str.format_map", a, kw, 1);
            return PyStr.of(render(ctx, ((PyStr) a[0]).value(), null,
                    name -> Subscription.getItem(ctx, mapping, PyStr.of(name))));
        });
    }

    /**
     * str.format / format_map (CPython's MarkupIterator + output_markup): look the field up, apply accessors,
     * convert, expand a nested spec, then format. {@code positional} null means positional fields are refused.
     */
    static String render(RunContext ctx, String template, PyObject[] positional,
                         java.util.function.Function<String, PyObject> byName) {
        StringBuilder out = new StringBuilder();
        renderParts(ctx, FormatTemplate.parse(template), positional, byName, out);
        return out.toString();
    }

    private static void renderParts(RunContext ctx, List<FormatTemplate.Part> parts, PyObject[] positional,
                                    java.util.function.Function<String, PyObject> byName, StringBuilder out) {
        for (FormatTemplate.Part part : parts) {
            if (part instanceof FormatTemplate.Literal literal) {
                out.append(literal.text());
            } else if (part instanceof FormatTemplate.Failure failure) {
                throw toPython(failure.error());
            } else {
                FormatTemplate.Field field = (FormatTemplate.Field) part;
                PyObject value = fieldValue(ctx, field, positional, byName);
                switch (field.conversion()) {
                    case 0 -> { }
                    case 'r' -> value = PyStr.of(Protocols.repr(ctx, value));
                    case 's' -> value = PyStr.of(Protocols.str(ctx, value));
                    case 'a' -> value = PyStr.of(BuiltinFunctions.ascii(Protocols.repr(ctx, value)));
                    default -> throw toPython(FormatTemplate.unknownConversion(field.conversion()));
                }
                StringBuilder spec = new StringBuilder();
                renderParts(ctx, field.spec(), positional, byName, spec);
                PyObject r = Calls.callMethod(ctx, value, "__format__", PyStr.of(spec.toString()));
                if (!(r instanceof PyStr s)) {
                    throw PyException.typeError("__format__ must return a str, not " + r.type().name());
                }
                out.append(s.value());
                if (out.length() > ctx.limits().maxOutputBytes() * 4L) {
                    ctx.allocate(2L * out.length());
                }
            }
        }
    }

    private static PyObject fieldValue(RunContext ctx, FormatTemplate.Field field, PyObject[] positional,
                                       java.util.function.Function<String, PyObject> byName) {
        PyObject value;
        if (field.name() == null) {
            if (positional == null) {
                throw PyException.valueError("Format string contains positional fields");
            }
            if (field.index() >= positional.length) {
                throw PyException.indexError("Replacement index " + field.index()
                        + " out of range for positional args tuple");
            }
            value = positional[field.index()];
        } else {
            value = byName.apply(field.name());
        }
        for (FormatTemplate.Accessor accessor : field.accessors()) {
            if (accessor instanceof FormatTemplate.Failure failure) {
                throw toPython(failure.error());
            } else if (accessor instanceof FormatTemplate.Attribute attribute) {
                value = io.loopwise.engine.runtime.Attributes.getAttr(ctx, value, attribute.name());
            } else {
                FormatTemplate.Item item = (FormatTemplate.Item) accessor;
                value = Subscription.getItem(ctx, value, item.index() >= 0 ? PyInt.valueOf(item.index())
                        : PyStr.of(item.key()));
            }
        }
        return value;
    }

    private static String typeName(PyObject o) {
        return o.type().name();
    }

    private static String spec(PyObject[] a, String[] kw, String qualified) {
        PyObject spec = Args.one(qualified, a, kw, 1);
        if (!(spec instanceof PyStr s)) {
            throw PyException.typeError(qualified.substring(0, qualified.indexOf('.')) + ".__format__() argument must"
                    + " be str, not " + spec.type().name());
        }
        return s.value();
    }

    /** Charges the text a width/precision asks for before the formatter builds it. */
    private static FormatSpec bounded(RunContext ctx, FormatSpec spec) {
        ctx.allocate(2L * Math.max(spec.width(), 0) + 2L * Math.max(spec.precision(), 0));
        return spec;
    }

    /** Runs a text-package formatter, turning its TextError into the Python exception it names. */
    static PyObject text(RunContext ctx, Supplier<String> formatter) {
        try {
            return PyStr.of(formatter.get());
        } catch (TextError e) {
            throw toPython(e);
        }
    }

    static PyException toPython(TextError e) {
        PyType type = switch (e.pythonType()) {
            case "TypeError" -> ExceptionTypes.TYPE_ERROR;
            case "OverflowError" -> ExceptionTypes.OVERFLOW_ERROR;
            case "KeyError" -> ExceptionTypes.KEY_ERROR;
            case "IndexError" -> ExceptionTypes.INDEX_ERROR;
            default -> ExceptionTypes.VALUE_ERROR;
        };
        return PyException.of(type, e.getMessage());
    }

    /** str % args (PyUnicode_Format): a tuple supplies the items, anything else is the single item. */
    private static PyObject percent(RunContext ctx, String template, PyObject args) {
        List<Object> tuple = args instanceof PyTuple t ? new ArrayList<>(t.asList()) : null;
        long widest = widestPercentField(template, tuple);
        ctx.allocate(widest > Long.MAX_VALUE / 4 ? -1 : 2 * widest);
        return text(ctx, () -> PercentFormat.format(template, tuple, args, new PercentObjects(ctx)));
    }

    /**
     * The largest width or precision a %-template asks for, literal or taken from the arguments by '*', so the
     * memory it needs is charged before any padding is built.
     */
    static long widestPercentField(String t, List<Object> tuple) {
        long widest = 0;
        int argIndex = 0;
        int n = t.length();
        int i = 0;
        while (i < n) {
            if (t.charAt(i++) != '%') {
                continue;
            }
            if (i < n && t.charAt(i) == '%') {
                i++;
                continue;
            }
            boolean keyed = false;
            if (i < n && t.charAt(i) == '(') {
                keyed = true;
                int depth = 0;
                for (; i < n; i++) {
                    char c = t.charAt(i);
                    depth += c == '(' ? 1 : c == ')' ? -1 : 0;
                    if (depth == 0) {
                        i++;
                        break;
                    }
                }
            }
            while (i < n && "-+ #0".indexOf(t.charAt(i)) >= 0) {
                i++;
            }
            for (int part = 0; part < 2; part++) {
                if (part == 1) {
                    if (i >= n || t.charAt(i) != '.') {
                        break;
                    }
                    i++;
                }
                if (i < n && t.charAt(i) == '*') {
                    i++;
                    Object arg = tuple != null && argIndex < tuple.size() ? tuple.get(argIndex) : null;
                    argIndex++;
                    if (arg instanceof PyInt size) {
                        widest = Math.max(widest, size.isSmall() ? Math.abs(size.longValue()) : Long.MAX_VALUE);
                    }
                } else {
                    long value = 0;
                    while (i < n && Character.isDigit(t.charAt(i))) {
                        value = value > Long.MAX_VALUE / 20 ? Long.MAX_VALUE / 2 : value * 10 + (t.charAt(i) - '0');
                        i++;
                    }
                    widest = Math.max(widest, value);
                }
            }
            while (i < n && "hlL".indexOf(t.charAt(i)) >= 0) {
                i++;
            }
            i++;
            if (!keyed) {
                argIndex++;
            }
        }
        return widest;
    }

    /** The view PercentFormat needs of Python objects. */
    private record PercentObjects(RunContext ctx) implements PercentFormat.Objects {
        @Override
        public boolean isMapping(Object o) {
            PyObject p = (PyObject) o;
            return !(p instanceof PyTuple) && !(p instanceof PyStr) && p.type().lookup("__getitem__") != null
                    || p instanceof io.loopwise.engine.runtime.PyDict;
        }

        @Override
        public Object getItem(Object mapping, String key) {
            return Subscription.getItem(ctx, (PyObject) mapping, PyStr.of(key));
        }

        @Override
        public String str(Object o) {
            return Protocols.str(ctx, (PyObject) o);
        }

        @Override
        public String repr(Object o) {
            return Protocols.repr(ctx, (PyObject) o);
        }

        @Override
        public String ascii(Object o) {
            return BuiltinFunctions.ascii(Protocols.repr(ctx, (PyObject) o));
        }

        @Override
        public BigInteger toInteger(Object o, boolean index) {
            PyObject p = (PyObject) o;
            if (p instanceof PyInt i) {
                return i.bigValue();
            }
            if (!index && p instanceof PyFloat f) {
                return Constructors.floatToInt(f.value()).bigValue();
            }
            if (p.type().lookup("__index__") != null) {
                return PyInt.valueOf(Protocols.index(p)).bigValue();
            }
            if (!index && p.type().lookup("__int__") != null) {
                return ((PyInt) Calls.callMethod(ctx, p, "__int__")).bigValue();
            }
            return null;
        }

        @Override
        public Double toDouble(Object o) {
            PyObject p = (PyObject) o;
            if (p instanceof PyFloat f) {
                return f.value();
            }
            if (p instanceof PyInt i) {
                return i.doubleValue();
            }
            if (p.type().lookup("__float__") != null) {
                return Constructors.toFloat(ctx, p).value();
            }
            return null;
        }

        @Override
        public BigInteger toChar(Object o) {
            PyObject p = (PyObject) o;
            if (p instanceof PyInt i) {
                return i.bigValue();
            }
            if (p instanceof PyStr s && s.value().codePointCount(0, s.value().length()) == 1) {
                return BigInteger.valueOf(s.value().codePointAt(0));
            }
            return null;
        }

        @Override
        public String typeName(Object o) {
            return ((PyObject) o).type().name();
        }
    }
}
