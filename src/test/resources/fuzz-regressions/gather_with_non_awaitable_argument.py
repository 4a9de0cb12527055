import asyncio

async def main():
    await asyncio.gather(asyncio.sleep(1), "3")

asyncio.run(main())
