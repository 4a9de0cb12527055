import asyncio

async def user(sem, name, hold):
    print(name, "waiting, locked =", sem.locked())
    async with sem:
        print(name, "acquired at", asyncio.get_running_loop().time())
        await asyncio.sleep(hold)
    print(name, "released")

async def main():
    sem = asyncio.Semaphore(1)
    await asyncio.gather(user(sem, "a", 2), user(sem, "b", 1), user(sem, "c", 1))

asyncio.run(main())
