import asyncio

async def worker(name, q, speed):
    while True:
        item = await q.get()
        await asyncio.sleep(item * speed)
        print(f"{name} finished {item} at {asyncio.get_running_loop().time()}")
        q.task_done()

async def main():
    q = asyncio.Queue()
    for item in (1, 2, 3, 4):
        q.put_nowait(item)
    workers = [asyncio.create_task(worker("fast", q, 0.5)), asyncio.create_task(worker("slow", q, 1.0))]
    await q.join()
    print("join returned at", asyncio.get_running_loop().time(), "unfinished:", q.qsize())
    for w in workers:
        w.cancel()

asyncio.run(main())
