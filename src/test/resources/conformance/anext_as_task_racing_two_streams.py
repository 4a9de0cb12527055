import asyncio

async def stream(name, period):
    i = 0
    try:
        while True:
            await asyncio.sleep(period)
            yield f"{name}{i}"
            i += 1
    finally:
        print(name, "closed at", asyncio.get_running_loop().time())

async def main():
    loop = asyncio.get_running_loop()
    a, b = stream("a", 1), stream("b", 1.5)
    pending = {asyncio.create_task(anext(a), name="a"): a, asyncio.create_task(anext(b), name="b"): b}
    for _ in range(4):
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            it = pending.pop(t)
            print(loop.time(), t.get_name(), t.result())
            pending[asyncio.create_task(anext(it), name=t.get_name())] = it
    for t in pending:
        t.cancel()
    await asyncio.sleep(0)
    await a.aclose()
    await b.aclose()
    c, d = stream("c", 0.5), stream("d", 0.25)
    print(await asyncio.gather(anext(c), anext(d)))
    await c.aclose()
    await d.aclose()
    print(asyncio.iscoroutine(a.asend(None)), asyncio.iscoroutine(a))

asyncio.run(main())
