import asyncio


async def main():
    print("starting")
    await asyncio.sleeep(1)

asyncio.run(main())
