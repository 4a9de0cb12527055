import asyncio

async def fail(d):
    await asyncio.sleep(d)
    raise ValueError(d)

async def main():
    loop = asyncio.get_running_loop()
    a = asyncio.create_task(asyncio.sleep(5), name="a")
    b = asyncio.create_task(fail(2), name="b")
    c = asyncio.create_task(asyncio.sleep(9), name="c")
    loop.call_later(1, a.cancel)
    done, pending = await asyncio.wait([a, b, c, a], return_when=asyncio.FIRST_EXCEPTION)
    print("returned at", loop.time(), sorted(t.get_name() for t in done), sorted(t.get_name() for t in pending))
    print(b.exception())
    c.cancel()
    for f in asyncio.as_completed([c, c]):
        try:
            await f
        except asyncio.CancelledError:
            print("as_completed yields the cancelled task once")

asyncio.run(main())
