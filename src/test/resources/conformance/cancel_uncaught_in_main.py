import asyncio

async def worker():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel("no longer needed")
    await t

asyncio.run(main())
