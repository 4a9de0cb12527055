import asyncio

async def consumer(sem, name):
    await sem.acquire()
    print(name, "got a permit at", asyncio.get_running_loop().time())

async def main():
    sem = asyncio.Semaphore(0)
    tasks = [asyncio.create_task(consumer(sem, f"c{i}")) for i in range(3)]
    for _ in range(3):
        await asyncio.sleep(1)
        sem.release()
    await asyncio.gather(*tasks)

asyncio.run(main())
