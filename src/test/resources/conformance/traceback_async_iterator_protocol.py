import asyncio


class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        await asyncio.sleep(1)
        self.n -= 1
        if self.n < 0:
            raise StopAsyncIteration
        if self.n == 1:
            raise KeyError(self.n)
        return self.n


async def main():
    async for t in Ticker(3):
        print("tick", t)

asyncio.run(main())
