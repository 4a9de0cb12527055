import asyncio

async def waiter(cond):
    async with cond:
        try:
            await cond.wait()
        except asyncio.CancelledError:
            print("cancelled; lock held again:", cond.locked(), "at", asyncio.get_running_loop().time())
            raise

async def main():
    cond = asyncio.Condition()
    t = asyncio.create_task(waiter(cond))
    await asyncio.sleep(0)
    await cond.acquire()
    print("main holds the lock")
    t.cancel()
    await asyncio.sleep(1)
    print("waiter still blocked on reacquire:", not t.done())
    cond.release()
    try:
        await t
    except asyncio.CancelledError:
        print("waiter cancelled at", asyncio.get_running_loop().time(), "lock free:", not cond.locked())

asyncio.run(main())
