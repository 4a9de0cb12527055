import asyncio

async def consumer(q, name):
    while True:
        try:
            item = await asyncio.wait_for(q.get(), 1)
            print(name, "got", item, "at", asyncio.get_running_loop().time())
        except TimeoutError:
            print(name, "idle timeout at", asyncio.get_running_loop().time(), "qsize", q.qsize())
            if q.qsize() == 0 and asyncio.get_running_loop().time() >= 3:
                return

async def main():
    loop = asyncio.get_running_loop()
    q = asyncio.Queue()
    loop.call_later(1, q.put_nowait, "scheduled-before")
    c = asyncio.create_task(consumer(q, "c"))
    await asyncio.sleep(0)
    loop.call_later(1, q.put_nowait, "scheduled-after")
    loop.call_later(2, q.put_nowait, "at-two")
    await c
    print("left in queue:", q.qsize())
    lock = asyncio.Lock()
    await lock.acquire()
    try:
        await asyncio.wait_for(lock.acquire(), 0.5)
    except TimeoutError:
        print("lock acquire timed out; locked:", lock.locked())
    lock.release()
    print("free again:", not lock.locked(), await asyncio.wait_for(lock.acquire(), 0.5))

asyncio.run(main())
