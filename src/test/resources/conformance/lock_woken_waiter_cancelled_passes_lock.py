import asyncio

async def user(lock, name):
    try:
        async with lock:
            print(name, "got the lock at", asyncio.get_running_loop().time())
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled; lock locked:", lock.locked())
        raise

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    a = asyncio.create_task(user(lock, "a"))
    b = asyncio.create_task(user(lock, "b"))
    await asyncio.sleep(0)
    lock.release()
    a.cancel()
    await asyncio.gather(a, b, return_exceptions=True)

asyncio.run(main())
