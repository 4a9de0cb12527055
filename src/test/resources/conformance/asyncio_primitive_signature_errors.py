# asyncio's Event, Lock, Semaphore, Condition, Barrier, Queue and TaskGroup are Python classes in CPython:
# their constructors and methods count self and name themselves by qualified name
import asyncio


def attempt(label, call):
    try:
        result = call()
    except TypeError as e:
        print(label, type(e).__name__, e)
    else:
        print(label, "ok", type(result).__name__)
        if asyncio.iscoroutine(result):
            result.close()


class Gate(asyncio.Event):
    pass


async def main():
    attempt("Event(1)", lambda: asyncio.Event(1))
    attempt("Event(x=1)", lambda: asyncio.Event(x=1))
    attempt("Gate(1)", lambda: Gate(1))
    event = asyncio.Event()
    attempt("event.set(1)", lambda: event.set(1))
    attempt("event.wait(1)", lambda: event.wait(1))
    attempt("event.is_set(1)", lambda: event.is_set(1))
    attempt("event.clear(x=1)", lambda: event.clear(x=1))
    attempt("Lock(1)", lambda: asyncio.Lock(1))
    lock = asyncio.Lock()
    attempt("lock.release(1)", lambda: lock.release(1))
    attempt("lock.acquire(1)", lambda: lock.acquire(1))
    attempt("lock.locked(1)", lambda: lock.locked(1))
    attempt("Semaphore(1, 2)", lambda: asyncio.Semaphore(1, 2))
    attempt("Semaphore(x=2)", lambda: asyncio.Semaphore(x=2))
    attempt("Semaphore(1, value=2)", lambda: asyncio.Semaphore(1, value=2))
    attempt("Semaphore().release(1)", lambda: asyncio.Semaphore().release(1))
    attempt("Semaphore().acquire(1)", lambda: asyncio.Semaphore().acquire(1))
    attempt("BoundedSemaphore(1, 2)", lambda: asyncio.BoundedSemaphore(1, 2))
    attempt("BoundedSemaphore().release(1)", lambda: asyncio.BoundedSemaphore().release(1))
    attempt("BoundedSemaphore().locked(1)", lambda: asyncio.BoundedSemaphore().locked(1))
    attempt("Condition(None, 2)", lambda: asyncio.Condition(None, 2))
    cond = asyncio.Condition()
    attempt("cond.notify(1, 2)", lambda: cond.notify(1, 2))
    attempt("cond.wait_for()", lambda: cond.wait_for())
    attempt("cond.notify_all(1)", lambda: cond.notify_all(1))
    attempt("cond.wait(1)", lambda: cond.wait(1))
    attempt("Barrier()", lambda: asyncio.Barrier())
    attempt("Barrier(1, 2)", lambda: asyncio.Barrier(1, 2))
    attempt("Barrier(parties=2, x=1)", lambda: asyncio.Barrier(parties=2, x=1))
    barrier = asyncio.Barrier(1)
    attempt("barrier.wait(1)", lambda: barrier.wait(1))
    attempt("barrier.reset(1)", lambda: barrier.reset(1))
    attempt("Queue(1, 2)", lambda: asyncio.Queue(1, 2))
    attempt("LifoQueue(1, 2)", lambda: asyncio.LifoQueue(1, 2))
    attempt("PriorityQueue(maxsize=1, x=2)", lambda: asyncio.PriorityQueue(maxsize=1, x=2))
    queue = asyncio.Queue()
    attempt("queue.put()", lambda: queue.put())
    attempt("queue.put_nowait()", lambda: queue.put_nowait())
    attempt("queue.put_nowait(1, 2)", lambda: queue.put_nowait(1, 2))
    attempt("queue.get(1)", lambda: queue.get(1))
    attempt("queue.get_nowait(1)", lambda: queue.get_nowait(1))
    attempt("queue.qsize(1)", lambda: queue.qsize(1))
    attempt("queue.task_done(1)", lambda: queue.task_done(1))
    attempt("queue.join(1)", lambda: queue.join(1))
    attempt("queue.empty(1)", lambda: queue.empty(1))
    attempt("queue.full(1)", lambda: queue.full(1))
    attempt("TaskGroup(1)", lambda: asyncio.TaskGroup(1))


asyncio.run(main())
