import asyncio

async def waiter(cond, name):
    async with cond:
        try:
            await cond.wait()
            print(name, "woken at", asyncio.get_running_loop().time())
        except asyncio.CancelledError as e:
            print(name, "cancelled, args:", e.args)
            raise

async def main():
    cond = asyncio.Condition()
    a = asyncio.create_task(waiter(cond, "a"))
    b = asyncio.create_task(waiter(cond, "b"))
    await asyncio.sleep(1)
    async with cond:
        cond.notify(1)
        a.cancel("stop a")
    await asyncio.sleep(1)
    print("b still waiting:", not b.done())
    async with cond:
        cond.notify()
    await asyncio.gather(a, b, return_exceptions=True)

asyncio.run(main())
