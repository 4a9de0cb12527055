import asyncio
import random

random.seed(7)

async def worker(i, sem, lock, q, log):
    try:
        for step in range(3):
            async with sem:
                await asyncio.sleep(random.choice([0, 0.5, 1, 1.5]))
                async with lock:
                    log.append(f"{i}.{step}")
                    await asyncio.sleep(random.choice([0, 0.25]))
                await q.put((i, step))
            await asyncio.sleep(0)
    except asyncio.CancelledError:
        log.append(f"{i}x")
        raise

async def consumer(q, out):
    while True:
        item = await q.get()
        out.append(item)
        await asyncio.sleep(random.choice([0, 0.1]))
        q.task_done()

async def main():
    loop = asyncio.get_running_loop()
    sem = asyncio.Semaphore(3)
    lock = asyncio.Lock()
    q = asyncio.Queue(maxsize=2)
    log, out = [], []
    workers = [asyncio.create_task(worker(i, sem, lock, q, log)) for i in range(8)]
    cons = [asyncio.create_task(consumer(q, out)) for _ in range(2)]
    await asyncio.sleep(2)
    for i in random.sample(range(8), 3):
        workers[i].cancel()
    results = await asyncio.gather(*workers, return_exceptions=True)
    await q.join()
    for c in cons:
        c.cancel()
    print("log:", log)
    print("out:", out)
    print("cancelled:", [type(r).__name__ for r in results])
    print("end:", loop.time(), sem._value, lock.locked(), q.qsize())

asyncio.run(main())
