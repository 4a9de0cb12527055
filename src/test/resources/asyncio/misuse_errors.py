# Misuse of the asyncio API raises the same exception types (and, where they are our own, messages) as CPython.
import asyncio


async def noop():
    return None


async def attempt(label, make):
    try:
        value = make()
        if asyncio.iscoroutine(value) or asyncio.isfuture(value):
            value = await value
        print(label, "ok", value)
    except BaseException as e:
        print(label, type(e).__name__)


async def main():
    loop = asyncio.get_running_loop()
    await attempt("sleep str", lambda: asyncio.sleep("x"))
    await attempt("gather int", lambda: asyncio.gather(1))
    await attempt("wait empty", lambda: asyncio.wait([]))
    await attempt("wait future", lambda: asyncio.wait(loop.create_future()))
    await attempt("create_task int", lambda: asyncio.create_task(5))
    await attempt("semaphore negative", lambda: asyncio.Semaphore(-1))
    await attempt("wait_for int", lambda: asyncio.wait_for(5, 1))
    await attempt("shield int", lambda: asyncio.shield(5))
    await attempt("lock release", lambda: asyncio.Lock().release())
    await attempt("queue get_nowait", lambda: asyncio.Queue().get_nowait())
    await attempt("task set_result", lambda: asyncio.current_task().set_result(1))
    await attempt("event wait set", lambda: (lambda e: (e.set(), e.wait())[1])(asyncio.Event()))
    await attempt("future exception pending", lambda: loop.create_future().exception())
    await attempt("taskgroup not entered", lambda: asyncio.TaskGroup().create_task(noop()))
    await attempt("run nested", lambda: asyncio.run(noop()))
    await attempt("timeout reschedule", lambda: asyncio.timeout(1).reschedule(2))
    await attempt("sleep negative", lambda: asyncio.sleep(-5, "neg"))
    await attempt("wait bad return_when", lambda: asyncio.wait([asyncio.ensure_future(noop())], return_when="x"))


asyncio.run(main())
