package io.loopwise.engine.runtime;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A Python exception instance (BaseException or any subclass, user classes included): its args, chaining
 * ({@code __cause__}, {@code __context__}, {@code __suppress_context__}) and the traceback accumulated while it
 * propagated. Throw it through Java frames wrapped in a {@link PyException}.
 */
public class PyBaseException extends PyObject {
    private final PyType type;
    private PyTuple args;
    private final LinkedHashMap<String, PyObject> dict = new LinkedHashMap<>(4);
    private PyBaseException cause;
    private PyBaseException context;
    private boolean suppressContext;
    private TracebackEntry traceback;
    /** The missing name of a NameError, AttributeError or ImportError (CPython's {@code name}/{@code name_from}). */
    private String missingName;
    /** Where {@link #missingName} was looked up: the object (AttributeError) or module (ImportError). */
    private PyObject missingFrom;
    /** The innermost frame the exception was raised in, kept only for a NameError (its names are suggested). */
    private FrameInfo origin;
    /**
     * Frames this exception left, kept alive as CPython's traceback keeps {@code tb_frame} (and so their locals):
     * recorded by the VM for frames holding more than plain values, read by its reachability walk.
     */
    private java.util.List<Object> tracebackFrames;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public Map<String, PyObject> instanceDict() {
        return dict;
    }

    /** Records a frame this exception propagated out of (see {@link #tracebackFrames}). */
    public void keepFrameAlive(Object frame) {
        if (tracebackFrames == null) {
            tracebackFrames = new java.util.ArrayList<>(2);
        }
        tracebackFrames.add(frame);
    }

    public boolean keepsFramesAlive() {
        return tracebackFrames != null;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    public PyBaseException cause() {
        return cause;
    }

    /** Sets {@code __cause__} (and {@code __suppress_context__}, as {@code raise ... from} does). */
    public void setCause(PyBaseException cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public void setCauseOnly(PyBaseException cause) {
        this.cause = cause;
    }

    public PyBaseException context() {
        return context;
    }

    public void setContext(PyBaseException context) {
        this.context = context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean b) {
        this.suppressContext = b;
    }

    public TracebackEntry traceback() {
        return traceback;
    }

    public void setTraceback(TracebackEntry tb) {
        this.traceback = tb;
    }

    /** Records what was looked up and not found, for the "Did you mean" suggestion of the traceback. */
    public void setMissing(String name, PyObject from) {
        this.missingName = name;
        this.missingFrom = from;
    }

    public String missingName() {
        return missingName;
    }

    public PyObject missingFrom() {
        return missingFrom;
    }

    /** Called as the first traceback entry is added: a NameError remembers its frame, as CPython's tb_frame. */
    public void recordOrigin(FrameInfo frame) {
        if (missingName != null && traceback == null && missingFrom == null) {
            origin = frame;
        }
    }

    public FrameInfo origin() {
        return origin;
    }

    /** Records that the exception passed through {@code function} at {@code line} (prepends, as tb_next chains). */
    public void addTraceback(String function, int line) {
        traceback = new TracebackEntry(function, line, traceback);
    }

    public boolean isInstance(PyType t) {
        return type.isSubtypeOf(t);
    }

    /** The message part of the traceback's last line: str(exc) for builtin behaviour. */
    public String defaultStr(RunContext ctx) {
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            if (type.isSubtypeOf(ExceptionTypes.KEY_ERROR)) {
                return Protocols.repr(ctx, args.get(0));
            }
            return Protocols.str(ctx, args.get(0));
        }
        return Protocols.repr(ctx, args);
    }

    public String defaultRepr(RunContext ctx) {
        return defaultReprOfArgs(ctx);
    }

    /** BaseException.__repr__: the type name and the args. */
    protected final String defaultReprOfArgs(RunContext ctx) {
        if (args.size() == 1) {
            return type.name() + "(" + Protocols.repr(ctx, args.get(0)) + ")";
        }
        return type.name() + Protocols.repr(ctx, args);
    }

    /** Sets {@code __context__} as CPython's _PyErr_SetObject: skip self, break cycles through the chain. */
    public void chainContext(PyBaseException handled) {
        if (handled == null || handled == this) {
            return;
        }
        PyBaseException o = handled;
        PyBaseException slow = handled; // Floyd's cycle detection, as CPython 3.12: a chain may already loop
        boolean slowMoves = false;
        while (o.context != null) {
            PyBaseException next = o.context;
            if (next == this) {
                o.context = null;
                break;
            }
            o = next;
            if (o == slow) {
                break; // a pre-existing cycle: every exception on it was checked
            }
            if (slowMoves) {
                slow = slow.context;
            }
            slowMoves = !slowMoves;
        }
        this.context = handled;
    }

    @Override
    public String toString() {
        return type.name() + args;
    }
}
