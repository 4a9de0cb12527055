import asyncio

def tick(x, y=None):
    pass

async def work():
    await asyncio.sleep(1)

async def main():
    loop = asyncio.get_running_loop()
    h = loop.call_soon(tick, 1)
    print(repr(h))
    th = loop.call_later(2, tick, "a", 3)
    print(repr(th))
    th.cancel()
    print(repr(th))
    t = asyncio.create_task(work(), name="w")
    print(repr(t))
    await asyncio.sleep(0)
    print(repr(t))
    f = loop.create_future()
    print(repr(f))
    g = asyncio.gather(t)
    print(repr(g))
    await g
    print(repr(g))
    print(repr(asyncio.CancelledError("m")), repr(TimeoutError()))

asyncio.run(main())
