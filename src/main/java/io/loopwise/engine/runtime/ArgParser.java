package io.loopwise.engine.runtime;

import java.util.Arrays;

/**
 * Parses vectorcall arguments against a Python signature declared once, e.g.
 * {@code new ArgParser("sorted", "iterable", "/", "*", "key=", "reverse=")}: a trailing {@code =} marks an
 * optional parameter, {@code /} ends the positional-only ones, {@code *} starts the keyword-only ones,
 * {@code *args} collects extra positionals (as a tuple) and {@code **kwargs} extra keywords (as a dict).
 * {@link #parse} returns one slot per declared name, null for an omitted optional. Error messages follow CPython.
 */
public final class ArgParser {
    private final String function;
    private final String[] names;
    private final boolean[] optional;
    private final int positionalOnly;
    private final int positionalMax;
    private final int varArgsSlot;
    private final int kwArgsSlot;

    public ArgParser(String function, String... spec) {
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
        if (npos > positionalMax) {
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
                throw PyException.typeError(function + "() got an unexpected keyword argument '" + kw + "'");
            }
            if (out[slot] != null) {
                throw PyException.typeError(function + "() got multiple values for argument '" + kw + "'");
            }
            out[slot] = args[npos + k];
        }
        if (extra != null) {
            out[kwArgsSlot] = extra;
        }
        for (int i = 0; i < names.length; i++) {
            if (out[i] == null && !optional[i] && i != varArgsSlot && i != kwArgsSlot) {
                throw PyException.typeError(function + "() missing required argument '" + names[i] + "' (pos "
                        + (i + 1) + ")");
            }
        }
        return out;
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
