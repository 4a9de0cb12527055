import asyncio

async def main():
    lock = asyncio.Lock()
    cond = asyncio.Condition(lock)
    print("shares lock:", cond.locked() == lock.locked())
    async with lock:
        print("cond.locked() while lock held:", cond.locked())
    async def waiter():
        async with cond:
            await cond.wait()
            print("woken, lock held:", lock.locked())
    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
    await t
    try:
        asyncio.Condition(asyncio.Lock()).notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
