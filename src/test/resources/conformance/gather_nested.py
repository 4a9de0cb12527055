import asyncio

async def leaf(name, d):
    await asyncio.sleep(d)
    print("leaf", name)
    return name

async def branch(prefix):
    return await asyncio.gather(leaf(prefix + "1", 2), leaf(prefix + "2", 1))

async def main():
    print(await asyncio.gather(branch("a"), branch("b"), leaf("c", 1.5)))

asyncio.run(main())
