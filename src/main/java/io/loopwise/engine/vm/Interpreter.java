package io.loopwise.engine.vm;

import static io.loopwise.engine.compiler.Opcode.*;

import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.BuiltinTypes;
import io.loopwise.engine.runtime.ExceptionTypes;
import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PySlice;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The bytecode interpreter: runs one {@link Frame} until it returns, yields, or lets an exception escape.
 * Python-to-Python calls recurse on the Java stack (bounded by the run's recursion limit); a yield or a
 * suspended await stores pc and stack pointer in the heap frame and returns, so coroutines need no thread.
 * Exceptions are dispatched through the per-instruction handler table; the frame's line is prepended to the
 * traceback as the exception passes through (except for re-raises), as CPython's exception_unwind.
 */
public final class Interpreter {
    private Interpreter() {
    }

    /** Runs a (non-generator) frame to completion. */
    static PyObject run(RunContext ctx, Frame f) {
        return execute(ctx, f, null);
    }

    /** Runs {@code f} from its pc; {@code throwIn} raises an exception at the current instruction first. */
    static PyObject execute(RunContext ctx, Frame f, PyBaseException throwIn) {
        if (ctx.depth >= ctx.limits().maxRecursionDepth()) {
            PyException e = PyException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded");
            throw e;
        }
        ctx.depth++;
        f.back = ctx.topFrame;
        ctx.topFrame = f;
        PyObject r;
        try {
            r = loop(ctx, f, throwIn);
        } finally {
            ctx.topFrame = f.back;
            f.back = null;
            ctx.depth--;
        }
        if (ctx.liveGenerators != 0 && !f.yielded) {
            GeneratorFinalizer.frameReturned(ctx, f, r);
        }
        return r;
    }

    private static PyObject loop(RunContext ctx, Frame f, PyBaseException throwIn) {
        final CodeObject co = f.code;
        final int[] code = co.code;
        final PyObject[] consts = co.consts;
        final String[] names = co.names;
        final PyObject[] stack = f.stack;
        final PyObject[] fast = f.fast;
        int sp = f.sp;
        int pc = f.pc;
        final int nativeCallsBase = ctx.nativeCalls;
        PyBaseException pending = throwIn;
        boolean reraise = throwIn != null;
        boolean chain = false;
        while (true) {
            if (pending != null) {
                PyBaseException exc = pending;
                pending = null;
                ctx.nativeCalls = nativeCallsBase; // the native calls this frame made have all ended
                if (chain) {
                    exc.chainContext(ctx.handledException());
                }
                int at = pc > 0 ? pc - 1 : 0;
                if (!reraise || throwIn != null) {
                    if (!co.is(CodeObject.HIDDEN_FRAME)) {
                        exc.addTraceback(co.name, pc > 0 ? co.lines[at] : co.firstLine);
                    }
                }
                throwIn = null;
                int h = co.handlerOf.length == 0 ? -1 : co.handlerOf[at];
                if (h < 0) {
                    f.sp = 0;
                    GeneratorFinalizer.unwind(ctx, f, 0, exc);
                    PyException out = new PyException(exc);
                    out.contextSet = true;
                    throw out;
                }
                sp = co.handlerDepths[h];
                GeneratorFinalizer.unwind(ctx, f, sp, exc);
                stack[sp++] = exc;
                pc = co.handlerTargets[h];
            }
            try {
                for (;;) {
                    final int insn = code[pc++];
                    if (++ctx.steps >= ctx.nextCheck) {
                        f.pc = pc;
                        ctx.checkpoint();
                    }
                    final int arg = insn >>> 8;
                    switch (insn & 0xff) {
                        case NOP:
                            break;
                        case POP_TOP:
                            if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(stack[sp - 1])) {
                                PyObject v = stack[--sp];
                                stack[sp] = null;
                                f.pc = pc;
                                GeneratorFinalizer.dropped(ctx, v);
                                break;
                            }
                            stack[--sp] = null;
                            break;
                        case COPY:
                            stack[sp] = stack[sp - arg];
                            sp++;
                            break;
                        case SWAP: {
                            PyObject t = stack[sp - 1];
                            stack[sp - 1] = stack[sp - arg];
                            stack[sp - arg] = t;
                            break;
                        }
                        case LOAD_CONST:
                            stack[sp++] = consts[arg];
                            break;
                        case LOAD_FAST: {
                            PyObject v = fast[arg];
                            if (v == null) {
                                throw unboundLocal(co.varnames[arg]);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_FAST: {
                            PyObject old = fast[arg];
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                            if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(old)) {
                                f.pc = pc;
                                GeneratorFinalizer.dropped(ctx, old);
                            }
                            break;
                        }
                        case LOAD_DEREF: {
                            PyObject v = f.cells[arg].value;
                            if (v == null) {
                                throw unboundDeref(co, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_DEREF: {
                            PyObject old = f.cells[arg].value;
                            f.cells[arg].value = stack[--sp];
                            stack[sp] = null;
                            if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(old)) {
                                f.pc = pc;
                                GeneratorFinalizer.dropped(ctx, old);
                            }
                            break;
                        }
                        case LOAD_CLOSURE:
                            stack[sp++] = f.cells[arg];
                            break;
                        case LOAD_GLOBAL: {
                            String n = names[arg];
                            PyObject v = f.globals.get(n);
                            if (v == null) {
                                v = f.builtins.get(n);
                                if (v == null) {
                                    throw PyException.nameError(n);
                                }
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_GLOBAL: {
                            PyObject old = f.globals.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                            if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(old)) {
                                f.pc = pc;
                                GeneratorFinalizer.dropped(ctx, old);
                            }
                            break;
                        }
                        case LOAD_NAME: {
                            String n = names[arg];
                            PyObject v = f.names.get(n);
                            if (v == null) {
                                v = f.globals.get(n);
                                if (v == null) {
                                    v = f.builtins.get(n);
                                    if (v == null) {
                                        throw PyException.nameError(n);
                                    }
                                }
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_NAME: {
                            PyObject old = f.names.put(names[arg], stack[--sp]);
                            stack[sp] = null;
                            if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(old)) {
                                f.pc = pc;
                                GeneratorFinalizer.dropped(ctx, old);
                            }
                            break;
                        }
                        case LOAD_ATTR:
                            stack[sp - 1] = Attributes.getAttr(ctx, stack[sp - 1], names[arg]);
                            break;
                        case STORE_ATTR: {
                            PyObject obj = stack[--sp];
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            stack[sp + 1] = null;
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.setAttr(ctx, obj, names[arg], v);
                            } else {
                                Attributes.setAttr(ctx, obj, names[arg], v);
                            }
                            break;
                        }
                        case LOAD_METHOD: {
                            PyObject obj = stack[sp - 1];
                            String n = names[arg];
                            PyObject m = null;
                            if (!(obj instanceof PyType) && !(obj instanceof io.loopwise.engine.runtime.CustomAttributes)) {
                                m = obj.type().lookup(n);
                                if (m != null && !m.isMethodDescriptor()) {
                                    m = null;
                                } else if (m != null) {
                                    Map<String, PyObject> d = obj.instanceDict();
                                    if (d != null && d.containsKey(n)) {
                                        m = null;
                                    }
                                }
                            }
                            if (m != null) {
                                stack[sp - 1] = m;
                                stack[sp++] = obj;
                            } else {
                                stack[sp - 1] = null;
                                stack[sp++] = Attributes.getAttr(ctx, obj, n);
                            }
                            break;
                        }
                        case CALL_METHOD:
                        case CALL_METHOD_KW: {
                            String[] kw = null;
                            int nargs = arg;
                            if ((insn & 0xff) == CALL_METHOD_KW) {
                                kw = kwNames((PyTuple) stack[--sp]);
                                stack[sp] = null;
                            }
                            int base = sp - nargs - 2;
                            PyObject callee = stack[base];
                            if (kw == null && callee instanceof PyFunction) {
                                Frame nf = ArgBinder.bindFromStack((PyFunction) callee, stack[base + 1], stack,
                                        base + 2, nargs);
                                if (nf != null) {
                                    clear(stack, base, sp);
                                    sp = base;
                                    f.pc = pc;
                                    stack[sp++] = execute(ctx, nf, null);
                                    break;
                                }
                            }
                            PyObject[] args;
                            if (callee != null) {
                                args = Arrays.copyOfRange(stack, base + 1, sp);
                            } else {
                                callee = stack[base + 1];
                                args = Arrays.copyOfRange(stack, base + 2, sp);
                            }
                            f.pc = pc;
                            // the arguments stay on the stack during the call: a native's Java locals are
                            // invisible to GeneratorFinalizer, the caller's stack is not
                            List<PyGenerator> inSelf = ctx.liveGenerators == 0 ? null
                                    : GeneratorFinalizer.heldBySelf(ctx, args);
                            boolean holding = GeneratorFinalizer.mayHoldObjects(callee);
                            if (holding) {
                                ctx.nativeCalls++;
                            }
                            PyObject result = callee.call(ctx, args, kw);
                            if (holding) {
                                ctx.nativeCalls--;
                            }
                            clear(stack, base, sp);
                            sp = base;
                            stack[sp++] = result;
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.argumentsReleased(ctx, args);
                                if (inSelf != null) {
                                    GeneratorFinalizer.mayHaveRemoved(ctx, inSelf);
                                }
                            }
                            break;
                        }
                        case CALL:
                        case CALL_KW: {
                            String[] kw = null;
                            if ((insn & 0xff) == CALL_KW) {
                                kw = kwNames((PyTuple) stack[--sp]);
                                stack[sp] = null;
                            }
                            int base = sp - arg - 1;
                            PyObject callee = stack[base];
                            if (kw == null && callee instanceof PyFunction) {
                                Frame nf = ArgBinder.bindFromStack((PyFunction) callee, null, stack, base + 1, arg);
                                if (nf != null) {
                                    clear(stack, base, sp);
                                    sp = base;
                                    f.pc = pc;
                                    stack[sp++] = execute(ctx, nf, null);
                                    break;
                                }
                            }
                            PyObject[] args = Arrays.copyOfRange(stack, base + 1, sp);
                            f.pc = pc;
                            boolean holding = GeneratorFinalizer.mayHoldObjects(callee);
                            if (holding) {
                                ctx.nativeCalls++;
                            }
                            PyObject result = callee.call(ctx, args, kw);
                            if (holding) {
                                ctx.nativeCalls--;
                            }
                            clear(stack, base, sp);
                            sp = base;
                            stack[sp++] = result;
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.argumentsReleased(ctx, args);
                            }
                            break;
                        }
                        case BINARY_SUBSCR: {
                            PyObject key = stack[--sp];
                            stack[sp] = null;
                            PyObject obj = stack[sp - 1];
                            if (obj instanceof PyList && key instanceof PyInt && obj.type() == BuiltinTypes.LIST) {
                                ArrayList<PyObject> items = ((PyList) obj).items();
                                stack[sp - 1] = items.get(Protocols.normalizeIndex(key, items.size(), "list"));
                            } else {
                                stack[sp - 1] = Protocols.getItem(ctx, obj, key);
                            }
                            break;
                        }
                        case STORE_SUBSCR: {
                            PyObject key = stack[--sp];
                            PyObject obj = stack[--sp];
                            PyObject v = stack[--sp];
                            clear(stack, sp, sp + 3);
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.setItem(ctx, obj, key, v);
                            } else {
                                Protocols.setItem(ctx, obj, key, v);
                            }
                            break;
                        }
                        case BINARY_OP: {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject a = stack[sp - 1];
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                    && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()
                                    && (arg == Operators.ADD || arg == Operators.SUB)) {
                                long x = ((PyInt) a).longValue();
                                long y = ((PyInt) b).longValue();
                                long r = arg == Operators.ADD ? x + y : x - y;
                                boolean overflow = arg == Operators.ADD ? ((x ^ r) & (y ^ r)) < 0
                                        : ((x ^ y) & (x ^ r)) < 0;
                                if (!overflow) {
                                    stack[sp - 1] = PyInt.valueOf(r);
                                    break;
                                }
                            }
                            stack[sp - 1] = Operators.binary(ctx, arg, a, b);
                            break;
                        }
                        case INPLACE_OP: {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = Operators.inplace(ctx, arg, stack[sp - 1], b);
                            break;
                        }
                        case COMPARE_OP: {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            PyObject a = stack[sp - 1];
                            if (a.getClass() == PyInt.class && b.getClass() == PyInt.class
                                    && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
                                long x = ((PyInt) a).longValue();
                                long y = ((PyInt) b).longValue();
                                boolean r;
                                switch (arg) {
                                    case Operators.LT: r = x < y; break;
                                    case Operators.LE: r = x <= y; break;
                                    case Operators.EQ: r = x == y; break;
                                    case Operators.NE: r = x != y; break;
                                    case Operators.GT: r = x > y; break;
                                    default: r = x >= y;
                                }
                                stack[sp - 1] = PyBool.of(r);
                                break;
                            }
                            stack[sp - 1] = Operators.compare(ctx, arg, a, b);
                            break;
                        }
                        case IS_OP: {
                            PyObject b = stack[--sp];
                            stack[sp] = null;
                            stack[sp - 1] = PyBool.of((stack[sp - 1] == b) != (arg == 1));
                            break;
                        }
                        case CONTAINS_OP: {
                            PyObject container = stack[--sp];
                            stack[sp] = null;
                            boolean in = Protocols.contains(ctx, container, stack[sp - 1]);
                            stack[sp - 1] = PyBool.of(in != (arg == 1));
                            break;
                        }
                        case UNARY_NEGATIVE:
                            stack[sp - 1] = Operators.negate(ctx, stack[sp - 1]);
                            break;
                        case UNARY_POSITIVE:
                            stack[sp - 1] = Operators.positive(ctx, stack[sp - 1]);
                            break;
                        case UNARY_INVERT:
                            stack[sp - 1] = Operators.invert(ctx, stack[sp - 1]);
                            break;
                        case UNARY_NOT:
                            stack[sp - 1] = PyBool.of(!Protocols.isTrue(ctx, stack[sp - 1]));
                            break;
                        case BUILD_TUPLE: {
                            PyObject[] items = Arrays.copyOfRange(stack, sp - arg, sp);
                            clear(stack, sp - arg, sp);
                            sp -= arg;
                            stack[sp++] = PyTuple.of(items);
                            break;
                        }
                        case BUILD_LIST: {
                            ArrayList<PyObject> items = new ArrayList<>(Math.max(arg, 4));
                            for (int i = sp - arg; i < sp; i++) {
                                items.add(stack[i]);
                            }
                            clear(stack, sp - arg, sp);
                            sp -= arg;
                            stack[sp++] = new PyList(items);
                            break;
                        }
                        case BUILD_MAP: {
                            PyDict d = new PyDict();
                            for (int i = sp - 2 * arg; i < sp; i += 2) {
                                d.put(stack[i], stack[i + 1]);
                            }
                            clear(stack, sp - 2 * arg, sp);
                            sp -= 2 * arg;
                            stack[sp++] = d;
                            break;
                        }
                        case BUILD_STRING: {
                            StringBuilder b = new StringBuilder();
                            for (int i = sp - arg; i < sp; i++) {
                                b.append(((PyStr) stack[i]).value());
                            }
                            clear(stack, sp - arg, sp);
                            sp -= arg;
                            ctx.allocate(2L * b.length());
                            stack[sp++] = PyStr.of(b.toString());
                            break;
                        }
                        case LIST_APPEND: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            ((PyList) stack[sp - arg]).append(v);
                            break;
                        }
                        case UNPACK_SEQUENCE: {
                            PyObject seq = stack[--sp];
                            PyObject[] items = Unpacking.exactly(ctx, seq, arg);
                            for (int i = items.length - 1; i >= 0; i--) {
                                stack[sp++] = items[i];
                            }
                            break;
                        }
                        case FORMAT_VALUE: {
                            PyObject spec = (arg & 4) != 0 ? stack[--sp] : null;
                            PyObject v = stack[sp - 1];
                            stack[sp] = null;
                            stack[sp - 1] = Formatting.formatValue(ctx, v, arg & 3, spec);
                            break;
                        }
                        case JUMP:
                            pc = arg;
                            break;
                        case POP_JUMP_IF_FALSE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.FALSE || (v != PyBool.TRUE && !Protocols.isTrue(ctx, v))) {
                                pc = arg;
                            }
                            break;
                        }
                        case POP_JUMP_IF_TRUE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyBool.TRUE || (v != PyBool.FALSE && Protocols.isTrue(ctx, v))) {
                                pc = arg;
                            }
                            break;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                            if (!Protocols.isTrue(ctx, stack[sp - 1])) {
                                pc = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case JUMP_IF_TRUE_OR_POP:
                            if (Protocols.isTrue(ctx, stack[sp - 1])) {
                                pc = arg;
                            } else {
                                stack[--sp] = null;
                            }
                            break;
                        case POP_JUMP_IF_NONE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            if (v == PyNone.NONE) {
                                pc = arg;
                            }
                            break;
                        }
                        case GET_ITER:
                            stack[sp - 1] = Protocols.iter(ctx, stack[sp - 1]);
                            break;
                        case FOR_ITER: {
                            PyObject it = stack[sp - 1];
                            f.pc = pc;
                            PyObject v = it instanceof PyIterator ? ((PyIterator) it).next(ctx)
                                    : Protocols.next(ctx, it);
                            if (v == null) {
                                stack[--sp] = null;
                                pc = arg;
                            } else {
                                stack[sp++] = v;
                            }
                            break;
                        }
                        case RETURN_VALUE: {
                            PyObject r = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            return r;
                        }
                        case YIELD_VALUE: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            f.sp = sp;
                            f.pc = pc;
                            f.yielded = true;
                            f.yieldedValue = true;
                            return v;
                        }
                        case GET_AWAITABLE:
                            stack[sp - 1] = Awaiting.awaitable(ctx, stack[sp - 1]);
                            break;
                        case GET_YIELD_FROM_ITER:
                            stack[sp - 1] = Awaiting.yieldFromIterable(ctx, stack[sp - 1]);
                            break;
                        case AWAIT_SEND: {
                            PyObject v = stack[--sp];
                            stack[sp] = null;
                            PyObject delegate = stack[sp - 1];
                            Resumable r = Awaiting.resumable(delegate);
                            f.pc = pc - 1;
                            f.sp = sp;
                            Step s = r.send(ctx, v);
                            if (s.isYield()) {
                                f.yielded = true;
                                f.yieldedValue = false;
                                return s.value();
                            }
                            if (s.isReturn()) {
                                stack[sp - 1] = s.value();
                            } else {
                                stack[--sp] = null;
                                pending = s.exception();
                                reraise = false;
                                chain = !(delegate instanceof PyGenerator) && s.exception().traceback() == null;
                                break;
                            }
                            break;
                        }
                        case RAISE_VARARGS: {
                            if (arg == 0) {
                                PyBaseException cur = ctx.handledException();
                                if (cur == null) {
                                    throw PyException.runtimeError("No active exception to reraise");
                                }
                                pending = cur;
                                reraise = true;
                                chain = false;
                                break;
                            }
                            PyObject cause = arg == 2 ? stack[--sp] : null;
                            PyObject e = stack[--sp];
                            clear(stack, sp, sp + 2);
                            PyBaseException exc = Raising.normalize(ctx, e);
                            if (cause != null) {
                                Raising.setCause(ctx, exc, cause);
                            }
                            pending = exc;
                            reraise = false;
                            chain = true;
                            break;
                        }
                        default:
                            f.pc = pc;
                            sp = RareInstructions.execute(ctx, f, stack, sp, insn, pc);
                            break;
                    }
                    if (pending != null) {
                        break;
                    }
                }
            } catch (PyException e) {
                pending = e.value();
                reraise = e.reraise;
                chain = !e.contextSet;
            } catch (io.loopwise.engine.runtime.LimitExceeded e) {
                e.setLineIfAbsent(pc > 0 ? co.lines[pc - 1] : co.firstLine);
                throw e;
            } catch (StackOverflowError e) {
                pending = PyException.of(ExceptionTypes.RECURSION_ERROR, "maximum recursion depth exceeded").value();
                reraise = false;
                chain = false;
            }
        }
    }

    static void clear(PyObject[] stack, int from, int to) {
        for (int i = from; i < to && i < stack.length; i++) {
            stack[i] = null;
        }
    }

    static String[] kwNames(PyTuple t) {
        PyObject[] a = t.array();
        String[] r = new String[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = ((PyStr) a[i]).value();
        }
        return r;
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
}
