import asyncio

async def worker(q):
    while True:
        prio, name = await q.get()
        await asyncio.sleep(prio / 2)
        print(f"handled {name} (priority {prio}) at {asyncio.get_running_loop().time()}")
        q.task_done()

async def main():
    q = asyncio.PriorityQueue(maxsize=10)
    for prio, name in [(5, "backup"), (1, "page on-call"), (3, "email"), (1, "restart db")]:
        await q.put((prio, name))
    w = asyncio.create_task(worker(q))
    await q.join()
    w.cancel()

asyncio.run(main())
