import asyncio

async def job(i):
    await asyncio.sleep(i)
    return i

async def main():
    coros = [job(i) for i in range(3)]
    first = await coros[0]
    print("only awaited the first:", first)

asyncio.run(main())
