import asyncio

async def waiter(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0)

async def main():
    sem = asyncio.Semaphore(1)
    log = []
    await sem.acquire()
    tasks = [asyncio.create_task(waiter(sem, n, log)) for n in ("a", "b")]
    await asyncio.sleep(0)
    sem.release()
    await sem.acquire()
    log.append("main")
    sem.release()
    await asyncio.gather(*tasks)
    print(log)

asyncio.run(main())
