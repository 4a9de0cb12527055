import asyncio

async def leaf():
    await asyncio.sleep(5)

async def parent(child):
    try:
        await child
    except asyncio.CancelledError:
        await asyncio.sleep(1)
        raise

async def gatherer():
    await asyncio.gather(leaf(), leaf())

async def main():
    child = asyncio.create_task(leaf(), name="child")
    p = asyncio.create_task(parent(child), name="parent")
    g = asyncio.create_task(gatherer(), name="gatherer")
    await asyncio.sleep(0)
    print(repr(p))
    print(repr(g))
    p.cancel()
    print(repr(p))
    await asyncio.sleep(0)
    print(repr(p))
    print(repr(child))
    g.cancel()
    await asyncio.gather(p, g, return_exceptions=True)
    print(repr(p))
    print(repr(g))

asyncio.run(main())
