package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.ArgParser;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Binds call arguments to a new frame's parameters, with CPython's error messages (ceval's initialize_locals). */
final class ArgBinder {
    private ArgBinder() {
    }

    private static final int NOT_SIMPLE = CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR
            | CodeObject.VARARGS | CodeObject.VARKEYWORDS;

    /**
     * The frame for a plain positional call (exactly the function's positional parameters, no cells, not a
     * generator) taken straight from the caller's operand stack, or null when the call needs {@link #bind}.
     */
    static Frame bindFromStack(PyFunction fn, PyObject self, PyObject[] stack, int from, int n) {
        CodeObject code = fn.code;
        int total = self == null ? n : n + 1;
        if ((code.flags & NOT_SIMPLE) != 0 || code.argCount != total || code.kwOnlyCount != 0
                || code.cellvars.length != 0) {
            return null;
        }
        PyObject[] fast = new PyObject[code.varnames.length];
        if (self == null) {
            System.arraycopy(stack, from, fast, 0, n);
        } else {
            fast[0] = self;
            System.arraycopy(stack, from, fast, 1, n);
        }
        return new Frame(code, fast, code.freevars.length > 0 ? fn.closure.clone() : null, fn.globals, fn.builtins);
    }

    static Frame bind(PyFunction fn, PyObject[] args, String[] kwNames) {
        CodeObject code = fn.code;
        PyObject[] fast = new PyObject[code.varnames.length];
        int nkw = kwNames == null ? 0 : kwNames.length;
        int npos = args.length - nkw;
        int n = code.argCount;
        boolean varargs = (code.flags & CodeObject.VARARGS) != 0;
        boolean varkw = (code.flags & CodeObject.VARKEYWORDS) != 0;
        int varargsIdx = n + code.kwOnlyCount;
        int kwIdx = varargsIdx + (varargs ? 1 : 0);
        if (npos > n && !varargs) {
            throw tooManyPositional(fn, npos, nkw, args, kwNames);
        }
        System.arraycopy(args, 0, fast, 0, Math.min(npos, n));
        if (varargs) {
            fast[varargsIdx] = npos > n ? PyTuple.of(Arrays.copyOfRange(args, n, npos)) : PyTuple.EMPTY;
        }
        PyDict extra = null;
        if (varkw) {
            extra = new PyDict();
            fast[kwIdx] = extra;
        }
        for (int k = 0; k < nkw; k++) {
            String name = kwNames[k];
            int idx = -1;
            for (int i = code.posOnlyCount; i < n + code.kwOnlyCount; i++) {
                if (code.varnames[i].equals(name)) {
                    idx = i;
                    break;
                }
            }
            if (idx < 0) {
                if (extra != null) {
                    extra.put(name, args[npos + k]);
                    continue;
                }
                for (int i = 0; i < code.posOnlyCount; i++) {
                    if (code.varnames[i].equals(name)) {
                        throw PyException.typeError(fn.qualname() + "() got some positional-only arguments passed as"
                                + " keyword arguments: '" + name + "'");
                    }
                }
                throw PyException.typeError(fn.qualname() + "() got an unexpected keyword argument '" + name + "'");
            }
            if (fast[idx] != null) {
                throw PyException.typeError(fn.qualname() + "() got multiple values for argument '" + name + "'");
            }
            fast[idx] = args[npos + k];
        }
        PyObject[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = npos; i < n; i++) {
            if (fast[i] == null) {
                int d = i - (n - ndef);
                if (d >= 0) {
                    fast[i] = defaults[d];
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "positional");
        }
        for (int i = n; i < n + code.kwOnlyCount; i++) {
            if (fast[i] == null) {
                PyObject d = fn.kwDefaults == null ? null : fn.kwDefaults.get(code.varnames[i]);
                if (d != null) {
                    fast[i] = d;
                } else {
                    if (missing == null) {
                        missing = new ArrayList<>();
                    }
                    missing.add(code.varnames[i]);
                }
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "keyword-only");
        }
        PyCell[] cells = null;
        int ncell = code.cellvars.length;
        int nfree = code.freevars.length;
        if (ncell + nfree > 0) {
            cells = new PyCell[ncell + nfree];
            for (int i = 0; i < ncell; i++) {
                int a = code.cellFromArg[i];
                cells[i] = new PyCell(a >= 0 ? fast[a] : null);
            }
            if (nfree > 0) {
                System.arraycopy(fn.closure, 0, cells, ncell, nfree);
            }
        }
        return new Frame(code, fast, cells, fn.globals, fn.builtins);
    }

    private static PyException tooManyPositional(PyFunction fn, int npos, int nkw, PyObject[] args, String[] kw) {
        CodeObject code = fn.code;
        int n = code.argCount;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int kwGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int i = n; i < n + code.kwOnlyCount; i++) {
                if (code.varnames[i].equals(kw[k])) {
                    kwGiven++;
                }
            }
        }
        return ArgParser.tooManyPositional(fn.qualname(), n - ndef, n, npos, kwGiven);
    }

    private static PyException missingArgs(PyFunction fn, List<String> names, String kind) {
        return ArgParser.missingArguments(fn.qualname(), names, kind);
    }
}
