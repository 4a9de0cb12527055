import asyncio

async def user(sem, name):
    try:
        async with sem:
            print(name, "in at", asyncio.get_running_loop().time())
            await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(name, "cancelled while waiting")
        raise

async def main():
    sem = asyncio.Semaphore(1)
    a = asyncio.create_task(user(sem, "a"))
    b = asyncio.create_task(user(sem, "b"))
    c = asyncio.create_task(user(sem, "c"))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, c, return_exceptions=True)
    print("done at", asyncio.get_running_loop().time(), "b cancelled:", b.cancelled())

asyncio.run(main())
