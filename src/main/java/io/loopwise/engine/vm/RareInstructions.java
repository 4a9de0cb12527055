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
import io.loopwise.engine.runtime.Subscription;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;

/**
 * The instructions that are not on the interpreter's hot path (deletes, with/async with, except and except*,
 * class creation, imports, unpacking with a star, uncommon displays, async for): kept out of
 * {@link Interpreter}'s dispatch loop so that loop stays small enough for the JIT to treat well. Raising here
 * throws a {@link PyException}; re-raises are marked so no traceback entry is added for them.
 */
final class RareInstructions {
    private RareInstructions() {
    }

    /** Executes {@code insn} (the frame's pc already points past it) and returns the new stack pointer. */
    static int execute(RunContext ctx, Frame f, PyObject[] stack, int sp, int insn, int pc) {
        final int arg = insn >>> 8;
        final CodeObject co = f.code;
        final PyObject[] consts = co.consts;
        final String[] names = co.names;
        final PyObject[] fast = f.fast;
        switch (insn & 0xff) {
            case DELETE_FAST:
                if (fast[arg] == null) {
                    throw CallSites.unboundLocal(co.varnames[arg]);
                }
                PyObject droppedLocal = fast[arg];
                fast[arg] = null;
                if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(droppedLocal)) {
                    GeneratorFinalizer.dropped(ctx, droppedLocal);
                }
                break;
            case DELETE_DEREF:
                if (f.cells[arg].value == null) {
                    throw CallSites.unboundDeref(co, arg);
                }
                PyObject droppedCell = f.cells[arg].value;
                f.cells[arg].value = null;
                if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(droppedCell)) {
                    GeneratorFinalizer.dropped(ctx, droppedCell);
                }
                break;
            case LOAD_CLASSDEREF: {
                String n = arg < co.cellvars.length ? co.cellvars[arg]
                        : co.freevars[arg - co.cellvars.length];
                PyObject v = f.names.get(n);
                if (v == null) {
                    v = f.cells[arg].value;
                    if (v == null) {
                        throw CallSites.unboundDeref(co, arg);
                    }
                }
                stack[sp++] = v;
                break;
            }
            case DELETE_GLOBAL:
            case DELETE_NAME: {
                PyObject dropped = ((insn & 0xff) == DELETE_GLOBAL ? f.globals : f.names).remove(names[arg]);
                if (dropped == null) {
                    throw PyException.nameError(names[arg]);
                }
                if (ctx.liveGenerators != 0 && GeneratorFinalizer.mayRelease(dropped)) {
                    GeneratorFinalizer.dropped(ctx, dropped);
                }
                break;
            }
            case DELETE_ATTR: {
                PyObject obj = stack[--sp];
                stack[sp] = null;
                Attributes.delAttr(ctx, obj, names[arg]);
                break;
            }
            case CALL_EX: {
                PyObject kwargs = (arg & 1) != 0 ? stack[--sp] : null;
                PyObject positional = stack[--sp];
                PyObject callee = stack[--sp];
                PyTuple posargs = positional instanceof PyTuple ? (PyTuple) positional
                        : Unpacking.callArguments(ctx, callee, positional);
                f.pc = pc;
                boolean holding = GeneratorFinalizer.mayHoldObjects(callee);
                if (holding) {
                    ctx.nativeCalls++;
                }
                PyObject result = CallSites.callEx(ctx, callee, posargs, (PyDict) kwargs);
                if (holding) {
                    ctx.nativeCalls--;
                }
                clear(stack, sp, sp + 3);
                stack[sp++] = result;
                if (ctx.liveGenerators != 0) {
                    GeneratorFinalizer.argumentsReleased(ctx, posargs.array(), null);
                }
                break;
            }
            case DELETE_SUBSCR: {
                PyObject key = stack[--sp];
                PyObject obj = stack[--sp];
                clear(stack, sp, sp + 2);
                if (ctx.liveGenerators != 0) {
                    GeneratorFinalizer.delItem(ctx, obj, key);
                } else {
                    Subscription.delItem(ctx, obj, key);
                }
                break;
            }
            case BUILD_SET: {
                PySet s = new PySet(false);
                for (int i = sp - arg; i < sp; i++) {
                    s.items().add(stack[i]);
                }
                clear(stack, sp - arg, sp);
                sp -= arg;
                stack[sp++] = s;
                break;
            }
            case BUILD_SLICE: {
                PyObject step = arg == 3 ? stack[--sp] : PyNone.NONE;
                PyObject stop = stack[--sp];
                PyObject start = stack[--sp];
                clear(stack, sp, sp + arg);
                stack[sp++] = new PySlice(start, stop, step);
                break;
            }
            case SET_ADD: {
                PyObject v = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).items().add(v);
                break;
            }
            case MAP_ADD: {
                PyObject v = stack[--sp];
                PyObject k = stack[--sp];
                clear(stack, sp, sp + 2);
                ((PyDict) stack[sp - arg]).put(k, v);
                break;
            }
            case LIST_EXTEND: {
                PyObject it = stack[--sp];
                stack[sp] = null;
                ((PyList) stack[sp - arg]).items().addAll(Unpacking.starredValues(ctx, it));
                break;
            }
            case SET_UPDATE: {
                PyObject it = stack[--sp];
                stack[sp] = null;
                ((PySet) stack[sp - arg]).items().addAll(Protocols.toList(ctx, it));
                break;
            }
            case DICT_UPDATE: {
                PyObject src = stack[--sp];
                stack[sp] = null;
                Unpacking.dictUpdate(ctx, (PyDict) stack[sp - arg], src, null);
                break;
            }
            case DICT_MERGE: {
                PyObject src = stack[--sp];
                stack[sp] = null;
                Unpacking.dictUpdate(ctx, (PyDict) stack[sp - arg], src, stack[sp - arg - 2]);
                break;
            }
            case LIST_TO_TUPLE:
                stack[sp - 1] = PyTuple.of(((PyList) stack[sp - 1]).items());
                break;
            case UNPACK_EX: {
                PyObject seq = stack[--sp];
                PyObject[] items = Unpacking.starred(ctx, seq, arg & 0xff, arg >> 8);
                for (int i = items.length - 1; i >= 0; i--) {
                    stack[sp++] = items[i];
                }
                break;
            }
            case MAKE_FUNCTION: {
                CodeObject fc = (CodeObject) consts[arg >> 3];
                PyCell[] closure = null;
                if ((arg & 4) != 0) {
                    PyObject[] cs = ((PyTuple) stack[--sp]).array();
                    closure = new PyCell[cs.length];
                    for (int i = 0; i < cs.length; i++) {
                        closure[i] = (PyCell) cs[i];
                    }
                }
                Map<String, PyObject> kwd = null;
                if ((arg & 2) != 0) {
                    kwd = Unpacking.stringKeyed((PyDict) stack[--sp]);
                }
                PyObject[] defaults = null;
                if ((arg & 1) != 0) {
                    defaults = ((PyTuple) stack[--sp]).array();
                }
                clear(stack, sp, sp + 3);
                stack[sp++] = new PyFunction(fc, f.globals, f.builtins, defaults, kwd, closure);
                break;
            }
            case GET_AITER:
                stack[sp - 1] = AsyncIteration.aiter(ctx, stack[sp - 1]);
                break;
            case GET_ANEXT:
                stack[sp] = AsyncIteration.anext(ctx, stack[sp - 1]);
                sp++;
                break;
            case END_ASYNC_FOR: {
                PyBaseException exc = (PyBaseException) stack[--sp];
                clear(stack, sp - 1, sp + 1);
                sp--;
                if (!exc.isInstance(ExceptionTypes.STOP_ASYNC_ITERATION)) {
                    throw reraise(exc);
                }
                break;
            }
            case BEFORE_WITH:
            case BEFORE_ASYNC_WITH: {
                PyObject mgr = stack[sp - 1];
                boolean async = (insn & 0xff) == BEFORE_ASYNC_WITH;
                PyObject enter = Attributes.lookupSpecial(ctx, mgr, async ? "__aenter__" : "__enter__");
                PyObject exit = Attributes.lookupSpecial(ctx, mgr, async ? "__aexit__" : "__exit__");
                if (enter == null || exit == null) {
                    throw PyException.typeError("'" + mgr.type().name() + "' object does not support the "
                            + (async ? "asynchronous " : "") + "context manager protocol"
                            + (enter == null ? "" : async ? " (missed __aexit__ method)" : " (missed __exit__ method)"));
                }
                stack[sp - 1] = exit;
                f.pc = pc;
                stack[sp++] = enter.call(ctx, new PyObject[0], null);
                break;
            }
            case WITH_EXIT_NORMAL: {
                PyObject exit = stack[sp - 1];
                f.pc = pc;
                stack[sp - 1] = exit.call(ctx, new PyObject[] {PyNone.NONE, PyNone.NONE, PyNone.NONE},
                        null);
                break;
            }
            case WITH_EXCEPT_START: {
                PyObject exit = stack[sp - 3];
                PyBaseException exc = (PyBaseException) stack[sp - 1];
                f.pc = pc;
                PyObject tb = Attributes.getAttr(ctx, exc, "__traceback__");
                stack[sp++] = exit.call(ctx, new PyObject[] {exc.type(), exc, tb}, null);
                break;
            }
            case RERAISE: {
                PyBaseException exc = (PyBaseException) stack[--sp];
                stack[sp] = null;
                throw reraise(exc);
            }
            case PUSH_EXC_INFO: {
                PyObject exc = stack[sp - 1];
                stack[sp - 1] = f.handled == null ? PyNone.NONE : f.handled;
                f.handled = (PyBaseException) exc;
                stack[sp++] = exc;
                break;
            }
            case POP_EXCEPT: {
                PyObject prev = stack[--sp];
                stack[sp] = null;
                PyBaseException done = f.handled;
                f.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                if (done != null && done.keepsFramesAlive()) {
                    GeneratorFinalizer.dropped(ctx, done);
                }
                break;
            }
            case POP_EXCEPT_RERAISE: {
                PyBaseException exc = (PyBaseException) stack[--sp];
                PyObject prev = stack[--sp];
                clear(stack, sp, sp + 2);
                f.handled = prev == PyNone.NONE ? null : (PyBaseException) prev;
                throw reraise(exc);
            }
            case CHECK_EXC_MATCH: {
                PyObject type = stack[--sp];
                stack[sp] = null;
                PyBaseException exc = (PyBaseException) stack[sp - 1];
                stack[sp++] = PyBool.of(Raising.matches(exc, type));
                break;
            }
            case STAR_INIT: {
                PyObject exc = stack[sp - 1];
                stack[sp++] = exc;
                stack[sp++] = new PyList();
                break;
            }
            case STAR_MATCH: {
                PyObject type = stack[--sp];
                stack[sp] = null;
                PyObject match = ExceptStar.match(ctx, f, stack, sp, type);
                stack[sp++] = match;
                break;
            }
            case STAR_COLLECT: {
                PyObject exc = stack[--sp];
                stack[sp] = null;
                ((PyList) stack[sp - 1]).append(exc);
                break;
            }
            case STAR_FINISH: {
                PyList raised = (PyList) stack[--sp];
                PyObject rest = stack[--sp];
                PyBaseException orig = (PyBaseException) stack[--sp];
                clear(stack, sp, sp + 3);
                PyBaseException result = ExceptStar.prepareReraise(orig, raised, rest);
                if (result != null) {
                    throw reraise(result);
                }
                break;
            }
            case BUILD_CLASS: {
                int nBases = arg & (CLASS_KEYWORDS - 1);
                int top = sp;
                PyDict keywords = arg >= CLASS_KEYWORDS ? (PyDict) stack[--sp] : null;
                PyObject[] bases = Arrays.copyOfRange(stack, sp - nBases, sp);
                sp -= nBases;
                PyStr name = (PyStr) stack[--sp];
                PyFunction body = (PyFunction) stack[--sp];
                clear(stack, sp, top);
                f.pc = pc;
                stack[sp++] = ClassBuilder.build(ctx, body, name.value(), bases, keywords);
                break;
            }
            case IMPORT_NAME:
                stack[sp++] = Raising.importModule(ctx, names[arg]);
                break;
            case IMPORT_FROM:
                stack[sp] = Raising.importFrom(ctx, stack[sp - 1], names[arg]);
                sp++;
                break;
            case POP_ITER_CLOSE: {
                PyObject it = stack[--sp];
                stack[sp] = null;
                GeneratorFinalizer.dropped(ctx, it);
                break;
            }
            case POP_AITER_FINALIZE: {
                PyObject it = stack[--sp];
                stack[sp] = null;
                GeneratorFinalizer.dropped(ctx, it);
                break;
            }
            case SET_FROM_CONSTANTS:
                stack[sp - 1] = PySet.displayOfConstants(((PyTuple) stack[sp - 1]).asList());
                break;
            case GET_ITER:
                stack[sp - 1] = Protocols.iter(ctx, stack[sp - 1]);
                break;
            case RAISE_VARARGS: {
                if (arg == 0) {
                    PyBaseException cur = ctx.handledException();
                    if (cur == null) {
                        throw PyException.runtimeError("No active exception to reraise");
                    }
                    throw reraise(cur);
                }
                PyObject cause = arg == 2 ? stack[--sp] : null;
                PyObject e = stack[--sp];
                clear(stack, sp, sp + 2);
                PyBaseException exc = Raising.normalize(ctx, e);
                if (cause != null) {
                    Raising.setCause(ctx, exc, cause);
                }
                throw new PyException(exc);
            }
            case GET_YIELD_FROM_ITER:
                stack[sp - 1] = Awaiting.yieldFromIterable(ctx, stack[sp - 1]);
                break;
            case LOAD_ASSERTION_ERROR:
                stack[sp++] = ExceptionTypes.ASSERTION_ERROR;
                break;
            default:
                throw new IllegalStateException("bad opcode " + (insn & 0xff));
        }
        return sp;
    }

    private static PyException reraise(PyBaseException exc) {
        PyException e = new PyException(exc);
        e.contextSet = true;
        e.reraise = true;
        return e;
    }

    private static void clear(PyObject[] stack, int from, int to) {
        Interpreter.clear(stack, from, to);
    }
}
