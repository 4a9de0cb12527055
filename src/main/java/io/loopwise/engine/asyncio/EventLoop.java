package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.PyType;
import io.loopwise.engine.runtime.VirtualClock;
import java.util.ArrayDeque;

/**
 * The virtual-time event loop, mirroring CPython 3.12's {@code BaseEventLoop} ({@code base_events.py}): a FIFO
 * ready queue of {@link Handle}s and a heap of {@link TimerHandle}s. One iteration ({@link #runOnce()}, CPython's
 * {@code _run_once}) drops cancelled timers at the head, jumps the {@link VirtualClock} to the next deadline when
 * nothing is ready (where CPython would block in {@code select}), appends every due timer ({@code when <= now}) to the
 * ready queue after the callbacks already there, and then runs exactly the callbacks present at that moment; whatever
 * they schedule runs in the next iteration.
 */
public final class EventLoop extends PyObject {
    private static final int MIN_SCHEDULED_TIMER_HANDLES = 100;

    final AsyncioContext actx;
    private final VirtualClock clock;
    private final ArrayDeque<Handle> ready = new ArrayDeque<>();
    private final TimerQueue timers = new TimerQueue();
    private long timerSeq;
    private int cancelledTimers;
    private boolean stopping;
    private boolean running;
    private boolean closed;
    private long iterations;
    /** Async generators first iterated while this loop ran (CPython's {@code _asyncgens}, a WeakSet there). */
    final java.util.List<PyObject> asyncgens = new java.util.ArrayList<>();

    EventLoop(AsyncioContext actx) {
        this.actx = actx;
        this.clock = actx.clock;
    }

    @Override
    public PyType type() {
        return LoopMethods.TYPE;
    }

    /** {@code loop.time()}: the program's virtual clock. */
    public double time() {
        return clock.now();
    }

    /** {@code call_soon}: appends to the ready queue; runs in the next iteration that starts after this call. */
    public Handle callSoon(Runnable callback) {
        checkClosed();
        Handle h = new Handle(callback, this);
        ready.addLast(h);
        return h;
    }

    /** Queues an existing handle (for callers that subclass or reuse handles). */
    public void callSoon(Handle handle) {
        checkClosed();
        ready.addLast(handle);
    }

    /** {@code call_later}: {@code call_at(time() + delay)}, the same float arithmetic CPython does. */
    public TimerHandle callLater(double delay, Runnable callback) {
        return callAt(clock.now() + delay, callback);
    }

    /** {@code call_at}: a timer due at loop time {@code when}. */
    public TimerHandle callAt(double when, Runnable callback) {
        checkClosed();
        TimerHandle t = new TimerHandle(when, timerSeq++, callback, this);
        timers.push(t);
        return t;
    }

    /**
     * CPython's {@code call_exception_handler}: the default handler logs to stderr, which a run does not capture,
     * so the message is kept for diagnostics only.
     */
    void callExceptionHandler(String message, io.loopwise.engine.runtime.PyBaseException exc) {
        actx.loopErrors.add(message + ": " + exc.type().name());
    }

    void timerCancelled() {
        cancelledTimers++;
    }

    /** {@code stop()}: the loop finishes the current iteration, then {@link #runForever()} returns. */
    public void stop() {
        stopping = true;
    }

    public boolean isRunning() {
        return running;
    }

    public boolean isClosed() {
        return closed;
    }

    /** {@code close()}: drops every pending callback and timer; the loop can no longer be used. */
    public void close() {
        if (running) {
            throw io.loopwise.engine.runtime.PyException.runtimeError("Cannot close a running event loop");
        }
        closed = true;
        ready.clear();
        while (!timers.isEmpty()) {
            timers.pop().scheduled = false;
        }
    }

    /** Whether anything at all is queued (ready callbacks or live timers). */
    public boolean hasPendingWork() {
        return !ready.isEmpty() || timers.size() > cancelledTimers;
    }

    public long iterations() {
        return iterations;
    }

    /**
     * {@code run_forever()}: runs iterations until {@link #stop()} was called during one. Throws
     * {@link LoopStalled} when nothing is ready and no timer is left (CPython would block forever).
     */
    public void runForever() {
        checkClosed();
        if (running) {
            throw io.loopwise.engine.runtime.PyException.runtimeError("This event loop is already running");
        }
        running = true;
        try {
            while (true) {
                runOnce();
                if (stopping) {
                    break;
                }
            }
        } finally {
            stopping = false;
            running = false;
        }
    }

    /** One iteration of CPython's {@code _run_once}. */
    void runOnce() {
        // One step per iteration: a loop of native awaits only (while True: await sleep(0)) still meets the
        // step limit, and wall-clock and external cancel are checked at least every iteration.
        actx.ctx.chargeSteps(1);
        actx.ctx.checkWallAndCancel();
        iterations++;
        int scheduled = timers.size();
        if (scheduled > MIN_SCHEDULED_TIMER_HANDLES && cancelledTimers * 2 > scheduled) {
            timers.dropCancelled();
            cancelledTimers = 0;
        } else {
            while (!timers.isEmpty() && timers.peek().cancelled()) {
                cancelledTimers--;
                timers.pop().scheduled = false;
            }
        }
        if (ready.isEmpty() && !stopping) {
            if (timers.isEmpty()) {
                throw new LoopStalled();
            }
            clock.advanceTo(timers.peek().when());
        }
        double now = clock.now();
        while (!timers.isEmpty() && timers.peek().when() <= now) {
            TimerHandle t = timers.pop();
            t.scheduled = false;
            ready.addLast(t);
        }
        int todo = ready.size();
        for (int i = 0; i < todo; i++) {
            Handle h = ready.pollFirst();
            if (!h.cancelled()) {
                h.run();
            }
        }
    }

    private void checkClosed() {
        if (closed) {
            throw io.loopwise.engine.runtime.PyException.runtimeError("Event loop is closed");
        }
    }

    /** Nothing is ready and no timer is scheduled: the waiting tasks can never be woken (a deadlock). */
    public static final class LoopStalled extends RuntimeException {
        LoopStalled() {
            super("event loop has nothing ready and no timer scheduled", null, false, false);
        }
    }
}
