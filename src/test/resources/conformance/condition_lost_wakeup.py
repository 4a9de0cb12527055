import asyncio

async def main():
    cond = asyncio.Condition()
    async with cond:
        cond.notify_all()
    print("notified with no waiters")
    async def waiter():
        async with cond:
            await cond.wait()
            print("waiter woke at", asyncio.get_running_loop().time())
    t = asyncio.create_task(waiter())
    try:
        await asyncio.wait_for(asyncio.shield(t), timeout=1)
    except TimeoutError:
        print("the earlier notify was lost")
    async with cond:
        cond.notify()
    await t

asyncio.run(main())
