package io.loopwise.engine.vm;

import io.loopwise.engine.runtime.FrameInfo;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyException;
import io.loopwise.engine.runtime.PyInstance;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.vm.GeneratorFinalizer.Registry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The release step of {@link GeneratorFinalizer}: given the values a drop point let go of, finds the registered
 * generators among them, proves cheaply that they are still held when it can, and otherwise computes what is
 * still reachable and replays CPython's reference counting over the part of the heap that died, finalising the
 * generators whose count reaches zero, in CPython's order.
 */
final class RefcountReplay {
    private static final int GATE_BUDGET = 64;
    private static final int SHALLOW_BUDGET = 4096;
    private static final int SHALLOW_CONTAINER = 256;

    private RefcountReplay() {
    }

    static boolean finalizable(PyGenerator g) {
        return g.registered && !g.isFinished() && !g.isRunning();
    }

    static Set<Object> reachable(RunContext ctx, Registry r, Frame excluded, PyObject inFlight) {
        List<Object> skip = new ArrayList<>(2);
        if (excluded != null) {
            skip.add(excluded);
        }
        if (r.deadGlobals != null) {
            skip.add(r.deadGlobals);
        }
        return HeapGraph.reachable(ctx, inFlight, skip.toArray());
    }

    static void release(RunContext ctx, List<Object> dropped, Frame excluded, PyObject inFlight) {
        Registry r = GeneratorFinalizer.registry(ctx);
        List<PyGenerator> candidates = candidates(r, dropped);
        if (candidates.isEmpty()) {
            return;
        }
        if (ctx.nativeCalls != 0) {
            // a native below may hold them in Java locals we cannot see: decide once it has returned
            if (r.deferred == null) {
                r.deferred = new ArrayList<>();
                ctx.generatorDropsDeferred = true;
            }
            for (PyGenerator g : candidates) {
                if (!g.dropDeferred) {
                    g.dropDeferred = true;
                    r.deferred.add(g);
                }
            }
            return;
        }
        if (heldByLiveFrames(ctx, candidates, excluded, inFlight)) {
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
    static List<PyGenerator> candidates(Registry r, List<Object> dropped) {
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
        if (!GeneratorFinalizer.mayHold(o) || seen.put(o, Boolean.TRUE) != null) {
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
            for (FrameInfo fi = ctx.topFrame; fi != null && !held && budget > 0;
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
                    || v instanceof PyTuple && containsShallow(Arrays.asList(((PyTuple) v).array()), g)
                    || v instanceof PyDict && containsShallow(((PyDict) v).map().values(), g)
                    || v instanceof PyInstance && v.instanceDict() != null
                    && containsShallow(v.instanceDict().values(), g)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsShallow(Collection<PyObject> items, PyGenerator g) {
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
    static void finalize(RunContext ctx, Registry r, PyGenerator g) {
        r.finalized++;
        GeneratorFinalizer.unregister(ctx, g); // CPython calls a finaliser at most once per object
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
