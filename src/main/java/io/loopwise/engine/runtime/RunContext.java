package io.loopwise.engine.runtime;

import io.loopwise.engine.RunControl;
import io.loopwise.engine.RunLimits;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Everything that belongs to one run and nothing else: limits and their counters (steps, memory, output,
 * recursion depth, wall clock, external cancel), stdout, the virtual clock, imported modules, warnings, and
 * per-run state of native modules ({@link #attachment}). A run executes on one thread; {@link #current()}
 * finds the run of the calling thread (used where Java's hashCode/equals must reach Python code).
 */
public final class RunContext {
    private static final ThreadLocal<RunContext> CURRENT = new ThreadLocal<>();
    private static final int CHECK_EVERY = 1024;
    /** Allocations below this size are not accounted (they are covered by the step limit). */
    private static final long ACCOUNTING_THRESHOLD = 256;

    private final RunLimits limits;
    private final RunControl control;
    private final long startNanos;
    private final long wallDeadlineNanos;
    private final VirtualClock clock;
    private final Map<String, PyObject> builtins;
    private final String[] sourceLines;

    /** Interpreter steps so far; the VM increments it and calls {@link #checkpoint()} at {@link #nextCheck}. */
    public long steps;
    public long nextCheck = CHECK_EVERY;
    /** Python call depth; the VM raises RecursionError beyond {@link RunLimits#maxRecursionDepth()}. */
    public int depth;
    /**
     * Started, unfinished generators that the VM must finalise when the program drops them (see the VM's
     * GeneratorFinalizer); while 0, frame returns and rebinding skip that work.
     */
    public int liveGenerators;
    /**
     * Native calls in progress that may hold Python objects in Java locals while running Python code (e.g.
     * {@code list(gen())}, a class call running {@code __init__}): generator finalisation waits until they return.
     */
    public int nativeCalls;
    /** Set while generators dropped during such a native call wait for it to return. */
    public boolean generatorDropsDeferred;
    /** The innermost executing interpreter frame (maintained by the VM). */
    public FrameInfo topFrame;

    private long memoryUsed;
    private final StringBuilder stdout = new StringBuilder();
    private long outputBytes;
    private Consumer<String> printObserver;
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, PyModule> modules = new HashMap<>();
    private final Map<Object, Object> attachments = new HashMap<>();
    private final IdentityHashMap<Object, String> unawaited = new IdentityHashMap<>();
    private final IdentityHashMap<PyObject, Boolean> reprGuard = new IdentityHashMap<>();

    public RunContext(RunLimits limits, RunControl control, Map<String, PyObject> builtins, String source) {
        this.limits = limits;
        this.control = control == null ? new RunControl() : control;
        this.startNanos = System.nanoTime();
        this.wallDeadlineNanos = startNanos + limits.maxWallMillis() * 1_000_000L;
        this.clock = new VirtualClock(limits.maxVirtualSeconds());
        this.builtins = builtins;
        this.sourceLines = source.split("\n", -1);
    }

    /** The run executing on this thread, or null. */
    public static RunContext current() {
        return CURRENT.get();
    }

    /** Binds this run to the calling thread until {@link #unbind()}. */
    public void bind() {
        CURRENT.set(this);
    }

    public void unbind() {
        CURRENT.remove();
    }

    public RunLimits limits() {
        return limits;
    }

    public VirtualClock clock() {
        return clock;
    }

    public Map<String, PyObject> builtins() {
        return builtins;
    }

    /** Line {@code n} (1-based) of the program, stripped, or "" if out of range. */
    public String sourceLine(int n) {
        return n >= 1 && n <= sourceLines.length ? sourceLines[n - 1].strip() : "";
    }

    public long startNanos() {
        return startNanos;
    }

    /** Called by the VM every {@value #CHECK_EVERY} steps: step limit; wall clock and cancel every 16th time. */
    public void checkpoint() {
        nextCheck = steps + CHECK_EVERY;
        if (steps > limits.maxSteps()) {
            throw new LimitExceeded("steps", "step limit of " + limits.maxSteps() + " exceeded");
        }
        // reading the clock costs more than a thousand steps on some hosts: look every 16th checkpoint
        if ((++checkpoints & 15) == 0) {
            checkWallAndCancel();
        }
    }

    private int checkpoints;

    /** Wall clock and cancel only: for long native loops that do not count steps. */
    public void checkWallAndCancel() {
        if (control.isCancelled()) {
            throw new LimitExceeded("cancelled", "the run was cancelled");
        }
        if (System.nanoTime() > wallDeadlineNanos) {
            throw new LimitExceeded("wall_time", "wall-clock limit of " + limits.maxWallMillis() + " ms exceeded");
        }
    }

    /** Counts {@code n} extra steps of work done natively (e.g. sorting), checking the limits. */
    public void chargeSteps(long n) {
        steps += n;
        if (steps >= nextCheck) {
            checkpoint();
        }
    }

    /**
     * Accounts an allocation of about {@code bytes} before it happens; ends the run with a memory limit when it
     * would not fit. Small allocations are not accumulated (the step limit bounds them), big ones are.
     */
    public void allocate(long bytes) {
        if (bytes < 0 || bytes > limits.maxMemoryBytes() - memoryUsed) {
            throw new LimitExceeded("memory", "memory limit of " + limits.maxMemoryBytes()
                    + " bytes exceeded (allocating " + (bytes < 0 ? "too many" : String.valueOf(bytes)) + " bytes)");
        }
        if (bytes >= ACCOUNTING_THRESHOLD) {
            memoryUsed += bytes;
        }
    }

    /** Accounts a container of {@code count} references (8 bytes each, overflow-safe). */
    public void allocateSlots(long count) {
        allocate(count > Long.MAX_VALUE / 8 ? -1 : count * 8);
    }

    public long memoryUsed() {
        return memoryUsed;
    }

    /** Appends the text of one print call (or sys.stdout.write) to stdout, enforcing the output limit. */
    public void writeStdout(String text) {
        long bytes = utf8Length(text);
        if (outputBytes + bytes > limits.maxOutputBytes()) {
            int room = (int) Math.max(0, limits.maxOutputBytes() - outputBytes);
            stdout.append(text, 0, Math.min(text.length(), room));
            outputBytes = limits.maxOutputBytes();
            throw new LimitExceeded("output", "output limit of " + limits.maxOutputBytes() + " bytes exceeded");
        }
        outputBytes += bytes;
        stdout.append(text);
        if (printObserver != null) {
            printObserver.accept(text);
        }
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }

    public String stdout() {
        return stdout.toString();
    }

    /** Observes every stdout write (the timeline's print events). */
    public void setPrintObserver(Consumer<String> observer) {
        this.printObserver = observer;
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    public List<String> warnings() {
        return warnings;
    }

    /** Per-run state of a native module, created on first use: {@code ctx.attachment(EventLoopState.class, ...)}. */
    @SuppressWarnings("unchecked")
    public <T> T attachment(Object key, Supplier<T> create) {
        return (T) attachments.computeIfAbsent(key, k -> create.get());
    }

    @SuppressWarnings("unchecked")
    public <T> T attachment(Object key) {
        return (T) attachments.get(key);
    }

    /** The module {@code name} for this run (built once per run), or null if no such native module exists. */
    public PyModule importModule(String name) {
        PyModule m = modules.get(name);
        if (m == null) {
            m = ModuleRegistry.create(name, this);
            if (m != null) {
                modules.put(name, m);
            }
        }
        return m;
    }

    /** A coroutine not started yet, linked into the run's list without hashing (the VM's hot path). */
    public static final class Unstarted {
        private final String qualname;
        private Unstarted prev;
        private Unstarted next;
        private boolean linked;

        private Unstarted(String qualname) {
            this.qualname = qualname;
        }
    }

    private Unstarted unstartedHead;

    /** Links a new unstarted coroutine; pass the returned node to {@link #started(Unstarted)}. */
    public Unstarted unstarted(String qualname) {
        Unstarted n = new Unstarted(qualname);
        n.next = unstartedHead;
        if (unstartedHead != null) {
            unstartedHead.prev = n;
        }
        unstartedHead = n;
        n.linked = true;
        return n;
    }

    /** Unlinks a coroutine that has started (or was closed): it will not be warned about. */
    public void started(Unstarted n) {
        if (n == null || !n.linked) {
            return;
        }
        n.linked = false;
        if (n.prev != null) {
            n.prev.next = n.next;
        } else {
            unstartedHead = n.next;
        }
        if (n.next != null) {
            n.next.prev = n.prev;
        }
        n.prev = null;
        n.next = null;
    }

    /** Remembers a coroutine object that has not started yet (for "coroutine ... was never awaited"). */
    public void trackUnstarted(Object coroutine, String qualname) {
        unawaited.put(coroutine, qualname);
    }

    public void markStarted(Object coroutine) {
        unawaited.remove(coroutine);
    }

    /** At program end: a RuntimeWarning for each coroutine never started. */
    public void reportNeverAwaited() {
        for (String name : unawaited.values()) {
            warnings.add("RuntimeWarning: coroutine '" + name + "' was never awaited");
        }
        unawaited.clear();
        for (Unstarted n = unstartedHead; n != null; n = n.next) {
            warnings.add("RuntimeWarning: coroutine '" + n.qualname + "' was never awaited");
        }
        unstartedHead = null;
    }

    private Consumer<PyObject> asyncGenFirstIter;

    /** Installs CPython's asyncgen "firstiter" hook (asyncio.run uses it to aclose() generators at shutdown). */
    public void setAsyncGenFirstIterHook(Consumer<PyObject> hook) {
        this.asyncGenFirstIter = hook;
    }

    /** Called by the VM when an async generator is iterated for the first time. */
    public void asyncGenFirstIter(PyObject gen) {
        if (asyncGenFirstIter != null) {
            asyncGenFirstIter.accept(gen);
        }
    }

    private Consumer<PyObject> asyncGenFinalizer;

    /**
     * Installs CPython's asyncgen "finalizer" hook: called with an unfinished async generator that the program let
     * go of (an {@code async for} over a call, left by break/return) — asyncio schedules its {@code aclose()}.
     */
    public void setAsyncGenFinalizerHook(Consumer<PyObject> hook) {
        this.asyncGenFinalizer = hook;
    }

    /** Called by the VM when an async generator only an {@code async for} held is abandoned. */
    public void asyncGenFinalize(PyObject gen) {
        if (asyncGenFinalizer != null) {
            asyncGenFinalizer.accept(gen);
        }
    }

    /** The exception currently being handled (innermost except clause along the executing frames), or null. */
    public PyBaseException handledException() {
        for (FrameInfo f = topFrame; f != null; f = f.back()) {
            PyBaseException e = f.handledException();
            if (e != null) {
                return e;
            }
        }
        return null;
    }

    /** The line the innermost frame is executing, or null. */
    public Integer currentLine() {
        return topFrame == null ? null : topFrame.currentLine();
    }

    /** Guards recursive reprs: returns false if {@code o} is already being printed ("[...]"). */
    public boolean enterRepr(PyObject o) {
        return reprGuard.put(o, Boolean.TRUE) == null;
    }

    public void exitRepr(PyObject o) {
        reprGuard.remove(o);
    }
}
