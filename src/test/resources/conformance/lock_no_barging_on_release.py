import asyncio

async def waiter(lock):
    async with lock:
        print("waiter got the lock")

async def main():
    lock = asyncio.Lock()
    await lock.acquire()
    t = asyncio.create_task(waiter(lock))
    await asyncio.sleep(0)
    lock.release()
    print("released; locked():", lock.locked())
    await lock.acquire()
    print("main reacquired after the waiter")
    lock.release()
    await t

asyncio.run(main())
