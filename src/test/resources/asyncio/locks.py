# Lock: a free lock is taken without yielding; waiters are served first-come first-served and a newcomer
# cannot jump the queue while a woken waiter is about to run. Semaphore bounds concurrency; BoundedSemaphore
# refuses an extra release. Event wakes every waiter; Condition notify wakes the first n, wait_for re-checks.
import asyncio

lock = None


async def critical(name, hold):
    print(name, "wants", lock.locked())
    async with lock:
        print(name, "holds", asyncio.get_running_loop().time())
        await asyncio.sleep(hold)
    print(name, "released")


async def limited(sem, name):
    async with sem:
        print(name, "in", asyncio.get_running_loop().time())
        await asyncio.sleep(1)


async def waiter(ev, name):
    print(name, "waits")
    await ev.wait()
    print(name, "woke", asyncio.get_running_loop().time())


async def cond_waiter(cond, name, box):
    async with cond:
        await cond.wait_for(lambda: box["ready"] >= 2)
        print(name, "sees", box["ready"], asyncio.get_running_loop().time())


async def main():
    global lock
    lock = asyncio.Lock()
    await asyncio.gather(critical("a", 1), critical("b", 1), critical("c", 0))
    try:
        lock.release()
    except RuntimeError as e:
        print(e)

    sem = asyncio.Semaphore(2)
    await asyncio.gather(*(limited(sem, f"s{i}") for i in range(5)))
    bounded = asyncio.BoundedSemaphore(1)
    try:
        bounded.release()
    except ValueError as e:
        print(e)

    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, f"w{i}")) for i in range(3)]
    await asyncio.sleep(1)
    ev.set()
    await asyncio.gather(*tasks)
    print("already set", await ev.wait())

    cond = asyncio.Condition()
    box = {"ready": 0}
    waiters = [asyncio.create_task(cond_waiter(cond, f"cw{i}", box)) for i in range(2)]
    for _ in range(2):
        await asyncio.sleep(1)
        async with cond:
            box["ready"] += 1
            cond.notify_all()
    await asyncio.gather(*waiters)


asyncio.run(main())
