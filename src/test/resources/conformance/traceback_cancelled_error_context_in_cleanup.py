import asyncio

async def worker():
    try:
        await asyncio.sleep(5)
    finally:
        await asyncio.sleep(0)
        {}["missing"]

async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(1)
    t.cancel()
    await t

asyncio.run(main())
