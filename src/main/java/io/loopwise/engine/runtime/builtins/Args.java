package io.loopwise.engine.runtime.builtins;

import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.Protocols;

/**
 * Argument checks for native builtins with the wording CPython's calling conventions produce: METH_NOARGS /
 * METH_O ("list.append() takes exactly one argument (0 given)"), Argument Clinic positional ranges
 * ("center expected at least 1 argument, got 0") and keyword parsing ("'x' is an invalid keyword argument for
 * split()"). Positions count the arguments after {@code self} when {@code skip} is 1.
 */
final class Args {
    private Args() {
    }

    static int keywordCount(String[] kwNames) {
        return kwNames == null ? 0 : kwNames.length;
    }

    static void noKeywords(String qualified, String[] kwNames) {
        if (keywordCount(kwNames) > 0) {
            throw PyException.typeError(qualified + "() takes no keyword arguments");
        }
    }

    /** METH_NOARGS: {@code qualified} is e.g. "str.upper". */
    static void none(String qualified, PyObject[] args, String[] kwNames, int skip) {
        if (keywordCount(kwNames) > 0) {
            throw PyException.typeError(qualified + "() takes no keyword arguments");
        }
        if (args.length != skip) {
            throw PyException.typeError(qualified + "() takes no arguments (" + (args.length - skip) + " given)");
        }
    }

    /** METH_O: exactly one positional argument after {@code skip}. */
    static PyObject one(String qualified, PyObject[] args, String[] kwNames, int skip) {
        if (keywordCount(kwNames) > 0) {
            throw PyException.typeError(qualified + "() takes no keyword arguments");
        }
        if (args.length != skip + 1) {
            throw PyException.typeError(qualified + "() takes exactly one argument (" + (args.length - skip)
                    + " given)");
        }
        return args[skip];
    }

    /** Clinic positional-only: between {@code min} and {@code max} arguments after {@code skip}. */
    static void range(String name, PyObject[] args, String[] kwNames, int skip, int min, int max) {
        if (keywordCount(kwNames) > 0) {
            String qualified = skip == 1 ? args[0].type().name() + "." + name : name;
            throw PyException.typeError(qualified + "() takes no keyword arguments");
        }
        int n = args.length - skip;
        if (n < min) {
            throw PyException.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument"
                    + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw PyException.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument"
                    + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /**
     * Clinic with keywords: binds positionals (after {@code skip}) and keywords to {@code names}; a name ending in
     * "$" is keyword-only. Returns one slot per name, null when omitted; {@code required} leading names must be
     * given.
     */
    static PyObject[] bind(String name, PyObject[] args, String[] kwNames, int skip, int required,
                           String... names) {
        int nkw = keywordCount(kwNames);
        int npos = args.length - nkw - skip;
        int positionalMax = 0;
        while (positionalMax < names.length && !names[positionalMax].endsWith("$")) {
            positionalMax++;
        }
        if (npos + nkw > names.length) {
            throw PyException.typeError(name + "() takes at most " + names.length + " " + (npos == 0 ? "keyword " : "")
                    + "argument" + (names.length == 1 ? "" : "s") + " (" + (npos + nkw) + " given)");
        }
        if (npos > positionalMax) {
            throw PyException.typeError(name + "() takes " + (positionalMax == 0 ? "no positional arguments"
                    : "at most " + positionalMax + " argument" + (positionalMax == 1 ? "" : "s") + " (" + npos
                    + " given)"));
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, skip, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kw = kwNames[k];
            int slot = -1;
            for (int i = 0; i < names.length; i++) {
                String n = names[i].endsWith("$") ? names[i].substring(0, names[i].length() - 1) : names[i];
                if (n.equals(kw)) {
                    slot = i;
                    break;
                }
            }
            if (slot < 0) {
                throw PyException.typeError("'" + kw + "' is an invalid keyword argument for " + name + "()");
            }
            if (out[slot] != null) {
                throw PyException.typeError("argument for " + name + "() given by name ('" + kw
                        + "') and position (" + (slot + 1) + ")");
            }
            out[slot] = args[args.length - nkw + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                String n = names[i].replace("$", "");
                throw PyException.typeError(name + "() missing required argument '" + n + "' (pos " + (i + 1)
                        + ")");
            }
        }
        return out;
    }

    /** Old-style PyArg_ParseTuple ranges: "count() takes at least 1 argument (0 given)". */
    static void rangeOldStyle(String name, PyObject[] args, String[] kwNames, int skip, int min, int max) {
        if (keywordCount(kwNames) > 0) {
            throw PyException.typeError(name + "() takes no keyword arguments");
        }
        int n = args.length - skip;
        if (n < min || n > max) {
            int bound = n < min ? min : max;
            throw PyException.typeError(name + "() takes " + (min == max ? "exactly " : n < min ? "at least "
                    : "at most ") + bound + " argument" + (bound == 1 ? "" : "s") + " (" + n + " given)");
        }
    }

    /** A str argument, or TypeError "{@code prefix}must be str, not int" style messages. */
    static String str(PyObject o, String message) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyException.typeError(message + ", not " + o.type().name());
    }

    /** An {@code __index__} integer, saturated to the long range (callers clamp further). */
    static long index(PyObject o) {
        if (o instanceof PyInt i && !i.isSmall()) {
            return i.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return Protocols.index(o);
    }

    /** An optional slice-style index: absent or None gives {@code absent}. */
    static long sliceIndex(PyObject o, long absent) {
        if (o == null || o == PyNone.NONE) {
            return absent;
        }
        if (!(o instanceof PyInt) && o.type().lookup("__index__") == null) {
            throw PyException.typeError("slice indices must be integers or None or have an __index__ method");
        }
        return index(o);
    }
}
