import asyncio

active = 0
peak = 0

async def fetch(i, sem):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.5 + (i % 3) * 0.25)
        active -= 1
    return i * i

async def main():
    sem = asyncio.Semaphore(3)
    results = await asyncio.gather(*(fetch(i, sem) for i in range(10)))
    print(results)
    print("peak concurrency", peak, "elapsed", asyncio.get_running_loop().time())

asyncio.run(main())
