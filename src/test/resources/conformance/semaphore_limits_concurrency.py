import asyncio

async def fetch(sem, i):
    async with sem:
        print(f"start {i} at {asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)
    return i

async def main():
    sem = asyncio.Semaphore(2)
    results = await asyncio.gather(*(fetch(sem, i) for i in range(5)))
    print(results, asyncio.get_running_loop().time())

asyncio.run(main())
