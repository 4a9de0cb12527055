import asyncio


async def ok():
    return 1


async def bad(n):
    await asyncio.sleep(n)
    raise [ValueError, KeyError, ZeroDivisionError][n](f"bad {n}")


async def main():
    results = await asyncio.gather(ok(), bad(0), bad(1), bad(2), return_exceptions=True)
    for r in results:
        print(type(r).__name__, repr(r), str(r))
    raise results[2]

asyncio.run(main())
