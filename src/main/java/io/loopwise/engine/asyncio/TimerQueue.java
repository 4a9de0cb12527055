package io.loopwise.engine.asyncio;

import java.util.Arrays;

/**
 * The loop's timer heap (CPython's {@code _scheduled} list kept with {@code heapq}): a binary min-heap of
 * {@link TimerHandle} ordered by deadline, then scheduling sequence. Cancelled timers stay in the heap until they
 * reach the top or until {@link #dropCancelled()} compacts it, exactly like {@code BaseEventLoop._run_once}.
 */
final class TimerQueue {
    private TimerHandle[] heap = new TimerHandle[16];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    TimerHandle peek() {
        return size == 0 ? null : heap[0];
    }

    void push(TimerHandle t) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            int parent = (i - 1) >>> 1;
            TimerHandle p = heap[parent];
            if (t.compareTo(p) >= 0) {
                break;
            }
            heap[i] = p;
            i = parent;
        }
        heap[i] = t;
    }

    TimerHandle pop() {
        TimerHandle top = heap[0];
        TimerHandle last = heap[--size];
        heap[size] = null;
        if (size > 0) {
            siftDown(0, last);
        }
        return top;
    }

    /** Removes every cancelled timer and restores the heap (CPython's periodic clean-up). */
    void dropCancelled() {
        int n = 0;
        for (int i = 0; i < size; i++) {
            TimerHandle t = heap[i];
            if (t.cancelled()) {
                t.scheduled = false;
            } else {
                heap[n++] = t;
            }
        }
        Arrays.fill(heap, n, size, null);
        size = n;
        for (int i = (size >>> 1) - 1; i >= 0; i--) {
            siftDown(i, heap[i]);
        }
    }

    private void siftDown(int i, TimerHandle t) {
        int half = size >>> 1;
        while (i < half) {
            int child = 2 * i + 1;
            TimerHandle c = heap[child];
            int right = child + 1;
            if (right < size && heap[right].compareTo(c) < 0) {
                child = right;
                c = heap[child];
            }
            if (t.compareTo(c) <= 0) {
                break;
            }
            heap[i] = c;
            i = child;
        }
        heap[i] = t;
    }
}
