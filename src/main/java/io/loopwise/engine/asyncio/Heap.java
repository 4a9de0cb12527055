package io.loopwise.engine.asyncio;

import io.loopwise.engine.runtime.Operators;
import io.loopwise.engine.runtime.PyObject;
import io.loopwise.engine.runtime.Protocols;
import io.loopwise.engine.runtime.RunContext;
import java.util.ArrayList;

/**
 * CPython's {@code heapq.heappush}/{@code heappop} over Python values compared with {@code <}, step for step, so a
 * PriorityQueue holding equal priorities yields them in the same order as CPython.
 */
final class Heap {
    private Heap() {
    }

    static void push(RunContext ctx, ArrayList<PyObject> heap, PyObject item) {
        heap.add(item);
        siftDown(ctx, heap, 0, heap.size() - 1);
    }

    static PyObject pop(RunContext ctx, ArrayList<PyObject> heap) {
        PyObject last = heap.remove(heap.size() - 1);
        if (heap.isEmpty()) {
            return last;
        }
        PyObject top = heap.get(0);
        heap.set(0, last);
        siftUp(ctx, heap, 0);
        return top;
    }

    private static boolean less(RunContext ctx, PyObject a, PyObject b) {
        return Protocols.isTrue(ctx, Operators.compare(ctx, Operators.LT, a, b));
    }

    /** heapq._siftdown: moves the item at {@code pos} up towards {@code start}. */
    private static void siftDown(RunContext ctx, ArrayList<PyObject> heap, int start, int pos) {
        PyObject item = heap.get(pos);
        while (pos > start) {
            int parentPos = (pos - 1) >> 1;
            PyObject parent = heap.get(parentPos);
            if (less(ctx, item, parent)) {
                heap.set(pos, parent);
                pos = parentPos;
                continue;
            }
            break;
        }
        heap.set(pos, item);
    }

    /** heapq._siftup: bubbles the smaller child up to a leaf, then sifts the item down. */
    private static void siftUp(RunContext ctx, ArrayList<PyObject> heap, int pos) {
        int end = heap.size();
        int start = pos;
        PyObject item = heap.get(pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !less(ctx, heap.get(child), heap.get(right))) {
                child = right;
            }
            heap.set(pos, heap.get(child));
            pos = child;
            child = 2 * pos + 1;
        }
        heap.set(pos, item);
        siftDown(ctx, heap, start, pos);
    }
}
