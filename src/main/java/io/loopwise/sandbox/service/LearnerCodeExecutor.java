package io.loopwise.sandbox.service;

import io.loopwise.engine.Engine;
import io.loopwise.sandbox.SandboxConfig;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * The only threads that run learner code: a fixed pool with a bounded queue, which is the sandbox's bulkhead, and
 * a smaller heavy lane (same shape) for programs that outgrow their first slice of steps (see {@link RunPipeline}).
 * A run that finds every thread busy and the queue full is refused ({@link java.util.concurrent.RejectedExecutionException})
 * instead of piling up; the Vert.x event loop and the default worker pool (which serves database calls) never run
 * learner code. Threads get a large stack because Python calls made from inside the engine (a class call's
 * {@code __init__}, {@code __repr__}, sort keys) nest Java calls, up to the recursion limit.
 */
@ApplicationScoped
public class LearnerCodeExecutor {

    private final Lane pool;
    private final Lane heavy;
    private final int threads;
    private final int queueCapacity;

    @Inject
    public LearnerCodeExecutor(SandboxConfig config) {
        this(config.executor().threads().orElse(Runtime.getRuntime().availableProcessors()),
                config.executor().queue(),
                config.executor().heavyThreads().orElse(Math.max(1, Runtime.getRuntime().availableProcessors() / 2)),
                config.executor().heavyQueue(),
                Math.max(Engine.STACK_BYTES, config.executor().stackSize().map(LearnerCodeExecutor::parseSize).orElse(0L)),
                config.executor().heavyCpuShare());
    }

    LearnerCodeExecutor(int threads, int queueCapacity, int heavyThreads, int heavyQueue, long stackBytes) {
        this(threads, queueCapacity, heavyThreads, heavyQueue, stackBytes, 1.0);
    }

    LearnerCodeExecutor(int threads, int queueCapacity, int heavyThreads, int heavyQueue, long stackBytes,
                        double heavyCpuShare) {
        if (threads < 1 || queueCapacity < 0 || heavyThreads < 1 || heavyQueue < 0) {
            throw new IllegalArgumentException("loopwise.sandbox.executor: threads must be >= 1 and queues >= 0");
        }
        if (!(heavyCpuShare > 0 && heavyCpuShare <= 1)) {
            throw new IllegalArgumentException("loopwise.sandbox.executor.heavy-cpu-share must be > 0 and <= 1");
        }
        this.threads = threads;
        this.queueCapacity = queueCapacity;
        this.pool = new Lane(threads, queueCapacity, "learner-code-", stackBytes, 1.0);
        this.heavy = new Lane(heavyThreads, heavyQueue, "learner-code-heavy-", stackBytes, heavyCpuShare);
    }

    public Executor executor() {
        return pool;
    }

    /** The heavy lane: programs that needed more steps than their first slice. */
    public Executor heavyExecutor() {
        return heavy;
    }

    /** Heavy-lane runs executing or waiting. */
    public int heavyInFlight() {
        return heavy.inFlight();
    }

    /** Runs executing right now. */
    public int active() {
        return pool.threads.getActiveCount();
    }

    /** Runs accepted and waiting for a thread. */
    public int queued() {
        return pool.threads.getQueue().size();
    }

    public int threads() {
        return threads;
    }

    public int queueCapacity() {
        return queueCapacity;
    }

    /** True when the next run would be refused. */
    public boolean saturated() {
        return pool.permits.availablePermits() == 0;
    }

    @PreDestroy
    void shutdown() {
        stop(pool.threads);
        stop(heavy.threads);
    }

    private static void stop(ThreadPoolExecutor pool) {
        pool.shutdown();
        try {
            if (!pool.awaitTermination(5, TimeUnit.SECONDS)) {
                Log.warnf("learner-code executor: %d runs still executing at shutdown", pool.getActiveCount());
                pool.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            pool.shutdownNow();
        }
    }

    /** Parses sizes such as {@code 512k}, {@code 256M}, {@code 1g} or a plain number of bytes. */
    static long parseSize(String text) {
        String s = text.trim().toLowerCase(Locale.ROOT);
        long unit = 1;
        char last = s.isEmpty() ? ' ' : s.charAt(s.length() - 1);
        if (last == 'k' || last == 'm' || last == 'g') {
            unit = last == 'k' ? 1L << 10 : last == 'm' ? 1L << 20 : 1L << 30;
            s = s.substring(0, s.length() - 1);
        }
        try {
            return Long.parseLong(s.trim()) * unit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("loopwise.sandbox.executor.stack-size: not a size: " + text, e);
        }
    }

    /**
     * A fixed pool that admits at most {@code threads + queue} runs at a time. The admission count is exact: a bounded
     * work queue alone is not, because a task offered while an idle worker has not yet taken the previous one finds
     * the queue full and would be refused with a thread free.
     */
    private static final class Lane implements Executor {
        private static final long MAX_REST_NANOS = TimeUnit.SECONDS.toNanos(2);
        private final ThreadPoolExecutor threads;
        private final Semaphore permits;
        private final int capacity;
        private final double cpuShare;

        Lane(int threadCount, int queue, String prefix, long stackBytes, double cpuShare) {
            this.capacity = threadCount + queue;
            this.cpuShare = cpuShare;
            this.permits = new Semaphore(capacity);
            this.threads = new ThreadPoolExecutor(threadCount, threadCount, 0L, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), new LearnerThreads(prefix, stackBytes), new ThreadPoolExecutor.AbortPolicy());
            this.threads.prestartAllCoreThreads();
        }

        @Override
        public void execute(Runnable run) {
            if (!permits.tryAcquire()) {
                throw new RejectedExecutionException("every learner-code thread is busy and the queue is full");
            }
            try {
                threads.execute(() -> {
                    long started = System.nanoTime();
                    try {
                        run.run();
                    } finally {
                        restAfter(System.nanoTime() - started);
                        permits.release();
                    }
                });
            } catch (RejectedExecutionException e) {
                permits.release();
                throw e;
            }
        }

        /** Keeps this lane's threads to their CPU share; the slot stays taken while resting, so saturation shows. */
        private void restAfter(long ranNanos) {
            if (cpuShare < 1.0) {
                long rest = (long) (ranNanos * (1.0 - cpuShare) / cpuShare);
                LockSupport.parkNanos(Math.min(rest, MAX_REST_NANOS));
            }
        }

        int inFlight() {
            return capacity - permits.availablePermits();
        }
    }

    /** Daemon threads named {@code learner-code-N} (or {@code learner-code-heavy-N}) with the configured stack. */
    private static final class LearnerThreads implements ThreadFactory {
        private final String prefix;
        private final long stackBytes;
        private final AtomicInteger counter = new AtomicInteger();

        LearnerThreads(String prefix, long stackBytes) {
            this.prefix = prefix;
            this.stackBytes = stackBytes;
        }

        @Override
        public Thread newThread(Runnable task) {
            Thread t = new Thread(null, task, prefix + counter.incrementAndGet(), stackBytes);
            t.setDaemon(true);
            return t;
        }
    }
}
