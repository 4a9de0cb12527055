import asyncio

async def user(sem, name):
    try:
        await sem.acquire()
    except asyncio.CancelledError:
        print(name, "cancelled after being woken")
        raise
    print(name, "acquired at", asyncio.get_running_loop().time())
    await asyncio.sleep(1)
    sem.release()

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    a = asyncio.create_task(user(sem, "a"))
    b = asyncio.create_task(user(sem, "b"))
    await asyncio.sleep(0)
    sem.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)
    print("value", sem._value, "locked", sem.locked())

asyncio.run(main())
