import asyncio

async def job(sem, name, log):
    async with sem:
        log.append(f"{name}+{asyncio.get_running_loop().time()}")
        await asyncio.sleep(1)

async def main():
    sem = asyncio.Semaphore(2)
    log = []
    await asyncio.gather(*(job(sem, n, log) for n in "abcde"))
    print(log)

asyncio.run(main())
