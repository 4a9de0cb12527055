import asyncio

async def main():
    loop = asyncio.get_running_loop()
    ev = asyncio.Event()
    loop.call_later(1, ev.set)
    print("event.wait ->", await ev.wait(), "again ->", await ev.wait())
    lock = asyncio.Lock()
    print("lock.acquire ->", await lock.acquire())
    lock.release()
    async with lock as x:
        print("async with lock as ->", x)
    sem = asyncio.Semaphore(1)
    print("sem.acquire ->", await sem.acquire())
    sem.release()
    cond = asyncio.Condition()
    async with cond as y:
        print("async with cond as ->", y)
        loop.call_later(1, lambda: asyncio.ensure_future(notify(cond)))
        print("cond.wait ->", await cond.wait())
        print("cond.wait_for ->", await cond.wait_for(lambda: 42))
    q = asyncio.Queue()
    print("put ->", await q.put(1), "join after get+done ->", (q.get_nowait(), q.task_done(), await q.join()))
    b = asyncio.Barrier(1)
    print("barrier.wait ->", await b.wait())
    async with b as z:
        print("async with barrier as ->", z)
    print("abort ->", await b.abort(), "reset ->", await b.reset())
    async with asyncio.timeout(5) as t:
        print("timeout as ->", type(t).__name__)
    async with asyncio.TaskGroup() as tg:
        print("taskgroup as ->", type(tg).__name__)

async def notify(cond):
    async with cond:
        cond.notify()

asyncio.run(main())
