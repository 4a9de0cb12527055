import asyncio

async def job(delay):
    await asyncio.sleep(delay)
    return delay

async def main():
    tasks = [asyncio.create_task(job(d), name=f"job{d}") for d in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print("done:", sorted(t.get_name() for t in done), "pending:", sorted(t.get_name() for t in pending))
    print("time", asyncio.get_running_loop().time())
    for t in pending:
        t.cancel()
    await asyncio.wait(pending)

asyncio.run(main())
