package io.loopwise.engine.vm;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.CustomAttributes;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyMethod;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import java.util.Arrays;
import java.util.Map;

/**
 * The call machinery the interpreter loop uses: entering and leaving a frame (recursion limit, the run's frame
 * chain), method lookup without a bound-method object ({@code LOAD_METHOD}), calls of anything else from the
 * operand stack, keyword names, and {@code f(*args, **kwargs)}.
 */
final class CallSites {
    private CallSites() {
    }

    /** Pushes {@code f} on the run's frame chain, raising RecursionError when the run is as deep as allowed. */
    static void enter(RunContext ctx, Frame f) {
        if (ctx.depth >= ctx.limits().maxRecursionDepth()) {
            throw tooDeep();
        }
        ctx.depth++;
        f.back = ctx.topFrame;
        ctx.topFrame = f;
    }

    private static PyException tooDeep() {
        return PyException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
    }

    /**
     * Pops the frames a loop entered without nesting (see {@link Interpreter}) that are still above {@code f} when
     * it is left by a Java exception (a limit, an internal error).
     */
    static void leaveAbove(RunContext ctx, Frame f) {
        while (ctx.topFrame != f && ctx.topFrame instanceof Frame) {
            leave(ctx, (Frame) ctx.topFrame);
        }
    }

    /** Pops {@code f}, the top of the run's frame chain, however it ended. */
    static void leave(RunContext ctx, Frame f) {
        ctx.topFrame = f.back;
        f.back = null;
        ctx.depth--;
    }

    private static final int SUSPENDS = CodeObject.GENERATOR | CodeObject.COROUTINE | CodeObject.ASYNC_GENERATOR;

    /**
     * The bound frame for a call the loop can run without nesting: {@code callee} a Python function (or a method
     * bound to one) that is not a generator or coroutine. Null for every other callable. {@code self}, when not
     * null, is the first argument; the other {@code n} (the last {@code kw.length} by keyword) are on
     * {@code stack} from {@code from}. A binding error is raised here, in the caller, as CPython raises it.
     */
    static Frame inlineFrame(PyObject callee, PyObject self, PyObject[] stack, int from, int n, String[] kw) {
        if (kw == null && callee instanceof PyFunction) {
            Frame f = ArgBinder.bindFromStack((PyFunction) callee, self, stack, from, n);
            if (f != null) {
                return f;
            }
        }
        return callee instanceof PyFunction || callee instanceof PyMethod
                ? boundFrame(callee, self, stack, from, n, kw) : null;
    }

    /** {@link #inlineFrame}'s general case, kept apart so the loop's common path stays small for the JIT. */
    private static Frame boundFrame(PyObject callee, PyObject self, PyObject[] stack, int from, int n, String[] kw) {
        PyFunction fn;
        if (callee instanceof PyFunction) {
            fn = (PyFunction) callee;
        } else if (self == null && ((PyMethod) callee).function() instanceof PyFunction) {
            fn = (PyFunction) ((PyMethod) callee).function();
            self = ((PyMethod) callee).self();
        } else {
            return null;
        }
        if ((fn.code.flags & SUSPENDS) != 0) {
            return null;
        }
        PyObject[] args;
        if (self == null) {
            args = Arrays.copyOfRange(stack, from, from + n);
        } else {
            args = new PyObject[n + 1];
            args[0] = self;
            System.arraycopy(stack, from, args, 1, n);
        }
        return ArgBinder.bind(fn, args, kw);
    }

    /**
     * {@code LOAD_METHOD}: replaces the object on top of the stack with (function, self) when the attribute is a
     * plain method found on the type, or with (null, attribute) otherwise; returns the new stack pointer.
     */
    static int loadMethod(RunContext ctx, PyObject[] stack, int sp, String name) {
        PyObject obj = stack[sp - 1];
        PyObject m = null;
        if (!(obj instanceof PyType) && !(obj instanceof CustomAttributes) && obj.type().userGetattribute() == null) {
            m = obj.type().lookup(name);
            if (m != null && !m.isMethodDescriptor()) {
                m = null;
            } else if (m != null) {
                Map<String, PyObject> d = obj.instanceDict();
                if (d != null && d.containsKey(name)) {
                    m = null;
                }
            }
        }
        if (m != null) {
            stack[sp - 1] = m;
            stack[sp++] = obj;
        } else {
            stack[sp - 1] = null;
            stack[sp++] = Attributes.getAttr(ctx, obj, name);
        }
        return sp;
    }

    /**
     * Calls the callable at {@code stack[base]} with the arguments above it up to {@code sp} (the last
     * {@code kw.length} of them by keyword); a {@code CALL_METHOD} layout (callable or null, then self or the
     * attribute) when {@code method}. The stack slots are cleared after the call: while it runs, the caller's
     * stack is where {@link GeneratorFinalizer} sees the arguments (it cannot see a native's Java locals).
     */
    static PyObject callFromStack(RunContext ctx, PyObject[] stack, int base, int sp, boolean method, String[] kw) {
        PyObject callee = stack[base];
        PyObject[] args;
        if (!method || callee != null) {
            args = Arrays.copyOfRange(stack, base + 1, sp);
        } else {
            callee = stack[base + 1];
            args = Arrays.copyOfRange(stack, base + 2, sp);
        }
        if (ctx.liveGenerators != 0) {
            return GeneratorFinalizer.callNative(ctx, callee, args, kw, method, stack, base, sp);
        }
        // counted even now: generators started during the call must not be finalised while it holds them
        PyObject r = GeneratorFinalizer.callCounted(ctx, callee, args, kw);
        Interpreter.clear(stack, base, sp);
        if (ctx.liveGenerators != 0) {
            GeneratorFinalizer.argumentsReleased(ctx, args, r); // the call started the first generator
        }
        return r;
    }

    static String[] kwNames(PyTuple t) {
        PyObject[] a = t.array();
        String[] r = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = ((PyStr) a[i]).value();
        }
        return r;
    }

    /** {@code callee(*posargs, **kwargs)}. */
    static PyObject callEx(RunContext ctx, PyObject callee, PyTuple posargs, PyDict kwargs) {
        if (kwargs == null || kwargs.size() == 0) {
            return callee.call(ctx, posargs.array().clone(), null);
        }
        int n = posargs.size();
        PyObject[] args = Arrays.copyOf(posargs.array(), n + kwargs.size());
        String[] kw = new String[kwargs.size()];
        int i = 0;
        for (Map.Entry<PyObject, PyObject> e : kwargs.map().entrySet()) {
            kw[i] = ((PyStr) e.getKey()).value();
            args[n + i] = e.getValue();
            i++;
        }
        return callee.call(ctx, args, kw);
    }

    static PyException unboundLocal(String name) {
        return PyException.of(ExceptionTypes.UNBOUND_LOCAL_ERROR,
                "cannot access local variable '" + name + "' where it is not associated with a value");
    }

    static PyException unboundDeref(CodeObject co, int i) {
        if (i < co.cellvars.length) {
            return unboundLocal(co.cellvars[i]);
        }
        return PyException.of(ExceptionTypes.NAME_ERROR, "cannot access free variable '"
                + co.freevars[i - co.cellvars.length] + "' where it is not associated with a value in enclosing scope");
    }
}
