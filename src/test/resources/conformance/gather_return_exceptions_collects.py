import asyncio

async def ok(v):
    await asyncio.sleep(v)
    return v

async def bad(msg):
    await asyncio.sleep(0.5)
    raise RuntimeError(msg)

async def main():
    results = await asyncio.gather(ok(1), bad("nope"), ok(2), bad("again"), return_exceptions=True)
    for r in results:
        print(type(r).__name__, r)

asyncio.run(main())
