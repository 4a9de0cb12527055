package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyObject;
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
    private static final int GATE_BUDGET = 512;

    /** The run's started, unfinished generators in registration order (an intrusive list: no hashing). */
    static final class Registry {
        PyGenerator head;
        PyGenerator tail;
        /** Globals of a module that has been torn down: no longer a path to anything. */
        Map<String, PyObject> deadGlobals;
        /** Counts finalisations, so a release notices that Python code ran since it computed reachability. */
        long finalized;
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

    /** Drop point: {@code f} returned (not yielded); its locals, cells and stack are released. */
    static void frameReturned(RunContext ctx, Frame f) {
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
        release(ctx, dropped, f);
    }

    /**
     * Drop point: a reference to {@code value} went away — a name rebound or deleted while holding a generator,
     * or a {@code for}/{@code async for} over a call letting go of its iterator early (break, return).
     */
    static void dropped(RunContext ctx, PyObject value) {
        if (ctx.liveGenerators != 0) {
            release(ctx, List.of(value), null);
        }
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
        release(ctx, dropped, null);
        Set<Object> alive = null;
        long seenFinalized = -1;
        for (PyGenerator g = r.head; g != null; ) {
            PyGenerator next = g.liveNext;
            if (finalizable(g)) {
                if (alive == null || seenFinalized != r.finalized) {
                    alive = reachable(ctx, r, null);
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

    private static Set<Object> reachable(RunContext ctx, Registry r, Frame excluded) {
        if (r.deadGlobals == null) {
            return excluded == null ? HeapGraph.reachable(ctx) : HeapGraph.reachable(ctx, excluded);
        }
        return excluded == null ? HeapGraph.reachable(ctx, r.deadGlobals)
                : HeapGraph.reachable(ctx, excluded, r.deadGlobals);
    }

    private static void release(RunContext ctx, List<Object> dropped, Frame excluded) {
        if (!holdsRegistered(dropped, excluded)) {
            return;
        }
        Registry r = registry(ctx);
        Set<Object> alive = reachable(ctx, r, excluded);
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
                    alive = reachable(ctx, r, excluded);
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

    /** Step 1: is there a registered generator within {@link #GATE_BUDGET} objects of the dropped values? */
    private static boolean holdsRegistered(List<Object> dropped, Frame excluded) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        ArrayDeque<Object> work = new ArrayDeque<>();
        List<Object> kids = new ArrayList<>();
        for (Object o : dropped) {
            if (o instanceof PyGenerator && finalizable((PyGenerator) o)) {
                return true;
            }
            if (!HeapGraph.isLeaf(o) && o != excluded && seen.add(o)) {
                work.add(o);
            }
        }
        int budget = GATE_BUDGET;
        while (!work.isEmpty() && budget-- > 0) {
            HeapGraph.children(work.poll(), kids);
            for (Object k : kids) {
                if (k instanceof PyGenerator && finalizable((PyGenerator) k)) {
                    return true;
                }
                if (!HeapGraph.isLeaf(k) && k != excluded && seen.add(k)) {
                    work.add(k);
                }
            }
            kids.clear();
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
