import asyncio


async def ticks():
    for i in range(3):
        await asyncio.sleep(1)
        yield i
    raise RuntimeError("ticker broke")


async def main():
    async for t in ticks():
        print("tick", t)

asyncio.run(main())
