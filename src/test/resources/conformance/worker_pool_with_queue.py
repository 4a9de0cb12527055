import asyncio

async def worker(name, queue, results):
    while True:
        job = await queue.get()
        try:
            await asyncio.sleep(job)
            results.append((name, job))
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    for job in [3, 1, 2, 1, 1, 2]:
        queue.put_nowait(job)
    results = []
    workers = [asyncio.create_task(worker(f"w{i}", queue, results)) for i in range(3)]
    await queue.join()
    print(results)
    print("elapsed", asyncio.get_running_loop().time())
    for w in workers:
        w.cancel()
    outcomes = await asyncio.gather(*workers, return_exceptions=True)
    print([type(o).__name__ for o in outcomes])

asyncio.run(main())
