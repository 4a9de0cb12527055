import asyncio

async def user(lock, name):
    try:
        async with lock:
            print(name, "holds the lock at", asyncio.get_running_loop().time())
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled, lock locked:", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    a = asyncio.create_task(user(lock, "a"))
    b = asyncio.create_task(user(lock, "b"))
    c = asyncio.create_task(user(lock, "c"))
    await asyncio.sleep(0.999)
    await asyncio.sleep(0.001)
    await asyncio.sleep(0)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print("end at", asyncio.get_running_loop().time())

asyncio.run(main())
