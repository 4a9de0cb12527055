import asyncio

async def waiter(name, aw):
    try:
        await aw
    except asyncio.CancelledError:
        print(name, "cancelled at", asyncio.get_running_loop().time())
        raise

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    ev = asyncio.Event()
    q = asyncio.Queue()
    lock = asyncio.Lock()
    await lock.acquire()
    tasks = [
        asyncio.create_task(waiter("future", fut)),
        asyncio.create_task(waiter("event", ev.wait())),
        asyncio.create_task(waiter("queue", q.get())),
        asyncio.create_task(waiter("lock", lock.acquire())),
    ]
    await asyncio.sleep(1)
    for t in tasks:
        t.cancel()
    await asyncio.sleep(0)
    print("future cancelled too:", fut.cancelled())
    print("all cancelled:", [t.cancelled() for t in tasks])
    lock.release()
    print("lock free:", not lock.locked())
    q.put_nowait(1)
    print("queue item left:", q.qsize())

asyncio.run(main())
