import asyncio

async def user(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(1)

async def main():
    lock = asyncio.Lock()
    log = []
    a = asyncio.create_task(user(lock, "a", log))
    b = asyncio.create_task(user(lock, "b", log))
    c = asyncio.create_task(user(lock, "c", log))
    await asyncio.sleep(0.5)
    b.cancel()
    await asyncio.gather(a, b, c, return_exceptions=True)
    print(log, "b cancelled:", b.cancelled(), "time", asyncio.get_running_loop().time())

asyncio.run(main())
