package io.loopwise.engine.vm;

import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import io.loopwise.engine.compiler.CodeObject;
import io.loopwise.engine.runtime.PyBool;
import io.loopwise.engine.runtime.PyCell;
import io.loopwise.engine.runtime.PyDict;
import io.loopwise.engine.runtime.PyFloat;
import io.loopwise.engine.runtime.PyInt;
import io.loopwise.engine.runtime.PyList;
import io.loopwise.engine.runtime.PyNone;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyStr;
import io.loopwise.engine.runtime.PyTuple;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.RunContext;
import io.loopwise.engine.runtime.VirtualClock;
import io.loopwise.engine.timeline.TimelineRecorder;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The strong references between a run's objects as CPython would count them, for {@link GeneratorFinalizer}:
 * the children of an object in the order CPython's deallocator drops them (a list's and a tuple's items last to
 * first, a dict's entries first to last, a frame's locals, cells, then stack), and the set of objects reachable
 * from the run's roots.
 *
 * <p>Core objects (frames, generators, lists, tuples, dicts, instances, cells) are read directly; everything else
 * that belongs to the engine (tasks, futures, handles, the event loop, native iterators, the lambdas a native
 * keeps as callbacks) is read through its fields, so a new engine class is covered without being listed here —
 * the safe direction, since an extra reference only delays a finalisation. References CPython holds weakly are
 * not followed: the loop's set of async generators, {@code id()}'s table, a type's subclass list, the registry of
 * unfinished generators and the "never awaited" bookkeeping. Shared immutable state (builtin types, the builtins
 * namespace, code objects) and JDK values are leaves. The one thing this cannot see is a Java local of a native
 * function that is running; see {@link GeneratorFinalizer} for why that does not produce an early finalisation.
 */
final class HeapGraph {
    private static final Set<String> WEAK_FIELDS = Set.of(
            "RunContext#unawaited", "RunContext#unstartedHead", "RunContext#reprGuard", "RunContext#builtins",
            "RunContext#warnings", "RunContext#stdout", "EventLoop#asyncgens", "PyType#subclasses",
            "PyType#lookupCache", "PyFunction#builtins", "AsyncioContext#recorder");

    /** The reference fields of each class, found once (classes are shared by every run). */
    private static final ConcurrentHashMap<Class<?>, Field[]> FIELDS = new ConcurrentHashMap<>();

    private static Field[] fields(Class<?> type) {
        Field[] f = FIELDS.get(type);
        return f != null ? f : FIELDS.computeIfAbsent(type, HeapGraph::referenceFields);
    }

    private static Field[] referenceFields(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class && c != PyObject.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.getType().isPrimitive() || f.getType() == String.class
                        || WEAK_FIELDS.contains(c.getSimpleName() + "#" + f.getName())) {
                    continue;
                }
                try {
                    f.setAccessible(true);
                    out.add(f);
                } catch (RuntimeException e) {
                    // not readable: treated as holding nothing, which only a JDK class could hit
                }
            }
        }
        return out.toArray(new Field[0]);
    }

    private HeapGraph() {
    }

    /** True for objects that can hold no reference to a run's mutable objects. */
    static boolean isLeaf(Object o) {
        if (o == null || o instanceof PyStr || o instanceof PyInt || o instanceof PyFloat || o instanceof PyBool
                || o instanceof PyNone || o instanceof CodeObject || o instanceof String || o instanceof Number
                || o instanceof Boolean || o instanceof Enum || o instanceof Class
                || o instanceof RunLimits || o instanceof RunControl || o instanceof VirtualClock
                || o instanceof TimelineRecorder || o instanceof GeneratorFinalizer.Registry
                || o instanceof RunContext.Unstarted) {
            return true;
        }
        if (o instanceof PyType) {
            return ((PyType) o).isBuiltin();
        }
        Class<?> c = o.getClass();
        if (c.isArray()) {
            return c.getComponentType().isPrimitive();
        }
        if (o instanceof Map || o instanceof Collection) {
            return o instanceof IdentityHashMap; // id()'s table: CPython's id() keeps nothing alive
        }
        String n = c.getName();
        return n.startsWith("java.") || n.startsWith("javax.") || n.startsWith("jdk.") || n.startsWith("sun.");
    }

    /** Adds the strong references of {@code o} to {@code out}, in CPython's deallocation order. */
    static void children(Object o, List<Object> out) {
        if (o instanceof Frame) {
            Frame f = (Frame) o;
            Collections.addAll(out, f.fast);
            if (f.cells != null) {
                Collections.addAll(out, f.cells);
            }
            Collections.addAll(out, f.stack);
            if (f.names != f.globals) {
                out.add(f.names);
            }
            out.add(f.globals);
            out.add(f.handled);
            out.add(f.back);
        } else if (o instanceof PyGenerator) {
            out.add(((PyGenerator) o).frameForGc());
        } else if (o instanceof PyList && o.getClass() == PyList.class) {
            ArrayList<PyObject> items = ((PyList) o).items();
            for (int i = items.size() - 1; i >= 0; i--) {
                out.add(items.get(i));
            }
            out.add(((PyList) o).type());
        } else if (o instanceof PyTuple) {
            PyObject[] items = ((PyTuple) o).array();
            for (int i = items.length - 1; i >= 0; i--) {
                out.add(items[i]);
            }
        } else if (o instanceof PyDict && o.getClass() == PyDict.class) {
            mapEntries(((PyDict) o).map(), out);
            out.add(((PyDict) o).type());
        } else if (o instanceof PyCell) {
            out.add(((PyCell) o).value);
        } else if (o instanceof Map) {
            mapEntries((Map<?, ?>) o, out);
        } else if (o instanceof Collection) {
            out.addAll((Collection<?>) o);
        } else if (o instanceof Object[]) {
            // a native's array of Python objects is a tuple in CPython (zip's iterators, a call's arguments)
            Object[] items = (Object[]) o;
            for (int i = items.length - 1; i >= 0; i--) {
                out.add(items[i]);
            }
        } else {
            for (Field f : fields(o.getClass())) {
                try {
                    out.add(f.get(o));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static void mapEntries(Map<?, ?> m, List<Object> out) {
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.add(e.getKey());
            out.add(e.getValue());
        }
    }

    /**
     * Every object reachable from the run's roots — the executing frames (and through them the module's
     * globals), the imported modules, and the per-run state of native modules (the event loop with its ready
     * queue and timers, the tasks, the current task) and {@code extraRoot} (a value in flight, or null) — not passing
     * through {@code excluded}. The objects visited
     * are charged to the run's step budget.
     */
    static Set<Object> reachable(RunContext ctx, Object extraRoot, Object... excluded) {
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Collections.addAll(seen, excluded);
        ArrayDeque<Object> work = new ArrayDeque<>();
        List<Object> kids = new ArrayList<>();
        seen.add(ctx);
        kids.add(ctx.topFrame);
        kids.add(extraRoot);
        children(ctx, kids);
        long visited = 0;
        while (true) {
            for (Object k : kids) {
                if (!isLeaf(k) && seen.add(k)) {
                    work.add(k);
                }
            }
            kids.clear();
            Object o = work.poll();
            if (o == null) {
                break;
            }
            visited++;
            children(o, kids);
        }
        for (Object e : excluded) {
            seen.remove(e);
        }
        ctx.chargeSteps(visited);
        return seen;
    }
}
