import asyncio
from contextlib import suppress

class Res:
    async def __aenter__(self):
        print("open"); await asyncio.sleep(0.1); return self
    async def __aexit__(self, *exc):
        print("close", exc[0]); return False

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.05)
        yield i

class Ticker:
    def __init__(self, n): self.n = n
    def __aiter__(self): return self
    async def __anext__(self):
        if self.n <= 0: raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0.1)
        return self.n


class Awaitable:
    def __await__(self):
        yield from asyncio.sleep(0.25).__await__()
        return "custom"

async def main():
    async with Res() as r:
        print("using", type(r).__name__)
    async for v in agen(3):
        print("agen", v)
    print([v async for v in agen(2)])
    async for t in Ticker(2):
        print("tick", t)
    with suppress(KeyError):
        {}["x"]
    print(await Awaitable())
    print(await asyncio.gather(*[asyncio.sleep(i / 10, result=i) for i in range(3)]))
    g = agen(5)
    print(await g.__anext__(), await anext(g) if False else "skip")
    await g.aclose()
    res = [await asyncio.sleep(0.1, result=x) for x in "ab"]
    print(res)

asyncio.run(main())
