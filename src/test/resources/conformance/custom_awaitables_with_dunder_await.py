import asyncio

class Delay:
    def __init__(self, d):
        self.d = d

    def __await__(self):
        return asyncio.sleep(self.d, f"slept {self.d}").__await__()

class FutureBacked:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(1, fut.set_result, "from future")
        result = yield from fut
        return result.upper()

class Yielder:
    def __await__(self):
        print("before bare yield", asyncio.get_running_loop().time())
        yield
        print("after bare yield", asyncio.get_running_loop().time())
        return "yielded"

class BadYield:
    def __await__(self):
        yield 42

async def other():
    print("other runs")

async def main():
    print(await Delay(1))
    print(await FutureBacked())
    asyncio.create_task(other())
    print(await Yielder())
    try:
        await BadYield()
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await asyncio.gather(Delay(0.5), FutureBacked()))
    t = asyncio.ensure_future(Delay(2))
    print(type(t).__name__, await t, asyncio.get_running_loop().time())

asyncio.run(main())
