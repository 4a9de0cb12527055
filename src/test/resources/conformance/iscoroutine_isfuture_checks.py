import asyncio

async def coro_fn():
    return 1

def plain():
    return 1

async def agen():
    yield 1

async def main():
    c = coro_fn()
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    t = asyncio.create_task(coro_fn())
    print(asyncio.iscoroutine(c), asyncio.iscoroutine(coro_fn), asyncio.iscoroutine(f))
    print(asyncio.iscoroutinefunction(coro_fn), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(agen))
    print(asyncio.isfuture(f), asyncio.isfuture(t), asyncio.isfuture(c), asyncio.isfuture(None))
    print(isinstance(t, asyncio.Future), isinstance(t, asyncio.Task), isinstance(f, asyncio.Task))
    await c
    await t

asyncio.run(main())
