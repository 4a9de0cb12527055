# A waiter woken and then cancelled hands its wake-up on (Lock, Semaphore, Queue.put); a cancelled Condition
# waiter re-acquires the lock before leaving; a swallowed cancel inside timeout() still marks it expired; cancelling
# wait_for(gather) cancels the gathered children.
import asyncio
async def main():
    loop = asyncio.get_running_loop()
    lock = asyncio.Lock()
    await lock.acquire()
    order = []
    async def waiter(name):
        try:
            async with lock:
                order.append(name)
                print(name, "got lock", loop.time())
                await asyncio.sleep(0.1)
        except asyncio.CancelledError:
            print(name, "cancelled while waiting")
            raise
    ts = [asyncio.create_task(waiter(n)) for n in "abc"]
    await asyncio.sleep(0)
    lock.release()
    ts[0].cancel()
    await asyncio.gather(*ts, return_exceptions=True)
    print(order)

    sem = asyncio.Semaphore(1)
    await sem.acquire()
    async def sw(name):
        async with sem:
            print("sem", name, loop.time())
            await asyncio.sleep(0.1)
    ss = [asyncio.create_task(sw(n)) for n in "xyz"]
    await asyncio.sleep(0)
    sem.release()
    ss[0].cancel()
    r = await asyncio.gather(*ss, return_exceptions=True)
    print([type(x).__name__ for x in r], sem.locked())

    q = asyncio.Queue(1)
    await q.put(0)
    p1 = asyncio.create_task(q.put(1))
    p2 = asyncio.create_task(q.put(2))
    await asyncio.sleep(0)
    print(q.get_nowait())
    p1.cancel()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(q.qsize(), q.get_nowait(), p1.cancelled(), p2.done())

    cond = asyncio.Condition()
    async def cw():
        async with cond:
            try:
                await cond.wait()
                print("cw woke")
            except asyncio.CancelledError:
                print("cw cancelled, lock held:", cond.locked())
                raise
    t = asyncio.create_task(cw())
    await asyncio.sleep(0)
    async with cond:
        cond.notify()
        t.cancel()
    await asyncio.gather(t, return_exceptions=True)
    print("cond locked after:", cond.locked())

    async def swallow():
        try:
            await asyncio.sleep(5)
        except asyncio.CancelledError:
            print("swallowed at", loop.time())
        await asyncio.sleep(1)
        return "late result"
    async with asyncio.timeout(1) as cm:
        r = await swallow()
    print(r, cm.expired(), loop.time())

    outer = asyncio.gather(asyncio.sleep(3, "a"), asyncio.sleep(1, "b"))
    waiter_task = asyncio.create_task(asyncio.wait_for(outer, None))
    await asyncio.sleep(0.5)
    waiter_task.cancel()
    try:
        await waiter_task
    except asyncio.CancelledError:
        print("gather cancelled through wait_for", outer.cancelled(), loop.time())
asyncio.run(main())
