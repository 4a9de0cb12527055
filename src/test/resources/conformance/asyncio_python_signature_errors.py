# asyncio's functions and the loop's methods are Python code in CPython: misuse reads like a Python function's error
# (call_at, run_in_executor and time are left out: the reference runner's virtual-clock loop overrides them, so
# CPython would name its subclass, not BaseEventLoop)
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


async def work():
    return 1


async def main():
    loop = asyncio.get_running_loop()
    attempt("sleep()", lambda: asyncio.sleep())
    attempt("sleep(1, 2, 3)", lambda: asyncio.sleep(1, 2, 3))
    attempt("sleep(1, x=2)", lambda: asyncio.sleep(1, x=2))
    attempt("sleep(1, delay=2)", lambda: asyncio.sleep(1, delay=2))
    attempt("create_task()", lambda: asyncio.create_task())
    attempt("create_task(1, 2)", lambda: asyncio.create_task(1, 2))
    coro = work()
    attempt("create_task(coro, foo=1)", lambda: asyncio.create_task(coro, foo=1))
    attempt("gather(foo=1)", lambda: asyncio.gather(foo=1))
    attempt("wait_for(coro)", lambda: asyncio.wait_for(coro))
    attempt("wait_for(1, 2, 3)", lambda: asyncio.wait_for(1, 2, 3))
    coro.close()
    attempt("wait()", lambda: asyncio.wait())
    attempt("wait({1}, 2)", lambda: asyncio.wait({1}, 2))
    attempt("wait({1}, x=2)", lambda: asyncio.wait({1}, x=2))
    attempt("as_completed()", lambda: asyncio.as_completed())
    attempt("as_completed({1}, 2)", lambda: asyncio.as_completed({1}, 2))
    attempt("shield()", lambda: asyncio.shield())
    attempt("shield(1, 2)", lambda: asyncio.shield(1, 2))
    attempt("timeout()", lambda: asyncio.timeout())
    attempt("timeout(1, 2)", lambda: asyncio.timeout(1, 2))
    attempt("timeout_at()", lambda: asyncio.timeout_at())
    attempt("timeout_at(1, when=2)", lambda: asyncio.timeout_at(1, when=2))
    attempt("run()", lambda: asyncio.run())
    attempt("run(1, 2)", lambda: asyncio.run(1, 2))
    attempt("run(1, debug=1, x=2)", lambda: asyncio.run(1, debug=1, x=2))
    attempt("to_thread()", lambda: asyncio.to_thread())
    attempt("ensure_future()", lambda: asyncio.ensure_future())
    attempt("loop.call_soon()", lambda: loop.call_soon())
    attempt("loop.call_soon(print, x=1)", lambda: loop.call_soon(print, x=1))
    attempt("loop.call_later(1)", lambda: loop.call_later(1))
    attempt("loop.create_task()", lambda: loop.create_task())
    attempt("loop.create_task(1, 2)", lambda: loop.create_task(1, 2))
    attempt("loop.create_future(1)", lambda: loop.create_future(1))
    attempt("loop.is_running(1)", lambda: loop.is_running(1))
    async with asyncio.TaskGroup() as tg:
        attempt("tg.create_task()", lambda: tg.create_task())
        attempt("tg.create_task(1, 2)", lambda: tg.create_task(1, 2))
        attempt("tg.create_task(coro=1, x=2)", lambda: tg.create_task(coro=1, x=2))


asyncio.run(main())
