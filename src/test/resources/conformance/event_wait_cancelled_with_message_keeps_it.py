import asyncio

async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    await lock.acquire()
    sem = asyncio.Semaphore(0)
    q = asyncio.Queue()
    async def run(name, aw):
        try:
            await aw
        except asyncio.CancelledError as e:
            print(name, e.args)
    ts = [asyncio.create_task(run(n, aw)) for n, aw in
          [("event", ev.wait()), ("lock", lock.acquire()), ("sem", sem.acquire()), ("queue", q.get())]]
    await asyncio.sleep(0)
    for t in ts:
        t.cancel("msg")
    await asyncio.gather(*ts)

asyncio.run(main())
