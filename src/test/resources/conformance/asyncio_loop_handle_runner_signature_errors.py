# More of asyncio's Python code: the remaining loop methods, handles, Timeout, Runner and the module's helpers;
# get_running_loop, get_event_loop and current_task are C (_asyncio) and keep C wording
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


async def main():
    loop = asyncio.get_running_loop()
    attempt("loop.call_soon_threadsafe()", lambda: loop.call_soon_threadsafe())
    attempt("loop.run_until_complete()", lambda: loop.run_until_complete())
    attempt("loop.run_forever(1)", lambda: loop.run_forever(1))
    attempt("loop.set_debug()", lambda: loop.set_debug())
    attempt("loop.stop(1)", lambda: loop.stop(1))
    handle = loop.call_soon(print, "never")
    attempt("handle.cancelled(1)", lambda: handle.cancelled(1))
    attempt("handle.cancel(1)", lambda: handle.cancel(1))
    handle.cancel()
    timer = loop.call_later(1, print, "never")
    attempt("timer.when(1)", lambda: timer.when(1))
    timer.cancel()
    attempt("current_task(1, 2)", lambda: asyncio.current_task(1, 2))
    attempt("all_tasks(1, 2)", lambda: asyncio.all_tasks(1, 2))
    attempt("get_running_loop(1)", lambda: asyncio.get_running_loop(1))
    attempt("get_event_loop(1)", lambda: asyncio.get_event_loop(1))
    attempt("new_event_loop(1)", lambda: asyncio.new_event_loop(1))
    attempt("set_event_loop()", lambda: asyncio.set_event_loop())
    attempt("iscoroutine()", lambda: asyncio.iscoroutine())
    attempt("iscoroutinefunction(1, 2)", lambda: asyncio.iscoroutinefunction(1, 2))
    attempt("isfuture(x=1)", lambda: asyncio.isfuture(x=1))
    async with asyncio.timeout(5) as scope:
        attempt("scope.reschedule()", lambda: scope.reschedule())
        attempt("scope.when(1)", lambda: scope.when(1))
        attempt("scope.expired(1)", lambda: scope.expired(1))
    attempt("Timeout()", lambda: asyncio.Timeout())
    async with asyncio.Timeout(loop.time() + 2) as scope:
        await asyncio.sleep(1)
    print("Timeout(when) expired:", scope.expired(), loop.time())
    attempt("Runner(1)", lambda: asyncio.Runner(1))
    attempt("Runner(x=1)", lambda: asyncio.Runner(x=1))
    attempt("Runner().run()", lambda: asyncio.Runner().run())
    attempt("Runner().get_loop(1)", lambda: asyncio.Runner().get_loop(1))
    attempt("Runner().close(1)", lambda: asyncio.Runner().close(1))
    cond = asyncio.Condition()
    attempt("cond.locked(1)", lambda: cond.locked(1))
    attempt("cond.acquire(1)", lambda: cond.acquire(1))
    attempt("cond.release(1)", lambda: cond.release(1))


asyncio.run(main())
