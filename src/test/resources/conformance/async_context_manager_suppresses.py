import asyncio

class Guard:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.1)
        print("enter", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.1)
        print("exit", self.name, repr(exc))
        return isinstance(exc, ValueError)

async def main():
    async with Guard("g1"):
        raise ValueError("swallowed")
    print("after g1 at", asyncio.get_running_loop().time())
    async with Guard("g2") as g:
        print("body of", g.name)
    async with Guard("g3"):
        raise KeyError("escapes")

asyncio.run(main())
