import asyncio

async def stream(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"

async def collect(name, n, delay):
    out = []
    async for item in stream(name, n, delay):
        print("received", item, "at", asyncio.get_running_loop().time())
        out.append(item)
    return out

async def main():
    print(await asyncio.gather(collect("a", 3, 1), collect("b", 2, 1.5)))

asyncio.run(main())
