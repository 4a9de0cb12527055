import asyncio

async def work():
    return 1

async def main():
    loop = asyncio.get_running_loop()
    checks = []
    def attempt(label, fn):
        try:
            r = fn()
            print(label, "->", r)
        except Exception as e:
            print(label, "->", type(e).__name__ + ":", e)
    attempt("call_at(None, print)", lambda: loop.call_at(None, print))
    attempt("Semaphore('2')", lambda: asyncio.Semaphore("2"))
    attempt("shield(1)", lambda: asyncio.shield(1))
    attempt("ensure_future(None)", lambda: asyncio.ensure_future(None))
    f = loop.create_future()
    attempt("result pending", lambda: f.result())
    attempt("exception pending", lambda: f.exception())
    t = asyncio.create_task(work())
    attempt("task.set_result", lambda: t.set_result(1))
    attempt("task.set_exception", lambda: t.set_exception(ValueError()))
    attempt("uncancel fresh", lambda: t.uncancel())
    await t
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as e:
        print("cond.wait unlocked ->", e)
    try:
        await asyncio.sleep(None)
    except TypeError as e:
        print("sleep(None) ->", e)
    try:
        await asyncio.wait_for(1, 1)
    except TypeError as e:
        print("wait_for(1) ->", e)
    t2 = asyncio.create_task(asyncio.sleep(1))
    await asyncio.sleep(0)
    t2.cancel(msg=123)
    try:
        await t2
    except asyncio.CancelledError as e:
        print("cancel(msg=123) ->", e.args)
    f.cancel()

asyncio.run(main())
