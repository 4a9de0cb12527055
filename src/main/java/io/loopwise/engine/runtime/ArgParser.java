package io.loopwise.engine.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Parses vectorcall arguments against a Python signature declared once, e.g.
 * {@code new ArgParser("sorted", "iterable", "/", "*", "key=", "reverse=")}: a trailing {@code =} marks an
 * optional parameter, {@code /} ends the positional-only ones, {@code *} starts the keyword-only ones,
 * {@code *args} collects extra positionals (as a tuple) and {@code **kwargs} extra keywords (as a dict).
 * {@link #parse} returns one slot per declared name, null for an omitted optional. Error messages follow CPython:
 * C-builtin style by default, or, for a native standing in for a function CPython writes in Python (most of asyncio),
 * the Python binder's style from {@link #python} (qualified name, {@code self} declared and counted).
 */
public final class ArgParser {
    private final String function;
    private final String[] names;
    private final boolean[] optional;
    private final int positionalOnly;
    private final int positionalMax;
    private final int varArgsSlot;
    private final int kwArgsSlot;
    private final Style style;

    /** Whose wording the errors use. */
    private enum Style {
        /** {@code PyArg_ParseTupleAndKeywords}: "sorted() takes at most 1 positional argument (2 given)". */
        GETARGS,
        /** Argument Clinic's {@code _PyArg_UnpackKeywords}: "cancel() takes at most 1 argument (2 given)". */
        CLINIC,
        /** The Python function binder: "sleep() missing 1 required positional argument: 'delay'". */
        PYTHON
    }

    public ArgParser(String function, String... spec) {
        this(Style.GETARGS, function, spec);
    }

    /**
     * A parser for a C function whose arguments Argument Clinic unpacks (most of {@code _asyncio}): errors read as
     * {@code _PyArg_UnpackKeywords} words them, e.g. "'x' is an invalid keyword argument for cancel()".
     */
    public static ArgParser clinic(String function, String... spec) {
        return new ArgParser(Style.CLINIC, function, spec);
    }

    /**
     * A parser for a native that CPython implements in Python: its errors read as a Python function's would, e.g.
     * {@code python("Event.set", "self")} rejects an argument with "Event.set() takes 1 positional argument but 2
     * were given". Optional positional parameters must follow the required ones, as in a Python signature.
     */
    public static ArgParser python(String qualname, String... spec) {
        return new ArgParser(Style.PYTHON, qualname, spec);
    }

    /** Wraps {@code body} so it runs only after its arguments bound to this signature. */
    public NativeBody checking(NativeBody body) {
        return (ctx, a, k) -> {
            parse(a, k);
            return body.call(ctx, a, k);
        };
    }

    private ArgParser(Style style, String function, String... spec) {
        this.style = style;
        this.function = function;
        String[] ns = new String[spec.length];
        boolean[] opt = new boolean[spec.length];
        int n = 0;
        int posOnly = 0;
        int posMax = -1;
        int varSlot = -1;
        int kwSlot = -1;
        for (String s : spec) {
            if (s.equals("/")) {
                posOnly = n;
            } else if (s.equals("*")) {
                posMax = n;
            } else if (s.startsWith("**")) {
                kwSlot = n;
                ns[n++] = s.substring(2);
            } else if (s.startsWith("*")) {
                varSlot = n;
                posMax = n;
                ns[n++] = s.substring(1);
            } else {
                opt[n] = s.endsWith("=");
                ns[n++] = opt[n - 1] ? s.substring(0, s.length() - 1) : s;
            }
        }
        this.names = Arrays.copyOf(ns, n);
        this.optional = Arrays.copyOf(opt, n);
        this.positionalOnly = posOnly;
        this.positionalMax = posMax < 0 ? (kwSlot >= 0 ? kwSlot : n) : posMax;
        this.varArgsSlot = varSlot;
        this.kwArgsSlot = kwSlot;
    }

    public PyObject[] parse(PyObject[] args, String[] kwNames) {
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        PyObject[] out = new PyObject[names.length];
        if (style == Style.CLINIC) {
            checkClinicCounts(npos, nkw);
        }
        if (npos > positionalMax) {
            if (varArgsSlot < 0 && style == Style.PYTHON) {
                throw tooManyPositional(npos, args, kwNames);
            }
            if (varArgsSlot < 0) {
                throw PyException.typeError(function + "() takes " + (positionalMax == 0 ? "no" : "at most "
                        + positionalMax) + " positional argument" + (positionalMax == 1 ? "" : "s") + " ("
                        + npos + " given)");
            }
        }
        int fixed = Math.min(npos, positionalMax);
        System.arraycopy(args, 0, out, 0, fixed);
        if (varArgsSlot >= 0) {
            out[varArgsSlot] = npos > positionalMax ? PyTuple.of(Arrays.copyOfRange(args, positionalMax, npos))
                    : PyTuple.EMPTY;
        }
        PyDict extra = kwArgsSlot >= 0 ? new PyDict() : null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwNames[k];
            int slot = -1;
            for (int i = positionalOnly; i < names.length; i++) {
                if (i != varArgsSlot && i != kwArgsSlot && names[i].equals(kw)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                if (extra != null) {
                    extra.put(kw, args[npos + k]);
                    continue;
                }
                if (style == Style.CLINIC) {
                    for (int i = positionalOnly; i < npos; i++) {
                        if (names[i].equals(kw)) {
                            throw PyException.typeError("argument for " + function + "() given by name ('" + kw
                                    + "') and position (" + (i + 1) + ")");
                        }
                    }
                    throw PyException.typeError("'" + kw + "' is an invalid keyword argument for " + function + "()");
                }
                if (style == Style.PYTHON && Arrays.asList(names).subList(0, positionalOnly).contains(kw)) {
                    throw PyException.typeError(function + "() got some positional-only arguments passed as keyword"
                            + " arguments: '" + kw + "'");
                }
                throw PyException.typeError(function + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (out[slot] != null && style == Style.CLINIC) {
                throw PyException.typeError("argument for " + function + "() given by name ('" + kw
                        + "') and position (" + (slot + 1) + ")");
            }
            if (out[slot] != null) {
                throw PyException.typeError(function + "() got multiple values for argument '" + kw + "'");
            }
            out[slot] = args[npos + k];
        }
        if (extra != null) {
            out[kwArgsSlot] = extra;
        }
        if (style == Style.PYTHON) {
            checkMissing(out, 0, Math.min(positionalMax, varArgsSlot < 0 ? names.length : varArgsSlot), "positional");
            checkMissing(out, positionalMax, names.length, "keyword-only");
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && !optional[i] && i != varArgsSlot && i != kwArgsSlot) {
                throw PyException.typeError(function + "() missing required argument '" + names[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return out;
    }

    /** {@code _PyArg_UnpackKeywords}' count checks, made before any argument is bound. */
    private void checkClinicCounts(int npos, int nkw) {
        int maxArgs = names.length;
        if (maxArgs == 0 && npos + nkw > 0) {
            throw PyException.typeError(function + "() takes no arguments");
        }
        if (npos + nkw > maxArgs) {
            throw PyException.typeError(function + "() takes at most " + maxArgs + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (maxArgs == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        int minPos = 0;
        while (minPos < positionalMax && !optional[minPos]) {
            minPos++;
        }
        if (npos > positionalMax) {
            throw PyException.typeError(positionalMax == 0 ? function + "() takes no positional arguments"
                    : function + "() takes " + (minPos < positionalMax ? "at most " : "exactly ") + positionalMax
                    + " positional argument" + (positionalMax == 1 ? "" : "s") + " (" + npos + " given)");
        }
        int minPosOnly = Math.min(positionalOnly, minPos);
        if (npos < minPosOnly) {
            throw PyException.typeError(function + "() takes " + (minPosOnly < positionalMax ? "at least " : "exactly ")
                    + minPosOnly + " positional argument" + (minPosOnly == 1 ? "" : "s") + " (" + npos + " given)");
        }
    }

    /** A C method without arguments (METH_NOARGS); {@code args} holds self first. */
    public static void noArgs(String qualname, PyObject[] args, String[] kwNames) {
        noArgs(qualname, args, kwNames, 1);
    }

    /** A C function or method without arguments (METH_NOARGS) whose {@code args} start with {@code receivers}. */
    public static void noArgs(String qualname, PyObject[] args, String[] kwNames, int receivers) {
        if (kwNames != null && kwNames.length > 0) {
            throw PyException.typeError(qualname + "() takes no keyword arguments");
        }
        if (args.length != receivers) {
            throw PyException.typeError(qualname + "() takes no arguments (" + (args.length - receivers) + " given)");
        }
    }

    /** A C method of one argument (METH_O); {@code args} holds self first. */
    public static void oneArg(String qualname, PyObject[] args, String[] kwNames) {
        if (kwNames != null && kwNames.length > 0) {
            throw PyException.typeError(qualname + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyException.typeError(qualname + "() takes exactly one argument (" + (args.length - 1) + " given)");
        }
    }

    private void checkMissing(PyObject[] out, int from, int to, String kind) {
        List<String> missing = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (out[i] == null && !optional[i] && i != varArgsSlot && i != kwArgsSlot) {
                missing.add(names[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw missingArguments(function, missing, kind);
        }
    }

    private PyException tooManyPositional(int npos, PyObject[] args, String[] kwNames) {
        int required = 0;
        while (required < positionalMax && !optional[required]) {
            required++;
        }
        int kwOnlyGiven = 0;
        for (String kw : kwNames == null ? new String[0] : kwNames) {
            for (int i = positionalMax; i < names.length; i++) {
                if (i != varArgsSlot && i != kwArgsSlot && names[i].equals(kw)) {
                    kwOnlyGiven++;
                }
            }
        }
        return tooManyPositional(function, required, positionalMax, npos, kwOnlyGiven);
    }

    /**
     * CPython's error for a Python function given {@code npos} positionals where it takes {@code min} to {@code max}
     * ({@code kwOnlyGiven} keyword-only arguments were passed too).
     */
    public static PyException tooManyPositional(String qualname, int min, int max, int npos, int kwOnlyGiven) {
        String takes = min < max ? "from " + min + " to " + max : String.valueOf(max);
        String given = npos + (kwOnlyGiven > 0 ? " positional argument" + (npos == 1 ? "" : "s") + " (and "
                + kwOnlyGiven + " keyword-only argument" + (kwOnlyGiven == 1 ? "" : "s") + ")" : "");
        String verb = kwOnlyGiven > 0 ? " were given" : (npos == 1 ? " was given" : " were given");
        return PyException.typeError(qualname + "() takes " + takes + " positional argument"
                + (max == 1 && min == max ? "" : "s") + " but " + given + verb);
    }

    /** CPython's error for a Python function missing the {@code kind} ("positional"/"keyword-only") {@code names}. */
    public static PyException missingArguments(String qualname, List<String> names, String kind) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                b.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            b.append('\'').append(names.get(i)).append('\'');
        }
        return PyException.typeError(qualname + "() missing " + names.size() + " required " + kind
                + " argument" + (names.size() == 1 ? "" : "s") + ": " + b);
    }

    /** Throws unless there are no keyword arguments. */
    public static void noKeywords(String function, String[] kwNames) {
        if (kwNames != null && kwNames.length > 0) {
            throw PyException.typeError(function + "() takes no keyword arguments");
        }
    }

    /** Throws unless the positional count is within [min, max] and there are no keywords. */
    public static void checkPositional(String function, PyObject[] args, String[] kwNames, int min, int max) {
        noKeywords(function, kwNames);
        if (args.length < min || args.length > max) {
            String expected = min == max ? "exactly " + min : args.length < min ? "at least " + min : "at most " + max;
            throw PyException.typeError(function + "() takes " + expected + " argument" + ((min == max ? min : args.length
                    < min ? min : max) == 1 ? "" : "s") + " (" + args.length + " given)");
        }
    }
}
