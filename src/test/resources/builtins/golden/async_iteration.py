import asyncio


async def agen():
    for i in range(2):
        await asyncio.sleep(1)
        yield i


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n >= 2:
            raise StopAsyncIteration
        self.n += 1
        return self.n


async def main():
    g = agen()
    print(await anext(g), await anext(g), await anext(g, "done"))
    it = aiter(Counter())
    print(await anext(it), await anext(it), await anext(it, None))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("stop")
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print(e)
        try:
            anext(bad)
        except TypeError as e:
            print(e)
    print(type(anext(agen(), 0)).__name__)


asyncio.run(main())
