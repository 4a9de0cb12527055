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
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.Resumable;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.Step;
import io.loopwise.engine.runtime.Subscription;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * The bytecode interpreter: runs one {@link Frame} until it returns, yields, or lets an exception escape.
 * A call of a Python function that is not a generator does not recurse on the Java stack: the loop switches to
 * the callee's frame and back to the caller's on return or on an exception it does not handle (only calls made
 * from Java, such as {@code __init__} or a sort key, nest a new loop). A yield or a suspended await stores pc
 * and stack pointer in the heap frame and returns, so coroutines need no thread.
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
        CallSites.enter(ctx, f);
        PyObject r;
        try {
            r = loop(ctx, f, throwIn);
        } finally {
            CallSites.leaveAbove(ctx, f);
            CallSites.leave(ctx, f);
        }
        if (ctx.liveGenerators != 0 && !f.yielded) {
            GeneratorFinalizer.frameReturned(ctx, f, r);
        }
        return r;
    }

    private static PyObject loop(RunContext ctx, final Frame entry, PyBaseException throwIn) {
        Frame f = entry;
        CodeObject co = f.code;
        int[] code = co.code;
        PyObject[] consts = co.consts;
        String[] names = co.names;
        PyObject[] stack = f.stack;
        PyObject[] fast = f.fast;
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
                ctx.nativeCalls = nativeCallsBase; // the native calls made since this loop began have all ended
                if (chain) {
                    exc.chainContext(ctx.handledException());
                }
                int at = pc > 0 ? pc - 1 : 0;
                if (!reraise || throwIn != null) {
                    if (!co.is(CodeObject.HIDDEN_FRAME)) {
                        exc.recordOrigin(f);
                        exc.addTraceback(co.name, pc > 0 ? co.lines[at] : co.firstLine);
                    }
                }
                throwIn = null;
                // pc 0: thrown into a frame that never started (gen_send_ex on FRAME_CREATED), raised before the
                // first instruction and so outside every try block, as in CPython.
                int h = co.handlerOf.length == 0 || pc == 0 ? -1 : co.handlerOf[at];
                if (h < 0) {
                    f.sp = 0;
                    GeneratorFinalizer.unwind(ctx, f, 0, exc);
                    if (f == entry) {
                        PyException out = new PyException(exc);
                        out.contextSet = true;
                        throw out;
                    }
                    // the caller's own call instruction takes the exception, as a raise there would
                    Frame caller = (Frame) f.back;
                    CallSites.leave(ctx, f);
                    f = caller;
                    co = f.code;
                    code = co.code;
                    consts = co.consts;
                    names = co.names;
                    stack = f.stack;
                    fast = f.fast;
                    sp = f.sp;
                    pc = f.pc;
                    pending = exc;
                    reraise = false;
                    chain = false;
                    continue;
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
                            if (ctx.liveGenerators != 0) {
                                sp = GeneratorFinalizer.popTop(ctx, f, pc, stack, sp);
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
                                throw CallSites.unboundLocal(co.varnames[arg]);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_FAST: {
                            PyObject old = fast[arg];
                            fast[arg] = stack[--sp];
                            stack[sp] = null;
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.released(ctx, f, pc, old);
                            }
                            break;
                        }
                        case LOAD_DEREF: {
                            PyObject v = f.cells[arg].value;
                            if (v == null) {
                                throw CallSites.unboundDeref(co, arg);
                            }
                            stack[sp++] = v;
                            break;
                        }
                        case STORE_DEREF: {
                            PyObject old = f.cells[arg].value;
                            f.cells[arg].value = stack[--sp];
                            stack[sp] = null;
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.released(ctx, f, pc, old);
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
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.released(ctx, f, pc, old);
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
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.released(ctx, f, pc, old);
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
                        case LOAD_METHOD:
                            sp = CallSites.loadMethod(ctx, stack, sp, names[arg]);
                            break;
                        case CALL:
                        case CALL_KW:
                        case CALL_METHOD:
                        case CALL_METHOD_KW: {
                            int op = insn & 0xff;
                            String[] kw = null;
                            if (op == CALL_KW || op == CALL_METHOD_KW) {
                                kw = CallSites.kwNames((PyTuple) stack[--sp]);
                                stack[sp] = null;
                            }
                            boolean method = op == CALL_METHOD || op == CALL_METHOD_KW;
                            int base = sp - arg - (method ? 2 : 1);
                            f.pc = pc;
                            PyObject callee = stack[base];
                            Frame nf = callee == null ? null
                                    : CallSites.inlineFrame(callee, method ? stack[base + 1] : null, stack,
                                            method ? base + 2 : base + 1, arg, kw);
                            if (nf == null) {
                                PyObject r = CallSites.callFromStack(ctx, stack, base, sp, method, kw);
                                sp = base;
                                stack[sp++] = r;
                                break;
                            }
                            clear(stack, base, sp);
                            f.sp = base;
                            CallSites.enter(ctx, nf);
                            f = nf;
                            co = f.code;
                            code = co.code;
                            consts = co.consts;
                            names = co.names;
                            stack = f.stack;
                            fast = f.fast;
                            sp = 0;
                            pc = 0;
                            break;
                        }
                        case BINARY_SUBSCR: {
                            PyObject key = stack[--sp];
                            stack[sp] = null;
                            PyObject obj = stack[sp - 1];
                            if (obj instanceof PyList && key instanceof PyInt && obj.type() == BuiltinTypes.LIST) {
                                ArrayList<PyObject> items = ((PyList) obj).items();
                                stack[sp - 1] = items.get(Subscription.normalizeIndex(key, items.size(), "list"));
                            } else {
                                stack[sp - 1] = Subscription.getItem(ctx, obj, key);
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
                                Subscription.setItem(ctx, obj, key, v);
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
                        case BUILD_TUPLE:
                            sp = Displays.tuple(stack, sp, arg);
                            break;
                        case BUILD_LIST:
                            sp = Displays.list(stack, sp, arg);
                            break;
                        case BUILD_MAP:
                            sp = Displays.map(stack, sp, arg);
                            break;
                        case BUILD_STRING:
                            sp = Displays.string(ctx, stack, sp, arg);
                            break;
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
                            if (f == entry) {
                                return r;
                            }
                            Frame returned = f;
                            Frame caller = (Frame) f.back;
                            CallSites.leave(ctx, f);
                            f = caller;
                            co = f.code;
                            code = co.code;
                            consts = co.consts;
                            names = co.names;
                            stack = f.stack;
                            fast = f.fast;
                            sp = f.sp;
                            pc = f.pc;
                            stack[sp++] = r;
                            if (ctx.liveGenerators != 0) {
                                GeneratorFinalizer.frameReturned(ctx, returned, null);
                            }
                            break;
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
}
