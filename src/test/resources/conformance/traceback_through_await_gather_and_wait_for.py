import asyncio


async def leaf(n):
    await asyncio.sleep(n)
    return 1 / (n - 2)


async def middle():
    return await asyncio.wait_for(leaf(2), timeout=5)


async def main():
    print(await asyncio.gather(leaf(1), leaf(3)))
    await middle()

asyncio.run(main())
