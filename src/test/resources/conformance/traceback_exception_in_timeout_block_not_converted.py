import asyncio

async def parse():
    await asyncio.sleep(0.5)
    return int("x")

async def main():
    async with asyncio.timeout(1):
        await parse()

asyncio.run(main())
