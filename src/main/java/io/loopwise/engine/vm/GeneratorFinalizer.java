package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.Subscription;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyInstance;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyMethod;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finalises generators, coroutines and async generators when CPython's reference counting would: the moment
 * the last reference to a started, unfinished one goes away — it is closed ({@code GeneratorExit} runs its
 * {@code finally}), or for an async generator the event loop's finalizer hook schedules {@code aclose()} in a new
 * task (which is why the cleanup of a generator dropped by {@code main()} prints from Task-2).
 *
 * <p><b>Why not escape flags or real reference counts.</b> Counting references exactly would put work on every
 * store, load and call of the VM for the few programs that abandon a generator. Instead we pay only where a count
 * could reach zero, and only while such a generator exists.
 *
 * <p><b>Design.</b> A run keeps a registry of started, unfinished generators whose finalisation can be observed:
 * a generator once it suspends inside a try/with block or while delegating (closing one suspended elsewhere runs
 * no code, so a generator expression fed to {@code sum} is never registered; what it holds is still found through
 * it), an async generator when it starts (its finaliser creates a task), a coroutine only when the program itself
 * drives it with {@code send}/{@code throw} (one that a Task or an {@code await} drives is owned by that driver). While the registry is empty — every run that does
 * not leave a generator suspended — the VM's only cost is a counter test when a frame returns, a name is stored
 * or a native call returns. Otherwise, at each <i>drop point</i>: a frame returning (its locals, cells and stack,
 * its return value counting as alive), a frame unwinding an exception (the stack entries it discards, e.g. a
 * {@code for} loop's iterator; its locals stay alive through the traceback until the exception is dropped at the
 * end of its {@code except} block), a name rebound or deleted, an attribute or item overwritten or deleted, a
 * method that may remove items from a list/dict/set, a discarded expression result, a native call's arguments,
 * {@code __main__}'s globals cleared at exit — {@link RefcountReplay}:
 * <ol>
 * <li>looks for a registered generator within a bounded number of objects of the dropped values, skipping
 *     generators whose closing runs no code (suspended outside every try/with block, holding plain values):
 *     their finalisation cannot be observed; none found, done;</li>
 * <li>proves cheaply that each candidate is still held when it can: a local, cell, stack entry or global of an
 *     executing frame, or an item of a small container held there ({@code next(g)} in a loop);</li>
 * <li>otherwise computes what is reachable from the run's roots ({@link HeapGraph#reachable}: executing frames,
 *     modules, the event loop, tasks, futures and callbacks), charging every object visited to the step
 *     budget;</li>
 * <li>replays CPython's reference counting over the part of the heap that became unreachable: each dead object's
 *     count is its references from the dropped values and from other dead objects; the dropped values are
 *     released in order and each object whose count reaches zero is deallocated depth first, in CPython's
 *     deallocation order (a frame's locals in order, a list's items last to first, a dict's entries first to
 *     last). A registered generator that dies is finalised there; its own frame is released when it returns
 *     from the close (a nested drop point), as in {@code gen_dealloc}. Reachability is recomputed before each
 *     further finalisation in one release, since a finaliser runs Python code.</li>
 * </ol>
 *
 * <p><b>What the walk cannot see, and why that is safe.</b> Java locals of a running native. The VM keeps a
 * call's arguments on the caller's stack until the call returns, and counts native calls that may hold objects
 * of their own while running Python code ({@code list(gen())}, {@code sorted(key=...)}, a class call running
 * {@code __init__}); while one is running, drops are deferred until it returns. Natives that hold only their
 * arguments ({@code next}, a generator's {@code send}/{@code throw}/{@code close}) are marked and not counted,
 * and the event loop resets the count for the callbacks it runs (it keeps what it runs reachable). So nothing
 * is finalised while it is still referenced — the direction that would change a program's meaning.
 *
 * <p><b>Cycles and cost.</b> Objects on a reference cycle never reach zero in the replay, as in CPython, whose
 * cyclic GC finds them at a moment that depends on allocation counts; we leave them to the end of the run, where
 * (as the conformance runner clears {@code __main__}'s globals and forces a collection) every registered
 * generator still unreachable is finalised in registration order. Step 3 is linear in the live heap; it runs once
 * per drop of a generator that has a {@code finally}/{@code except}/{@code with} around its suspension point and
 * is not provably held, so a program that drops thousands of such generators one by one while keeping a large
 * heap pays for it in steps (and stops at the step limit rather than running long).
 *
 * <p><b>Known differences from CPython.</b> Drops inside natives we do not model item by item (e.g. a list's
 * {@code remove} of a generator found beyond the search bound, an object freed inside a native's own data) are
 * noticed at the next drop point that reaches them, or at the end of the run; drops deferred during a counted
 * native happen when it returns rather than inside it; a generator referenced from older cyclic garbage is
 * treated as unreachable; generators on cycles close at the end of the run, not when CPython's GC would run.
 */
public final class GeneratorFinalizer {
    private static final Object KEY = GeneratorFinalizer.class;

    /** The run's started, unfinished generators in registration order (an intrusive list: no hashing). */
    static final class Registry {
        PyGenerator head;
        PyGenerator tail;
        /** Globals of a module that has been torn down: no longer a path to anything. */
        Map<String, PyObject> deadGlobals;
        /** Whether an async generator has started (its frames matter to shutdown_asyncgens even once finished). */
        boolean asyncGeneratorsStarted;
        /** Counts finalisations, so a release notices that Python code ran since it computed reachability. */
        long finalized;
        final ArrayDeque<Object> gateWork = new ArrayDeque<>();
        final IdentityHashMap<Object, Boolean> gateSeen = new IdentityHashMap<>();
        final List<Object> gateKids = new ArrayList<>();
        /** Generators dropped while a native that may hold objects was running: released once it returns. */
        List<Object> deferred;
    }

    private GeneratorFinalizer() {
    }

    static Registry registry(RunContext ctx) {
        return ctx.attachment(KEY, Registry::new);
    }

    static void register(RunContext ctx, PyGenerator g) {
        if (g.registered) {
            return;
        }
        Registry r = registry(ctx);
        g.registered = true;
        r.asyncGeneratorsStarted |= g.kind() == PyGenerator.Kind.ASYNC_GENERATOR;
        g.livePrev = r.tail;
        if (r.tail != null) {
            r.tail.liveNext = g;
        } else {
            r.head = g;
        }
        r.tail = g;
        ctx.liveGenerators++;
    }

    static void unregister(RunContext ctx, PyGenerator g) {
        if (!g.registered) {
            return;
        }
        Registry r = registry(ctx);
        g.registered = false;
        if (g.livePrev != null) {
            g.livePrev.liveNext = g.liveNext;
        } else {
            r.head = g.liveNext;
        }
        if (g.liveNext != null) {
            g.liveNext.livePrev = g.livePrev;
        } else {
            r.tail = g.livePrev;
        }
        g.livePrev = null;
        g.liveNext = null;
        ctx.liveGenerators--;
    }

    /**
     * Drop point: {@code f} returned {@code result} (not a yield); its locals, cells and stack are released. The
     * result is on its way to the caller, so it counts as alive.
     */
    static void frameReturned(RunContext ctx, Frame f, PyObject result) {
        int worth = Math.max(worth(f.fast), worth(f.stack));
        if (f.cells != null) {
            worth = Math.max(worth, worth(f.cells));
        }
        if (f.names != f.globals) {
            worth = Math.max(worth, worth(f.names));
        }
        if (worth == NOTHING) {
            return;
        }
        List<Object> dropped = new ArrayList<>(f.fast.length + f.stack.length);
        Collections.addAll(dropped, f.fast);
        if (f.cells != null) {
            Collections.addAll(dropped, f.cells);
        }
        for (PyObject v : f.stack) {
            if (v != null) {
                dropped.add(v);
            }
        }
        if (f.names != f.globals) {
            dropped.add(f.names);
        }
        RefcountReplay.release(ctx, dropped, f, result);
    }

    /**
     * An exception is being dispatched in {@code f}: the stack above {@code from} is discarded (a drop point: a
     * {@code for} loop's iterator goes here), and if no handler catches it ({@code from == 0}) the frame is left,
     * its locals kept alive by the exception's traceback until the exception itself is dropped.
     */
    static void unwind(RunContext ctx, Frame f, int from, PyBaseException exc) {
        PyObject[] stack = f.stack;
        if (ctx.liveGenerators == 0) {
            java.util.Arrays.fill(stack, from, stack.length, null);
            Registry r = ctx.attachment(KEY);
            if (from == 0 && r != null && r.asyncGeneratorsStarted && holdsObjects(f)) {
                exc.keepFrameAlive(f); // a finished async generator in it still counts for shutdown_asyncgens
            }
            return;
        }
        if (from == 0 && holdsObjects(f)) {
            exc.keepFrameAlive(f);
        }
        List<Object> dropped = new ArrayList<>();
        for (int i = from; i < stack.length; i++) {
            if (stack[i] != null) {
                dropped.add(stack[i]);
                stack[i] = null;
            }
        }
        if (!dropped.isEmpty()) {
            RefcountReplay.release(ctx, dropped, null, exc);
        }
    }

    private static boolean holdsObjects(Frame f) {
        return worth(f.fast) != NOTHING || f.cells != null && worth(f.cells) != NOTHING;
    }

    /** At the end of a failed run, before {@code __main__} is torn down: its uncaught exception is dropped. */
    static void uncaughtDropped(RunContext ctx, PyBaseException exc) {
        if (ctx.liveGenerators != 0 && exc.keepsFramesAlive()) {
            RefcountReplay.release(ctx, List.of(exc), null, null);
        }
    }

    /**
     * Calls {@code callee}, counted in {@code ctx.nativeCalls} while it runs when it may hold objects of its own, so
     * drops wait until it returns. An exception leaves the count raised: the interpreter's exception dispatch
     * resets it to what it was when its loop began.
     */
    static PyObject callCounted(RunContext ctx, PyObject callee, PyObject[] args, String[] kw) {
        if (!mayHoldObjects(callee)) {
            return callee.call(ctx, args, kw);
        }
        ctx.nativeCalls++;
        PyObject r = callee.call(ctx, args, kw);
        ctx.nativeCalls--;
        return r;
    }

    /**
     * Calls a native (or anything the VM does not run inline) whose arguments are still on the caller's stack
     * from {@code base} to {@code sp}: counts it while it runs if it may hold objects of its own, clears the
     * arguments once it returns, then treats them — and what a container method may have removed from its
     * receiver — as dropped, the result being alive.
     */
    static PyObject callNative(RunContext ctx, PyObject callee, PyObject[] args, String[] kw, boolean method,
                               PyObject[] stack, int base, int sp) {
        List<PyGenerator> inSelf = ctx.liveGenerators != 0 && method ? heldBySelf(ctx, args) : null;
        PyObject r = callCounted(ctx, callee, args, kw);
        Interpreter.clear(stack, base, sp);
        if (ctx.liveGenerators != 0) {
            argumentsReleased(ctx, args, r);
            if (inSelf != null) {
                RefcountReplay.release(ctx, new ArrayList<>(inSelf), null, r);
            }
        }
        return r;
    }

    /**
     * Drop point: a native call returned {@code result}; the argument array the caller built for it is released,
     * and so is what was dropped while natives were running, once the outermost has returned.
     */
    static void argumentsReleased(RunContext ctx, PyObject[] args, PyObject result) {
        if (worth(args) != NOTHING) {
            RefcountReplay.release(ctx, List.of((Object[]) args), null, result);
        }
        if (ctx.nativeCalls == 0 && ctx.generatorDropsDeferred) {
            ctx.generatorDropsDeferred = false;
            Registry r = registry(ctx);
            List<Object> deferred = r.deferred;
            if (deferred != null) {
                r.deferred = null;
                for (Object g : deferred) {
                    ((PyGenerator) g).dropDeferred = false;
                }
                RefcountReplay.release(ctx, deferred, null, result);
            }
        }
    }

    /**
     * Whether calling {@code callee} may leave Python objects only in a native's Java locals while it runs Python
     * code: anything but a Python function, a bound method of one, and natives marked as holding only their
     * arguments (which stay on the caller's stack during the call). A bound native ({@code f = items.sort}) counts.
     */
    static boolean mayHoldObjects(PyObject callee) {
        return !(callee instanceof PyFunction
                || callee instanceof PyMethod && ((PyMethod) callee).function() instanceof PyFunction
                || callee instanceof PyNativeFunction && ((PyNativeFunction) callee).holdsOnlyArguments());
    }

    private static final int NOTHING = 0;
    private static final int CONTAINER = 1;
    private static final int GENERATOR = 2;

    /** Without allocating: does any value hold a registered generator (2), might it (1), or not (0)? */
    private static int worth(Object[] values) {
        int w = NOTHING;
        for (Object v : values) {
            if (v instanceof PyGenerator && RefcountReplay.finalizable((PyGenerator) v)) {
                return GENERATOR;
            }
            if (w == NOTHING && mayHold(v)) {
                w = CONTAINER;
            }
        }
        return w;
    }

    private static int worth(Object value) {
        return mayHold(value) ? CONTAINER : NOTHING;
    }

    /**
     * Values that commonly carry a generator to a drop point: data containers, user instances, cells, bound
     * methods, iterators (enumerate(gen()), an unstarted generator's arguments) and frames. Functions, classes,
     * modules and asyncio objects are not searched: what hangs off them is almost always still alive.
     */
    static boolean mayHold(Object v) {
        return v instanceof PyList || v instanceof PyTuple || v instanceof PyDict || v instanceof PyInstance
                || v instanceof PyCell || v instanceof PyMethod || v instanceof PyIterator || v instanceof Frame
                || v instanceof Map || v instanceof java.util.Collection || v instanceof Object[]
                || v instanceof PyBaseException;
    }

    /**
     * Drop point: a reference to {@code value} went away — a name rebound or deleted while holding a generator,
     * or a {@code for}/{@code async for} over a call letting go of its iterator early (break, return).
     */
    static void dropped(RunContext ctx, PyObject value) {
        if (ctx.liveGenerators != 0) {
            RefcountReplay.release(ctx, List.of(value), null, null);
        }
    }

    /** The VM overwrote {@code old} (a local, cell or global) at {@code pc} of {@code f}: a drop point. */
    static void released(RunContext ctx, Frame f, int pc, PyObject old) {
        if (mayRelease(old)) {
            f.pc = pc;
            dropped(ctx, old);
        }
    }

    /** {@code POP_TOP} while generators are live: the discarded value is a drop point. Returns the new sp. */
    static int popTop(RunContext ctx, Frame f, int pc, PyObject[] stack, int sp) {
        PyObject v = stack[--sp];
        stack[sp] = null;
        released(ctx, f, pc, v);
        return sp;
    }

    /**
     * Whether dropping {@code old} (a name rebound or deleted) can release a generator: a generator, or a value
     * that can hold one (a container, an instance, a closure, a bound method, an exception keeping frames).
     */
    static boolean mayRelease(PyObject old) {
        return old instanceof PyGenerator || old instanceof PyFunction || mayHold(old);
    }

    /** {@code obj.name = value} while generators are live: the attribute's old value is a drop point. */
    static void setAttr(RunContext ctx, PyObject obj, String name, PyObject value) {
        Map<String, PyObject> dict = obj.instanceDict();
        PyObject old = dict == null ? null : dict.get(name);
        Attributes.setAttr(ctx, obj, name, value);
        if (old != null && old != value && mayRelease(old)) {
            RefcountReplay.release(ctx, List.of(old), null, null);
        }
    }

    /** {@code obj[key] = value} while generators are live: the item it replaces is a drop point. */
    static void setItem(RunContext ctx, PyObject obj, PyObject key, PyObject value) {
        PyObject old = peekItem(obj, key);
        Subscription.setItem(ctx, obj, key, value);
        if (old != null && old != value && mayRelease(old)) {
            RefcountReplay.release(ctx, List.of(old), null, null);
        }
    }

    /** {@code del obj[key]} while generators are live: the item removed is a drop point. */
    static void delItem(RunContext ctx, PyObject obj, PyObject key) {
        PyObject old = peekItem(obj, key);
        Subscription.delItem(ctx, obj, key);
        if (old != null && mayRelease(old)) {
            RefcountReplay.release(ctx, List.of(old), null, null);
        }
    }

    /** The current item of a builtin list or dict, read without running Python code; else null. */
    private static PyObject peekItem(PyObject obj, PyObject key) {
        if (obj.getClass() == PyList.class && key instanceof PyInt && ((PyInt) key).isSmall()) {
            List<PyObject> items = ((PyList) obj).items();
            long i = ((PyInt) key).longValue();
            i = i < 0 ? i + items.size() : i;
            return i >= 0 && i < items.size() ? items.get((int) i) : null;
        }
        if (obj.getClass() == PyDict.class && (key instanceof PyStr || key instanceof PyInt)) {
            return ((PyDict) obj).map().get(key);
        }
        return null;
    }

    /**
     * Before a method call on a container ({@code holder.clear()}, {@code items.pop()}): the registered generators
     * it holds (bounded search), or null. After the call, {@link #callNative} treats them as dropped.
     */
    static List<PyGenerator> heldBySelf(RunContext ctx, PyObject[] args) {
        if (args.length == 0 || !(args[0] instanceof PyList || args[0] instanceof PyDict
                || args[0] instanceof PySet)) {
            return null;
        }
        List<PyGenerator> found = RefcountReplay.candidates(registry(ctx), List.of(args[0]));
        return found.isEmpty() ? null : found;
    }


    /**
     * The finished generators among {@code generators} that the program still references (for asyncio.run's
     * {@code shutdown_asyncgens}, whose weak set CPython empties only as generators are collected). One walk,
     * only when there is a finished one to ask about.
     */
    public static Set<PyObject> stillReferenced(RunContext ctx, List<PyObject> generators) {
        Set<PyObject> out = Collections.newSetFromMap(new IdentityHashMap<>());
        boolean ask = false;
        for (PyObject g : generators) {
            ask |= g instanceof PyGenerator && ((PyGenerator) g).isFinished();
        }
        if (ask) {
            Set<Object> alive = RefcountReplay.reachable(ctx, registry(ctx), null, null);
            for (PyObject g : generators) {
                if (alive.contains(g)) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /**
     * At exit: {@code __main__}'s globals are cleared (values released in insertion order, as {@code dict.clear}),
     * then what only cycles kept is finalised in registration order, as the conformance runner's forced GC.
     */
    static void moduleEnded(RunContext ctx, Map<String, PyObject> globals) {
        if (ctx.liveGenerators == 0) {
            return;
        }
        Registry r = registry(ctx);
        List<Object> dropped = new ArrayList<>(globals.values());
        r.deadGlobals = globals;
        globals.clear();
        RefcountReplay.release(ctx, dropped, null, null);
        Set<Object> alive = null;
        long seenFinalized = -1;
        for (PyGenerator g = r.head; g != null; ) {
            PyGenerator next = g.liveNext;
            if (RefcountReplay.finalizable(g) && !g.closesSilently()) {
                if (alive == null || seenFinalized != r.finalized) {
                    alive = RefcountReplay.reachable(ctx, r, null, null);
                    seenFinalized = r.finalized;
                }
                if (!alive.contains(g)) {
                    RefcountReplay.finalize(ctx, r, g);
                }
            }
            g = next;
        }
    }

}
