import asyncio

async def main():
    sem = asyncio.Semaphore(1)
    await sem.acquire()
    w = asyncio.create_task(sem.acquire())
    await asyncio.sleep(0)
    print("locked with waiter:", sem.locked())
    w.cancel()
    await asyncio.sleep(0)
    print("locked after waiter cancelled:", sem.locked())
    sem.release()
    print("locked after release:", sem.locked(), sem._value)
    async with sem as x:
        print("async with gives", x)
    b = asyncio.BoundedSemaphore(1)
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
