import asyncio

async def job():
    await asyncio.sleep(1)
    return "ok"

async def main():
    c = job()
    t = asyncio.create_task(c, name=7)
    print(t.get_coro() is c, repr(t.get_name()))
    t.set_name(None)
    print(repr(t.get_name()))
    loop = asyncio.get_running_loop()
    t2 = loop.create_task(job(), name="via-loop")
    print(t2.get_name(), t2.get_coro().__name__, t2.get_coro().__qualname__)
    await asyncio.gather(t, t2)
    print(t.get_coro() is c, t.done())

asyncio.run(main())
