import asyncio


async def main():
    async with asyncio.timeout(1.5):
        print("waiting")
        await asyncio.sleep(3)
    print("not reached")

asyncio.run(main())
