package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.Attributes;
import io.loopwise.engine.runtime.PyBaseException;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInstance;
import io.loopwise.engine.runtime.PyIterator;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyMethod;
import io.loopwise.engine.runtime.PyNativeFunction;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PySet;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finalises generators, coroutines and async generators when CPython's reference counting would: the moment
 * the last reference to a started, unfinished one goes away — its frame is closed ({@code GeneratorExit} runs
 * its {@code finally}), or for an async generator the event loop's finalizer hook schedules {@code aclose()}.
 *
 * <p><b>Design.</b> The JVM has no reference counts, so we reconstruct the one moment that matters. A run keeps
 * a registry of started, unfinished generators (sync and async generators when they start; a coroutine only
 * when the program itself drives it with {@code send}/{@code throw} — one that a Task or an {@code await}
 * drives is owned by that driver). While the registry is empty, which is every run that does not suspend a
 * generator, nothing below runs: the VM's only cost is a counter test when a frame returns and a type test when
 * a local or global is overwritten. Otherwise, at the <i>drop points</i> where a refcount could reach zero —
 * a frame returning (its locals, cells and stack), a name rebound or deleted while holding a generator, a
 * {@code for}/{@code async for} letting go of its iterator, {@code __main__}'s globals cleared at exit — we:
 * <ol>
 * <li>look for a registered generator within a few hundred objects of the dropped values (a bounded
 *     breadth-first search); none found, done;</li>
 * <li>compute what is still reachable from the run's roots ({@link HeapGraph#reachable}), not counting the
 *     dropped frame, charging every object visited to the step budget;</li>
 * <li>replay CPython's reference counting over the part of the heap that became unreachable: count each dead
 *     object's references from the dropped values and from other dead objects, then release the dropped values
 *     in order, deallocating (depth first, in CPython's deallocation order) each object whose count reaches
 *     zero. A registered generator that dies is finalised there; its frame is then released by its own return
 *     (a nested drop point), as in CPython's {@code gen_dealloc}.</li>
 * </ol>
 * Objects on a reference cycle never reach zero in step 3, as in CPython, where the cyclic GC finds them later at
 * an unspecified time: we leave them for the end of the run, where (as the conformance runner does after clearing
 * {@code __main__}'s globals) every registered generator still unreachable is finalised in registration order.
 * Because running a finaliser runs Python code that may store a dying object somewhere, reachability is
 * recomputed before each further finalisation in the same release.
 *
 * <p><b>Cost.</b> Step 2 is linear in the live heap and runs only when step 1 found a registered generator
 * among the dropped values (so at most once per drop of such a generator, plus once per rebinding of a name that
 * held one); the walk is charged to the step limit, so a hostile program that rebinds live generators in a loop
 * over a huge heap runs out of steps rather than time.
 *
 * <p><b>Known differences from CPython.</b> References CPython keeps that we do not model: a traceback's frames
 * (a function that exits by an exception keeps its locals alive in CPython until the exception is dropped; we
 * leave that frame's generators to the end of the run), temporaries of native calls ({@code next(gen())} closes
 * the generator after the call in CPython; here at the end of the run), and drops inside containers or
 * attributes ({@code items.clear()}, {@code self.g = None}) which are noticed only at the next drop point that
 * reaches them. A generator held by older cyclic garbage is treated as unreachable. None of these finalises a
 * generator that is still reachable, which is the direction that would change a program's meaning: a native
 * running with a Java local holding a generator (e.g. {@code map} over it) always has it on its caller's operand
 * stack or reachable from its own Python arguments.
 */
public final class GeneratorFinalizer {
    private static final Object KEY = GeneratorFinalizer.class;
    private static final int GATE_BUDGET = 64;
    private static final int SHALLOW_BUDGET = 4096;
    private static final int SHALLOW_CONTAINER = 256;

    /** The run's started, unfinished generators in registration order (an intrusive list: no hashing). */
    static final class Registry {
        PyGenerator head;
        PyGenerator tail;
        /** Globals of a module that has been torn down: no longer a path to anything. */
        Map<String, PyObject> deadGlobals;
        /** Counts finalisations, so a release notices that Python code ran since it computed reachability. */
        long finalized;
        final ArrayDeque<Object> gateWork = new ArrayDeque<>();
        final IdentityHashMap<Object, Boolean> gateSeen = new IdentityHashMap<>();
        final List<Object> gateKids = new ArrayList<>();
        /** Values dropped while a native that may hold objects was running: released once it returns. */
        List<Object> deferred;
    }

    private GeneratorFinalizer() {
    }

    private static Registry registry(RunContext ctx) {
        return ctx.attachment(KEY, Registry::new);
    }

    static void register(RunContext ctx, PyGenerator g) {
        if (g.registered) {
            return;
        }
        Registry r = registry(ctx);
        g.registered = true;
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
        release(ctx, dropped, f, result);
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
            return;
        }
        List<Object> dropped = new ArrayList<>();
        for (int i = from; i < stack.length; i++) {
            if (stack[i] != null) {
                dropped.add(stack[i]);
                stack[i] = null;
            }
        }
        if (from == 0 && (worth(f.fast) != NOTHING || f.cells != null && worth(f.cells) != NOTHING)) {
            exc.keepFrameAlive(f);
        }
        if (!dropped.isEmpty()) {
            release(ctx, dropped, null, exc);
        }
    }

    /** At the end of a failed run, before {@code __main__} is torn down: its uncaught exception is dropped. */
    static void uncaughtDropped(RunContext ctx, PyBaseException exc) {
        if (ctx.liveGenerators != 0 && exc.keepsFramesAlive()) {
            release(ctx, List.of(exc), null, null);
        }
    }

    /**
     * Drop point: a native call returned; the argument array the caller built for it is released, and so is
     * what was dropped while natives were running, once the outermost has returned.
     */
    static void argumentsReleased(RunContext ctx, PyObject[] args) {
        if (worth(args) != NOTHING) {
            release(ctx, List.of((Object[]) args), null, null);
        }
        if (ctx.nativeCalls == 0) {
            Registry r = registry(ctx);
            List<Object> deferred = r.deferred;
            if (deferred != null) {
                r.deferred = null;
                release(ctx, deferred, null, null);
            }
        }
    }

    /**
     * Whether calling {@code callee} may leave Python objects only in a native's Java locals while it runs Python
     * code: anything but a Python function, a bound method of one, and natives marked as holding only their
     * arguments (which stay on the caller's stack during the call).
     */
    static boolean mayHoldObjects(PyObject callee) {
        return !(callee instanceof PyFunction || callee instanceof PyMethod
                || callee instanceof PyNativeFunction && ((PyNativeFunction) callee).holdsOnlyArguments());
    }

    private static final int NOTHING = 0;
    private static final int CONTAINER = 1;
    private static final int GENERATOR = 2;

    /** Without allocating: does any value hold a registered generator (2), might it (1), or not (0)? */
    private static int worth(Object[] values) {
        int w = NOTHING;
        for (Object v : values) {
            if (v instanceof PyGenerator && finalizable((PyGenerator) v)) {
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
    private static boolean mayHold(Object v) {
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
            release(ctx, List.of(value), null, null);
        }
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
            release(ctx, List.of(old), null, null);
        }
    }

    /** {@code obj[key] = value} while generators are live: the item it replaces is a drop point. */
    static void setItem(RunContext ctx, PyObject obj, PyObject key, PyObject value) {
        PyObject old = peekItem(obj, key);
        Protocols.setItem(ctx, obj, key, value);
        if (old != null && old != value && mayRelease(old)) {
            release(ctx, List.of(old), null, null);
        }
    }

    /** {@code del obj[key]} while generators are live: the item removed is a drop point. */
    static void delItem(RunContext ctx, PyObject obj, PyObject key) {
        PyObject old = peekItem(obj, key);
        Protocols.delItem(ctx, obj, key);
        if (old != null && mayRelease(old)) {
            release(ctx, List.of(old), null, null);
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
     * it holds (bounded search), or null. After the call, {@link #mayHaveRemoved} treats them as dropped.
     */
    static List<PyGenerator> heldBySelf(RunContext ctx, PyObject[] args) {
        if (args.length == 0 || !(args[0] instanceof PyList || args[0] instanceof PyDict
                || args[0] instanceof PySet)) {
            return null;
        }
        List<PyGenerator> found = candidates(registry(ctx), List.of(args[0]));
        return found.isEmpty() ? null : found;
    }

    static void mayHaveRemoved(RunContext ctx, List<PyGenerator> generators) {
        release(ctx, new ArrayList<>(generators), null, null);
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
        release(ctx, dropped, null, null);
        Set<Object> alive = null;
        long seenFinalized = -1;
        for (PyGenerator g = r.head; g != null; ) {
            PyGenerator next = g.liveNext;
            if (finalizable(g) && !g.closesSilently()) {
                if (alive == null || seenFinalized != r.finalized) {
                    alive = reachable(ctx, r, null, null);
                    seenFinalized = r.finalized;
                }
                if (!alive.contains(g)) {
                    finalize(ctx, r, g);
                }
            }
            g = next;
        }
    }

    private static boolean finalizable(PyGenerator g) {
        return g.registered && !g.isFinished() && !g.isRunning();
    }

    private static Set<Object> reachable(RunContext ctx, Registry r, Frame excluded, PyObject inFlight) {
        List<Object> skip = new ArrayList<>(2);
        if (excluded != null) {
            skip.add(excluded);
        }
        if (r.deadGlobals != null) {
            skip.add(r.deadGlobals);
        }
        return HeapGraph.reachable(ctx, inFlight, skip.toArray());
    }

    private static void release(RunContext ctx, List<Object> dropped, Frame excluded, PyObject inFlight) {
        Registry r = registry(ctx);
        if (ctx.nativeCalls != 0) {
            // a native below may hold some of these in Java locals we cannot see: decide when it has returned
            if (r.deferred == null) {
                r.deferred = new ArrayList<>();
            }
            r.deferred.addAll(dropped);
            if (inFlight != null) {
                r.deferred.add(inFlight);
            }
            return;
        }
        List<PyGenerator> candidates = candidates(r, dropped);
        if (candidates.isEmpty() || heldByLiveFrames(ctx, candidates, excluded, inFlight)) {
            return;
        }
        Set<Object> alive = reachable(ctx, r, excluded, inFlight);
        IdentityHashMap<Object, int[]> refs = deadReferences(dropped, alive, excluded);
        long seenFinalized = r.finalized;
        ArrayDeque<Iterator<Object>> stack = new ArrayDeque<>();
        stack.push(dropped.iterator());
        while (!stack.isEmpty()) {
            Iterator<Object> it = stack.peek();
            if (!it.hasNext()) {
                stack.pop();
                continue;
            }
            Object o = it.next();
            int[] count = refs.get(o);
            if (count == null || --count[0] != 0) {
                continue;
            }
            if (o instanceof PyGenerator && finalizable((PyGenerator) o)) {
                if (seenFinalized != r.finalized) {
                    alive = reachable(ctx, r, excluded, inFlight);
                    seenFinalized = r.finalized;
                }
                if (!alive.contains(o)) {
                    finalize(ctx, r, (PyGenerator) o);
                }
                continue;
            }
            List<Object> kids = new ArrayList<>();
            HeapGraph.children(o, kids);
            stack.push(kids.iterator());
        }
    }

    /**
     * Step 1: the registered generators within {@link #GATE_BUDGET} objects of the dropped values, searching only
     * through {@link #mayHold} values. Uses the registry's scratch space: this runs at every drop point.
     */
    private static List<PyGenerator> candidates(Registry r, List<Object> dropped) {
        ArrayDeque<Object> work = r.gateWork;
        IdentityHashMap<Object, Boolean> seen = r.gateSeen;
        List<Object> kids = r.gateKids;
        List<PyGenerator> found = new ArrayList<>(2);
        try {
            for (Object o : dropped) {
                visitForCandidates(o, seen, work, found);
            }
            int budget = GATE_BUDGET;
            while (!work.isEmpty() && budget-- > 0) {
                HeapGraph.children(work.poll(), kids);
                for (Object k : kids) {
                    visitForCandidates(k, seen, work, found);
                }
                kids.clear();
            }
            return found;
        } finally {
            work.clear();
            seen.clear();
            kids.clear();
        }
    }

    private static void visitForCandidates(Object o, IdentityHashMap<Object, Boolean> seen, ArrayDeque<Object> work,
                                           List<PyGenerator> found) {
        if (o instanceof PyFunction) {
            // a closure can carry a generator in a cell or a default; its globals are the module's, alive
            PyFunction fn = (PyFunction) o;
            if (fn.closure != null) {
                for (PyCell c : fn.closure) {
                    visitForCandidates(c, seen, work, found);
                }
            }
            if (fn.defaults != null) {
                for (PyObject d : fn.defaults) {
                    visitForCandidates(d, seen, work, found);
                }
            }
            return;
        }
        if (!mayHold(o) || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof PyGenerator && finalizable((PyGenerator) o)) {
            if (!((PyGenerator) o).closesSilently()) {
                found.add((PyGenerator) o);
            }
        } else {
            work.add(o);
        }
    }

    /**
     * Step 1½, the common case made cheap: every candidate is still a local, a cell's value, a stack entry or a
     * global of an executing frame, or directly inside a list, tuple, dict or instance held there (as in
     * {@code next(g)} in a loop, or {@code for g in gens}). Scans at most {@link #SHALLOW_BUDGET} slots.
     */
    private static boolean heldByLiveFrames(RunContext ctx, List<PyGenerator> candidates, Frame excluded,
                                            PyObject inFlight) {
        int budget = SHALLOW_BUDGET;
        for (PyGenerator g : candidates) {
            if (g == inFlight) {
                continue;
            }
            boolean held = false;
            for (io.loopwise.engine.runtime.FrameInfo fi = ctx.topFrame; fi != null && !held && budget > 0;
                 fi = fi.back()) {
                if (!(fi instanceof Frame) || fi == excluded) {
                    continue;
                }
                Frame fr = (Frame) fi;
                budget -= fr.fast.length + fr.stack.length;
                held = holdsShallow(fr.fast, g) || holdsShallow(fr.stack, g);
                if (!held && fr.cells != null) {
                    for (PyCell c : fr.cells) {
                        held |= c != null && c.value == g;
                    }
                }
                if (!held && fr.globals.size() <= budget) {
                    budget -= fr.globals.size();
                    for (PyObject v : fr.globals.values()) {
                        if (v == g) {
                            held = true;
                            break;
                        }
                    }
                }
            }
            if (!held) {
                return false;
            }
        }
        return true;
    }

    private static boolean holdsShallow(PyObject[] slots, PyGenerator g) {
        for (PyObject v : slots) {
            if (v == g || v instanceof PyList && containsShallow(((PyList) v).items(), g)
                    || v instanceof PyTuple && containsShallow(java.util.Arrays.asList(((PyTuple) v).array()), g)
                    || v instanceof PyDict && containsShallow(((PyDict) v).map().values(), g)
                    || v instanceof PyInstance && v.instanceDict() != null
                    && containsShallow(v.instanceDict().values(), g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsShallow(java.util.Collection<PyObject> items, PyGenerator g) {
        if (items.size() > SHALLOW_CONTAINER) {
            return false;
        }
        for (PyObject v : items) {
            if (v == g) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dead part of the heap under the dropped values, each object with its number of references from the
     * dropped values and from other dead objects (its reference count once the live world is gone).
     */
    private static IdentityHashMap<Object, int[]> deadReferences(List<Object> dropped, Set<Object> alive,
                                                                 Frame excluded) {
        IdentityHashMap<Object, int[]> refs = new IdentityHashMap<>();
        ArrayDeque<Object> work = new ArrayDeque<>();
        countAll(dropped, refs, work, alive, excluded);
        List<Object> kids = new ArrayList<>();
        while (!work.isEmpty()) {
            HeapGraph.children(work.poll(), kids);
            countAll(kids, refs, work, alive, excluded);
            kids.clear();
        }
        return refs;
    }

    private static void countAll(List<Object> values, IdentityHashMap<Object, int[]> refs, ArrayDeque<Object> work,
                                 Set<Object> alive, Frame excluded) {
        for (Object o : values) {
            if (HeapGraph.isLeaf(o) || o == excluded || alive.contains(o)) {
                continue;
            }
            int[] c = refs.get(o);
            if (c == null) {
                refs.put(o, new int[] {1});
                work.add(o);
            } else {
                c[0]++;
            }
        }
    }

    /** CPython's {@code _PyGen_Finalize}: the loop's finalizer hook for an async generator, else close(). */
    private static void finalize(RunContext ctx, Registry r, PyGenerator g) {
        r.finalized++;
        unregister(ctx, g); // CPython calls a finaliser at most once per object
        if (g.kind() == PyGenerator.Kind.ASYNC_GENERATOR) {
            ctx.asyncGenFinalize(g);
            return;
        }
        try {
            g.close(ctx);
        } catch (PyException e) {
            // CPython writes "Exception ignored in: <generator ...>" to stderr and carries on
        }
    }
}
