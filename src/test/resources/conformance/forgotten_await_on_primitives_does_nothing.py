import asyncio
import time

def blocking():
    print("blocking ran")
    time.sleep(1)

async def main():
    q = asyncio.Queue()
    q.put(1)
    print("queue size after un-awaited put:", q.qsize())
    lock = asyncio.Lock()
    lock.acquire()
    print("locked after un-awaited acquire:", lock.locked())
    sem = asyncio.Semaphore(1)
    sem.acquire()
    print("semaphore locked:", sem.locked())
    ev = asyncio.Event()
    ev.wait()
    cond = asyncio.Condition()
    cond.acquire()
    print("condition locked:", cond.locked())
    asyncio.to_thread(blocking)
    b = asyncio.Barrier(1)
    b.wait()
    print("barrier n_waiting:", b.n_waiting)
    await asyncio.sleep(2)
    print("done at", asyncio.get_running_loop().time())

asyncio.run(main())
