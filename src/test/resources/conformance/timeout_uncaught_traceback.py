import asyncio

async def work():
    await asyncio.sleep(2)

async def main():
    async with asyncio.timeout(1):
        await work()

asyncio.run(main())
