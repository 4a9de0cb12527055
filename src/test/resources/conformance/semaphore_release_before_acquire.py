import asyncio

async def main():
    sem = asyncio.Semaphore(0)
    sem.release()
    sem.release()
    print("value after 2 releases:", sem._value, "locked:", sem.locked())
    await sem.acquire()
    await sem.acquire()
    print("locked after 2 acquires:", sem.locked())
    async def waiter(n):
        await sem.acquire()
        print("waiter", n, "acquired at", asyncio.get_running_loop().time())
    ts = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(1)
    sem.release()
    sem.release()
    sem.release()
    print("released three; value now", sem._value)
    await asyncio.gather(*ts)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)

asyncio.run(main())
